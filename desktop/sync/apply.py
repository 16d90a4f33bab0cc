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
- A touched case whose merged history breaks a rule of today's table goes to the review queue
  with the rule's message (rule_review.py): sync never hides a violation.

`apply()` runs inside the importer's transaction; it does set-based work (executemany, one
query per batch), not a Python round trip per op. Its steps, in order, are the functions below
it; the field-by-field merge of touched records is in lww.py.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from desktop.domain.text import N_, Msg
from desktop.store import db, schema
from desktop.store.changelog import (
    APPEND,
    CREATE,
    CREATE_META,
    INSERT_OP,
    SET,
    device_number,
    now_iso,
)
from desktop.store.repo import SEARCH_FIELDS, Store
from desktop.sync import conflicts, lww, rule_review
from desktop.sync.columns import (
    APPEND_TABLES,
    column_defaults,
    create_columns,
    row_columns,
    row_key,
)
from desktop.sync.enrol import DEVICE_ID
from desktop.sync.envelope import BundleRefused
from desktop.sync.payload import OP_FIELDS, Body

__all__ = ["Applied", "Staged", "StagedOp", "apply", "column_defaults", "stage"]

HLCS = re.compile(r"(?:[0-9a-f]{16})*")
CASE_SETTINGS = {
    "visit.cadence_days",
    "visit.suspected_days",
    "followup.cadence_days",
    "monitoring.days",
}
CHUNK = 30000  # SQLite 3.32+ allows 32766 host parameters


class StagedOp(NamedTuple):
    """One op of a bundle, checked (payload.py: the op list's fields, plus its row)."""

    origin: int  # index into Staged.devices
    seq: int  # the op's number on its origin device
    hlc: str
    entity: str
    row_id: str  # for an appended row, taken from the row
    field: str | None
    kind: str  # CREATE, SET or APPEND
    value: str | None  # a set op's value (JSON); None for the others
    base: str | None  # the version the editor saw ("device:seq")
    actor: str
    row: list[Any] | None  # the record ('c') or appended row ('a') the op carries, in cols order


# A StagedOp from the tuple of its fields, without the generated __new__'s Python call
_staged_op = partial(tuple.__new__, StagedOp)


@dataclass
class Staged:
    devices: list[str]
    ops: list[StagedOp]
    cols: dict[str, list[str]]  # entity -> the columns of its rows in this bundle
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
    rule_reviews: list[str] = field(default_factory=list)  # cases that break a rule
    timings: dict[str, float] = field(default_factory=dict)


def _bad(what: str) -> BundleRefused:
    return BundleRefused(Msg("同步包内容无效（{what}）", what=what), "damaged")


# --- staging: check every op and row before anything is written -----------------------------


def stage(store: Store, body: Body) -> Staged:
    """Check every op and row before anything is written; refuse the bundle if one is wrong."""
    devices = _checked_devices(body.devices)
    synced = {e: set(store.synced_columns(e)) for e in schema.MUTABLE}
    cols, rows_of = _row_sections(store, body.rows, synced)
    raw = _checked_op_list(body.ops)
    ops = _stage_ops(raw, len(devices), synced, cols, rows_of, body.blobs)
    for entity, rest in rows_of.items():
        if next(rest, None) is not None:
            raise _bad(Msg("{entity} 行数", entity=entity))
    _check_set_values(ops)
    max_hlc = max((op.hlc for op in ops), default="")
    return Staged(list(devices), ops, cols, body.blobs, max_hlc)


def _checked_devices(devices: Any) -> list[str]:
    if not isinstance(devices, list) or not all(
        isinstance(d, str) and DEVICE_ID.match(d) for d in devices
    ):
        raise _bad(N_("设备编号"))
    return devices


def _row_sections(
    store: Store, sections: Any, synced: dict[str, set[str]]
) -> tuple[dict[str, list[str]], dict[str, Iterator[Any]]]:
    """Each entity's row columns (checked against ours) and an iterator over its rows."""
    cols: dict[str, list[str]] = {}
    rows_of: dict[str, Iterator[Any]] = {}
    for entity, section in (sections or {}).items():
        if entity in APPEND_TABLES:
            ours, need = set(row_columns(store, entity)), {row_key(entity)}
        elif entity in synced:
            ours, need = set(create_columns(store, entity)), set(CREATE_META)
        else:
            raise _bad(Msg("未知的数据表 {entity}", entity=entity))
        got = section.get("cols") if isinstance(section, dict) else None
        if not isinstance(got, list) or not need <= set(got) <= ours or len(set(got)) != len(got):
            raise _bad(Msg("{entity} 的列", entity=entity))
        cols[entity] = list(got)
        rows_of[entity] = iter(section.get("data") or [])
    return cols, rows_of


