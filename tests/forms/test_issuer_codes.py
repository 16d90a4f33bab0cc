"""A school's 机关代字 in its document numbers is a short code, never its full name: derived
from the name, or the county's own (``forms.issuers``)."""

from __future__ import annotations

import pytest
from test_templates import TODAY, complete, pick_case

from desktop.forms import documents
from desktop.forms.numbering import school_short


@pytest.mark.parametrize(
    ("name", "county", "short"),
    [
        ("丙妹镇中心小学", "", "丙妹中小"),
        ("丙妹中学", "", "丙妹中"),
        ("丙妹岜沙小学", "", "丙沙小"),
        ("丙妹九年一贯制学校", "", "丙妹九校"),
        ("从江县第一中学", "从江县", "从一中"),
        ("贵州省从江县第三中学", "", "从三中"),
        ("从江县丙妹镇中心小学", "从江县", "丙妹中小"),
        ("从江县特殊教育学校", "从江县", "从特校"),
        ("洛阳市第二实验小学", "", "实验二小"),
        ("城关第一小学", "", "城关一小"),
        ("加勉乡中学", "", "加勉中"),
    ],
)
def test_short_codes_from_school_names(name, county, short) -> None:
    assert school_short(name, county=county) == short


def test_a_short_code_is_never_the_full_name() -> None:
    for name in ("小学", "中学", "某学校", "丙妹小学", "一中"):
        short = school_short(name)
        assert short and short != name and len(short) <= 4


def school_case(store) -> tuple[str, str]:
    case_id = pick_case(store, "school_notice")
    school = store.conn.execute(
        "SELECT s.id, s.name FROM cases c JOIN schools s ON s.id = c.school_id WHERE c.id=?",
        (case_id,),
    ).fetchone()
    assert school, "the case has a school"
    return case_id, school


def test_a_schools_notice_is_numbered_with_its_short_code(demo_store) -> None:
    case_id, (_, school_name) = school_case(demo_store)
    complete(demo_store, "school_notice", case_id)
    rendered = documents.issue(demo_store, "school_notice", case_id=case_id, today=TODAY)
    short = school_short(school_name, county=demo_store.setting("county.name"))
    assert rendered.number.startswith(short + "劝通字〔")
    assert school_name not in rendered.number and len(short) < len(school_name)


def test_the_countys_code_for_a_school_wins(demo_store) -> None:
    case_id, (school_id, _) = school_case(demo_store)
    complete(demo_store, "school_notice", case_id)
    demo_store.set_setting("forms.issuers", {f"school:{school_id}": {"short": "丙校"}})
    rendered = documents.issue(demo_store, "school_notice", case_id=case_id, today=TODAY)
    assert rendered.number.startswith("丙校劝通字〔")
