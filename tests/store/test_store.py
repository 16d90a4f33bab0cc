import datetime as dt
import sqlite3

import pytest

from desktop.domain import model
from desktop.domain.errors import UserError, ValidationError
from desktop.store import schema
from desktop.store.db import DatabaseError
from desktop.store.repo import Store


def child(**kw):
    base = dict(
        name="张三",
        id_number="522633201403050024",
        township_code="522633100000",
        village_code="522633100001",
    )
    return model.Child(**{**base, **kw})


def count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_rows_carry_uuid_stamps_device_and_hlc(store):
    cid = store.create("children", child())
    row = store.get("children", cid)
    assert len(row["id"]) == 36 and row["device_id"] == store.device_id
    assert row["created_by"] == "测试用户" and len(row["hlc"]) == 16
    # the ID number filled birth date and sex
    assert row["birth_date"] == "2014-03-05" and row["sex"] == "女"


def test_change_log_is_written_with_the_change(store):
    before = count(store, "changes")
    cid = store.create("children", child())
    store.update("children", cid, {"address": "岜沙村3组"})
    ops = store.conn.execute(
        "SELECT kind, field, value, base FROM changes WHERE row_id=? ORDER BY seq", (cid,)
    ).fetchall()
    assert count(store, "changes") == before + 2
    assert [o["kind"] for o in ops] == ["c", "s"]
    assert ops[1]["field"] == "address" and ops[1]["value"] == '"岜沙村3组"'
    assert ops[1]["base"] == f"{store.device_id}:{store.log.next_seq - 2}"  # the create it saw


def test_a_failed_write_leaves_nothing_behind(store):
    before = {t: count(store, t) for t in ("children", "guardians", "changes", "child_search")}
    with pytest.raises(ValidationError), store.transaction():
        cid = store.create("children", child())
        store.create("guardians", model.Guardian(child_id=cid, name="张父"))
        store.create("children", child(id_number="110105194912310021"))  # bad checksum
    assert {t: count(store, t) for t in before} == before
    # and the sequence numbers it used are not skipped
    cid = store.create("children", child())
    seqs = [r[0] for r in store.conn.execute("SELECT origin_seq FROM changes ORDER BY origin_seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert store.get("children", cid)


def test_a_database_error_mid_transaction_rolls_back(store):
    before = count(store, "changes")
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.create("children", child())
        store.conn.execute("INSERT INTO guardians(id) VALUES ('broken')")
    assert count(store, "changes") == before
    assert count(store, "children") == 0


def test_invalid_input_changes_nothing(store):
    cid = store.create("children", child())
    with pytest.raises(ValidationError, match="性别"):
        store.update("children", cid, {"sex": "男"})  # contradicts the ID number
    assert store.get("children", cid)["sex"] == "女"
    with pytest.raises(UserError, match="不存在"):
        store.update("children", "nope", {"address": "x"})


def test_events_are_append_only_and_corrections_supersede(store):
    cid = store.create("children", child())
    first = store.append_event(
        "follow_up", model.FollowUp(note="按时到校"), occurred_on="2026-10-01", child_id=cid
    )
    fix = store.append_event(
        "follow_up",
        model.FollowUp(note="迟到两次"),
        occurred_on="2026-10-01",
        child_id=cid,
        supersedes=first,
    )
    rows = store.conn.execute("SELECT id, supersedes FROM events ORDER BY seq").fetchall()
    assert [(r["id"], r["supersedes"]) for r in rows] == [(first, None), (fix, first)]
    assert not hasattr(store, "update_event")
    with pytest.raises(ValidationError):
        store.append_event(
            "contact",
            model.Contact(participants=("x",)),
            occurred_on="2026-10-01",
            supersedes=first,
        )


def test_attachments_are_stored_once_by_hash(store):
    a = store.put_attachment(b"\x89PNG fake", "image/png")
    b = store.put_attachment(b"\x89PNG fake", "image/png")
    assert a == b and count(store, "attachments") == 1


def test_settings_default_and_override(store):
    assert store.setting("legal.deadline_days") == 7
    store.set_setting("legal.deadline_days", 10)
    assert store.setting("legal.deadline_days") == 10
    with pytest.raises(ValidationError):
        store.set_setting("no.such.setting", 1)


def test_migrates_a_database_made_by_the_first_schema(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE schema_migrations (step INTEGER PRIMARY KEY, description TEXT, applied_at TEXT)"
    )
    for statement in schema._statements(schema.V1):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations(step, description) VALUES (1, 'core tables')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO children(id, name, created_at, created_by, device_id, updated_at, hlc)"
        " VALUES ('c1', '李四', 'x', 'y', 'd', 'x', '0000000000000000')"
    )
    conn.close()
    seen = []
    s = Store.open(
        path,
        before_migrate=lambda version, steps: seen.append((version, [x.number for x in steps])),
    )
    try:
        assert seen == [(1, [x.number for x in schema.all_steps() if x.number > 1])]
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert s.get("children", "c1")["whereabouts"] == ""  # added by step 2, data kept
    finally:
        s.close()


def _shape(conn):
    return sorted(
        (r[0], " ".join(r[1].split()))
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        )
    )


