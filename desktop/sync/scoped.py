"""Export's scope in SQL: for a recipient that does not see everything, the ops of a range
that the choice (export._choose) acts on, with their scope flags, without reading the others.

A county office's first bundle for a township laptop keeps ~147,000 of its 634,000 ops; read
op by op into Python and flagged by dictionaries of every table's rows, the other ~490,000
cost most of the export. Here the records in the recipient's scope (flag 1) and those whose
scope cannot be told here (None: their child, or their case, has not arrived) are chosen in
SQL, table by table (as snapshot.py does), and one pass over the change log's range keeps:
- the ops about a record in scope, or about one whose scope cannot be told;
- a set op about a record that is not here (MISSING: its create has not arrived);
- a change of a child's township or school out of the scope (the choice decides by the old
  value whether the child is leaving the recipient's scope).
Every other op is about a record here and out of scope (flag 0), which the choice skips.
A create or an appended op is about a row that is here: the row is written in the same
transaction as the op, and no row leaves a synced table but with its ops (revoked.undo).
The flags are those of export.scope_flags (tests/sync/test_scoped.py compares them).
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any

from desktop.domain.scope import Scope
from desktop.store import schema
from desktop.store.repo import Store

SCOPE = "temp.export_scope"  # (entity, row id) of the records in the recipient's scope
UNSURE = "temp.export_unsure"  # (entity, row id) of those whose scope cannot be told here
MISSING = "missing"
MOVES = ("township_code", "school_id")

# the tables whose rows are in everyone's scope (a class register names no one)
_EVERYONE = ("settings", "schools", "absence_registers")
# outside a scope that is everything: only the extras send them (export._extras)
_NOBODY = ("audit", "attachments")


def handles(entities: set[str] | tuple[str, ...]) -> bool:
    """Whether every synced table is one whose scope this module knows."""
    from desktop.sync.export import _CHILD_OF

    known = {*_EVERYONE, *_NOBODY, *_CHILD_OF}
    return all(e in known for e in entities)


def select(store: Store, scope: Scope) -> None:
    """Fill SCOPE and UNSURE for `scope` (not everything)."""
    from desktop.sync.export import PREVENTION

    conn = store.conn
    drop(store)
    # the temporary tables' own page cache (2 MB by default; these hold ~7 MB at county size)
    conn.execute("PRAGMA temp.cache_size = -32000")
    for table in (SCOPE, UNSURE):
        conn.execute(
            f"CREATE TABLE {table} (entity TEXT NOT NULL, row_id TEXT NOT NULL,"
            " PRIMARY KEY (entity, row_id)) WITHOUT ROWID"
        )
    where, params = scope.sql(township_col="township_code", school_col="school_id")
    add = f"INSERT OR IGNORE INTO {SCOPE}(entity, row_id) "
    kids = f"(SELECT row_id FROM {SCOPE} WHERE entity = 'children')"
    conn.execute(add + f"SELECT 'children', id FROM children WHERE {where}", params)
    owned = ("guardians", "enrolments", "cases", *PREVENTION)
    for table in owned:
        conn.execute(add + f"SELECT '{table}', id FROM {table} WHERE child_id IN {kids}")
    cases = f"(SELECT row_id FROM {SCOPE} WHERE entity = 'cases')"
    conn.execute(add + f"SELECT 'plans', id FROM plans WHERE case_id IN {cases}")
    conn.execute(
        add + f"SELECT 'events', id FROM events WHERE child_id IN {kids}"
        f" OR (child_id IS NULL AND (case_id IS NULL OR case_id IN {cases}))"
    )
    conn.execute(
        add + "SELECT 'sync_resolutions', id FROM sync_resolutions"
        f" WHERE child_id IS NULL OR child_id IN {kids}"
    )
    for table in _EVERYONE:
        conn.execute(add + f"SELECT '{table}', id FROM {table}")
    # whose child (or case) is not here: their scope cannot be told
    unsure = f"INSERT OR IGNORE INTO {UNSURE}(entity, row_id) "
    no_kid = "NOT IN (SELECT id FROM children)"
    for table in owned:  # found by the index of the child column alone (usually: none)
        conn.execute(
            unsure + f"SELECT '{table}', id FROM {table} WHERE rowid IN (SELECT rowid"
            f" FROM {table} WHERE child_id IS NULL OR child_id {no_kid})"
        )
    conn.execute(
        unsure + "SELECT 'plans', p.id FROM plans p LEFT JOIN cases cs ON cs.id = p.case_id"
        f" WHERE cs.child_id IS NULL OR cs.child_id {no_kid}"
    )
    conn.execute(
        unsure + "SELECT 'events', id FROM events WHERE rowid IN (SELECT rowid FROM events"
        f" WHERE child_id {no_kid})"
    )
    conn.execute(
        unsure + "SELECT 'events', e.id FROM events e LEFT JOIN cases cs ON cs.id = e.case_id"
        " WHERE e.child_id IS NULL AND e.case_id IS NOT NULL"
        f" AND (cs.child_id IS NULL OR cs.child_id {no_kid})"
    )
    conn.execute(
        unsure + "SELECT 'sync_resolutions', id FROM sync_resolutions"
        f" WHERE child_id IS NOT NULL AND child_id {no_kid}"
    )


def drop(store: Store) -> None:
    for table in (SCOPE, UNSURE):
        store.conn.execute(f"DROP TABLE IF EXISTS {table}")


_COLS = (
    "c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
    " coalesce(c.value, (SELECT k.value FROM sync_created k WHERE k.op = c.seq)),"
    " c.base, c.actor, c.origin"
)
_RANGE = "c.origin = ? AND c.origin_seq > ? AND c.origin_seq <= ?"


def _marked(entities: list[str]) -> str:
    """SQL: the selected records of `entities` with their flags (1: in scope, NULL: unsure)."""
    names = ",".join(f"'{e}'" for e in entities)
    return (
        f"(SELECT entity, row_id, 1 AS flag FROM {SCOPE} WHERE entity IN ({names})"
        f" UNION ALL SELECT entity, row_id, NULL FROM {UNSURE} WHERE entity IN ({names}))"
    )


def ops(
    store: Store, origin: int, frm: int, upto: int, synced: set[str] | tuple[str, ...]
) -> tuple[list[tuple[Any, ...]], dict[str, dict[str, Any]]]:
    """The ops of origin number `origin` after `frm` up to `upto` that the choice acts on, as
    LOG_SELECT rows in sequence order, and their flags (entity -> row id -> 1, 0, None or
    MISSING) after select()."""
    cur = store.conn.cursor()
    cur.row_factory = None
    span = (origin, frm, upto)
    found: dict[int, tuple[Any, ...]] = {}  # seq -> LOG_SELECT row (its flag: marks_of)
    mutable = sorted(e for e in synced if e in schema.MUTABLE)
    # a record's creates and sets: their numbers from the log's partial index of records
    # (`kind != 'a'`), then the ops in the log's order (its pages read once, in turn)
    marks_of = dict(
        cur.execute(
            f"SELECT c.seq, s.flag FROM {_marked(mutable)} s CROSS JOIN changes c"
            " ON c.entity = s.entity AND c.row_id = s.row_id AND c.kind != 'a'"
        )
    )
    # appended rows: the span's appended ops, by number and record alone (the log has no
    # index of them by record; a look-up in SQL per op costs more than a set in Python)
    appended = sorted(e for e in synced if e not in schema.MUTABLE and e not in _NOBODY)
    if appended:
        names = ",".join(f"'{e}'" for e in appended)
        chosen: dict[str, dict[str, Any]] = {e: {} for e in appended}
        for entity, row_id, flag in cur.execute(_marked(appended)[1:-1]):
            chosen[entity][row_id] = flag
        for seq, entity, row_id in cur.execute(
            f"SELECT c.seq, c.entity, c.row_id FROM changes c WHERE {_RANGE} AND c.kind = 'a'"
            f" AND c.entity IN ({names})",
            span,
        ):
            flag = chosen[entity].get(row_id, 0)
            if flag != 0:
                marks_of[seq] = flag
    for r in cur.execute(
        f"SELECT {_COLS} FROM changes c WHERE c.seq IN (SELECT value FROM json_each(?))"
        f" AND {_RANGE} ORDER BY c.seq",
        (json.dumps(sorted(marks_of)), *span),
    ):
        found[r[0]] = r
    # a set about a record that is not here
    for entity in mutable:
        for r in cur.execute(
            f"SELECT {_COLS}, '{MISSING}' FROM changes c WHERE c.entity = ? AND c.kind != 'a'"
            f" AND c.field IS NOT NULL AND {_RANGE}"
            f" AND NOT EXISTS (SELECT 1 FROM {entity} t WHERE t.id = c.row_id)",
            (entity, *span),
        ):
            if r[0] not in found:
                found[r[0]], marks_of[r[0]] = r[:11], r[11]
    # a child's township or school changed (the record is here: in scope, or else out)
    moves = ",".join(f"'{m}'" for m in MOVES)
    for r in cur.execute(
        f"SELECT {_COLS}, 0 FROM changes c WHERE c.entity = 'children' AND c.kind != 'a'"
        f" AND c.field IN ({moves}) AND {_RANGE}",
        span,
    ):
        if r[0] not in found:
            found[r[0]], marks_of[r[0]] = r[:11], r[11]
    rows = sorted(found.values(), key=itemgetter(1))  # by origin_seq
    flags: dict[str, dict[str, Any]] = {}
    for r in rows:
        by_id = flags.get(r[3])
        if by_id is None:
            by_id = flags[r[3]] = {}
        by_id[r[4]] = marks_of[r[0]]
    return rows, flags