_HLC = OP_FIELDS.index("hlc")  # in an op as a bundle carries it (a list)


def _checked_op_list(ops: Any) -> list[Any]:
    """The op list, each op's HLC well formed (one regular expression over all of them)."""
    if not isinstance(ops, list):
        raise _bad(N_("操作列表"))
    try:
        hlcs = "".join([op[_HLC] for op in ops])
    except (TypeError, IndexError, KeyError) as exc:
        raise _bad(N_("操作格式")) from exc
    if not HLCS.fullmatch(hlcs) or len(hlcs) != 16 * len(ops):
        raise _bad(N_("时间戳"))
    return ops


def _stage_ops(
    raw: list[Any],
    n_dev: int,
    synced: dict[str, set[str]],
    cols: dict[str, list[str]],
    rows_of: dict[str, Iterator[Any]],
    blobs: dict[str, bytes],
) -> list[StagedOp]:
    """Every op checked and paired with its row (a 'c' or 'a' op takes the next of its entity)."""
    key_index = {e: cols[e].index(row_key(e)) for e in cols if e in APPEND_TABLES}
    out: list[StagedOp] = []
    for op in raw:
        if type(op) is not list or len(op) != 10:
            raise _bad(N_("操作格式"))
        o, seq, hlc, entity, row_id, fname, kind, value, base, actor = op
        if (
            type(o) is not int
            or not 0 <= o < n_dev
            or type(seq) is not int
            or seq < 1
            or not ((type(row_id) is str and row_id) or (row_id is None and kind == APPEND))
            or type(actor) is not str
            or not (base is None or type(base) is str)
        ):
            raise _bad(N_("操作字段"))
        if kind == SET:
            if entity not in synced or fname not in synced[entity] or type(value) is not str:
                raise _bad(f"{entity}.{fname}")
            out.append(
                _staged_op((o, seq, hlc, entity, row_id, fname, kind, value, base, actor, None))
            )
            continue
        if kind == CREATE:
            if entity not in synced:
                raise _bad(Msg("新建 {entity}", entity=entity))
        elif kind != APPEND or entity not in APPEND_TABLES:
            raise _bad(N_("操作类型"))
        rows = rows_of.get(entity)
        row = next(rows, None) if rows is not None else None
        if type(row) is not list or len(row) != len(cols[entity]):
            raise _bad(Msg("{entity} 行", entity=entity))
        if kind == APPEND:
            row_id = _appended_id(entity, row_id, row[key_index[entity]], blobs)
        out.append(_staged_op((o, seq, hlc, entity, row_id, fname, kind, value, base, actor, row)))
    return out


def _appended_id(entity: str, op_row_id: str | None, key: Any, blobs: dict[str, bytes]) -> str:
    """An appended row's id: the op names none (the row holds it) or the same one."""
    if op_row_id is None:
        if type(key) is not str or not key:
            raise _bad(Msg("{entity} 行", entity=entity))
    elif key != op_row_id:
        raise _bad(Msg("{entity} 行与操作不符", entity=entity))
    if entity == "attachments" and key not in blobs:
        raise _bad(N_("附件内容缺失"))
    return key


def _check_set_values(ops: list[StagedOp]) -> None:
    """Every set value is JSON (one parse for all)."""
    values = [op.value or "" for op in ops if op.kind == SET]
    try:
        parsed = json.loads("[" + ",".join(values) + "]")
    except ValueError as exc:
        raise _bad(N_("字段值")) from exc
    if len(parsed) != len(values):
        raise _bad(N_("字段值"))


# --- applying ----------------------------------------------------------------------------------

Touched = dict[str, dict[str, set[str] | None]]  # entity -> row id -> fields (None: all)


class _Laps:
    """Time spent per step, into Applied.timings."""

    def __init__(self, res: Applied) -> None:
        self.res, self.clock = res, time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.res.timings[name] = self.res.timings.get(name, 0.0) + now - self.clock
        self.clock = now

    def restart(self) -> None:
        """Start timing the next step now (the last one kept its own times)."""
        self.clock = time.perf_counter()