def test_a_fresh_database_equals_a_migrated_one(tmp_path):
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    old.execute(
        "CREATE TABLE schema_migrations (step INTEGER PRIMARY KEY, description TEXT, applied_at TEXT DEFAULT CURRENT_TIMESTAMP)"
    )
    for statement in schema._statements(schema.V1):
        old.execute(statement)
    old.execute("INSERT INTO schema_migrations(step, description) VALUES (1, 'core tables')")
    old.execute("PRAGMA user_version = 1")
    old.close()
    with Store.open(tmp_path / "old.db") as migrated, Store.open(tmp_path / "fresh.db") as fresh:
        assert _shape(migrated.conn) == _shape(fresh.conn)
        assert schema.applied_steps(fresh.conn) == {s.number for s in schema.all_steps()}


def test_a_newer_database_is_refused(tmp_path):
    s = Store.open(tmp_path / "n.db")
    s.conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    s.close()
    with pytest.raises(DatabaseError, match="更新版本"):
        Store.open(tmp_path / "n.db")


def test_garbage_file_is_reported_not_crashed(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="损坏"):
        Store.open(bad)


def test_device_id_is_stable(tmp_path):
    with Store.open(tmp_path / "d.db") as s:
        first = s.device_id
    with Store.open(tmp_path / "d.db") as s:
        assert s.device_id == first


def test_audit_records_who_did_what(store):
    store.audit("print", entity="documents", row_id="doc1", detail={"template": "order_notice"})
    row = store.conn.execute("SELECT actor, action, device_id FROM audit").fetchone()
    assert tuple(row) == ("测试用户", "print", store.device_id)
    assert (
        store.conn.execute("SELECT count(*) FROM changes WHERE entity='audit'").fetchone()[0] == 1
    )


def test_bulk_create_logs_every_row(store):
    rows = [{"id": f"id{i}", "name": f"王{i}", "township_code": "522633100000"} for i in range(50)]
    store.bulk_create("children", rows)
    assert count(store, "children") == 50
    assert (
        store.conn.execute(
            "SELECT count(*) FROM changes WHERE entity='children' AND kind='c'"
        ).fetchone()[0]
        == 50
    )
    assert count(store, "child_search") == 50


def test_dates_in_records_round_trip(store):
    cid = store.create("children", child(id_number="", birth_date=dt.date(2013, 9, 1), sex="男"))
    assert store.get("children", cid)["birth_date"] == "2013-09-01"


def test_two_connections_to_one_file_never_reuse_a_sequence_number(store):
    # The window and a background job each hold a Store on the same database.
    other = Store.open(store.path, actor="后台任务")
    try:
        store.create("children", child())
        other.create("children", child(id_number=""))
        other.bulk_create("children", [{"id": "bulk-1", "name": "王五"}])
        store.create("children", child(id_number=""))
        store.bulk_append_events(
            [
                {
                    "id": "ev-1",
                    "kind": "follow_up",
                    "occurred_on": "2026-10-01",
                    "payload": {"note": "x"},
                }
            ]
        )
        seqs = [r[0] for r in store.conn.execute("SELECT origin_seq FROM changes ORDER BY seq")]
        assert seqs == sorted(set(seqs))
        stamps = [r[0] for r in store.conn.execute("SELECT hlc FROM changes ORDER BY seq")]
        assert stamps == sorted(stamps)  # the clock stays ahead of every stamp written
    finally:
        other.close()


def test_a_background_connection_gets_a_small_page_cache(tmp_path):
    """The GUI's connection keeps its 32 MB page cache; a background job's one-pass reads
    (Today's items, a ledger's row ids) open theirs with BACKGROUND_CACHE_KIB."""
    from desktop.store import db

    path = tmp_path / "c.db"
    for kib, expected in ((None, -db.CACHE_KIB), (db.BACKGROUND_CACHE_KIB, -2000)):
        conn = db.connect(path) if kib is None else db.connect(path, cache_kib=kib)
        try:
            assert conn.execute("PRAGMA cache_size").fetchone()[0] == expected
        finally:
            conn.close()
    assert db.CACHE_KIB == 32000
