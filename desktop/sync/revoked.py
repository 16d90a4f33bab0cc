"""Undoing a revoked device's late ops: the ops it signed after its revocation that this device
took in before it heard of the revocation (relayed by a laptop that had not heard either).

When the county's revocation record arrives (in a bundle, a snapshot, or `kcbx sync revoke`),
every op of the device held here in a segment signed after the revocation time is moved out of
the change log into `sync_quarantine` (kept whole, for the county's review; schema step 203) and its effects are
undone, so that this device holds what a device that refused those ops from the start holds:

- a record the ops created is removed (with its search keys) unless another device created it
  too; other devices' ops about it then wait in the change log, as ops that arrive before
  their record do;
- a field they set takes again the value of the winning version among those left (last
  writer wins: lww.py); review items lose their versions (an item left with one is removed);
- the rows they appended (events, audit rows, resolutions) are removed, and the derived
  columns of the cases they touched recomputed; an attachment goes when nothing else refers
  to it.

The append-only triggers of the change log, events and audit rows are lifted for these
deletions only, inside the same transaction, and put back as they were. The late segments are
dropped and the watermark of the device is set back, so nothing is relayed or claimed again;
every later copy of those ops is refused (origin.verify). A security event says what was
undone. docs/bundle-format.md, section 8, describes it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from desktop.domain.text import LIST, Msg
from desktop.store import db
from desktop.store.changelog import now_iso
from desktop.store.repo import SEARCH_FIELDS, Store
from desktop.sync import evidence

APPENDED = ("events", "audit", "sync_resolutions")
LIFTED = ("changes", "events", "audit")


@contextlib.contextmanager
def _lifted(conn: Any, tables: Iterable[str]) -> Iterator[None]:
    """The append-only triggers of `tables` dropped for the block, then made again as they were
    (the caller's transaction holds both)."""
    names = [f"{t}_no_delete" for t in tables]
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name IN"
        " (SELECT value FROM json_each(?))",
        (json.dumps(names),),
    ).fetchall()
    for name, _sql in saved:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        for _name, sql in saved:
            conn.execute(sql)


def late_spans(conn: Any, device: str, at: str) -> list[tuple[int, int]]:
    return sorted(
        (first, last)
        for first, last, signed_at in conn.execute(
            "SELECT first, last, signed_at FROM sync_segments WHERE origin=?", (device,)
        )
        if evidence.revoked_after({device: at}, device, signed_at)
    )


def undo(store: Store, devices: Iterable[str] | None = None) -> int:
    """Quarantine and undo the late ops of the revoked `devices` (all revoked when None);
    inside the caller's transaction. Returns how many ops were undone."""
    conn = store.conn
    revoked = evidence.revocations(store)
    wanted = revoked if devices is None else {d: revoked[d] for d in devices if d in revoked}
    total = 0
    for device, at in sorted(wanted.items()):
        if device != store.device_id:
            total += _undo_device(store, device, at)
    if total:
        store.invalidate_caches()
    assert conn is store.conn
    return total


def _undo_device(store: Store, device: str, at: str) -> int:
    conn = store.conn
    spans = late_spans(conn, device, at)
    if not spans:
        return 0
    row = conn.execute("SELECT n FROM devices WHERE device_id=?", (device,)).fetchone()
    ops: list[Any] = []
    if row is not None:
        for first, last in spans:
            ops += conn.execute(
                "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
                " coalesce(c.value, k.value), c.base, c.actor FROM changes c"
                " LEFT JOIN sync_created k ON k.op = c.seq"
                " WHERE c.origin=? AND c.origin_seq BETWEEN ? AND ? ORDER BY c.origin_seq",
                (row[0], first, last),
            ).fetchall()
    undone = _quarantine(store, device, at, ops) if ops else 0
    for first, last in spans:
        conn.execute(
            "DELETE FROM sync_segments WHERE origin=? AND first=? AND last=?", (device, first, last)
        )
    first_late = spans[0][0]
    have = conn.execute("SELECT seq, ahead FROM sync_have WHERE origin=?", (device,)).fetchone()
    if have is not None:
        ahead = [s for s in json.loads(have[1] or "[]") if int(s) < first_late]
        conn.execute(
            "UPDATE sync_have SET seq=?, ahead=? WHERE origin=?",
            (min(int(have[0]), first_late - 1), json.dumps(ahead), device),
        )
    label = [f"{device[:8]}:{a}–{b}" for a, b in spans[:5]]
    evidence.note_event(
        conn,
        "revoked_undone",
        Msg(
            "设备 {device} 已被吊销（{at}）；本机在得知吊销前收到的它吊销后签名的 {undone} 项变更（{label}）已撤销并隔离保存，供县里核查",
            device=device[:8],
            at=at[:19],
            undone=undone,
            label=label,
        ),
        origin=device,
        ops=LIST.join(label),
    )
    return undone