def apply(store: Store, st: Staged) -> Applied:
    """Apply the staged ops (inside the caller's transaction); return what happened."""
    conn = store.conn
    res = Applied(ops=len(st.ops))
    lap = _Laps(res)
    nums = [device_number(conn, d) for d in st.devices]
    new = _new_ops(conn, st, nums)
    res.new_ops = len(new)
    me = store.device_id
    res.own_max_seq = max((op.seq for op in st.ops if st.devices[op.origin] == me), default=0)
    lap("dedupe")
    if not new:
        return res
    touched = _touched_fields(new)
    inserts, kept = _split_creates(conn, st, new, touched)
    _waiting_sets(conn, inserts, touched)
    lap("creates")
    _log_ops(conn, new, nums, kept)
    lap("changes")
    appended = _append_rows(conn, st, new)
    res.appended = appended.count
    lap("appends")
    created = _insert_records(conn, st, inserts)
    res.created = sum(len(ids) for ids in created.values())
    lap("creates")
    new_ids = {(st.devices[op.origin], op.seq) for op in new if op.kind != APPEND}
    merged = lww.merge(store, touched, new_ids)
    res.fields_set = merged.fields_set
    lap("lww")
    groups = [*merged.groups, *conflicts.correction_groups(conn, appended.corrected)]
    res.conflicts = conflicts.record_groups(conn, groups)
    if appended.resolutions:
        conflicts.refresh_status(conn, appended.resolutions)
    lap("conflicts")
    refresh = _refresh_derived(store, created, merged.changed, appended.cases)
    lap("search_keys")
    if refresh:
        # the case states and the rule review read each case once (timed apart)
        res.rule_reviews = rule_review.review(
            store, refresh, refresh_states=True, timings=res.timings
        )
        res.cases_refreshed = len(refresh)
    lap.restart()
    return res


def _new_ops(conn: Any, st: Staged, nums: list[int]) -> list[StagedOp]:
    """The ops not here yet (by origin and sequence; the first of duplicates in a bundle)."""
    seqs: dict[int, list[int]] = defaultdict(list)
    for op in st.ops:
        seqs[op.origin].append(op.seq)
    have: set[tuple[int, int]] = set()
    for o, values in seqs.items():
        have.update(
            (o, s)
            for (s,) in conn.execute(
                "SELECT origin_seq FROM changes WHERE origin=? AND origin_seq BETWEEN ? AND ?",
                (nums[o], min(values), max(values)),
            )
        )
    new: list[StagedOp] = []
    for op in st.ops:
        key = (op.origin, op.seq)
        if key not in have:
            have.add(key)
            new.append(op)
    return new


def _touched_fields(new: list[StagedOp]) -> Touched:
    """The fields each new set op is about, per record."""
    touched: Touched = defaultdict(dict)
    for op in new:
        if op.kind == SET:
            fields = touched[op.entity].setdefault(op.row_id, set())
            if fields is not None and op.field is not None:
                fields.add(op.field)
    return touched


def _split_creates(
    conn: Any, st: Staged, new: list[StagedOp], touched: Touched
) -> tuple[dict[str, list[StagedOp]], dict[int, str]]:
    """Creates of records not here yet (to insert), and the values of those that insert
    nothing: the same record made on two devices merges field by field (all fields touched),
    its values kept in the change log. Returns (entity -> creates to insert, id(op) -> JSON)."""
    creates: dict[str, list[StagedOp]] = defaultdict(list)
    for op in new:
        if op.kind == CREATE:
            creates[op.entity].append(op)
    inserts: dict[str, list[StagedOp]] = {}
    kept: dict[int, str] = {}
    for entity, ops in creates.items():
        present = _existing(conn, entity, list({op.row_id for op in ops}))
        cols = st.cols[entity]
        rows = inserts[entity] = []
        for op in ops:
            if op.row_id in present:
                touched[entity][op.row_id] = None  # concurrent creates: every field
                kept[id(op)] = db.dumps(dict(zip(cols, op.row or (), strict=True)))
            else:
                present.add(op.row_id)
                rows.append(op)
    return inserts, kept


def _log_ops(conn: Any, new: list[StagedOp], nums: list[int], kept: dict[int, str]) -> None:
    """The new ops into the change log (a set's value; a create's only when it inserted nothing)."""
    conn.executemany(
        INSERT_OP,
        [
            (
                nums[op.origin],
                op.seq,
                op.hlc,
                op.entity,
                op.row_id,
                op.field,
                op.kind,
                op.value if op.kind == SET else kept.get(id(op)),
                op.base,
                op.actor,
            )
            for op in new
        ],
    )


@dataclass
class _Appended:
    count: int = 0
    cases: set[str] = field(default_factory=set)  # cases with a new event
    corrected: set[str] = field(default_factory=set)  # events a correction/voiding supersedes
    resolutions: list[str] = field(default_factory=list)  # conflicts a new resolution settles


