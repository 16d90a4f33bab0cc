"""A snapshot bundle: the current state of a recipient's scope, compacted, to provision a
device that is new to the sender (the county hub) — instead of every op ever made.

What it carries, for every record in the recipient's scope (chosen in SQL, not op by op):
- its create ops ('c') and appended rows ('a'), with their rows;
- per field, only the winning set op ('s', highest (hlc, device id)): versions that lost are
  left out — last-writer-wins over the kept ops gives the same value, since every version left
  out loses to one kept;
- every version named by a review item (sync_conflicts), so the recipient lists the same
  conflicts;
- for a child that has left the recipient's scope but once was in it, the ops that moved it
  (the recipient may hold an old copy).

Ranges: per origin, [1, have] vouched (the recipient holds all it needs of those ops), except
that ranges stop before an op whose scope cannot be decided here (its record or child has not
arrived), unless the recipient's scope covers the sender's. The manifest says `"snapshot":
true` (an optional field: format 1 readers import it like any bundle).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.scope import Scope
from desktop.store import schema
from desktop.store.repo import Store
from desktop.sync import export, marks
from desktop.sync import origin as origin_proof
from desktop.sync.columns import APPEND_TABLES, bundle_columns, column_defaults
from desktop.sync.enrol import Cert, require_enrolment, scope_covers
from desktop.sync.payload import Body

CHILD_BOUND = ("guardians", "enrolments", "cases", "plans", "events", "sync_resolutions")
_SNAP = "temp.kcbx_snap"


def prepare(store: Store, recipient: Cert, *, compression: str = "auto") -> export.Prepared:
    """Seal a snapshot bundle of `recipient`'s scope (always: it carries the watermarks)."""
    me = require_enrolment(store)
    fresh = origin_proof.sign_pending(store)
    conn = store.conn
    scope = recipient.scope
    covering = scope_covers(scope, me.scope)
    _select_rows(store, scope)
    try:
        numbers = {r[0]: r[1] for r in conn.execute("SELECT n, device_id FROM devices")}
        body = Body()
        index: dict[int, int] = {}

        def origin(n: int) -> int:
            if n not in index:
                index[n] = len(body.devices)
                body.devices.append(numbers[n])
            return index[n]

        file_count = _creates_and_appends(store, body, origin, everything=scope.is_everything)
        _sets(store, body, origin, scope)
        ranges: dict[str, list[Any]] = {}
        caps = {} if covering else _undecided(store)
        for device, upto in marks.have(store).items():
            n = next((k for k, v in numbers.items() if v == device), None)
            hi = min(upto, caps.get(n, upto + 1) - 1) if n is not None else upto
            if hi >= 1:
                ranges[device] = [1, hi, device == me.device_id or scope_covers(me.scope, scope)]
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_SNAP}")
    # every op travels with its origin's signed segment; one without proof stays here
    ranges = origin_proof.cap_ranges(ranges, origin_proof.attach(store, body, fresh=fresh))
    file_count = len(body.blobs)
    prepared = export.seal(
        store,
        [recipient],
        body,
        ranges,
        file_count,
        force=True,
        compression=compression,
        extra={"snapshot": True},
    )
    assert prepared is not None
    return prepared


def _select_rows(store: Store, scope: Scope) -> None:
    """The records in `scope` as (entity, row id) in a temporary table."""
    conn = store.conn
    conn.execute(f"DROP TABLE IF EXISTS {_SNAP}")
    conn.execute(
        f"CREATE TABLE {_SNAP} (entity TEXT NOT NULL, row_id TEXT NOT NULL,"
        " PRIMARY KEY (entity, row_id)) WITHOUT ROWID"
    )
    add = f"INSERT OR IGNORE INTO {_SNAP}(entity, row_id) "
    if scope.is_everything:
        for table in (*schema.MUTABLE, *APPEND_TABLES):
            key = "sha256" if table == "attachments" else "id"
            conn.execute(add + f"SELECT '{table}', {key} FROM {table}")
        return
    where, params = scope.sql(township_col="township_code", school_col="school_id")
    kids = f"(SELECT row_id FROM {_SNAP} WHERE entity='children')"
    case_ids = f"(SELECT row_id FROM {_SNAP} WHERE entity='cases')"
    conn.execute(add + f"SELECT 'children', id FROM children WHERE {where}", params)
    for table in ("guardians", "enrolments", "cases"):
        conn.execute(add + f"SELECT '{table}', id FROM {table} WHERE child_id IN {kids}")
    conn.execute(add + f"SELECT 'plans', id FROM plans WHERE case_id IN {case_ids}")
    conn.execute(
        add + "SELECT 'events', id FROM events WHERE child_id IN " + kids + " OR (child_id IS NULL"
        f" AND (case_id IN {case_ids} OR case_id IS NULL))"
    )
    conn.execute(
        add + f"SELECT 'sync_resolutions', id FROM sync_resolutions WHERE child_id IN {kids}"
        " OR child_id IS NULL"
    )
    for table in export.PREVENTION:  # a child's absences, follow-ups, 帮扶 plans…
        conn.execute(add + f"SELECT '{table}', id FROM {table} WHERE child_id IN {kids}")
    for table in ("settings", "schools", "absence_registers"):
        conn.execute(add + f"SELECT '{table}', id FROM {table}")
    conn.execute(
        add + "SELECT 'attachments', sha FROM (SELECT coalesce(json_extract(e.payload, '$.sha256'),"
        " json_extract(e.payload, '$.pdf_sha256')) AS sha FROM events e"
        f" JOIN {_SNAP} s ON s.entity = 'events' AND s.row_id = e.id"
        " WHERE e.kind IN ('attachment', 'document')) WHERE sha IN (SELECT sha256 FROM attachments)"
    )


