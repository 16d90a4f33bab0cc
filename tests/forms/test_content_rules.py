"""A document states facts from the record only: what it needs and the record lacks blocks it
(with a message saying what and where), and no issued legal document holds a placeholder."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfcheck import pdf_text
from test_templates import PENALTY_SETTING, TODAY, complete, pick_case

from desktop.domain.errors import UserError
from desktop.forms import documents
from desktop.forms.base import PLACEHOLDER_TOKENS
from desktop.forms.context import _address


def documents_count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]


def child_id(store, case_id: str) -> str:
    return store.conn.execute("SELECT child_id FROM cases WHERE id=?", (case_id,)).fetchone()[0]


def test_penalty_without_basis_amount_or_party_id_is_not_issued(demo_store) -> None:
    case_id = pick_case(demo_store, "penalty")
    from ladder import ready_for

    ready_for(demo_store, case_id, "penalty", TODAY)
    with demo_store.transaction():
        demo_store.conn.execute(
            "UPDATE guardians SET id_number='' WHERE child_id=?", (child_id(demo_store, case_id),)
        )
    before = documents_count(demo_store)
    with pytest.raises(UserError) as refused:
        documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY)
    message = str(refused.value)
    assert "罚款的法律依据" in message and "forms.penalty" in message
    assert "监护人身份证号" in message and "修改学生信息" in message
    with pytest.raises(UserError, match="罚款的法律依据"):  # the preview says the same
        documents.draft(demo_store, "penalty", case_id=case_id, today=TODAY)
    assert documents_count(demo_store) == before


def test_penalty_from_the_county_setting_has_no_placeholder(demo_store) -> None:
    case_id = pick_case(demo_store, "penalty")
    complete(demo_store, "penalty", case_id)
    rendered = documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY)
    text = pdf_text(rendered.pdf)
    assert PENALTY_SETTING["citation"] in text
    assert "罚款人民币200元" in text
    assert "522633198001010012" in text  # the party's ID number
    for token in PLACEHOLDER_TOKENS:
        assert token not in text


@pytest.mark.parametrize("template_id", ["school_notice", "order_notice", "demand"])
def test_issued_legal_documents_hold_no_placeholder(demo_store, template_id) -> None:
    case_id = pick_case(demo_store, template_id)
    complete(demo_store, template_id, case_id)
    text = pdf_text(documents.issue(demo_store, template_id, case_id=case_id, today=TODAY).pdf)
    for token in ("＿＿", "户籍所在地省教育厅", "本省", "（请县教育局"):
        assert token not in text


def test_kinship_wording_follows_the_guardians_relation(demo_store) -> None:
    case_id = pick_case(demo_store, "order_notice")
    complete(demo_store, "order_notice", case_id)
    with demo_store.transaction():
        demo_store.conn.execute(
            "UPDATE guardians SET relation='grandmother' WHERE child_id=?",
            (child_id(demo_store, case_id),),
        )
    text = pdf_text(documents.draft(demo_store, "order_notice", case_id=case_id).pdf)
    assert "你的孙子女" in text and "你的子女" not in text


def test_home_visit_count_counts_home_visits_only(demo_store) -> None:
    case_id = pick_case(demo_store, "order_notice")
    complete(demo_store, "order_notice", case_id)
    visits = demo_store.conn.execute(
        "SELECT count(*) FROM events WHERE case_id=? AND kind='contact'"
        " AND json_extract(payload, '$.kind')='home_visit'"
        " AND id NOT IN (SELECT supersedes FROM events WHERE supersedes IS NOT NULL)",
        (case_id,),
    ).fetchone()[0]
    child = child_id(demo_store, case_id)
    # a video call is work done, but not a home visit
    demo_store.append_event(
        "contact",
        {
            "kind": "video",
            "participants": ["教师甲（往洞新民小学）"],
            "met": "监护人",
            "findings": "仍在外地",
            "result": "considering",
        },
        occurred_on=(TODAY - dt.timedelta(days=1)).isoformat(),
        case_id=case_id,
        child_id=child,
    )
    text = pdf_text(documents.draft(demo_store, "order_notice", case_id=case_id, today=TODAY).pdf)
    # the draft's diagonal 样稿 may fall into the extracted line ("先后稿19次"): read without it
    text = text.replace("样", "").replace("稿", "")
    if visits:
        assert f"先后{visits}次上门劝返" in text
    else:
        assert "上门劝返" not in text


def test_cross_province_letter_goes_to_the_hukou_province_and_never_for_a_local_child(
    demo_store,
) -> None:
    case_id = pick_case(demo_store, "cross_province")
    with pytest.raises(UserError, match="户籍在本省"):
        with demo_store.transaction():
            demo_store.conn.execute(
                "UPDATE children SET hukou_code='522633100000' WHERE id=?",
                (child_id(demo_store, case_id),),
            )
        documents.issue(demo_store, "cross_province", case_id=case_id)
    with demo_store.transaction():
        demo_store.conn.execute(
            "UPDATE children SET hukou_code='500101000000' WHERE id=?",
            (child_id(demo_store, case_id),),
        )
    text = pdf_text(documents.draft(demo_store, "cross_province", case_id=case_id).pdf)
    assert "重庆市教育委员会：" in text.replace(" ", "")
    with demo_store.transaction():
        demo_store.conn.execute(
            "UPDATE children SET hukou_code='' WHERE id=?", (child_id(demo_store, case_id),)
        )
    with pytest.raises(UserError, match="户籍地行政区划代码"):
        documents.draft(demo_store, "cross_province", case_id=case_id)


@pytest.mark.parametrize(
    ("template_id", "kind", "what"),
    [
        ("assessment", "assessment", "评估记录"),
        ("home_teaching_record", "home_teaching", "送教上门记录"),
    ],
)
def test_a_record_form_is_not_issued_empty(demo_store, template_id, kind, what) -> None:
    case_id = demo_store.conn.execute(
        "SELECT c.id FROM cases c WHERE c.state='persuading' AND NOT EXISTS"
        " (SELECT 1 FROM events e WHERE e.case_id=c.id AND e.kind=?) LIMIT 1",
        (kind,),
    ).fetchone()[0]
    with pytest.raises(UserError, match=what):
        documents.issue(demo_store, template_id, case_id=case_id)
    documents.blank(demo_store, template_id, case_id=case_id)  # a blank form to fill by hand


def test_recorded_advice_is_printed_as_recorded(demo_store) -> None:
    case_id = pick_case(demo_store, "assessment")
    demo_store.append_event(
        "assessment",
        {
            "category": "",
            "conclusion": "可随班就读，必要时辅以送教",
            "placement_advice": "inclusive",
            "members": ["委员甲", "委员乙"],
        },
        occurred_on=TODAY.isoformat(),
        case_id=case_id,
        child_id=child_id(demo_store, case_id),
    )
    content = documents.draft(demo_store, "assessment", case_id=case_id).content
    assert content["advice"] == "随班就读"


def test_plan_months_do_not_repeat_the_last_session(demo_store) -> None:
    case_id = pick_case(demo_store, "home_teaching_plan")
    rendered = documents.draft(demo_store, "home_teaching_plan", case_id=case_id)
    hint = rendered.content["content_hint"]
    assert hint
    assert pdf_text(rendered.pdf).count(hint) == 1


@pytest.mark.parametrize(
    "detail",
    ["党略村4组", "从江县丙妹镇党略村4组", "丙妹镇党略村4组", "4组"],
)
def test_an_address_is_never_printed_twice(detail) -> None:
    address = _address(None, county="从江县", township="丙妹镇", village="党略村", detail=detail)
    assert address == "从江县丙妹镇党略村4组"
