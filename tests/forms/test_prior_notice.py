"""行政处罚事先告知书 (行政处罚法 §44): issued after the order notice's deadline, it states the
facts, the reasons, the basis and the intended fine from the record, and the rights to 陈述、申辩
and 听证 with their deadline; the penalty decision may follow only after that deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from ladder import ready_for
from pdfcheck import pdf_text
from test_templates import PENALTY_SETTING, check_layout

from desktop.domain.errors import UserError
from desktop.forms import documents
from desktop.forms.context import fmt_date
from desktop.store import db

TODAY = dt.date.today()


def case_with_guardian(store) -> str:
    case_id = store.conn.execute(
        "SELECT c.id FROM cases c JOIN guardians g ON g.child_id = c.child_id AND g.deleted = 0"
        " WHERE c.state = 'persuading' ORDER BY c.case_no LIMIT 1"
    ).fetchone()[0]
    with store.transaction():
        store.conn.execute(
            "UPDATE guardians SET id_number='522633198001010012' WHERE child_id ="
            " (SELECT child_id FROM cases WHERE id=?) AND id_number=''",
            (case_id,),
        )
    return case_id


def steps(store, case_id: str) -> list[tuple[str, dict]]:
    return [
        (r[0], db.loads(r[1]))
        for r in store.conn.execute(
            "SELECT occurred_on, payload FROM events WHERE case_id=? AND kind='legal_step'"
            " ORDER BY occurred_on, hlc",
            (case_id,),
        )
    ]


def test_the_prior_notice_says_what_the_record_holds(demo_store):
    case_id = case_with_guardian(demo_store)
    day = TODAY - dt.timedelta(days=20)  # issued 20 days ago: the decision can follow today
    ready_for(demo_store, case_id, "penalty_notice", day)
    demo_store.set_setting("forms.penalty", PENALTY_SETTING)
    child, guardian = demo_store.conn.execute(
        "SELECT ch.name, g.name FROM cases c JOIN children ch ON ch.id = c.child_id"
        " JOIN guardians g ON g.child_id = c.child_id AND g.deleted = 0 WHERE c.id=?"
        " ORDER BY g.is_primary DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    order_date, order = steps(demo_store, case_id)[-1]
    assert order["step"] == "order_notice"

    rendered = documents.issue(demo_store, "penalty_notice", case_id=case_id, today=day)
    text = pdf_text(rendered.pdf)
    assert "行政处罚事先告知书" in text and "罚告字" in rendered.number
    assert rendered.number in text
    for fact in (
        f"{guardian}（学生{child}",
        f"于{fmt_date(dt.date.fromisoformat(order_date))}向你送达责令改正通知书{order['doc_no']}",
        f"责令你于{fmt_date(dt.date.fromisoformat(order['deadline']))}前送{child}返校",
        "违反了《中华人民共和国义务教育法》第五条、第十一条",
        "依据《中华人民共和国义务教育法》第五十八条、《测试省义务教育条例》第三十条",
        "罚款人民币200元",
        "你有权进行陈述和申辩",
        "你有权要求举行听证",
        f"应当于{fmt_date(day + dt.timedelta(days=5))}前向本机关提出",
        "特此告知。",
        "送达回证",
    ):
        assert fact in text, fact
    assert "＿" not in text.split("送达回证")[0]  # no blank line in the notice itself
    check_layout(rendered)
    # the ladder's step is recorded with the statement deadline
    on, step = steps(demo_store, case_id)[-1]
    assert (on, step["step"], step["doc_no"]) == (
        day.isoformat(),
        "penalty_notice",
        rendered.number,
    )
    assert step["deadline"] == (day + dt.timedelta(days=5)).isoformat()

    # the penalty decision waits for the statement period
    with pytest.raises(UserError, match="期满后才能出具"):
        documents.issue(demo_store, "penalty", case_id=case_id, today=day + dt.timedelta(days=5))
    issued = documents.issue(
        demo_store, "penalty", case_id=case_id, today=day + dt.timedelta(days=6)
    )
    assert "行政处罚决定书" in pdf_text(issued.pdf)


def test_without_the_order_notice_or_the_fine_setting_nothing_is_issued(demo_store):
    case_id = case_with_guardian(demo_store)
    demo_store.set_setting("forms.penalty", PENALTY_SETTING)
    before = demo_store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(UserError, match="需先送达限期返校/责令改正通知书"):
        documents.issue(demo_store, "penalty_notice", case_id=case_id, today=TODAY)
    ready_for(demo_store, case_id, "penalty_notice", TODAY)
    demo_store.set_setting("forms.penalty", {})
    added = demo_store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(UserError, match="罚款"):
        documents.issue(demo_store, "penalty_notice", case_id=case_id, today=TODAY)
    assert demo_store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == added
    assert added == before + 2  # only the earlier steps the test wrote


def test_a_blank_prior_notice_has_room_to_write_and_no_number(demo_store):
    case_id = case_with_guardian(demo_store)
    rendered = documents.blank(demo_store, "penalty_notice", case_id=case_id)
    text = pdf_text(rendered.pdf)
    assert "行政处罚事先告知书" in text and "＿＿" in text and "应当于 年 月 日前" in text
    assert "罚告字" not in text
