"""Merge a bundle's ops into the database: staged first, then applied in batches.

Rules (every device gets the same result from the same set of ops, in any order):
- An op is identified by (origin device, origin seq); one already here is skipped.
- Appended rows (events, attachments, audit, resolutions) are a union: INSERT OR IGNORE.
- A record's field holds the value of the winning version among all versions known for it:
  its set ops and the record's create ops (a create sets every field), by (HLC, device id).
  A create for a record that is not here inserts it; ops about a record that has not arrived
  yet wait in the change log and are applied when it comes.
- Versions of one field made from the same base with different values are a conflict: one
  review item per (record, field, base), all values kept in the change log (conflicts.py).
- Derived data follows: search keys of children, the derived columns of touched cases (whose
  state fold flags transitions that no longer fit: needs_review).

`apply()` runs inside the importer's transaction; it does set-based work (executemany, one
query per batch), not a Python round trip per op.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from desktop.store import cases, db, schema
from desktop.store.changelog import CREATE_META, INSERT_OP, device_number, now_iso
from desktop.store.repo import SEARCH_FIELDS, Store
from desktop.sync import conflicts
from desktop.sync.enrol import DEVICE_ID
from desktop.sync.envelope import BundleRefused
from desktop.sync.export import APPEND_TABLES, create_columns, row_columns
from desktop.sync.payload import Body

HLCS = re.compile(r"(?:[0-9a-f]{16})*")
CASE_SETTINGS = {
    "visit.cadence_days",
    "visit.suspected_days",
    "followup.cadence_days",
    "monitoring.days",
}
CHUNK = 30000  # SQLite 3.32+ allows 32766 host parameters


@dataclass
class Staged:
    devices: list[str]
    ops: list[
        list[Any]
    ]  # [origin idx, seq, hlc, entity, row_id, field, kind, value, base, actor, row]
    cols: dict[str, list[str]]
    blobs: dict[str, bytes]
    max_hlc: str


@dataclass
class Applied:
    ops: int = 0
    new_ops: int = 0
    created: int = 0
    fields_set: int = 0
    appended: int = 0
    conflicts: list[str] = field(default_factory=list)
    cases_refreshed: int = 0
    own_max_seq: int = 0
    timings: dict[str, float] = field(default_factory=dict)


def _bad(what: str) -> BundleRefused:
    return BundleRefused(f"同步包内容无效（{what}）", "damaged")


def stage(store: Store, body: Body) -> Staged:
    """Check every op and row before anything is written; refuse the bundle if one is wrong."""
    devices = body.devices
    if not isinstance(devices, list) or not all(
        isinstance(d, str) and DEVICE_ID.match(d) for d in devices
    ):
        raise _bad("设备编号")
    synced = {e: set(store.synced_columns(e)) for e in schema.MUTABLE}
    cols: dict[str, list[str]] = {}
    rows_of: dict[str, Any] = {}
    for entity, section in (body.rows or {}).items():
        if entity in APPEND_TABLES:
            ours, need = set(row_columns(store, entity)), {"id"}
        elif entity in synced:
            ours, need = set(create_columns(store, entity)), set(CREATE_META)
        else:
            raise _bad(f"未知的数据表 {entity}")
        if entity == "attachments":
            need = {"sha256"}
        got = section.get("cols") if isinstance(section, dict) else None
        if not isinstance(got, list) or not need <= set(got) <= ours or len(set(got)) != len(got):
            raise _bad(f"{entity} 的列")
        cols[entity] = list(got)
        rows_of[entity] = iter(section.get("data") or [])
    key_index = {
        e: cols[e].index("sha256" if e == "attachments" else "id")
        for e in cols
        if e in APPEND_TABLES
    }
    ops = body.ops
    if not isinstance(ops, list):
        raise _bad("操作列表")
    try:
        hlcs = "".join([op[2] for op in ops])
    except (TypeError, IndexError, KeyError) as exc:
        raise _bad("操作格式") from exc
    if not HLCS.fullmatch(hlcs) or len(hlcs) != 16 * len(ops):
        raise _bad("时间戳")
    n_dev = len(devices)
    for op in ops:
        if type(op) is not list or len(op) != 10:
            raise _bad("操作格式")
        o, seq, _hlc, entity, row_id, fname, kind, value, base, actor = op
        if (
            type(o) is not int
            or not 0 <= o < n_dev
            or type(seq) is not int
            or seq < 1
            or not ((type(row_id) is str and row_id) or (row_id is None and kind == "a"))
            or type(actor) is not str
            or not (base is None or type(base) is str)
        ):
            raise _bad("操作字段")
        if kind == "s":
            if entity not in synced or fname not in synced[entity] or type(value) is not str:
                raise _bad(f"{entity}.{fname}")
            op.append(None)
            continue
        if kind == "c":
            if entity not in synced:
                raise _bad(f"新建 {entity}")
        elif kind != "a" or entity not in APPEND_TABLES:
            raise _bad("操作类型")
        rows = rows_of.get(entity)
        row = next(rows, None) if rows is not None else None
        if type(row) is not list or len(row) != len(cols[entity]):
            raise _bad(f"{entity} 行")
        if kind == "a":
            if row_id is None:  # an appended row's id is in the row
                row_id = op[4] = row[key_index[entity]]
                if type(row_id) is not str or not row_id:
                    raise _bad(f"{entity} 行")
            elif row[key_index[entity]] != row_id:
                raise _bad(f"{entity} 行与操作不符")
            if entity == "attachments" and row_id not in body.blobs:
                raise _bad("附件内容缺失")
        op.append(row)
    for entity, rest in rows_of.items():
        if next(rest, None) is not None:
            raise _bad(f"{entity} 行数")
    values = [op[7] for op in ops if op[6] == "s"]
    try:  # every set value is JSON (one parse for all)
        parsed = json.loads("[" + ",".join(values) + "]")
    except ValueError as exc:
        raise _bad("字段值") from exc
    if len(parsed) != len(values):
        raise _bad("字段值")
    max_hlc = max((op[2] for op in ops), default="")
    return Staged(list(devices), ops, cols, body.blobs, max_hlc)


def column_defaults(store: Store, entity: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for r in store.conn.execute(f"PRAGMA table_info({entity})"):
        text = r["dflt_value"]
        if text is None:
            out[r["name"]] = None
        elif text.startswith("'"):
            out[r["name"]] = text[1:-1].replace("''", "'")
        else:
            try:
                out[r["name"]] = int(text)
            except ValueError:
                out[r["name"]] = text
    return out


def apply(store: Store, st: Staged) -> Applied:
    """Apply the staged ops (inside the caller's transaction); return what happened."""
    conn = store.conn
    res = Applied(ops=len(st.ops))
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        res.timings[name] = res.timings.get(name, 0.0) + now - clock
        clock = now

    nums = [device_number(conn, d) for d in st.devices]
    # 1. which ops are new
    seqs: dict[int, list[int]] = defaultdict(list)
    for op in st.ops:
        seqs[op[0]].append(op[1])
    have: set[tuple[int, int]] = set()
    for o, values in seqs.items():
        have.update(
            (o, s)
            for (s,) in conn.execute(
                "SELECT origin_seq FROM changes WHERE origin=? AND origin_seq BETWEEN ? AND ?",
                (nums[o], min(values), max(values)),
            )
        )
    new: list[list[Any]] = []
    for op in st.ops:
        key = (op[0], op[1])
        if key not in have:
            have.add(key)
            new.append(op)
    res.new_ops = len(new)
    me = store.device_id
    res.own_max_seq = max((op[1] for op in st.ops if st.devices[op[0]] == me), default=0)
    lap("dedupe")
    if not new:
        return res

    # 2. creates: a record not here yet is inserted; a create of a record that is here (the
    # same id made on two devices) keeps its values in the change log and merges field by field
    creates: dict[str, list[list[Any]]] = defaultdict(list)
    touched: dict[str, dict[str, set[str] | None]] = defaultdict(dict)  # entity -> row -> fields
    for op in new:
        if op[6] == "c":
            creates[op[3]].append(op)
        elif op[6] == "s":
            fields = touched[op[3]].setdefault(op[4], set())
            if fields is not None:
                fields.add(op[5])
    inserts: dict[str, list[list[Any]]] = {}
    kept: dict[int, str] = {}  # id(op) -> values JSON of a create that inserts nothing
    for entity, ops in creates.items():
        present = _existing(conn, entity, list({op[4] for op in ops}))
        cols = st.cols[entity]
        rows = inserts[entity] = []
        for op in ops:
            if op[4] in present:
                touched[entity][op[4]] = None  # concurrent creates: every field
                kept[id(op)] = db.dumps(dict(zip(cols, op[10], strict=True)))
            else:
                present.add(op[4])
                rows.append(op)
    lap("creates")

    # 3. the ops themselves
    conn.executemany(
        INSERT_OP,
        [
            (
                nums[op[0]],
                op[1],
                op[2],
                op[3],
                op[4],
                op[5],
                op[6],
                op[7] if op[6] == "s" else kept.get(id(op)),
                op[8],
                op[9],
            )
            for op in new
        ],
    )
    lap("changes")

    # 4. appended rows: union
    refresh_cases: set[str] = set()
    resolutions: list[str] = []
    corrected: set[str] = set()  # events a new correction or voiding supersedes
    appends: dict[str, list[list[Any]]] = defaultdict(list)
    for op in new:
        if op[6] == "a":
            appends[op[3]].append(op[10])
    before = conn.total_changes
    for entity, rows in appends.items():
        names = list(st.cols[entity])
        if entity == "attachments":
            sha = names.index("sha256")
            rows = [[*r, st.blobs[r[sha]]] for r in rows]
            names.append("data")
        conn.executemany(
            f"INSERT OR IGNORE INTO {entity}({','.join(names)}) VALUES ({','.join('?' * len(names))})",
            rows,
        )
        if entity == "events" and "case_id" in names:
            i = names.index("case_id")
            refresh_cases.update(r[i] for r in rows if r[i])
        if entity == "events" and "supersedes" in names:
            i = names.index("supersedes")
            corrected.update(r[i] for r in rows if r[i])
        if entity == "sync_resolutions":
            i = names.index("conflict")
            resolutions.extend(r[i] for r in rows)
    res.appended = conn.total_changes - before
    lap("appends")

    # 5. inserted records
    created: dict[str, list[str]] = {}
    at = now_iso()
    for entity, ops in inserts.items():
        names = [*st.cols[entity], "id", "updated_at", "hlc"]
        conn.executemany(
            f"INSERT INTO {entity}({','.join(names)}) VALUES ({','.join('?' * len(names))})",
            [(*op[10], op[4], at, op[2]) for op in ops],
        )
        inserted = {op[4] for op in ops}
        created[entity] = sorted(inserted)
        # set ops that arrived before their record
        for start in range(0, len(created[entity]), CHUNK):
            chunk = created[entity][start : start + CHUNK]
            for row_id, fname in conn.execute(
                f"SELECT row_id, field FROM changes WHERE entity=? AND kind != 'a' AND kind='s'"
                f" AND row_id IN ({','.join('?' * len(chunk))})",
                [entity, *chunk],
            ):
                fields = touched[entity].setdefault(row_id, set())
                if fields is not None:
                    fields.add(fname)
        res.created += len(inserted)
    lap("creates")

    # 5. last writer wins, field by field, for every touched record
    changed_fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    new_ids = {(st.devices[op[0]], op[1]) for op in new if op[6] != "a"}
    groups_found: list[conflicts.Group] = []
    for entity, fields_by_row in touched.items():
        _merge_rows(
            store, entity, fields_by_row, new_ids, changed_fields[entity], groups_found, res
        )
    lap("lww")

    # 6. conflicts and resolutions (two corrections of one event made apart are one too)
    groups_found.extend(conflicts.correction_groups(conn, corrected))
    res.conflicts = conflicts.record_groups(conn, groups_found)
    if resolutions:
        conflicts.refresh_status(conn, resolutions)
    lap("conflicts")

    # 7. derived data
    kids = set(created.get("children", []))
    kids.update(r for r, f in changed_fields.get("children", {}).items() if f & SEARCH_FIELDS)
    if kids:
        store.after_write("children", sorted(kids), set(SEARCH_FIELDS))
    schools = set(created.get("schools", [])) | {
        r for r, f in changed_fields.get("schools", {}).items() if "name" in f
    }
    if schools:
        store.after_write("schools", sorted(schools), {"name"})
    refresh_cases.update(created.get("cases", []))
    refresh_cases.update(changed_fields.get("cases", {}))
    plan_rows = set(created.get("plans", [])) | set(changed_fields.get("plans", {}))
    if plan_rows:
        for start in range(0, len(plan_rows), CHUNK):
            chunk = sorted(plan_rows)[start : start + CHUNK]
            refresh_cases.update(
                r[0]
                for r in conn.execute(
                    f"SELECT case_id FROM plans WHERE id IN ({','.join('?' * len(chunk))})", chunk
                )
            )
    settings = set(created.get("settings", [])) | set(changed_fields.get("settings", {}))
    if settings:
        store.invalidate_caches()
        if settings & CASE_SETTINGS:
            refresh_cases.update(r[0] for r in conn.execute("SELECT id FROM cases"))
    lap("search_keys")
    if refresh_cases:
        cases.refresh(store, refresh_cases)
        res.cases_refreshed = len(refresh_cases)
    lap("case_refresh")
    return res


def _existing(conn: Any, entity: str, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        out.update(
            r[0]
            for r in conn.execute(
                f"SELECT id FROM {entity} WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        )
    return out


def _merge_rows(
    store: Store,
    entity: str,
    rows: dict[str, set[str] | None],
    new_ids: set[tuple[str, int]],
    changed: dict[str, set[str]],
    groups_found: list[conflicts.Group],
    res: Applied,
) -> None:
    """LWW over every version of the touched fields of `rows` (row id -> fields, None = all)."""
    conn = store.conn
    synced = store.synced_columns(entity)
    defaults = column_defaults(store, entity)
    create_cols = create_columns(store, entity)
    ids = sorted(rows)
    updates: dict[str, list[tuple[Any, str]]] = defaultdict(list)
    meta_updates: list[tuple[Any, ...]] = []
    stamps: list[tuple[str, str, str, str]] = []
    snapshots: list[tuple[int, str, str]] = []
    at = now_iso()
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        marks = ",".join("?" * len(chunk))
        current = {
            r[0]: dict(zip(create_cols, tuple(r)[1:-1], strict=True)) | {"hlc": r[-1]}
            for r in conn.execute(
                f"SELECT id, {','.join(create_cols)}, hlc FROM {entity} WHERE id IN ({marks})",
                chunk,
            )
        }
        versions: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for r in conn.execute(
            "SELECT c.row_id, c.field, c.kind, c.hlc, d.device_id, coalesce(c.value, k.value),"
            " c.base, c.origin_seq, c.seq FROM changes c JOIN devices d ON d.n = c.origin"
            " LEFT JOIN sync_created k ON k.op = c.seq"
            f" WHERE c.entity = ? AND c.kind != 'a' AND c.row_id IN ({marks})",
            [entity, *chunk],
        ):
            versions[r[0]].append(tuple(r)[1:])
        for row_id in chunk:
            row = current.get(row_id)
            if row is None:
                continue  # its create has not arrived: the ops wait in the change log
            ops = versions[row_id]
            creates, sets = [], defaultdict(list)
            for fname, kind, hlc, device, value, base, oseq, local_seq in ops:
                op_id = f"{device}:{oseq}"
                is_new = (device, oseq) in new_ids
                if kind == "c":
                    if value is None:  # the create that made the row, never overwritten
                        values = {k: row[k] for k in create_cols}
                        snapshots.append((local_seq, db.dumps(values), row_id))
                    else:
                        values = json.loads(value)
                    creates.append((hlc, device, values, op_id, is_new))
                else:
                    sets[fname].append((hlc, device, value, base or "", op_id, is_new))
            wanted = rows[row_id]
            fields = synced if wanted is None else [f for f in synced if f in wanted]
            for fname in fields:
                best = None  # (hlc, device, value)
                for hlc, device, values, _op, _n in creates:
                    cand = (hlc, device, values.get(fname, defaults.get(fname)))
                    if best is None or cand[:2] > best[:2]:
                        best = cand
                for hlc, device, value, _b, _op, _n in sets.get(fname, ()):
                    if best is None or (hlc, device) > best[:2]:
                        best = (hlc, device, db.loads(value))
                if best is not None and best[2] != row[fname]:
                    updates[fname].append((best[2], row_id))
                    changed[row_id].add(fname)
                groups_found.extend(
                    conflicts.groups_of(
                        entity,
                        row_id,
                        fname,
                        sets.get(fname, ()),
                        creates,
                        default=defaults.get(fname),
                    )
                )
            top = max([row["hlc"], *(o[2] for o in ops)])
            if top != row["hlc"]:
                stamps.append((top, at, row_id, top))
            if len(creates) > 1:
                first = min(creates, key=lambda c: (c[0], c[1]))[2]
                meta = tuple(first.get(k, row[k]) for k in CREATE_META)
                if meta != tuple(row[k] for k in CREATE_META):
                    meta_updates.append((*meta, row_id))
    # the values a create was made with, before the row changes (its fields, or its creation
    # metadata when an earlier concurrent create wins): a relay sends the create as signed
    meta_rows = {m[-1] for m in meta_updates}
    keep = [
        (seq, value)
        for seq, value, row_id in snapshots
        if changed.get(row_id) or row_id in meta_rows
    ]
    if keep:
        conn.executemany("INSERT OR IGNORE INTO sync_created(op, value) VALUES (?, ?)", keep)
    for fname, pairs in updates.items():
        conn.executemany(f"UPDATE {entity} SET {fname}=? WHERE id=?", pairs)
        res.fields_set += len(pairs)
    if stamps:
        conn.executemany(f"UPDATE {entity} SET hlc=?, updated_at=? WHERE id=? AND hlc < ?", stamps)
    if meta_updates:
        conn.executemany(
            f"UPDATE {entity} SET created_at=?, created_by=?, device_id=? WHERE id=?", meta_updates
        )
