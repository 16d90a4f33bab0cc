"""Schema and migrations.

`PRAGMA user_version` holds the number of the last migration step applied; the steps applied
are also listed in `schema_migrations`, so a step added by one package does not hide another's.
A new database is made by running every step from the start (one path, always tested), all
pending steps run in one exclusive transaction, and a database from a newer version of the
app is refused.

Tables of other packages are defined beside this file (`schema_<package>.py`, each exposing
STEPS), numbered by owner: 1–99 core, 100–199 forms, 200–299 sync, 300–399 security,
400–499 intake/reports, 500–599 ui, 600–699 prevention, 700–799 county office.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.text import Msg
from desktop.store.db import DatabaseError

# Columns every synced mutable record carries.
_COMMON = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

# The change log's look-up of a record's create and set ops (sync, conflict bases). Not the
# appended rows ('a': nothing looks them up by row); no HLC column: the few ops of a record are
# read from the table for any order or max (step 5).
CHANGES_FIELD = "CREATE INDEX changes_field ON changes(entity, row_id, field) WHERE kind != 'a'"

# A child's events (and the foreign key's check when a child is removed); nothing reads them
# in date order by child (step 5 dropped occurred_on).
EVENTS_CHILD = "CREATE INDEX events_child ON events(child_id)"

# Search keys of each child, derived locally (see store.search); step 5 dropped two columns.
CHILD_SEARCH = """CREATE TABLE child_search (
    child_seq INTEGER PRIMARY KEY,
    names TEXT NOT NULL,             -- the name indexed (its keys are taken out by it)
    pinyin TEXT NOT NULL,            -- its spellings: sorting by name, same-sounding names
    numbers TEXT NOT NULL            -- ID and 学籍号: the text of search_numbers
)"""

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

-- The county's own divisions (from resources/data/regions), copied in at set-up. Local.
CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,              -- as people write it (党略村)
    official_name TEXT NOT NULL,     -- as in the statistics table (党略村村民委员会)
    level TEXT NOT NULL,
    parent TEXT
) WITHOUT ROWID;
CREATE INDEX regions_parent ON regions(parent);

CREATE TABLE settings ({_COMMON},
    value TEXT
);

CREATE TABLE schools ({_COMMON},
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'primary',
    system TEXT NOT NULL DEFAULT '6-3',
    region_code TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    principal TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE children ({_COMMON},
    name TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    id_number TEXT NOT NULL DEFAULT '',
    xueji_no TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '01',
    hukou_code TEXT NOT NULL DEFAULT '',
    hukou_address TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    school_id TEXT,
    grade TEXT NOT NULL DEFAULT '',
    class_name TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '[]',
    disability_category TEXT NOT NULL DEFAULT '',
    disability_grade TEXT NOT NULL DEFAULT '',
    disability_cert_no TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX children_id_number ON children(id_number) WHERE id_number != '';
CREATE INDEX children_xueji ON children(xueji_no) WHERE xueji_no != '';
CREATE INDEX children_village ON children(village_code);
CREATE INDEX children_township ON children(township_code);
CREATE INDEX children_school ON children(school_id);
CREATE INDEX children_name_birth ON children(name, birth_date);

CREATE TABLE guardians ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT 'father',
    id_number TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    work_place TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX guardians_child ON guardians(child_id);

CREATE TABLE enrolments ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    school_id TEXT NOT NULL REFERENCES schools(id),
    grade TEXT NOT NULL,
    term TEXT NOT NULL,
    class_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'enrolled'
);
CREATE INDEX enrolments_child ON enrolments(child_id);

CREATE TABLE cases ({_COMMON},
    case_no TEXT NOT NULL,
    child_id TEXT NOT NULL REFERENCES children(id),
    ledger_kind TEXT NOT NULL DEFAULT 'suspected',
    initial_state TEXT NOT NULL DEFAULT 'suspected',
    causes TEXT NOT NULL DEFAULT '[]',
    found_on TEXT,
    dropout_date TEXT,
    school_id TEXT,
    grade TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL DEFAULT '',
    whereabouts TEXT NOT NULL DEFAULT '',
    whereabouts_detail TEXT NOT NULL DEFAULT '',
    admin_name TEXT NOT NULL DEFAULT '',
    admin_title TEXT NOT NULL DEFAULT '',
    admin_phone TEXT NOT NULL DEFAULT '',
    edu_name TEXT NOT NULL DEFAULT '',
    edu_title TEXT NOT NULL DEFAULT '',
    edu_phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    -- derived locally from the case's events (never synced): see store.cases.refresh
    state TEXT NOT NULL DEFAULT 'suspected',
    outcome TEXT,
    refusal_exception INTEGER NOT NULL DEFAULT 0,
    persuasion_count INTEGER NOT NULL DEFAULT 0,
    joint_count INTEGER NOT NULL DEFAULT 0,
    last_contact_on TEXT,
    next_contact_on TEXT,
    monitoring_until TEXT,
    deferral_until TEXT,
    legal_deadline TEXT,
    has_plan INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_child ON cases(child_id);
CREATE INDEX cases_state ON cases(state, township_code);
CREATE INDEX cases_township ON cases(township_code, village_code);
CREATE INDEX cases_school ON cases(school_id);
CREATE INDEX cases_case_no ON cases(case_no);

CREATE TABLE plans ({_COMMON},
    case_id TEXT NOT NULL REFERENCES cases(id),
    family_situation TEXT NOT NULL DEFAULT '',
    cause_analysis TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    support_plan TEXT NOT NULL DEFAULT '',
    placement_plan TEXT NOT NULL DEFAULT '',
    made_by TEXT NOT NULL DEFAULT '',
    made_on TEXT
);
CREATE INDEX plans_case ON plans(case_id);

-- Immutable events. A correction is a new event naming the one it supersedes.
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    case_id TEXT REFERENCES cases(id),
    child_id TEXT REFERENCES children(id),
    occurred_on TEXT NOT NULL,
    payload TEXT NOT NULL,
    supersedes TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    hlc TEXT NOT NULL
);
CREATE INDEX events_case ON events(case_id, kind, occurred_on);
{EVENTS_CHILD};
CREATE INDEX events_supersedes ON events(supersedes) WHERE supersedes IS NOT NULL;

-- Files (photos, scans), content-addressed and immutable.
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL
) WITHOUT ROWID;

-- Who did what that is not a data change (print, export, import, backup, sign-in). Append-only.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    device_id TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    row_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{{}}',
    hlc TEXT NOT NULL
);
CREATE INDEX audit_at ON audit(at);

-- Devices this database has seen ops from; `n` is a small local number used in `changes`.
CREATE TABLE devices (
    n INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL UNIQUE
);

-- The change log sync reads: one op per created record ('c'), changed field ('s') or appended
-- row ('a'). An op's global id is "<device_id>:<origin_seq>". A 'c' or 'a' op carries no
-- value: the row itself is read on export (an appended row never changes; a created record's
-- later field changes are ops of their own with later stamps). `base` is the op id of the
-- version of the field the editor saw, for conflict detection. The HLC's physical part is
-- when the change was made.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY,
    origin INTEGER NOT NULL REFERENCES devices(n),
    origin_seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('c', 's', 'a')),
    value TEXT,
    base TEXT,
    actor TEXT NOT NULL
);
CREATE UNIQUE INDEX changes_origin ON changes(origin, origin_seq);
{CHANGES_FIELD};

-- Search keys of each child, derived locally (see store.search).
{CHILD_SEARCH};
"""

