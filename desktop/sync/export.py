"""Export: every op the recipients have not acknowledged, within their scope, as a bundle.

Per origin device O, the bundle carries O's ops after max(acked, delivered) for the recipient,
up to what this device holds completely of O (`have`; all of its own ops). Each op is kept or
left out by the scope of the record it is about (a child and everything that belongs to it
travel together). A range is "vouched" (complete for the recipient's scope) when O is this
device or this device's scope covers the recipient's. An op whose scope cannot be decided here
(its record has not arrived yet) is sent only to recipients whose scope covers ours; for the
others the range stops just before it, so nothing is acknowledged that was not sent.

Extras, sent outside the ranges (the receiver ignores what it has): the attachment of every
link event sent, and a child's whole history when a change of its township or school brings it
into the recipient's scope.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.store import db, schema
from desktop.store.changelog import CREATE_META, now_iso
from desktop.store.repo import Store
from desktop.sync import envelope, keys, marks, origin
from desktop.sync.enrol import Cert, require_enrolment, scope_covers
from desktop.sync.payload import Body, pack

APPEND_TABLES = ("events", "attachments", "audit", "sync_resolutions")
SCOPE_FIELDS = ("township_code", "school_id")

MISSING = "missing"


@dataclass
class Prepared:
    data: bytes
    bundle_id: str
    recipients: list[str]
    ranges: dict[str, list[Any]]
    op_count: int
    file_count: int
    digest: str
    created_at: str
    manifest: dict[str, Any] = field(default_factory=dict)


def row_columns(store: Store, entity: str) -> list[str]:
    """Columns of an appended row as a bundle carries them."""
    return [c for c in store.columns(entity) if c not in ("seq", "data")]


def create_columns(store: Store, entity: str) -> list[str]:
    return [*store.synced_columns(entity), *CREATE_META]


IDS = "(SELECT value FROM json_each(?))"  # a list of ids as one parameter (JSON)


def ids_param(ids: Any) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def scope_flags(
    store: Store,
    entity: str,
    ids: list[str],
    scope: Scope,
    *,
    cache: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """row id -> 1 (in scope), 0 (not), None (cannot tell: its child is not here), or MISSING."""
    conn = store.conn
    param = ids_param(ids)
    found: dict[str, Any]
    if entity in ("settings", "schools"):
        found = {
            r[0]: 1 for r in conn.execute(f"SELECT id FROM {entity} WHERE id IN {IDS}", (param,))
        }
    elif entity == "audit":
        value = 1 if scope.is_everything else 0
        found = {
            r[0]: value for r in conn.execute(f"SELECT id FROM audit WHERE id IN {IDS}", (param,))
        }
    elif entity == "attachments":
        present = {
            r[0]
            for r in conn.execute(f"SELECT sha256 FROM attachments WHERE sha256 IN {IDS}", (param,))
        }
        # Attachments travel with the events that link them (see extras); alone, only to
        # recipients that see everything.
        found = {sha: (1 if scope.is_everything else 0) for sha in present}
    else:
        cache = cache if cache is not None else {}
        if "children" not in cache:  # every child's flag, once per export
            cache["children"] = {
                r[0]: int(scope.allows(township_code=r[1], school_id=r[2]))
                for r in conn.execute("SELECT id, township_code, school_id FROM children")
            }
        kids = cache["children"]
        sql = _CHILD_OF[entity]
        # most of a table (a new device's first bundle): one scan beats a lookup per id
        rows = (
            conn.execute(sql)
            if len(ids) > 20000
            else conn.execute(f"{sql} WHERE t.id IN {IDS}", (param,))
        )
        found = {}
        for row_id, child_id, no_child in rows:
            found[row_id] = 1 if no_child else kids.get(child_id) if child_id else None
    return {i: found.get(i, MISSING) for i in ids}


# Prevention's tables that belong to a child (schema_prevention.TABLES but the class registers).
PREVENTION = ("absences", "absence_followups", "absence_proposals", "risk_facts")
PREVENTION += ("support_plans", "support_reviews")

# (row id, the child it belongs to, whether it belongs to no child at all), per table (alias t)
_CHILD_OF = {
    "children": "SELECT t.id, t.id, 0 FROM children t",
    "guardians": "SELECT t.id, t.child_id, 0 FROM guardians t",
    "enrolments": "SELECT t.id, t.child_id, 0 FROM enrolments t",
    "cases": "SELECT t.id, t.child_id, 0 FROM cases t",
    "plans": "SELECT t.id, cs.child_id, 0 FROM plans t LEFT JOIN cases cs ON cs.id = t.case_id",
    "events": "SELECT t.id, coalesce(t.child_id, cs.child_id), t.child_id IS NULL AND t.case_id IS NULL"
    " FROM events t LEFT JOIN cases cs ON cs.id = t.case_id",
    "sync_resolutions": "SELECT t.id, t.child_id, t.child_id IS NULL FROM sync_resolutions t",
    # prevention (schema_prevention): a child's records; a class register names no one
    **{t: f"SELECT t.id, t.child_id, 0 FROM {t} t" for t in PREVENTION},
    "absence_registers": "SELECT t.id, NULL, 1 FROM absence_registers t",
}


def _value_in_scope(scope: Scope, field_name: str, value: Any) -> bool:
    if field_name == "township_code":
        return scope.townships is None or value in scope.townships
    return scope.schools is None or value in scope.schools


def _base_value(store: Store, base: str | None, field_name: str) -> tuple[bool, Any]:
    """The value of `field_name` in the version `base` names: (known, value)."""
    if not base or ":" not in base:
        return False, None
    device, _, seq = base.rpartition(":")
    row = store.conn.execute(
        "SELECT c.kind, c.value, k.value FROM changes c JOIN devices d ON d.n = c.origin"
        " LEFT JOIN sync_created k ON k.op = c.seq WHERE d.device_id=? AND c.origin_seq=?",
        (device, int(seq) if seq.isdigit() else -1),
    ).fetchone()
    if row is None:
        return False, None
    if row[0] == "s":
        return True, db.loads(row[1])
    text = row[1] or row[2]
    if text is None:
        return False, None
    return True, json.loads(text).get(field_name)


def prepare(
    store: Store,
    recipients: list[Cert],
    *,
    force: bool = False,
    compression: str = "auto",
) -> Prepared | None:
    """Seal a bundle for `recipients` (all of one scope); None if there is nothing new for them."""
    me = require_enrolment(store)
    if not recipients:
        raise UserError("请选择接收设备")
    rscope = recipients[0].scope
    if any(r.scope != rscope for r in recipients):
        raise UserError("一个同步包的接收设备必须属于同一数据范围，请分别导出")
    covering = scope_covers(rscope, me.scope)
    conn = store.conn
    fresh = origin.sign_pending(store)  # this device's new ops: signed before they leave it
    origins = marks.have(store)
    needs = [marks.peer_from(conn, r.device_id) for r in recipients]
    numbers = {r[1]: r[0] for r in conn.execute("SELECT n, device_id FROM devices")}

    raw: dict[str, list[Any]] = {}  # device -> op rows
    spans: dict[str, tuple[int, int]] = {}
    for device, upto in origins.items():
        frm = min(n.get(device, 0) for n in needs)
        if upto <= frm or device not in numbers:
            continue
        raw[device] = conn.execute(
            "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
            " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
            " LEFT JOIN sync_created k ON k.op = c.seq"
            " WHERE c.origin=? AND c.origin_seq > ? AND c.origin_seq <= ? ORDER BY c.origin_seq",
            (numbers[device], frm, upto),
        ).fetchall()
        spans[device] = (frm, upto)

    by_entity: dict[str, set[str]] = {}
    for rows in raw.values():
        for r in rows:
            by_entity.setdefault(r[3], set()).add(r[4])
    cache: dict[str, Any] = {}
    flags = {
        e: scope_flags(store, e, sorted(ids), rscope, cache=cache)
        for e, ids in by_entity.items()
        if e in schema.MUTABLE or e in APPEND_TABLES
    }

    chosen: list[Any] = []
    ranges: dict[str, list[Any]] = {}
    moved_in: set[str] = set()
    for device, rows in raw.items():
        frm, upto = spans[device]
        last = upto
        for r in rows:
            entity, row_id, kind = r[3], r[4], r[6]
            if entity not in flags:
                continue  # a table this version does not sync
            flag = flags[entity].get(row_id, MISSING)
            needs_row = kind == "a" or (kind == "c" and r[7] is None)
            if flag == MISSING and (needs_row or entity not in schema.MUTABLE):
                last = r[1] - 1  # cannot send it: stop the range before it
                break
            if flag in (None, MISSING):
                if covering:
                    chosen.append(r)
                    continue
                last = r[1] - 1
                break
            if flag == 1:
                chosen.append(r)
                if entity == "children" and kind == "s" and r[5] in SCOPE_FIELDS:
                    known, old = _base_value(store, r[8], r[5])
                    if not known or not _value_in_scope(rscope, r[5], old):
                        moved_in.add(row_id)
            elif entity == "children" and kind == "s" and r[5] in SCOPE_FIELDS:
                known, old = _base_value(store, r[8], r[5])
                if known and _value_in_scope(rscope, r[5], old):
                    chosen.append(r)  # the child leaves the recipient's scope: tell it
        if last > frm:
            ranges[device] = [
                frm + 1,
                last,
                device == me.device_id or scope_covers(me.scope, rscope),
            ]

    extras = _extras(store, chosen, moved_in)
    seen = {r[0] for r in chosen}
    chosen.extend(r for r in extras if r[0] not in seen)
    body, file_count = _body(store, chosen, numbers)
    # every op travels with its origin's signed segment; one without proof stays here
    ranges = origin.cap_ranges(ranges, origin.attach(store, body, fresh=fresh))
    file_count = len(body.blobs)

    return seal(store, recipients, body, ranges, file_count, force=force, compression=compression)


def seal(
    store: Store,
    recipients: list[Cert],
    body: Body,
    ranges: dict[str, list[Any]],
    file_count: int,
    *,
    force: bool = False,
    compression: str = "auto",
    extra: dict[str, Any] | None = None,
) -> Prepared | None:
    """The manifest (with this device's watermarks and receipts), packed, encrypted to the
    recipients and signed; None when there are no ops and nothing new to acknowledge."""
    me = require_enrolment(store)
    conn = store.conn
    acks = marks.have(store)
    receipts = {r.device_id: marks.receipts_for(conn, r.device_id) for r in recipients}
    digest = hashlib.sha256(json.dumps([acks, receipts], sort_keys=True).encode()).hexdigest()
    if not body.ops and not force:
        last_digests = {
            r[0]: r[1] for r in conn.execute("SELECT device_id, last_digest FROM sync_peers")
        }
        if all(last_digests.get(r.device_id) == digest for r in recipients):
            return None
    bundle_id = str(uuid.uuid4())
    # microseconds: a receiver orders one sender's bundles by it (see marks.record_acks)
    created = dt.datetime.now().astimezone().isoformat(timespec="microseconds")
    manifest = {
        "format": envelope.FORMAT_VERSION,
        "schema": conn.execute("PRAGMA user_version").fetchone()[0],
        "bundle_id": bundle_id,
        "created_at": created,
        "origin": me.device_id,
        "county": me.county_code,
        "recipients": [r.device_id for r in recipients],
        "op_count": len(body.ops),
        "file_count": file_count,
        "ranges": ranges,
        "acks": acks,
        "receipts": receipts,
        **(extra or {}),
    }
    plain = pack(manifest, body)
    header = {
        "bundle_id": bundle_id,
        "sender": me.device_id,
        "county": me.county_code,
        "created_at": created,
        "cert": me.signed,
    }
    data = envelope.seal(
        plain,
        header=header,
        recipients=[(r.device_id, r.box_key) for r in recipients],
        sign=keys.signer(store),
        compression=compression,
    )
    return Prepared(
        data,
        bundle_id,
        [r.device_id for r in recipients],
        ranges,
        len(body.ops),
        file_count,
        digest,
        created,
        manifest,
    )


def _extras(store: Store, chosen: list[Any], moved_in: set[str]) -> list[Any]:
    """Ops sent beyond the ranges: linked attachments, histories of children moved in."""
    conn = store.conn
    wanted: set[str] = set()
    event_ids = [r[4] for r in chosen if r[3] == "events"]
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        for r in conn.execute(
            "SELECT coalesce(json_extract(payload, '$.sha256'), json_extract(payload, '$.pdf_sha256'))"
            f" FROM events WHERE kind IN ('attachment', 'document') AND id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            if r[0]:
                wanted.add(r[0])
    sql = (
        "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
        " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
        f" LEFT JOIN sync_created k ON k.op = c.seq WHERE c.row_id IN {IDS}"
    )
    out: list[Any] = []
    if wanted:
        out += conn.execute(sql + " AND c.entity = 'attachments'", (ids_param(wanted),)).fetchall()
    if moved_in:
        ids = set(moved_in)
        marks_ = ",".join("?" * len(moved_in))
        kids = sorted(moved_in)
        for table in (
            "guardians",
            "enrolments",
            "cases",
            "events",
            "sync_resolutions",
            *PREVENTION,
        ):
            ids |= {
                r[0]
                for r in conn.execute(f"SELECT id FROM {table} WHERE child_id IN ({marks_})", kids)
            }
        case_ids = [
            r[0] for r in conn.execute(f"SELECT id FROM cases WHERE child_id IN ({marks_})", kids)
        ]
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start : start + 500]
            cm = ",".join("?" * len(chunk))
            ids |= {
                r[0] for r in conn.execute(f"SELECT id FROM plans WHERE case_id IN ({cm})", chunk)
            }
            ids |= {
                r[0] for r in conn.execute(f"SELECT id FROM events WHERE case_id IN ({cm})", chunk)
            }
        history = conn.execute(sql, (ids_param(ids),)).fetchall()
        out += history
        linked = _extras(store, [r for r in history if r[3] == "events"], set())
        out += linked
    return out


def _defaults(store: Store, entity: str) -> dict[str, Any]:
    """Column defaults (to complete a create recorded by an older version)."""
    from desktop.sync.apply import column_defaults

    return column_defaults(store, entity)


def _body(store: Store, chosen: list[Any], numbers: dict[str, int]) -> tuple[Body, int]:
    """The body of a bundle from op rows (sorted by origin and sequence)."""
    conn = store.conn
    device_of = {n: d for d, n in numbers.items()}
    devices: list[str] = []
    index: dict[int, int] = {}
    chosen = sorted(chosen, key=lambda r: (device_of[r[10]], r[1]))
    need_rows: dict[str, set[str]] = {}
    for r in chosen:
        if r[6] == "a" or (r[6] == "c" and r[7] is None):
            need_rows.setdefault(r[3], set()).add(r[4])
    fetched: dict[str, dict[str, list[Any]]] = {}
    cols_of: dict[str, list[str]] = {}
    for entity in {r[3] for r in chosen if r[6] in ("a", "c")}:
        cols_of[entity] = (
            row_columns(store, entity) if entity in APPEND_TABLES else create_columns(store, entity)
        )
    for entity, ids in need_rows.items():
        key = "sha256" if entity == "attachments" else "id"
        cols = cols_of[entity]
        fetched[entity] = {
            r[0]: list(r[1:])
            for r in conn.execute(
                f"SELECT {key}, {','.join(cols)} FROM {entity} WHERE {key} IN {IDS}",
                (ids_param(ids),),
            )
        }
    body = Body()
    blobs: set[str] = set()
    defaults: dict[str, dict[str, Any]] = {}
    for r in chosen:
        n = r[10]
        entity, row_id, kind, value = r[3], r[4], r[6], r[7]
        if kind == "a" or (kind == "c" and value is None):
            row = fetched[entity].get(row_id)
            if row is None:
                continue
        elif kind == "c":  # kept values (overwritten since, or a concurrent create)
            if entity not in defaults:
                defaults[entity] = _defaults(store, entity)
            values = json.loads(value)
            row = [values.get(c, defaults[entity].get(c)) for c in cols_of[entity]]
        if kind in ("a", "c"):
            section = body.rows.setdefault(entity, {"cols": cols_of[entity], "data": []})
            section["data"].append(row)
            if entity == "attachments":
                blobs.add(row_id)
            value = None
        if n not in index:
            index[n] = len(devices)
            devices.append(device_of[n])
        # an appended row carries its own id: the op does not repeat it
        op_row = None if kind == "a" else row_id
        body.ops.append([index[n], r[1], r[2], entity, op_row, r[5], kind, value, r[8], r[9]])
    body.devices = devices
    for sha in sorted(blobs):
        got = conn.execute("SELECT data FROM attachments WHERE sha256=?", (sha,)).fetchone()
        body.blobs[sha] = bytes(got[0])
    return body, len(blobs)


def record(store: Store, prepared: Prepared, *, transport: str = "") -> None:
    """Note a bundle as sent (after its file was written)."""
    at = now_iso()
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO sync_bundles(id, direction, peer, created_at, done_at, transport, ops,"
            " files, bytes, ranges, status) VALUES (?,?,?,?,?,?,?,?,?,?, 'sent')",
            (
                prepared.bundle_id,
                "out",
                ",".join(prepared.recipients),
                prepared.created_at,
                at,
                transport,
                prepared.op_count,
                prepared.file_count,
                len(prepared.data),
                json.dumps(prepared.ranges),
            ),
        )
        for peer in prepared.recipients:
            marks.record_sent(conn, peer, prepared.ranges)
            conn.execute(
                "UPDATE sync_peers SET last_digest=? WHERE device_id=?", (prepared.digest, peer)
            )