def _cursor(store: Store) -> Any:
    cur = store.conn.cursor()
    cur.row_factory = None  # plain tuples: much faster than sqlite3.Row for 100,000s of rows
    return cur


def _creates_and_appends(store: Store, body: Body, origin: Any, *, everything: bool) -> int:
    """Every 'c' and 'a' op of the selected records, with their rows; returns the file count."""

    files = 0
    for entity in (*schema.MUTABLE, *APPEND_TABLES):
        key = "sha256" if entity == "attachments" else "id"
        append = entity in APPEND_TABLES
        if append and store.conn.execute(f"SELECT 1 FROM {entity} LIMIT 1").fetchone() is None:
            continue
        cols = bundle_columns(store, entity)
        kept = "NULL" if append else "k.value"
        join_kept = "" if append else " LEFT JOIN sync_created k ON k.op = c.seq"
        # `kind != 'a'` lets SQLite use the change log's partial index on (entity, row_id)
        kind_sql = "c.kind = 'a'" if append else "c.kind != 'a' AND c.kind = 'c'"
        if everything:
            source = "changes c"
        elif append:  # appended ops are not indexed by row: one scan of the change log
            source = f"changes c JOIN {_SNAP} s ON s.entity = c.entity AND s.row_id = c.row_id"
        else:  # from the selected records to their ops, by index
            source = (
                f"{_SNAP} s CROSS JOIN changes c ON c.entity = s.entity AND c.row_id = s.row_id"
            )
        sql = (
            f"SELECT c.origin, c.origin_seq, c.hlc, c.row_id, c.actor, c.base,"
            f" coalesce(c.value, {kept}), {','.join('t.' + col for col in cols)}"
            f" FROM {source}{join_kept} JOIN {entity} t ON t.{key} = c.row_id"
            f" WHERE c.entity = ? AND {kind_sql}"
        )
        rows = _cursor(store).execute(sql, [entity]).fetchall()
        if not rows:
            continue
        data: list[Any] = []
        defaults: dict[str, Any] | None = None
        kind = "a" if append else "c"
        for r in rows:
            if r[6] is not None:  # a create whose record was changed since: its own values
                if defaults is None:
                    defaults = column_defaults(store, entity)
                values = json.loads(r[6])
                data.append([values.get(c, defaults.get(c)) for c in cols])
            else:
                data.append(list(r[7:]))
            body.ops.append(
                [
                    origin(r[0]),
                    r[1],
                    r[2],
                    entity,
                    None if append else r[3],
                    None,
                    kind,
                    None,
                    r[5],
                    r[4],
                ]
            )
        body.rows[entity] = {"cols": cols, "data": data}
        if entity == "attachments":
            for (sha,) in _cursor(store).execute(
                f"SELECT row_id FROM {_SNAP} WHERE entity = 'attachments'"
                if not everything
                else "SELECT sha256 FROM attachments"
            ):
                got = store.conn.execute(
                    "SELECT data FROM attachments WHERE sha256=?", (sha,)
                ).fetchone()
                body.blobs[sha] = bytes(got[0])
            files = len(body.blobs)
    return files


def _sets(store: Store, body: Body, origin: Any, scope: Scope) -> None:
    """Per field of a selected record, the winning set op; every version a conflict names; the
    moves of children that left the recipient's scope."""
    conn = store.conn
    wanted: set[int] = set()
    # winners: highest (hlc, device id) per (entity, row, field)
    for (seq,) in conn.execute(
        "SELECT seq FROM (SELECT c.seq, row_number() OVER (PARTITION BY c.entity, c.row_id,"
        " c.field ORDER BY c.hlc DESC, d.device_id DESC) AS rn FROM changes c"
        f" JOIN devices d ON d.n = c.origin JOIN {_SNAP} s ON s.entity = c.entity"
        " AND s.row_id = c.row_id WHERE c.kind != 'a' AND c.field IS NOT NULL AND c.kind = 's') WHERE rn = 1"
    ):
        wanted.add(seq)
    # versions named by review items
    for (ops,) in conn.execute(
        f"SELECT ops FROM sync_conflicts k JOIN {_SNAP} s ON s.entity = k.entity"
        " AND s.row_id = k.row_id"
    ):
        for op_id in json.loads(ops):
            device, _, seq = str(op_id).rpartition(":")
            got = conn.execute(
                "SELECT c.seq FROM changes c JOIN devices d ON d.n = c.origin"
                " WHERE d.device_id = ? AND c.origin_seq = ? AND c.kind = 's'",
                (device, int(seq) if seq.isdigit() else -1),
            ).fetchone()
            if got:
                wanted.add(got[0])
    if not scope.is_everything:
        wanted |= _moves_out(store, scope)
    if not wanted:
        return
    ids = json.dumps(sorted(wanted))
    for r in _cursor(store).execute(
        "SELECT origin, origin_seq, hlc, entity, row_id, field, value, base, actor FROM changes"
        " WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY origin, origin_seq",
        (ids,),
    ):
        body.ops.append([origin(r[0]), r[1], r[2], r[3], r[4], r[5], "s", r[6], r[7], r[8]])


