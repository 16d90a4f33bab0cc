"""Step 5 (issue 22, database size): a file made before it gets the narrower change-log index,
loses the unused enrolments index and child_search's two unread columns, atomically, with its
data and its searches intact; a new file has the same schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import changelog, schema, search
from desktop.store.repo import Store

# The objects step 5 changes, as step 1 made them before it.
OLD_CHILD_SEARCH = """CREATE TABLE child_search (
    child_seq INTEGER PRIMARY KEY,
    names TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    initials TEXT NOT NULL,
    numbers TEXT NOT NULL,
    places TEXT NOT NULL
)"""
OLD_CHANGES_FIELD = (
    "CREATE INDEX changes_field ON changes(entity, row_id, field, hlc) WHERE kind != 'a'"
)
OLD_ENROLMENTS = "CREATE INDEX enrolments_school_term ON enrolments(school_id, term)"
OLD_EVENTS_CHILD = "CREATE INDEX events_child ON events(child_id, occurred_on)"


def _make_old(path: Path) -> None:
    """Turn a file of today's schema back into one made before step 5 (same rows)."""
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    conn.execute(OLD_CHILD_SEARCH.replace("child_search", "old_search", 1))
    conn.execute(
        "INSERT INTO old_search SELECT s.child_seq, s.names, s.pinyin, 'x', s.numbers, 'y'"
        " FROM child_search s"
    )
    conn.execute("DROP TABLE child_search")
    conn.execute("ALTER TABLE old_search RENAME TO child_search")
    conn.execute("DROP INDEX changes_field")
    conn.execute(OLD_CHANGES_FIELD)
    conn.execute(OLD_ENROLMENTS)
    conn.execute("DROP INDEX events_child")
    conn.execute(OLD_EVENTS_CHILD)
    conn.execute("DELETE FROM schema_migrations WHERE step = 5")
    conn.execute("COMMIT")
    conn.close()


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    """Every index's and trigger's SQL, every table's columns (not statistics)."""
    out: dict[str, object] = {}
    for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_stat%'"
    ):
        if kind == "table" and not sql.startswith("CREATE VIRTUAL"):
            out[name] = [tuple(r) for r in conn.execute(f"PRAGMA table_info({name})")]
        else:
            out[name] = " ".join(sql.split())
    return out


def _snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = ("children", "enrolments", "changes", "events", "guardians", "search_keys")
    out = {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}
    out["child_search"] = [
        tuple(r) for r in conn.execute("SELECT child_seq, names, pinyin, numbers FROM child_search")
    ]
    return out


def _plan(conn: sqlite3.Connection, sql: str, *args: object) -> str:
    return " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_an_old_file_is_migrated_with_its_data_and_searches_intact(
    demo_db: Path, tmp_path: Path
) -> None:
    _make_old(demo_db)
    conn = sqlite3.connect(demo_db)
    before = _snapshot(conn)
    assert "hlc" in str(_schema(conn)["changes_field"])
    conn.close()

    store = Store.open(demo_db, actor="测试用户")
    try:
        conn = store.conn
        assert 5 in schema.applied_steps(conn)
        assert _snapshot(conn) == before  # no row of any table changed
        names = _schema(conn)
        assert "enrolments_school_term" not in names
        assert names["changes_field"] == schema.CHANGES_FIELD
        assert names["events_child"] == schema.EVENTS_CHILD
        columns = [r[1] for r in conn.execute("PRAGMA table_info(child_search)")]
        assert columns == ["child_seq", "names", "pinyin", "numbers"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the planner's statistics are there for the new indexes, as for the old ones
        stats = {r[0] for r in conn.execute("SELECT idx FROM sqlite_stat1")}
        assert {"changes_field", "events_child"} <= stats
        # same answers as before: by characters, pinyin, initials and an ID fragment
        seq, name, pinyin, numbers = before["child_search"][0]
        assert isinstance(name, str) and isinstance(pinyin, str) and isinstance(numbers, str)
        for query in (name, pinyin.split()[0], numbers[-6:]):
            assert seq in {h.child_seq for h in search.SearchIndex(conn).search(query)}
        # a record's create op is still found through the narrower index
        entity, row_id = conn.execute(
            "SELECT entity, row_id FROM changes WHERE kind = 'c' AND entity = 'children' LIMIT 1"
        ).fetchone()
        assert changelog.current_version(conn, entity, row_id, "name") is not None
        plan = _plan(
            conn,
            "SELECT c.hlc FROM changes c WHERE c.entity=? AND c.row_id=?"
            " AND (c.field=? OR (c.field IS NULL AND c.kind='c')) AND c.kind != 'a'",
            entity,
            row_id,
            "name",
        )
        assert "changes_field" in plan
        # and a later edit keeps the index and the search in step
        cid = conn.execute("SELECT id FROM children WHERE seq = ?", (seq,)).fetchone()[0]
        store.update("children", cid, {"name": "龙小燕"})
        assert seq in {h.child_seq for h in search.SearchIndex(conn).search("longxiaoyan")}
        assert changelog.current_version(conn, "children", cid, "name") == (
            f"{store.device_id}:{store.log.next_seq - 1}"
        )
    finally:
        store.close()


def test_a_new_file_has_the_migrated_schema(demo_db: Path, tmp_path: Path) -> None:
    _make_old(demo_db)
    Store.open(demo_db, actor="测试用户").close()
    fresh = Store.open(tmp_path / "fresh.db", actor="测试用户")
    try:
        with sqlite3.connect(demo_db) as old:
            assert _schema(old) == _schema(fresh.conn)
    finally:
        fresh.close()


def test_the_step_is_atomic(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure inside step 5 leaves the old file as it was (one exclusive transaction)."""
    _make_old(demo_db)
    with sqlite3.connect(demo_db) as conn:
        old = _schema(conn)
    real = schema._v5

    def broken(conn: sqlite3.Connection) -> None:
        real(conn)
        raise RuntimeError("disk pulled out")

    steps = [
        schema.Step(s.number, s.description, broken) if s.number == 5 else s
        for s in schema.CORE_STEPS
    ]
    monkeypatch.setattr(schema, "CORE_STEPS", steps)
    with pytest.raises(RuntimeError):
        Store.open(demo_db, actor="测试用户")
    with sqlite3.connect(demo_db) as conn:
        assert _schema(conn) == old
        assert 5 not in schema.applied_steps(conn)


def test_the_bench_reports_the_pages_in_use_of_a_migrated_file(demo_db: Path) -> None:
    """The size line counts the pages in use: a migrated file keeps the freed ones until a
    VACUUM (the app reuses them), so its file size would still show the old figure."""
    from bench import suite_store

    _make_old(demo_db)
    Store.open(demo_db, actor="测试用户").close()
    with sqlite3.connect(demo_db) as conn:
        pages, free, size, cases = (
            conn.execute(sql).fetchone()[0]
            for sql in (
                "PRAGMA page_count",
                "PRAGMA freelist_count",
                "PRAGMA page_size",
                "SELECT count(*) FROM cases",
            )
        )
    assert free > 0
    line = next(r for r in suite_store.run(demo_db, repeat=1) if r.design == "size")
    assert line.value == pytest.approx((pages - free) * size / 1e6 / cases * 1000)
    assert line.detail["free_mb"] == round(free * size / 1e6, 1)
    assert line.detail["used_mb"] < line.detail["file_mb"]