def _append_rows(conn: Any, st: Staged, new: list[StagedOp]) -> _Appended:
    """Appended rows: a union (INSERT OR IGNORE); what they affect."""
    out = _Appended()
    appends: dict[str, list[list[Any]]] = defaultdict(list)
    for op in new:
        if op.kind == APPEND and op.row is not None:
            appends[op.entity].append(op.row)
    before = conn.total_changes
    for entity, rows in appends.items():
        names = list(st.cols[entity])
        if entity == "attachments":
            sha = names.index("sha256")
            rows = [[*r, st.blobs[r[sha]]] for r in rows]
            names.append("data")
        conn.executemany(
            f"INSERT OR IGNORE INTO {entity}({','.join(names)})"
            f" VALUES ({','.join('?' * len(names))})",
            rows,
        )
        if entity == "events" and "case_id" in names:
            i = names.index("case_id")
            out.cases.update(r[i] for r in rows if r[i])
        if entity == "events" and "supersedes" in names:
            i = names.index("supersedes")
            out.corrected.update(r[i] for r in rows if r[i])
        if entity == "sync_resolutions":
            i = names.index("conflict")
            out.resolutions.extend(r[i] for r in rows)
    out.count = conn.total_changes - before
    return out


def _waiting_sets(conn: Any, inserts: dict[str, list[StagedOp]], touched: Touched) -> None:
    """The set ops that came before their record (they waited in the change log) become
    touched fields of the records about to be inserted. Run before this import's ops are
    logged: its own set ops are touched already (_touched_fields), and the log's index is then
    the size of what was here (a first sync probes a near-empty index, not 150,000 ops)."""
    for entity, ops in inserts.items():
        ids = sorted({op.row_id for op in ops})
        fields_of = touched[entity]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row_id, fname in conn.execute(
                # `kind != 'a'` lets SQLite use the change log's partial index on (entity, row_id)
                "SELECT row_id, field FROM changes WHERE entity=? AND kind != 'a' AND kind='s'"
                f" AND row_id IN ({','.join('?' * len(chunk))})",
                [entity, *chunk],
            ):
                fields = fields_of.setdefault(row_id, set())
                if fields is not None:
                    fields.add(fname)


def _insert_records(
    conn: Any, st: Staged, inserts: dict[str, list[StagedOp]]
) -> dict[str, list[str]]:
    """Insert the records created elsewhere. Returns entity -> inserted ids."""
    created: dict[str, list[str]] = {}
    at = now_iso()
    for entity, ops in inserts.items():
        names = [*st.cols[entity], "id", "updated_at", "hlc"]
        conn.executemany(
            f"INSERT INTO {entity}({','.join(names)}) VALUES ({','.join('?' * len(names))})",
            [(*(op.row or ()), op.row_id, at, op.hlc) for op in ops],
        )
        created[entity] = sorted({op.row_id for op in ops})
    return created


def _refresh_derived(
    store: Store,
    created: dict[str, list[str]],
    changed: dict[str, dict[str, set[str]]],
    event_cases: set[str],
) -> set[str]:
    """Search keys of children and schools, cached settings; returns the cases whose derived
    columns must be recomputed (new events, created or changed cases and plans, case settings)."""
    conn = store.conn
    kids = set(created.get("children", []))
    kids.update(r for r, f in changed.get("children", {}).items() if f & SEARCH_FIELDS)
    schools = sorted(
        set(created.get("schools", []))
        | {r for r, f in changed.get("schools", {}).items() if "name" in f}
    )
    # a school's new name is in its children's keys (Store.after_write): one pass over them
    # all, so that a first sync does not index its new children twice (as children, then as
    # pupils of the new schools)
    kids.update(_select_in(conn, "id", "children", "school_id", schools))
    if kids:
        store.after_write("children", sorted(kids), set(SEARCH_FIELDS))
    refresh = set(event_cases)
    refresh.update(created.get("cases", []))
    refresh.update(changed.get("cases", {}))
    plan_rows = sorted(set(created.get("plans", [])) | set(changed.get("plans", {})))
    refresh.update(_select_in(conn, "case_id", "plans", "id", plan_rows))
    settings = set(created.get("settings", [])) | set(changed.get("settings", {}))
    if settings:
        store.invalidate_caches()
        if settings & CASE_SETTINGS:
            refresh.update(r[0] for r in conn.execute("SELECT id FROM cases"))
    return refresh


def _existing(conn: Any, entity: str, ids: list[str]) -> set[str]:
    return _select_in(conn, "id", entity, "id", ids)


def _select_in(conn: Any, column: str, table: str, key: str, values: list[str]) -> set[str]:
    """`column` of the rows of `table` whose `key` is one of `values` (in chunks of host
    parameters)."""
    out: set[str] = set()
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        out.update(
            r[0]
            for r in conn.execute(
                f"SELECT {column} FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return out
