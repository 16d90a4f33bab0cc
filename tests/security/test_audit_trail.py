"""The audit trail: an entry for every kind of change and action; nothing can edit it."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.domain import model
from desktop.security import audit_log, session
from desktop.store import cases as case_ops
from desktop.store.repo import Store


@pytest.fixture
def signed_in(demo_db):
    s, _ = session.setup(
        demo_db,
        username="admin",
        display_name="县管理员",
        password="admin-password-1",
        encrypt_db=False,
    )
    return s


def test_every_kind_of_change_and_action_is_in_the_trail(signed_in, demo_db):
    with Store.open(demo_db) as store:
        device = store.device_id
        township = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[
            0
        ]
        child_id = store.create(
            "children", model.Child(name="测试童", sex="女", township_code=township)
        )  # 'c'
        store.update("children", child_id, {"phone": "13800000000"})  # 's'
        case_id = case_ops.open_case(
            store, model.Case(child_id=child_id), opened_on=dt.date(2026, 3, 1)
        )
        case_ops.record(
            store,
            case_id,
            "contact",
            model.Contact(kind="phone", participants=("王干部（乡政府）",)),
            occurred_on="2026-03-02",
        )  # 'a'
        digest = store.put_attachment(b"scan", "image/png")  # 'a' attachments
        store.audit("print", entity="cases", row_id=case_id, detail={"template": "劝返复学通知书"})
        store.audit("export", detail={"what": "ledger", "rows": 1})

        entries = audit_log.trail(store.conn, actor="县管理员", limit=50)
    by_what = {e.what: e for e in entries}
    assert "新建 学生" in by_what
    assert "修改 学生·phone" in by_what
    assert "新建 案件" in by_what
    assert "登记 劝返联系" in by_what
    assert "登记 附件" in by_what
    assert "打印" in by_what and "导出" in by_what
    assert "登录" in by_what  # the sign-in itself
    assert "新建用户" in by_what  # the first-run setup
    for e in entries:
        assert e.actor == "县管理员"
        assert e.device == device[:8]
        assert e.at.tzinfo is not None
    assert by_what["打印"].row_id == case_id
    assert "劝返复学通知书" in by_what["打印"].detail
    assert any(e.row_id == digest for e in entries)
    # newest first
    assert entries == sorted(entries, key=lambda e: e.at, reverse=True)


def test_filters_and_export(signed_in, demo_db, tmp_path):
    with Store.open(demo_db) as store:
        store.audit("export", detail={"what": "ledger"})
        actions = audit_log.trail(store.conn, sources=(audit_log.ACTION,), actor="县管理员")
        assert actions and all(e.source == audit_log.ACTION for e in actions)
        assert audit_log.trail(store.conn, actor="没有这个人") == []
        demo_changes = audit_log.trail(
            store.conn, sources=(audit_log.CHANGE,), entity="children", limit=5
        )
        assert len(demo_changes) == 5 and all(e.entity == "children" for e in demo_changes)
        assert "县管理员" in audit_log.actors(store.conn)
        counts = audit_log.counts_by_actor(store.conn)
        assert counts["县管理员"]["导出"] == 1
        out = tmp_path / "audit.csv"
        audit_log.export_csv(actions, out)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(audit_log.HEADERS)
    assert "导出" in text


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ("UPDATE events SET payload='{}'", "events"),
        ("DELETE FROM events", "events"),
        ("UPDATE audit SET actor='别人'", "audit"),
        ("DELETE FROM audit", "audit"),
        ("UPDATE changes SET actor='别人'", "changes"),
        ("DELETE FROM changes", "changes"),
        ("UPDATE attachments SET mime='x'", "attachments"),
    ],
)
def test_the_trail_cannot_be_edited_even_by_raw_sql(signed_in, demo_db, sql, table):
    with Store.open(demo_db) as store:
        store.put_attachment(b"x", "image/png")
        store.audit("print")
        before = store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert before > 0
        with pytest.raises(sqlite3.IntegrityError, match="不可修改"), store.transaction():
            store.conn.execute(sql)
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == before


def test_the_case_work_of_the_app_never_needs_to_edit_the_trail(demo_store):
    """The demo county (every case state, generated through the store) and a full case life
    (open, plan, visits, return, monitoring) are written with the triggers in place."""
    triggers = {
        r[0] for r in demo_store.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert {
        "events_no_update",
        "events_no_delete",
        "audit_no_update",
        "changes_no_delete",
    } <= triggers
    case = demo_store.conn.execute(
        "SELECT id FROM cases WHERE state='persuading' LIMIT 1"
    ).fetchone()
    case_ops.record(
        demo_store,
        case[0],
        "contact",
        model.Contact(
            kind="home_visit",
            participants=("王干部（乡政府）",),
            met="祖母",
            findings="学生外出务工",
            result="considering",
        ),
        occurred_on=dt.date.today().isoformat(),  # after the case was opened
    )
