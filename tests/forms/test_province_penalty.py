"""The fine's legal basis: the province's regulation by the county's code, the article and
amount from the county's settings (never guessed), the county's own citation first."""

from __future__ import annotations

import pytest
from pdfcheck import pdf_text
from test_templates import PENALTY_SETTING, TODAY, complete, pick_case

from desktop.domain import regions
from desktop.domain.errors import UserError
from desktop.forms import documents, provinces
from desktop.forms.base import PLACEHOLDER_TOKENS

SHANDONG = "370102"  # a county code of 山东省 (济南市历下区)


def documents_count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]


def penalty_case(store) -> str:
    case_id = pick_case(store, "penalty")
    complete(store, "penalty", case_id)  # the ladder, the guardian's ID, a county setting
    store.set_setting("forms.penalty", {})  # …which each test replaces
    return case_id


def test_every_province_is_listed_once() -> None:
    codes = {r.code[:2] for r in regions.provinces()}
    assert len(codes) == 31
    assert set(provinces.REGULATIONS) == codes
    for title in filter(None, provinces.REGULATIONS.values()):
        assert title.startswith("《") and title.endswith("》")
        assert "本省" not in title and "××" not in title


def test_a_known_province_needs_the_article_before_issuing(demo_store) -> None:
    case_id = penalty_case(demo_store)
    demo_store.set_setting("county.code", SHANDONG)
    before = documents_count(demo_store)
    with pytest.raises(UserError) as refused:
        documents.issue(
            demo_store, "penalty", case_id=case_id, today=TODAY, options={"amount": "200"}
        )
    message = str(refused.value)
    assert (
        "《山东省义务教育条例》" in message and "forms.penalty" in message and "article" in message
    )
    assert documents_count(demo_store) == before


def test_the_article_is_cited_in_the_provinces_regulation(demo_store) -> None:
    case_id = penalty_case(demo_store)
    demo_store.set_setting("county.code", SHANDONG)
    demo_store.set_setting(
        "forms.penalty", {"article": "第四十条", "text": "（测试条文）处以罚款。", "amount": "300"}
    )
    text = pdf_text(documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY).pdf)
    assert "《山东省义务教育条例》第四十条" in text.replace("\n", "")
    assert "罚款人民币300元" in text
    for token in PLACEHOLDER_TOKENS:
        assert token not in text


def test_a_province_without_a_known_title_needs_the_whole_citation(demo_store) -> None:
    case_id = penalty_case(demo_store)  # the demo county is in 贵州 (52): no title listed
    assert provinces.REGULATIONS["52"] is None
    demo_store.set_setting("forms.penalty", {"article": "第四十条", "amount": "200"})
    with pytest.raises(UserError, match="citation"):
        documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY)
    demo_store.set_setting("forms.penalty", PENALTY_SETTING)
    text = pdf_text(documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY).pdf)
    assert PENALTY_SETTING["citation"] in text.replace("\n", "")


def test_the_countys_citation_and_regulation_override_the_province(demo_store) -> None:
    case_id = penalty_case(demo_store)
    demo_store.set_setting("county.code", SHANDONG)
    demo_store.set_setting("forms.penalty", {**PENALTY_SETTING, "article": "第四十条"})
    text = pdf_text(documents.draft(demo_store, "penalty", case_id=case_id, today=TODAY).pdf)
    flat = text.replace("\n", "")
    assert PENALTY_SETTING["citation"] in flat and "山东省义务教育条例" not in flat
    assert provinces.penalty_basis(
        SHANDONG, {"regulation": "《测试市义务教育条例》", "article": "第九条"}
    ) == ("《测试市义务教育条例》第九条", "")


def test_no_amount_no_penalty(demo_store) -> None:
    case_id = penalty_case(demo_store)
    demo_store.set_setting("county.code", SHANDONG)
    demo_store.set_setting("forms.penalty", {"article": "第四十条"})
    before = documents_count(demo_store)
    with pytest.raises(UserError, match="罚款金额"):
        documents.issue(demo_store, "penalty", case_id=case_id, today=TODAY)
    assert documents_count(demo_store) == before
    rendered = documents.issue(
        demo_store, "penalty", case_id=case_id, today=TODAY, options={"amount": "150"}
    )
    assert "罚款人民币150元" in pdf_text(rendered.pdf)
