"""GB/T 9704 details an official checks with a ruler, read back from the PDFs: page numbers on
every page (odd right, even left), 附注 on the line after the date, and no ID number, 学籍号,
date or document number ever broken across two lines."""

from __future__ import annotations

import re

import pytest
from pdfcheck import page_texts, pdf_text, segments
from test_templates import TODAY, complete, pick_case

from desktop.forms import documents
from desktop.forms.layout import Doc, mm
from desktop.forms.notice import PITCH, Notice, draw_notice
from desktop.forms.text import fit, wrap

CASE_TEMPLATES = [t for t, tpl in documents.templates().items() if tpl.scope == "case"]
DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
NUMBER = re.compile(r"〔\d{4}〕\d+号")


def page_numbers(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """(page, text, x0, x1) of every "— n —" line."""
    segs, _ = segments(pdf)
    return [
        (s.page, s.text, s.rect.x0, s.rect.x1)
        for s in segs
        if re.fullmatch(r"— \d+ —", s.text.strip())
    ]


def test_gb_page_numbers_odd_right_even_left_on_every_page(demo_store) -> None:
    case_id = pick_case(demo_store, "order_notice")
    complete(demo_store, "order_notice", case_id)
    rendered = documents.draft(demo_store, "order_notice", case_id=case_id, today=TODAY)
    found = page_numbers(rendered.pdf)
    assert [p for p, *_ in found] == list(range(rendered.pages)), "a page without its number"
    block_left, block_right = mm(28), mm(28 + 156)
    for page, text, x0, x1 in found:
        n = int(text.split()[1])
        if n % 2:
            assert abs(x1 - (block_right - 14)) < 1.5, (page, text, x1)  # one character in
        else:
            assert abs(x0 - (block_left + 14)) < 1.5, (page, text, x0)
    # the notice's pages are 1, 2…; its 送达回证 is a paper of its own: — 1 —
    assert found[-1][1].strip() == "— 1 —"


def test_a_one_page_notice_has_its_page_number_and_the_note_follows_the_date() -> None:
    doc = Doc()
    draw_notice(
        doc,
        Notice(
            title="通知",
            paragraphs=["请于2026年12月10日前到校。"],
            issuer="某镇人民政府",
            date="2026年12月3日",
            notes=["（联系人：某某，联系电话：10000000000）"],
        ),
    )
    pdf = doc.render()
    assert [t.strip() for _, t, _, _ in page_numbers(pdf)] == ["— 1 —"]
    segs, _ = segments(pdf)
    date = next(s for s in segs if s.text.strip() == "2026年12月3日")
    note = next(s for s in segs if "（联系人" in s.text)
    assert abs((date.rect.y0 - note.rect.y0) - PITCH) < 1.0  # the very next line


@pytest.mark.parametrize("template_id", CASE_TEMPLATES)
def test_no_identifier_date_or_number_is_broken_across_lines(demo_store, template_id) -> None:
    case_id = pick_case(demo_store, template_id)
    complete(demo_store, template_id, case_id)
    rendered = documents.issue(demo_store, template_id, case_id=case_id, today=TODAY)
    child = demo_store.conn.execute(
        "SELECT ch.id_number, ch.xueji_no FROM cases c JOIN children ch ON ch.id=c.child_id"
        " WHERE c.id=?",
        (case_id,),
    ).fetchone()
    text = pdf_text(rendered.pdf)
    wanted = {v for v in (child["id_number"], child["xueji_no"]) if v and v in text}
    wanted |= set(DATE.findall(text)) | set(NUMBER.findall(text))
    assert wanted
    lines = [s.text for s in segments(rendered.pdf)[0]]
    broken = [w for w in wanted if not any(w in line for line in lines)]
    assert broken == [], f"split across lines: {broken}"


def test_a_cell_shrinks_an_id_number_rather_than_breaking_it() -> None:
    id_number = "522633201802215789"
    fitted = fit(f"身份证号{id_number}", role="song", size=12, width=mm(30))
    assert any(id_number in line for line in fitted.lines)
    assert fitted.size < 12
    lines = wrap("经查，该生已于2025年2月5日收到通知书（〔2025〕55号）。", "body", 16, 16 * 9.5)
    assert any("2025年2月5日" in line for line in lines)
    assert any("〔2025〕55号" in line for line in lines)


def test_the_sign_off_of_a_report_stays_with_its_table(demo_store) -> None:
    from desktop.forms.base import Area

    rendered = documents.draft(
        demo_store, "monthly_report", area=Area(period=TODAY.strftime("%Y-%m")), today=TODAY
    )
    pages = page_texts(rendered.pdf)
    sign_page = next(p for p in pages if "审核人" in p)
    # the rates table's last row (劝返率) and its note (…劝返率＝…) came over with the sign-off
    assert sign_page.count("劝返率") >= 2
