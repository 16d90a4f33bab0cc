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
import time
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.domain.text import N_
from desktop.store import db, schema
from desktop.store.changelog import APPEND, CREATE, SET, now_iso
from desktop.store.repo import Store
from desktop.sync import envelope, keys, marks, origin, scoped
from desktop.sync.body_rows import stored_rows
from desktop.sync.columns import (
    APPEND_TABLES,
    IDS,
    bundle_columns,
    column_defaults,
    create_columns,
    ids_param,
    row_columns,
)
from desktop.sync.enrol import Cert, require_enrolment, scope_covers
from desktop.sync.payload import Body, pack_pieces

__all__ = [
    "APPEND_TABLES",
    "PREVENTION",
    "LogOp",
    "Prepared",
    "create_columns",
    "log_ops",
    "prepare",
    "record",
    "row_columns",
    "scope_flags",
    "seal",
]

SCOPE_FIELDS = ("township_code", "school_id")

MISSING = "missing"
SCAN_ABOVE = 20000  # ids: above this many (and most of its table), a table is read whole


class LogOp(NamedTuple):
    """An op as the change log holds it (LOG_SELECT's columns)."""

    seq: int  # its number in this database's change log
    origin_seq: int  # its number on its origin device
    hlc: str
    entity: str
    row_id: str
    field: str | None
    kind: str  # CREATE, SET or APPEND
    value: str | None  # a set's value; a create's kept values (None: read from the row)
    base: str | None
    actor: str
    origin: int  # the origin device's local number (devices.n)

    @property
    def needs_row(self) -> bool:
        """Whether the bundle carries its row read from the table (an appended row, or a
        create whose values the row still holds)."""
        return self.kind == APPEND or (self.kind == CREATE and self.value is None)


LOG_SELECT = (
    "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
    " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
    " LEFT JOIN sync_created k ON k.op = c.seq"
)


def log_ops(conn: Any, where: str, params: Any) -> list[LogOp]:
    """The ops of the change log matching `where` (SQL on alias c), as LogOps."""
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: several times faster than sqlite3.Row here
    return list(map(LogOp._make, cur.execute(f"{LOG_SELECT} WHERE {where}", params)))


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
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step of prepare()