def _moves_out(store: Store, scope: Scope) -> set[int]:
    """Set ops of township/school of children not in scope now that once were in it."""
    conn = store.conn
    allowed_t = sorted(scope.townships) if scope.townships is not None else None
    allowed_s = sorted(scope.schools) if scope.schools is not None else None

    def inside(township: Any, school: Any) -> bool:
        return scope.allows(township_code=township, school_id=school)

    outside = f"c.row_id NOT IN (SELECT row_id FROM {_SNAP} WHERE entity = 'children')"
    was_in: set[str] = set()
    for row_id, field, value in conn.execute(
        "SELECT c.row_id, c.field, c.value FROM changes c WHERE c.entity = 'children'"
        f" AND c.kind != 'a' AND c.field IS NOT NULL AND c.kind = 's' AND c.field IN ('township_code', 'school_id') AND {outside}"
    ):
        v = json.loads(value)
        if (field == "township_code" and allowed_t is not None and v in allowed_t) or (
            field == "school_id" and allowed_s is not None and v in allowed_s
        ):
            was_in.add(row_id)
    for row_id, value in conn.execute(
        "SELECT c.row_id, coalesce(c.value, k.value) FROM changes c"
        " LEFT JOIN sync_created k ON k.op = c.seq WHERE c.entity = 'children' AND c.kind != 'a' AND c.kind = 'c'"
        f" AND coalesce(c.value, k.value) IS NOT NULL AND {outside}"
    ):
        v = json.loads(value)
        if inside(v.get("township_code"), v.get("school_id")):
            was_in.add(row_id)
    if not was_in:
        return set()
    return {
        r[0]
        for r in conn.execute(
            "SELECT seq FROM changes WHERE entity = 'children' AND kind != 'a' AND field IS NOT NULL AND kind = 's'"
            " AND field IN ('township_code', 'school_id')"
            " AND row_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(was_in)),),
        )
    }


def _undecided(store: Store) -> dict[int, int]:
    """origin number -> the lowest seq of its ops whose scope cannot be decided here: about a
    record that has not arrived, or one whose child has not."""
    conn = store.conn
    no_kid = "NOT IN (SELECT id FROM children)"
    orphans = {
        "guardians": f"SELECT id FROM guardians WHERE child_id {no_kid}",
        "enrolments": f"SELECT id FROM enrolments WHERE child_id {no_kid}",
        "cases": f"SELECT id FROM cases WHERE child_id {no_kid}",
        "plans": "SELECT p.id FROM plans p LEFT JOIN cases cs ON cs.id = p.case_id"
        f" WHERE cs.id IS NULL OR cs.child_id {no_kid}",
        "events": f"SELECT e.id FROM events e LEFT JOIN cases cs ON cs.id = e.case_id"
        f" WHERE (e.child_id IS NOT NULL AND e.child_id {no_kid}) OR (e.child_id IS NULL"
        f" AND e.case_id IS NOT NULL AND (cs.id IS NULL OR cs.child_id {no_kid}))",
        "sync_resolutions": f"SELECT id FROM sync_resolutions WHERE child_id IS NOT NULL"
        f" AND child_id {no_kid}",
    }
    caps: dict[int, int] = {}

    def note(rows: Any) -> None:
        for n, seq in rows:
            if n is not None and (n not in caps or seq < caps[n]):
                caps[n] = seq

    for entity, sql in orphans.items():
        ids = [r[0] for r in conn.execute(sql)]
        if ids:
            note(
                conn.execute(
                    "SELECT origin, min(origin_seq) FROM changes WHERE entity = ?"
                    " AND row_id IN (SELECT value FROM json_each(?)) GROUP BY origin",
                    (entity, json.dumps(ids)),
                )
            )
    for entity in schema.MUTABLE:
        note(
            conn.execute(
                f"SELECT origin, min(origin_seq) FROM changes c INDEXED BY changes_field WHERE c.entity = ? AND"
                f" c.kind != 'a' AND c.field IS NOT NULL AND c.kind = 's' AND NOT EXISTS (SELECT 1 FROM {entity} t WHERE t.id = c.row_id)"
                " GROUP BY origin",
                (entity,),
            )
        )
    return caps
