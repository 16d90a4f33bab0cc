"""Every template rendered from the demo county, read back from the PDF.

What a reader of the paper would notice: the child's name and ID number, the document number
and the dates are printed; no line of text runs out of its cell, its text block or the page.
Expected values come from the database, not from what the template built.
"""

from __future__ import annotations

import datetime as dt

import pytest
from ladder import ready_for
from pdfcheck import cell_texts, misplaced, page_texts, pdf_text

from desktop.domain.errors import UserError
from desktop.domain.states import State
from desktop.forms import documents
from desktop.forms.base import Area
from desktop.forms.context import fmt_date, short_date
from desktop.store import db

TODAY = dt.date.today()
ALL = list(documents.templates())
CASE_TEMPLATES = [t for t, tpl in documents.templates().items() if tpl.scope == "case"]
AREA_TEMPLATES = [t for t, tpl in documents.templates().items() if tpl.scope == "area"]

# the event a template is filled from: test it on the case with most of them
SOURCE_EVENT = {
    "home_visit": "contact",
    "case_plan": "contact",
    "return_register": "return",
    "deferral": "deferral",
    "assessment": "assessment",
    "home_teaching_record": "home_teaching",
    "home_teaching_plan": "home_teaching",
    "cross_province": "notice",
}


def pick_case(store, template_id: str) -> str:
    kind = SOURCE_EVENT.get(template_id)
    if kind:
        row = store.conn.execute(
            "SELECT case_id FROM events WHERE kind=? GROUP BY case_id ORDER BY count(*) DESC,"
            " case_id LIMIT 1",
            (kind,),
        ).fetchone()
        assert row, f"the demo county has no {kind} event"
        return row[0]
    return store.conn.execute(
        "SELECT c.id FROM cases c JOIN guardians g ON g.child_id = c.child_id"
        " WHERE c.state = 'persuading' ORDER BY c.case_no LIMIT 1"
    ).fetchone()[0]


LADDER = ("school_notice", "order_notice", "penalty_notice", "penalty", "demand")
# the county's fine setting (synthetic: a test regulation, not a real province's article)
PENALTY_SETTING = {
    "citation": "《测试省义务教育条例》第三十条",
    "text": "（测试条文）监护人无正当理由未送适龄儿童、少年入学的，处以罚款。",
    "amount": "200",
}


def complete(store, template_id: str, case_id: str, today: dt.date = TODAY) -> None:
    """What the record must hold for the document to issue (content from the record only):
    the earlier steps of the ladder, the county's fine setting, the guardian's ID number, an
    out-of-province 户籍 for the 告知函."""
    if template_id in LADDER:
        ready_for(store, case_id, template_id, today)
    if template_id in ("penalty_notice", "penalty", "demand"):
        store.set_setting("forms.penalty", PENALTY_SETTING)
    child_id = store.conn.execute("SELECT child_id FROM cases WHERE id=?", (case_id,)).fetchone()[0]
    with store.transaction():
        store.conn.execute(
            "UPDATE guardians SET id_number='522633198001010012' WHERE child_id=? AND id_number=''",
            (child_id,),
        )
        if template_id == "cross_province":
            store.conn.execute(
                "UPDATE children SET hukou_code='530102000000', hukou_address='关雄村3组'"
                " WHERE id=?",
                (child_id,),
            )


def child_of(store, case_id: str):
    return store.conn.execute(
        "SELECT ch.* FROM cases c JOIN children ch ON ch.id = c.child_id WHERE c.id=?", (case_id,)
    ).fetchone()


def last_event(store, case_id: str, kind: str):
    row = store.conn.execute(
        "SELECT occurred_on, payload FROM events WHERE case_id=? AND kind=?"
        " ORDER BY occurred_on DESC, hlc DESC LIMIT 1",
        (case_id, kind),
    ).fetchone()
    return row[0], db.loads(row[1])


def expected_dates(store, template_id: str, case_id: str) -> list[str]:
    """Dates the paper must show, from the database."""
    days = {"school_notice": 7, "order_notice": 7, "penalty_notice": 5, "demand": 10}
    if template_id in days:
        return [fmt_date(TODAY), fmt_date(TODAY + dt.timedelta(days=days[template_id]))]
    if template_id in ("penalty", "cross_province"):
        return [fmt_date(TODAY)]
    if template_id == "home_visit":
        return [fmt_date(last_event(store, case_id, "contact")[0])]
    if template_id == "case_plan":
        plan = store.conn.execute(
            "SELECT made_on FROM plans WHERE case_id=?", (case_id,)
        ).fetchone()
        return [fmt_date(plan[0])]
    if template_id == "return_register":
        return [fmt_date(last_event(store, case_id, "return")[1]["return_date"])]
    if template_id == "deferral":
        payload = last_event(store, case_id, "deferral")[1]
        return [fmt_date(payload["start"]), fmt_date(payload["until"])]
    if template_id == "assessment":
        return [fmt_date(last_event(store, case_id, "assessment")[0])]
    if template_id == "home_teaching_record":
        first = store.conn.execute(
            "SELECT min(occurred_on) FROM events WHERE case_id=? AND kind='home_teaching'",
            (case_id,),
        ).fetchone()[0]
        return [short_date(first)]
    return [fmt_date(child_of(store, case_id)["birth_date"])]