# Append-only tables: a row is one op of kind 'append'.
APPEND_ONLY = ("events", "attachments", "audit")
# Mutable records merged field by field.
MUTABLE: tuple[str, ...] = (
    "settings",
    "schools",
    "children",
    "guardians",
    "enrolments",
    "cases",
    "plans",
)
# Prevention's records (schema_prevention.TABLES) are merged the same way.
MUTABLE += (
    "absences",
    "absence_registers",
    "absence_followups",
    "absence_proposals",
    "risk_facts",
    "support_plans",
    "support_reviews",
)
# Columns of mutable tables that are not synced fields.
LOCAL_COLUMNS = frozenset(
    {"seq", "id", "created_at", "created_by", "device_id", "updated_at", "hlc"}
    | {
        "state",
        "outcome",
        "refusal_exception",
        "persuasion_count",
        "joint_count",
        "last_contact_on",
        "next_contact_on",
        "monitoring_until",
        "deferral_until",
        "legal_deadline",
        "has_plan",
        "needs_review",
    }
)


@dataclass(frozen=True)
class Step:
    number: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a script into statements (trigger bodies contain ';' and end with 'END')."""
    out, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return [s for s in out if s.rstrip(";").strip()]


def _v2(conn: sqlite3.Connection) -> None:
    # Term-start campaign flag and the child's whereabouts on the child record.
    conn.execute("ALTER TABLE children ADD COLUMN whereabouts TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "CREATE INDEX cases_next_contact ON cases(next_contact_on) WHERE state != 'closed'"
    )


# The ID/学籍号 trigram index reads its text from child_search.numbers (external content: no
# copy of the numbers, and it reads like any table, e.g. for a snapshot of every row).
SEARCH_NUMBERS = (
    "CREATE VIRTUAL TABLE search_numbers USING fts5(numbers, tokenize='trigram',"
    " detail='none', columnsize=0, content='child_search', content_rowid='child_seq')"
)


def _v3(conn: sqlite3.Connection) -> None:
    # The search index on disk (store.search): no index is built in memory at start.
    from desktop.store import search

    conn.execute(
        "CREATE TABLE search_keys (key TEXT NOT NULL, child_seq INTEGER NOT NULL,"
        " PRIMARY KEY (key, child_seq)) WITHOUT ROWID"
    )
    conn.execute(SEARCH_NUMBERS)
    search.rebuild(conn)


def _v4(conn: sqlite3.Connection) -> None:
    # Step 3 first made search_numbers contentless, which cannot be read back row by row.
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_numbers'").fetchone()
    if sql is not None and "content=''" in sql[0]:
        conn.execute("DROP TABLE search_numbers")
        conn.execute(SEARCH_NUMBERS)
        conn.execute("INSERT INTO search_numbers(search_numbers) VALUES ('rebuild')")


def _v5(conn: sqlite3.Connection) -> None:
    # Size (issue 22; bench/README.md): what no query reads. enrolments(school_id, term): no
    # query looks enrolments up by school (a school's physical removal, which a revoked sync
    # may do, checks its foreign key by a scan instead). changes_field without its HLC column
    # (~17 bytes of each of the log's create and set ops): every query through it reads the op
    # from the table anyway; events_child without occurred_on (no query wants a child's events
    # in date order). child_search's initials and places: the search reads search_keys and the
    # village and school tables, nothing reads these two.
    conn.execute("DROP INDEX IF EXISTS enrolments_school_term")
    stats = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    for name, new in (("changes_field", CHANGES_FIELD), ("events_child", EVENTS_CHILD)):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        if sql is None or sql[0] != new:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
            conn.execute(new)
            if stats:  # the planner's statistics of the old index went with it
                conn.execute(f"ANALYZE {name}")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(child_search)")}
    if {"initials", "places"} & columns:
        # copied into a new table rather than ALTER TABLE DROP COLUMN, which leaves each page
        # as full of gaps as the columns were; search_numbers reads it by name and rowid
        conn.execute(
            "CREATE TEMP TABLE size_keep AS SELECT child_seq, names, pinyin, numbers"
            " FROM child_search"
        )
        conn.execute("DROP TABLE child_search")
        conn.execute(CHILD_SEARCH)
        conn.execute("INSERT INTO child_search SELECT * FROM temp.size_keep ORDER BY child_seq")
        conn.execute("DROP TABLE temp.size_keep")


CORE_STEPS: list[Step] = [
    Step(1, "core tables", _script(V1)),
    Step(2, "children.whereabouts, due-visit index", _v2),
    Step(3, "search index on disk: name/pinyin/initials keys, ID and 学籍号 trigrams", _v3),
    Step(4, "search: the ID/学籍号 trigrams read their text from child_search", _v4),
    Step(5, "size: indexes and search columns nothing reads", _v5),
]

# Other packages' tables live beside this file, one module each, exposing STEPS.
_PACKAGE_MODULES = ("forms", "sync", "security", "intake", "ui", "prevention", "county")
PACKAGE_MODULES = tuple(f"desktop.store.schema_{name}" for name in _PACKAGE_MODULES)


def all_steps() -> list[Step]:
    steps = list(CORE_STEPS)
    for name in PACKAGE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        steps.extend(module.STEPS)
    numbers = [s.number for s in steps]
    if len(numbers) != len(set(numbers)):
        raise RuntimeError(f"duplicate migration step numbers: {sorted(numbers)}")
    return sorted(steps, key=lambda s: s.number)


def latest_version() -> int:
    return max(s.number for s in all_steps())


def applied_steps(conn: sqlite3.Connection) -> set[int]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {r[0] for r in conn.execute("SELECT step FROM schema_migrations")}


def migrate(
    conn: sqlite3.Connection, *, before: Callable[[int, list[Step]], None] | None = None
) -> list[int]:
    """Apply pending steps in one exclusive transaction; return their numbers.

    `before(current_version, pending)` runs first (e.g. to back the file up).
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > latest_version():
        raise DatabaseError(
            Msg(
                "该数据库由更新版本的控辍保学工作台创建（结构版本 {version}，本程序支持到 "
                "{latest}），请升级程序后再打开",
                version=version,
                latest=latest_version(),
            )
        )
    done = applied_steps(conn)
    pending = [s for s in all_steps() if s.number not in done]
    if not pending:
        return []
    if before is not None and version > 0:
        before(version, pending)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(step INTEGER PRIMARY KEY, description TEXT, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)"
        )
        for step in pending:
            step.apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations(step, description) VALUES (?, ?)",
                (step.number, step.description),
            )
        conn.execute(f"PRAGMA user_version = {max(latest_version(), version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return [s.number for s in pending]
