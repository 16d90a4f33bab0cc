"""Ages (DOMAIN.md "Rules made precise"): a child is of compulsory age until the day before the
16th birthday, so the registry comparison lists a 15-year-old without 学籍 (expected in grade 10
by age) unless the child finished grade 9."""

import datetime as dt

from messy_sheets import id_number, simple_sheet

from desktop.domain import model
from desktop.domain.ids import AgeRule
from desktop.intake.compare import run_comparison
from desktop.intake.importer import commit, prepare

ON = dt.date(2026, 11, 28)


def test_the_sixteenth_birthday_ends_compulsory_age():
    rule = AgeRule()
    birth = dt.date(2011, 1, 10)  # grade 10 by age in 2026-2027
    assert rule.expected_grade(birth, ON) == 10
    assert rule.is_compulsory_age(birth, ON)  # 15
    assert rule.is_compulsory_age(birth, dt.date(2027, 1, 9))  # the day before the birthday
    assert not rule.is_compulsory_age(birth, dt.date(2027, 1, 10))  # 16


def test_the_comparison_lists_a_fifteen_year_old_without_xueji(store, tmp_path):
    school = store.create("schools", model.School(name="丙妹中学", kind="junior"))
    birth = dt.date(2011, 2, 14)
    missing, finished = id_number(birth, 101), id_number(birth, 203)
    done = store.create("children", model.Child(name="杨明", id_number=finished))
    store.create(
        "enrolments",
        model.Enrolment(
            child_id=done, school_id=school, grade="9", term="2025-2026-2", status="graduated"
        ),
    )
    path = tmp_path / "户籍.xlsx"
    simple_sheet(path, ["姓名", "公民身份号码"], [["吴小龙", missing], ["杨明", finished]])
    commit(store, prepare(store, path, kind="hukou"))
    run = run_comparison(store, on=ON)
    flagged = {c["id_number"]: c for c in run.candidates if c["kind"] == "not_enrolled"}
    assert missing in flagged and flagged[missing]["expected_grade"] == 10
    assert finished not in flagged and run.counts["accounted"] == 1