def check_header_on_every_page(rendered) -> None:
    """A ledger is landscape and repeats its column heads on every page."""
    pages = page_texts(rendered.pdf)
    assert rendered.doc.pagesize[0] > rendered.doc.pagesize[1]
    frames = [p.frames for p in rendered.doc.pages]
    for n, page in enumerate(pages, start=1):
        cells = cell_texts(rendered.pdf, frames, page=n - 1)
        assert "身份证号学籍号" in cells and "包保责任人及电话" in cells, f"page {n} has no header"
        if len(pages) > 1:
            assert f"第{n}页 共{len(pages)}页" in page


def check_layout(rendered) -> None:
    frames = [page.frames for page in rendered.doc.pages]
    assert misplaced(rendered.pdf, frames) == []


@pytest.mark.parametrize("template_id", CASE_TEMPLATES)
def test_case_document_from_the_demo_county(demo_store, template_id: str) -> None:
    case_id = pick_case(demo_store, template_id)
    complete(demo_store, template_id, case_id)  # the ladder's earlier steps, the fine setting…
    child = child_of(demo_store, case_id)
    rendered = documents.issue(demo_store, template_id, case_id=case_id, today=TODAY)
    text = pdf_text(rendered.pdf)
    assert child["name"] in text
    assert child["id_number"] in text
    assert rendered.number and rendered.number in text
    for day in expected_dates(demo_store, template_id, case_id):
        assert day in text, f"{day} not printed"
    # the number is on every page (caption beside the QR code)
    assert all(rendered.number in page for page in page_texts(rendered.pdf))
    check_layout(rendered)


@pytest.mark.parametrize("template_id", CASE_TEMPLATES)
def test_blank_case_form_has_identity_and_no_number(demo_store, template_id: str) -> None:
    case_id = pick_case(demo_store, template_id)
    child = child_of(demo_store, case_id)
    rendered = documents.blank(demo_store, template_id, case_id=case_id)
    text = pdf_text(rendered.pdf)
    assert child["name"] in text
    assert child["id_number"] in text
    assert "〔" + str(TODAY.year) + "〕" not in text  # unnumbered
    assert "＿" in text or "年　　月　　日" in text or "　年" in text  # room to write
    check_layout(rendered)
    events = demo_store.conn.execute("SELECT count(*) FROM events WHERE kind='document'")
    assert events.fetchone()[0] == 0


def busiest_village(store) -> tuple[str, str]:
    return store.conn.execute(
        "SELECT township_code, village_code FROM cases WHERE state IN ('dropout','persuading')"
        " GROUP BY 1, 2 ORDER BY count(*) DESC, 2 LIMIT 1"
    ).fetchone()


def area_for(store, template_id: str) -> Area:
    township, village = busiest_village(store)
    if template_id == "return_list":
        return Area(township=township, village=village)
    if template_id == "monthly_report":
        return Area(period=TODAY.strftime("%Y-%m"))
    if template_id == "ledger_suspected":  # the township with the most suspected children
        (most,) = store.conn.execute(
            "SELECT township_code FROM cases WHERE state = 'suspected' GROUP BY 1"
            " ORDER BY count(*) DESC, 1 LIMIT 1"
        ).fetchone()
        return Area(township=most)
    return Area()


AREA_PARAMS = [
    pytest.param(t, marks=pytest.mark.slow) if t == "ledger_dropout" else t for t in AREA_TEMPLATES
]


@pytest.mark.parametrize("template_id", AREA_PARAMS)
def test_area_document_from_the_demo_county(demo_store, template_id: str) -> None:
    area = area_for(demo_store, template_id)
    rendered = documents.issue(demo_store, template_id, area=area, today=TODAY)
    text = pdf_text(rendered.pdf)
    assert rendered.number in text
    check_layout(rendered)
    if template_id.startswith("ledger"):
        states = (
            [State.SUSPECTED.value]
            if template_id == "ledger_suspected"
            else ["dropout", "persuading", "transferred_pending"]
        )
        sql = (
            "SELECT ch.name, ch.id_number, ch.xueji_no FROM cases c JOIN children ch"
            f" ON ch.id = c.child_id WHERE c.state IN ({','.join('?' * len(states))})"
        )
        params = list(states)
        if area.township:
            sql += " AND c.township_code = ?"
            params.append(area.township)
        rows = demo_store.conn.execute(sql, params).fetchall()
        assert rows
        cells = cell_texts(rendered.pdf, [p.frames for p in rendered.doc.pages])
        for name, id_number, xueji in rows:
            assert name in cells
            assert f"{id_number}{xueji}" in cells  # stacked in one cell
        assert f"截至{fmt_date(TODAY)}" in text
        assert f"共{len(rows)}人" in text
        check_header_on_every_page(rendered)
    elif template_id == "return_list":
        names = [
            r[0]
            for r in demo_store.conn.execute(
                "SELECT ch.name FROM cases c JOIN children ch ON ch.id = c.child_id"
                " WHERE c.village_code = ? AND c.state IN ('dropout', 'persuading')",
                (area.village,),
            )
        ]
        assert names and all(n in text for n in names)
        for role in (
            "村支书",
            "中心校校长",
            "中学校长",
            "乡镇分管领导",
            "乡镇长",
            "教体局包片领导",
        ):
            assert role in text
    else:
        assert f"{TODAY.year}年{TODAY.month}月1日至" in text
        for (name,) in demo_store.conn.execute(
            "SELECT DISTINCT r.name FROM cases c JOIN regions r ON r.code = c.township_code"
            " WHERE c.state IN ('dropout', 'persuading')"
        ):
            assert name in text


