"""Cell values as real rosters hold them: IDs, dates, grades, sex, ethnicity, categories."""

import datetime as dt

import pytest
from messy_sheets import fullwidth, id_number

from desktop.domain.errors import ValidationError
from desktop.intake import values as V

GOOD = id_number(dt.date(2014, 3, 5), 1)


def test_text_folds_fullwidth_and_stray_spaces():
    assert V.text("  丙妹镇\u3000中心 小学\u200b ") == "丙妹镇 中心 小学"
    assert V.text(12.0) == "12"
    assert V.name(" 李 小红 ") == "李小红"
    assert V.name("阿依古丽•买买提") == "阿依古丽·买买提"


@pytest.mark.parametrize(
    "cell",
    [
        GOOD,
        fullwidth(GOOD),
        f" {GOOD[:6]} {GOOD[6:14]} {GOOD[14:]} ",
        f'="{GOOD}"',
        f"'{GOOD}",
        int(GOOD),  # a program wrote the exact digits into a number cell
    ],
)
def test_id_numbers_in_the_forms_they_arrive(cell):
    assert V.parse_id(cell).number == GOOD


def test_an_id_excel_stored_as_a_number_is_refused_with_the_reason():
    with pytest.raises(ValidationError, match=r"存成了数字.*丢失"):
        V.parse_id(float(GOOD))
    with pytest.raises(ValidationError, match="科学计数法"):
        V.parse_id("5.22633E+17")  # the same, after a trip through CSV


def test_lower_case_x_is_normalised():
    x = next(
        id_number(dt.date(2013, 1, d), s)
        for d in range(1, 28)
        for s in range(50)
        if id_number(dt.date(2013, 1, d), s).endswith("X")
    )
    assert V.parse_id(x.lower()).number == x


def test_bad_checksum_and_impossible_date_say_why():
    with pytest.raises(ValidationError, match="校验位"):
        V.parse_id(GOOD[:-1] + ("0" if GOOD[-1] != "0" else "1"))
    with pytest.raises(ValidationError, match="不是真实日期"):
        V.parse_id("522633201402300012")


@pytest.mark.parametrize(
    "cell",
    [
        "2012.3.5",
        "2012年3月5日",
        "2012-03-05",
        "2012/3/5",
        "20120305",
        20120305,
        "２０１２．３．５",
        dt.datetime(2012, 3, 5),
        dt.date(2012, 3, 5),
        (dt.date(2012, 3, 5) - dt.date(1899, 12, 30)).days,  # an Excel serial number
        "40973",  # a serial that arrived as text
        "2012-03-05 00:00:00",
    ],
)
def test_dates_in_every_spelling(cell):
    assert V.parse_date(cell) == (dt.date(2012, 3, 5), True)


def test_year_month_only_is_marked_inexact():
    assert V.parse_date("2012年3月") == (dt.date(2012, 3, 1), False)
    assert V.parse_date("2012.03") == (dt.date(2012, 3, 1), False)


@pytest.mark.parametrize("cell", ["2012.2.30", "明年", "2012-13-01", 3.5e9])
def test_bad_dates_are_refused(cell):
    with pytest.raises(ValidationError):
        V.parse_date(cell)


@pytest.mark.parametrize(
    ("cell", "system", "grade"),
    [
        ("一年级", "6-3", "1"),
        ("小学三年级", "6-3", "3"),
        ("七年级", "6-3", "7"),
        ("初一", "6-3", "7"),
        ("初中三年级", "6-3", "9"),
        ("初一", "5-4", "6"),
        ("3", "6-3", "3"),
        (3, "6-3", "3"),
        ("03", "6-3", "3"),
        ("八年级(2)班", "6-3", "8"),
    ],
)
def test_grades(cell, system, grade):
    assert V.parse_grade(cell, system=system) == grade


def test_non_compulsory_grades_are_refused():
    with pytest.raises(ValidationError, match="不是义务教育年级"):
        V.parse_grade("高一")


def test_sex_ethnicity_status_flags():
    assert [V.parse_sex(x) for x in ("男", "女性", "1", "F", "")] == ["男", "女", "男", "女", ""]
    with pytest.raises(ValidationError):
        V.parse_sex("未知")
    assert V.parse_ethnicity("苗族") == V.parse_ethnicity("苗") == "06"
    assert V.parse_ethnicity("1") == "01"
    with pytest.raises(ValidationError):
        V.parse_ethnicity("火星族")
    assert V.parse_status("在读") == "enrolled"
    assert V.parse_status("休学") == "suspended"
    assert V.parse_status("转学（转出）") == "transferred_out"
    assert V.parse_flags("脱贫户") == ["poverty_registered"]
    assert V.parse_flags("监测户（边缘易致贫户）") == ["monitored"]
    assert V.parse_flags("一般户") == []
    assert V.parse_disability("肢体残疾二级") == "physical"