def _quarantine(store: Store, device: str, at: str, ops: list[Any]) -> int:
    from desktop.store import cases
    from desktop.sync import conflicts, lww

    conn = store.conn
    stamp = now_iso()
    seqs = [op[0] for op in ops]
    creates: dict[str, set[str]] = {}
    touched: dict[str, dict[str, set[str] | None]] = {}
    appended: dict[str, set[str]] = {}
    quarantined = []
    for _seq, oseq, hlc, entity, row_id, fname, kind, value, base, actor in ops:
        content: Any = value
        if kind == "a" and entity in APPENDED:
            appended.setdefault(entity, set()).add(row_id)
            content = _row(conn, entity, row_id)
        elif kind == "a":
            appended.setdefault(entity, set()).add(row_id)
        elif kind == "c":
            creates.setdefault(entity, set()).add(row_id)
            if value is None:
                content = _row(conn, entity, row_id)
        else:
            fields = touched.setdefault(entity, {}).setdefault(row_id, set())
            if fields is not None:
                fields.add(fname)
        record = {"hlc": hlc, "field": fname, "value": content, "base": base, "actor": actor}
        quarantined.append((device, oseq, stamp, at, entity, row_id, kind, db.dumps(record)))
    conn.executemany(
        "INSERT OR REPLACE INTO sync_quarantine(origin, origin_seq, quarantined_at, revoked_at,"
        " entity, row_id, kind, op) VALUES (?,?,?,?,?,?,?,?)",
        quarantined,
    )
    refresh_cases: set[str] = set()
    removed: dict[str, list[str]] = {}
    param = json.dumps(seqs)
    with _lifted(conn, LIFTED):
        conn.execute("DELETE FROM changes WHERE seq IN (SELECT value FROM json_each(?))", (param,))
        conn.execute(
            "DELETE FROM sync_created WHERE op IN (SELECT value FROM json_each(?))", (param,)
        )
        for entity, ids in appended.items():
            ids_param = json.dumps(sorted(ids))
            if entity == "events":
                refresh_cases.update(
                    r[0]
                    for r in conn.execute(
                        "SELECT case_id FROM events WHERE case_id IS NOT NULL AND id IN"
                        " (SELECT value FROM json_each(?))",
                        (ids_param,),
                    )
                )
            if entity == "attachments":
                conn.execute(
                    "DELETE FROM attachments WHERE sha256 IN (SELECT value FROM json_each(?))"
                    " AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity='attachments'"
                    " AND c.row_id = attachments.sha256)",
                    (ids_param,),
                )
            elif entity in APPENDED:
                conn.execute(
                    f"DELETE FROM {entity} WHERE id IN (SELECT value FROM json_each(?))",
                    (ids_param,),
                )
    for entity, ids in creates.items():
        still = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT row_id FROM changes WHERE entity=? AND kind='c'"
                " AND kind != 'a' AND row_id IN (SELECT value FROM json_each(?))",  # changes_field
                (entity, json.dumps(sorted(ids))),
            )
        }
        gone = sorted(ids - still)
        if gone:
            if entity == "children":
                from desktop.store import search

                search.forget(
                    conn,
                    [
                        r[0]
                        for r in conn.execute(
                            "SELECT seq FROM children WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(gone),),
                        )
                    ],
                )
            if entity == "cases":
                refresh_cases.difference_update(gone)
            conn.execute(
                f"DELETE FROM {entity} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(gone),),
            )
            removed[entity] = gone
        for row_id in still:
            touched.setdefault(entity, {})[row_id] = None
    for entity, rows in touched.items():
        for row_id in removed.get(entity, ()):
            rows.pop(row_id, None)
    _drop_from_conflicts(conn, {f"{device}:{op[1]}" for op in ops})
    merged = lww.merge(store, touched, set())
    conflicts.record_groups(conn, merged.groups)
    for entity, rows in touched.items():  # a row's stamp: the latest of the versions left
        conn.execute(
            f"UPDATE {entity} SET hlc = (SELECT max(c.hlc) FROM changes c WHERE c.entity=?"
            f" AND c.row_id = {entity}.id AND c.kind != 'a')"
            " WHERE id IN (SELECT value FROM json_each(?)) AND EXISTS (SELECT 1 FROM changes c"
            f" WHERE c.entity=? AND c.row_id = {entity}.id AND c.kind != 'a')",
            (entity, json.dumps(sorted(rows)), entity),
        )
    kids = [r for r, f in merged.changed.get("children", {}).items() if f & SEARCH_FIELDS]
    if kids:
        store.after_write("children", kids, set(SEARCH_FIELDS))
    refresh_cases.update(merged.changed.get("cases", {}))
    refresh_cases.update(touched.get("cases", {}))
    refresh_cases.difference_update(removed.get("cases", ()))
    live = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(refresh_cases)),),
        )
    ]
    if live:
        cases.refresh(store, live)
    return len(ops)


