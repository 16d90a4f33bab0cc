"""The change log (store/changelog.py) on a real database: sequence numbers and clock stamps,
device numbers, two connections on one file, the floor kept across a restore, the version a
field is at, and the values a create was made with."""

from __future__ import annotations

import json

from desktop.domain import model
from desktop.store import changelog
from desktop.store.changelog import APPEND, CREATE, SET
from desktop.store.repo import Store

T1, V1 = "522633100000", "522633100001"


def kid(store: Store, name: str = "张三") -> str:
    return store.create("children", model.Child(name=name, township_code=T1, village_code=V1))


def logged(store: Store, row_id: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (r[0], r[1], r[2], r[3])
        for r in store.conn.execute(
            "SELECT kind, field, value, base FROM changes WHERE row_id=? ORDER BY seq", (row_id,)
        )
    ]


def test_each_op_takes_the_next_number_and_a_later_stamp(store: Store):
    log = store.log
    first = log.next_seq
    a = log.op(entity="children", row_id="x", kind=SET, actor="甲", field="name", value="李四")
    b = log.op(entity="events", row_id="y", kind=APPEND, actor="甲")
    assert (a.origin_seq, b.origin_seq) == (first, first + 1) and log.next_seq == first + 2
    assert a.hlc < b.hlc and len(a.hlc) == 16
    assert a.value == json.dumps("李四", ensure_ascii=False) and b.value is None  # only sets
    with store.transaction():
        log.write([a, b])
    rows = store.conn.execute(
        "SELECT origin_seq, kind, value FROM changes WHERE origin=? AND origin_seq>=?",
        (log.origin, first),
    ).fetchall()
    assert [tuple(r) for r in rows] == [(first, "s", a.value), (first + 1, "a", None)]
    assert changelog.stamp_time(b.hlc) >= changelog.stamp_time(a.hlc)


def test_a_device_gets_one_number(store: Store):
    with store.transaction() as conn:
        n = changelog.device_number(conn, "other-device")
        assert changelog.device_number(conn, "other-device") == n != store.log.origin
        assert changelog.device_number(conn, store.device_id) == store.log.origin


def test_a_create_then_a_set_names_the_version_it_saw(store: Store):
    cid = kid(store)
    store.update("children", cid, {"address": "岜沙村3组"})
    ops = logged(store, cid)
    assert [o[0] for o in ops] == [CREATE, SET]
    create_id = f"{store.device_id}:{store.log.next_seq - 2}"
    assert ops[1][1:] == ("address", '"岜沙村3组"', create_id)
    assert changelog.current_version(store.conn, "children", cid, "address") == (
        f"{store.device_id}:{store.log.next_seq - 1}"
    )
    # a field never set is at the create's version
    assert changelog.current_version(store.conn, "children", cid, "phone") == create_id
    assert changelog.current_version(store.conn, "children", "nobody", "phone") is None


def test_the_values_a_create_was_made_with_are_kept_before_the_first_overwrite(store: Store):
    cid = kid(store, "王五")
    (seq,) = store.conn.execute(
        "SELECT seq FROM changes WHERE row_id=? AND kind='c'", (cid,)
    ).fetchone()
    assert store.conn.execute("SELECT count(*) FROM sync_created").fetchone()[0] == 0
    store.update("children", cid, {"name": "王六"})
    store.update("children", cid, {"name": "王七"})
    kept = store.conn.execute("SELECT value FROM sync_created WHERE op=?", (seq,)).fetchall()
    assert len(kept) == 1 and json.loads(kept[0][0])["name"] == "王五"  # kept once, as made
    assert json.loads(kept[0][0])["created_by"] == store.actor


def test_a_write_reads_the_change_log_by_its_index_never_whole(store: Store):
    """Saving an edit or a new record looks ops up by record: a county's log has
    ~650,000 ops, and one statement that read it whole (the create's kept values, whose
    kind='c' did not let SQLite use the index made for kind != 'a') cost ~370 ms per save."""
    import re

    cid = kid(store, "赵六")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.update("children", cid, {"name": "赵七"})
        store.update("children", cid, {"notes": "搬到县城"})
        kid(store, "钱八")
    finally:
        store.conn.set_trace_callback(None)
    on_log = {s for s in statements if re.search(r"\b(FROM|JOIN) changes\b", s)}
    assert on_log
    for sql in on_log:
        plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert not any(re.match(r"SCAN (changes|c)\b", step) for step in plan), (sql, plan)


def test_two_connections_on_one_file_never_hand_out_one_number(store: Store):
    assert store.path is not None
    other = Store.open(store.path, actor="后台任务")
    try:
        kid(other, "甲")  # written by the other connection
        kid(store, "乙")  # reload() at the start of the transaction catches up
        seqs = [
            r[0]
            for r in store.conn.execute(
                "SELECT origin_seq FROM changes WHERE origin=? ORDER BY origin_seq",
                (store.log.origin,),
            )
        ]
        assert len(seqs) == len(set(seqs))
        last = store.conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
        assert store.log.clock.now() > last
    finally:
        other.close()


def test_numbers_already_sent_are_never_reused_after_a_restore(store: Store):
    kid(store)
    top = changelog.own_max_seq(store.conn)
    assert top == store.log.next_seq - 1
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('seq_floor', ?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (str(top + 500),),
        )
    assert changelog.seq_floor(store.conn) == top + 500
    assert changelog.own_max_seq(store.conn) == top + 500
    store.log.reload()
    assert store.log.next_seq == top + 501
    reopened = changelog.ChangeLog.open(store.conn, store.device_id)
    assert reopened.next_seq == top + 501