@pytest.mark.parametrize("template_id", AREA_TEMPLATES)
def test_blank_area_forms(demo_store, template_id: str) -> None:
    rendered = documents.blank(demo_store, template_id, area=area_for(demo_store, template_id))
    check_layout(rendered)
    assert "＿" in pdf_text(rendered.pdf)


def test_draft_is_marked_and_stores_nothing(demo_store) -> None:
    case_id = pick_case(demo_store, "order_notice")
    complete(demo_store, "order_notice", case_id)
    rendered = documents.draft(demo_store, "order_notice", case_id=case_id, today=TODAY)
    assert "样稿" in pdf_text(rendered.pdf)
    check_layout(rendered)
    assert (
        demo_store.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]
        == 0
    )


def test_three_copies_of_the_deferral_form(demo_store) -> None:
    case_id = pick_case(demo_store, "deferral")
    pages = page_texts(documents.issue(demo_store, "deferral", case_id=case_id).pdf)
    assert len(pages) == 3
    for label, page in zip(("第一联", "第二联", "第三联"), pages, strict=True):
        assert label in page


def test_assessment_is_marked_confidential(demo_store) -> None:
    case_id = pick_case(demo_store, "assessment")
    for page in page_texts(documents.issue(demo_store, "assessment", case_id=case_id).pdf):
        assert "保密" in page


@pytest.mark.parametrize("template_id", ["school_notice", "order_notice", "penalty", "demand"])
def test_notices_come_with_a_service_receipt(demo_store, template_id: str) -> None:
    case_id = pick_case(demo_store, template_id)
    complete(demo_store, template_id, case_id)
    rendered = documents.issue(demo_store, template_id, case_id=case_id, today=TODAY)
    last = page_texts(rendered.pdf)[-1]
    assert "送达回证" in last
    assert rendered.number in last
    for field in ("受送达人", "送达地点", "送达方式", "直接送达", "留置送达", "邮寄送达", "见证人"):
        assert field in last


def test_cross_province_letter_has_attachment_and_receipt(demo_store) -> None:
    case_id = pick_case(demo_store, "cross_province")
    complete(demo_store, "cross_province", case_id)
    pages = page_texts(documents.issue(demo_store, "cross_province", case_id=case_id).pdf)
    assert "云南省教育厅：" in pages[0].replace(" ", "")
    assert any("跨省辍学学生情况表" in p and "户籍地区划代码" in p for p in pages)
    assert "回执" in pages[-1].replace(" ", "")


def test_an_order_without_an_earlier_school_notice_is_refused(demo_store) -> None:
    # The ladder (desktop/domain/rules.py): 劝返复学通知书 first, the order after its deadline;
    # refused before anything is numbered or stored.
    row = demo_store.conn.execute(
        "SELECT c.id FROM cases c WHERE c.state = 'persuading' AND NOT EXISTS (SELECT 1 FROM events e"
        " WHERE e.case_id = c.id AND e.kind = 'legal_step') LIMIT 1"
    ).fetchone()
    documents_before = demo_store.conn.execute(
        "SELECT count(*) FROM events WHERE kind IN ('document', 'legal_step')"
    ).fetchone()[0]
    with pytest.raises(UserError, match="劝返复学通知书"):
        documents.issue(demo_store, "order_notice", case_id=row["id"], today=TODAY)
    assert (
        demo_store.conn.execute(
            "SELECT count(*) FROM events WHERE kind IN ('document', 'legal_step')"
        ).fetchone()[0]
        == documents_before
    )


def test_no_legal_notice_for_a_case_outside_the_dropout_ledger(demo_store) -> None:
    row = demo_store.conn.execute(
        "SELECT id FROM cases WHERE state IN ('monitoring', 'closed', 'suspected') LIMIT 1"
    ).fetchone()
    with pytest.raises(UserError, match="法律程序只适用于已确认辍学或劝返中的案件"):
        documents.issue(demo_store, "school_notice", case_id=row["id"], today=TODAY)