def _row(conn: Any, entity: str, row_id: str) -> dict[str, Any] | None:
    cur = conn.execute(f"SELECT * FROM {entity} WHERE id=?", (row_id,))
    got = cur.fetchone()
    if got is None:
        return None
    names = [d[0] for d in cur.description]
    return {
        k: (v.hex() if isinstance(v, bytes) else v) for k, v in zip(names, tuple(got), strict=True)
    }


def _drop_from_conflicts(conn: Any, op_ids: set[str]) -> None:
    """Review items lose the undone versions; one left with fewer than two different values is
    no conflict any more."""
    if not op_ids:
        return
    for key, entity, row_id, fname, text in conn.execute(
        "SELECT key, entity, row_id, field, ops FROM sync_conflicts"
    ).fetchall():
        try:
            listed = json.loads(text)
        except ValueError:
            continue
        if not isinstance(listed, list):
            continue
        kept = [o for o in listed if _op_id(o) not in op_ids]
        if len(kept) == len(listed):
            continue
        if len(_values(conn, entity, row_id, fname, kept)) < 2:
            conn.execute("DELETE FROM sync_conflicts WHERE key=?", (key,))
        else:
            conn.execute("UPDATE sync_conflicts SET ops=? WHERE key=?", (json.dumps(kept), key))


def _values(conn: Any, entity: str, row_id: str, fname: str, ops: list[Any]) -> set[str]:
    """The values the listed versions give the field (a create: its value of the field)."""
    out: set[str] = set()
    for item in ops:
        device, _, seq = str(_op_id(item)).rpartition(":")
        row = conn.execute(
            "SELECT c.kind, coalesce(c.value, k.value) FROM changes c JOIN devices d"
            " ON d.n = c.origin LEFT JOIN sync_created k ON k.op = c.seq"
            " WHERE d.device_id=? AND c.origin_seq=? AND c.entity=? AND c.row_id=?",
            (device, int(seq) if seq.isdigit() else -1, entity, row_id),
        ).fetchone()
        if row is None:
            continue
        if row[0] == "c":
            if row[1] is None:  # the create that made the row here: the row holds its values
                got = conn.execute(f"SELECT {fname} FROM {entity} WHERE id=?", (row_id,))
                found = got.fetchone()
                out.add(db.dumps(found[0] if found else None))
            else:
                out.add(db.dumps(json.loads(row[1]).get(fname)))
        else:
            out.add(db.dumps(json.loads(row[1])))
    return out


def _op_id(item: Any) -> Any:
    if isinstance(item, dict):
        return item.get("op") or item.get("id")
    if isinstance(item, list) and item:
        return item[0]
    return item


def quarantined(store: Store, device: str | None = None) -> list[dict[str, Any]]:
    """The ops undone here (newest first)."""
    conn = store.conn
    sql = "SELECT origin, origin_seq, quarantined_at, revoked_at, entity, row_id, kind, op"
    sql += " FROM sync_quarantine"
    params: tuple[Any, ...] = ()
    if device is not None:
        sql += " WHERE origin=?"
        params = (device,)
    return [dict(r) for r in conn.execute(sql + " ORDER BY quarantined_at DESC", params)]