def scope_flags(
    store: Store,
    entity: str,
    ids: list[str],
    scope: Scope,
    *,
    cache: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """row id -> 1 (in scope), 0 (not), None (cannot tell: its child is not here), or MISSING."""
    found = _found_flags(store, entity, ids, scope, cache=cache)
    get = found.get
    return {i: get(i, MISSING) for i in ids}


def _found_flags(
    store: Store,
    entity: str,
    ids: Collection[str],
    scope: Scope,
    *,
    cache: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """scope_flags of the rows that are here (a row absent from it is MISSING)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    param = ids_param(ids)
    found: dict[str, Any]
    if entity in ("settings", "schools"):
        found = dict.fromkeys(
            (r[0] for r in cur.execute(f"SELECT id FROM {entity} WHERE id IN {IDS}", (param,))), 1
        )
    elif entity == "audit":
        value = 1 if scope.is_everything else 0
        found = dict.fromkeys(
            (r[0] for r in cur.execute(f"SELECT id FROM audit WHERE id IN {IDS}", (param,))),
            value,
        )
    elif entity == "attachments":
        # Attachments travel with the events that link them (see extras); alone, only to
        # recipients that see everything.
        found = dict.fromkeys(
            (
                r[0]
                for r in cur.execute(
                    f"SELECT sha256 FROM attachments WHERE sha256 IN {IDS}", (param,)
                )
            ),
            1 if scope.is_everything else 0,
        )
    else:
        cache = cache if cache is not None else {}
        if "children" not in cache:  # every child's flag, once per export
            allows = scope.allows
            cache["children"] = {
                r[0]: int(allows(township_code=r[1], school_id=r[2]))
                for r in cur.execute("SELECT id, township_code, school_id FROM children")
            }
        kids = cache["children"]
        sql = _CHILD_OF[entity]
        # most of a table (a new device's first bundle): one scan beats a lookup per id
        rows = (
            cur.execute(sql)
            if len(ids) > SCAN_ABOVE
            else cur.execute(f"{sql} WHERE t.id IN {IDS}", (param,))
        )
        found = {
            row_id: 1 if no_child else kids.get(child_id) if child_id else None
            for row_id, child_id, no_child in rows
        }
    return found


# Prevention's tables that belong to a child (schema_prevention.TABLES but the class registers).
PREVENTION: tuple[str, ...] = (
    "absences",
    "absence_followups",
    "absence_proposals",
    "risk_facts",
    "support_plans",
    "support_reviews",
)

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
        raise UserError(N_("请选择接收设备"))
    rscope = recipients[0].scope
    if any(r.scope != rscope for r in recipients):
        raise UserError(N_("一个同步包的接收设备必须属于同一数据范围，请分别导出"))
    laps = _Laps()
    fresh = origin.sign_pending(store)  # this device's new ops: signed before they leave it
    laps("sign")
    numbers = {r[1]: r[0] for r in store.conn.execute("SELECT n, device_id FROM devices")}
    spans = _spans(store, recipients, numbers)
    synced = {*schema.MUTABLE, *APPEND_TABLES}
    if (
        not rscope.is_everything
        and sum(upto - frm for frm, upto in spans.values()) > SCAN_ABOVE
        and scoped.handles(synced)
    ):  # most of a log for part of the county (a first sync): its scope in SQL
        pending, flags = _pending_scoped(store, spans, numbers, rscope, synced, laps)
    else:
        pending = _pending(store, spans, numbers)
        laps("read")
        flags = _flags(store, pending, rscope)
        laps("scope")
    covering = scope_covers(rscope, me.scope)
    choice = _Choice()
    for device, (frm, upto, ops) in pending.items():
        last = _choose(store, ops, flags, rscope, covering, choice, upto)
        if last > frm:
            vouched = device == me.device_id or scope_covers(me.scope, rscope)
            choice.ranges[device] = [frm + 1, last, vouched]
    seen = {op.seq for op in choice.ops}
    choice.ops.extend(
        op for op in _extras(store, choice.ops, choice.moved_in) if op.seq not in seen
    )
    laps("choose")
    body, _files = _body(store, choice.ops, numbers, raw=True)
    laps("body")
    # every op travels with its origin's signed segment; one without proof stays here
    ranges = origin.cap_ranges(choice.ranges, origin.attach(store, body, fresh=fresh))
    laps("proof")
    out = seal(
        store, recipients, body, ranges, len(body.blobs), force=force, compression=compression
    )
    laps("seal")
    if out is not None:
        out.timings = laps.times
    return out


class _Laps:
    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self.clock = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.times[name] = now - self.clock
        self.clock = now


def _spans(
    store: Store, recipients: list[Cert], numbers: dict[str, int]
) -> dict[str, tuple[int, int]]:
    """Per origin device: the ops after what every recipient has (acked or delivered), up to
    what this device holds completely of it: device -> (from, upto)."""
    needs = [marks.peer_from(store.conn, r.device_id) for r in recipients]
    out: dict[str, tuple[int, int]] = {}
    for device, upto in marks.have(store).items():
        frm = min(n.get(device, 0) for n in needs)
        if upto <= frm or device not in numbers:
            continue
        out[device] = (frm, upto)
    return out


def _pending(
    store: Store, spans: dict[str, tuple[int, int]], numbers: dict[str, int]
) -> dict[str, tuple[int, int, list[LogOp]]]:
    """Per origin device, its span's ops: device -> (from, upto, ops)."""
    out: dict[str, tuple[int, int, list[LogOp]]] = {}
    for device, (frm, upto) in spans.items():
        ops = log_ops(
            store.conn,
            "c.origin=? AND c.origin_seq > ? AND c.origin_seq <= ? ORDER BY c.origin_seq",
            (numbers[device], frm, upto),
        )
        out[device] = (frm, upto, ops)
    return out


def _pending_scoped(
    store: Store,
    spans: dict[str, tuple[int, int]],
    numbers: dict[str, int],
    scope: Scope,
    synced: set[str],
    laps: _Laps,
) -> tuple[dict[str, tuple[int, int, list[LogOp]]], dict[str, dict[str, Any]]]:
    """_pending and _flags with the scope in SQL (sync/scoped.py): of each span, only the ops
    the choice acts on, and their flags."""
    scoped.select(store, scope)
    laps("scope")
    out: dict[str, tuple[int, int, list[LogOp]]] = {}
    flags: dict[str, dict[str, Any]] = {}
    try:
        for device, (frm, upto) in spans.items():
            rows, found = scoped.ops(store, numbers[device], frm, upto, synced)
            out[device] = (frm, upto, list(map(LogOp._make, rows)))
            for entity, by_id in found.items():
                flags.setdefault(entity, {}).update(by_id)
    finally:
        scoped.drop(store)
    laps("read")
    return out, flags


def _flags(
    store: Store, pending: dict[str, tuple[int, int, list[LogOp]]], scope: Scope
) -> dict[str, dict[str, Any]]:
    """entity -> row id -> its scope flag (scope_flags), for every record the ops are about."""
    by_entity: dict[str, set[str]] = {}
    for _frm, _upto, ops in pending.values():
        for op in ops:
            by_entity.setdefault(op.entity, set()).add(op.row_id)
    cache: dict[str, Any] = {}
    return {  # a row absent from its table's flags is MISSING
        e: _found_flags(store, e, ids, scope, cache=cache)
        for e, ids in by_entity.items()
        if e in schema.MUTABLE or e in APPEND_TABLES
    }


@dataclass
class _Choice:
    ops: list[LogOp] = field(default_factory=list)  # to send
    ranges: dict[str, list[Any]] = field(default_factory=dict)  # device -> [first, last, vouched]
    moved_in: set[str] = field(default_factory=set)  # children a move brings into the scope


def _choose(
    store: Store,
    ops: list[LogOp],
    flags: dict[str, dict[str, Any]],
    rscope: Scope,
    covering: bool,
    choice: _Choice,
    upto: int,
) -> int:
    """Keep or leave out one origin's ops by the scope of their records; returns the last seq
    of its range (the range stops before an op that cannot be sent yet)."""
    chosen = choice.ops
    for op in ops:
        entity_flags = flags.get(op.entity)
        if entity_flags is None:
            continue  # a table this version does not sync
        flag = entity_flags.get(op.row_id, MISSING)
        if flag == MISSING and (op.needs_row or op.entity not in schema.MUTABLE):
            return op.origin_seq - 1  # cannot send it: stop the range before it
        if flag is None or flag == MISSING:
            if not covering:
                return op.origin_seq - 1
            chosen.append(op)
            continue
        moves = op.entity == "children" and op.kind == SET and op.field in SCOPE_FIELDS
        if flag == 1:
            chosen.append(op)
            if moves:
                known, old = _base_value(store, op.base, op.field or "")
                if not known or not _value_in_scope(rscope, op.field or "", old):
                    choice.moved_in.add(op.row_id)
        elif moves:
            known, old = _base_value(store, op.base, op.field or "")
            if known and _value_in_scope(rscope, op.field or "", old):
                chosen.append(op)  # the child leaves the recipient's scope: tell it
    return upto


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
    plain = pack_pieces(manifest, body)  # compressed piece by piece, never joined
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


def _extras(store: Store, chosen: list[LogOp], moved_in: set[str]) -> list[LogOp]:
    """Ops sent beyond the ranges: linked attachments, histories of children moved in."""
    conn = store.conn
    wanted: set[str] = set()
    event_ids = [op.row_id for op in chosen if op.entity == "events"]
    for start in range(0, len(event_ids), 500):
        chunk = event_ids[start : start + 500]
        for r in conn.execute(
            "SELECT coalesce(json_extract(payload, '$.sha256'), json_extract(payload, '$.pdf_sha256'))"
            f" FROM events WHERE kind IN ('attachment', 'document') AND id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            if r[0]:
                wanted.add(r[0])
    out: list[LogOp] = []
    if wanted:
        out += log_ops(
            conn, f"c.row_id IN {IDS} AND c.entity = 'attachments'", (ids_param(wanted),)
        )
    if moved_in:
        history = log_ops(conn, f"c.row_id IN {IDS}", (ids_param(_history_ids(conn, moved_in)),))
        out += history
        out += _extras(store, [op for op in history if op.entity == "events"], set())
    return out


def _history_ids(conn: Any, children: set[str]) -> set[str]:
    """The ids of every record of these children (theirs, their cases' plans and events)."""
    ids = set(children)
    marks_ = ",".join("?" * len(children))
    kids = sorted(children)
    for table in ("guardians", "enrolments", "cases", "events", "sync_resolutions", *PREVENTION):
        ids |= {
            r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE child_id IN ({marks_})", kids)
        }
    case_ids = [
        r[0] for r in conn.execute(f"SELECT id FROM cases WHERE child_id IN ({marks_})", kids)
    ]
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        cm = ",".join("?" * len(chunk))
        ids |= {r[0] for r in conn.execute(f"SELECT id FROM plans WHERE case_id IN ({cm})", chunk)}
        ids |= {r[0] for r in conn.execute(f"SELECT id FROM events WHERE case_id IN ({cm})", chunk)}
    return ids


def _in_order(chosen: list[Any], device_of: dict[int, str]) -> list[LogOp]:
    """The ops by origin device (its id) and sequence; the change log's rows become LogOps."""
    by_origin: dict[int, list[LogOp]] = {}
    for r in chosen:
        op = r if type(r) is LogOp else LogOp._make(r)
        by_origin.setdefault(op.origin, []).append(op)
    out: list[LogOp] = []
    for n in sorted(by_origin, key=device_of.__getitem__):
        out += sorted(by_origin[n], key=_ORIGIN_SEQ)  # mostly in order already: linear
    return out


_ORIGIN_SEQ = itemgetter(1)


def _body(
    store: Store, chosen: list[Any], numbers: dict[str, int], *, raw: bool = False
) -> tuple[Body, int]:
    """The body of a bundle from the change log's rows (LogOps or rows of LOG_SELECT), sorted
    by origin and sequence; returns it and its number of files. An op whose row is gone is
    left out. `raw`: rows read from the tables as JSON text (_stored_rows)."""
    device_of = {n: d for d, n in numbers.items()}
    ops = _in_order(chosen, device_of)
    fetched = stored_rows(store, ops, raw=raw, scan_above=SCAN_ABOVE)
    cols_of = {e: bundle_columns(store, e) for e in {op.entity for op in ops if op.kind != SET}}
    body = Body()
    index: dict[int, int] = {}
    blobs: set[str] = set()
    defaults: dict[str, dict[str, Any]] = {}
    out_ops = body.ops
    data_of: dict[str, list[Any]] = {}
    got_row = {e: rows.get for e, rows in fetched.items()}
    for _seq, oseq, hlc, entity, row_id, fld, kind, value, base, actor, number in ops:
        if kind != SET:
            if kind == APPEND or value is None:  # LogOp.needs_row: the row read from its table
                row: Any = got_row[entity](row_id)
                if row is None:
                    continue
            else:  # a create's kept values (overwritten since, or a concurrent create)
                if entity not in defaults:
                    defaults[entity] = column_defaults(store, entity)
                values, dflt = json.loads(value), defaults[entity]
                row = [values.get(c, dflt.get(c)) for c in cols_of[entity]]
            data = data_of.get(entity)
            if data is None:
                data = data_of[entity] = []
                body.rows[entity] = {"cols": cols_of[entity], "data": data}
            data.append(row)
            if entity == "attachments":
                blobs.add(row_id)
            value = None
        n = index.get(number)
        if n is None:
            n = index[number] = len(body.devices)
            body.devices.append(device_of[number])
        # an appended row carries its own id: the op does not repeat it
        out_ops.append(
            [
                n,
                oseq,
                hlc,
                entity,
                None if kind == APPEND else row_id,
                fld,
                kind,
                value,
                base,
                actor,
            ]
        )
    for sha in sorted(blobs):
        got = store.conn.execute("SELECT data FROM attachments WHERE sha256=?", (sha,)).fetchone()
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
