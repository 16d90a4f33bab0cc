"""一县一案 (the county plan) and 挂牌督战 regions through the core and `kcbx plan`: a county
administrator sets targets; other roles are refused and bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.core import county as office
from desktop.core.workbench import Refused
from desktop.domain import county_plan as rules
from desktop.domain.errors import ValidationError

YEAR = 2026
DEADLINE = dt.date(2027, 6, 30)


def plan_rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT school_year, township_code, target_rate, target_returns, responsible, deadline"
            " FROM county_plan ORDER BY township_code"
        ).fetchall()
    finally:
        conn.close()


def target(code: str, **kw) -> rules.Target:
    values = dict(
        school_year=YEAR,
        township_code=code,
        target_rate=95.0,
        target_returns=10,
        responsible="吴志远（副镇长）",
        deadline=DEADLINE,
    )
    values.update(kw)
    return rules.Target(**values)


def test_the_admin_sets_the_plan_and_reads_it_back(county, bench_as):
    bench = bench_as("admin")
    towns = office.townships(bench)
    office.save_plan(bench, YEAR, [target(towns[0][0]), target(towns[1][0], target_rate=None)])
    got = office.plan(bench, YEAR)
    assert [(t.township_code, t.target_rate, t.target_returns) for t in got] == [
        (towns[0][0], 95.0, 10),
        (towns[1][0], None, 10),
    ]
    office.set_target(bench, target(towns[0][0], responsible="潘明（乡长）", target_returns=3))
    assert [t.responsible for t in office.plan(bench, YEAR)] == ["潘明（乡长）", "吴志远（副镇长）"]
    office.remove_target(bench, YEAR, towns[1][0])
    assert [t.township_code for t in office.plan(bench, YEAR)] == [towns[0][0]]
    audit = bench.store.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'county_plan'"
    ).fetchone()[0]
    assert audit == 3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"target_rate": None, "target_returns": None}, "至少填写目标劝返率或目标劝返人数"),
        ({"target_rate": 120.0}, "0到100之间"),
        ({"target_returns": -1}, "不能为负数"),
        ({"responsible": "  "}, "请填写责任人"),
        ({"responsible": "张" * 41}, "不能超过40个字"),
        ({"deadline": dt.date(2028, 1, 1)}, "不在2026—2027学年内"),
        ({"township_code": "522633999000"}, "不是本县的乡镇"),
        ({"phone": "电话"}, "联系电话"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(county, bench_as, change, message):
    bench = bench_as("admin")
    good, other = (code for code, _ in office.townships(bench)[:2])
    office.save_plan(bench, YEAR, [target(good)])
    before = plan_rows(county["path"])
    with pytest.raises(ValidationError, match=message):
        office.save_plan(bench, YEAR, [target(good, responsible="新人"), target(other, **change)])
    assert plan_rows(county["path"]) == before


def test_a_township_twice_is_refused(county, bench_as):
    bench = bench_as("admin")
    code = office.townships(bench)[0][0]
    with pytest.raises(ValidationError, match="出现了两次"):
        office.save_plan(bench, YEAR, [target(code), target(code)])
    assert plan_rows(county["path"]) == []


@pytest.mark.parametrize("username", ["teacher", "cadre", "village", "auditor"])
def test_only_the_county_administrator_changes_the_plan(county, bench_as, username):
    bench = bench_as(username)
    code = county["township"]
    with pytest.raises(Refused):
        office.save_plan(bench, YEAR, [target(code)])
    with pytest.raises(Refused):
        office.set_priority_regions(bench, [code])
    assert plan_rows(county["path"]) == []
    assert office.priority_regions(bench) == []
    if username == "auditor":  # reads the county's screens, changes nothing
        assert office.plan(bench, YEAR) == []
        assert office.violations(bench) == []
    else:
        with pytest.raises(Refused, match="不是县级账户"):
            office.violations(bench)


def test_priority_regions_are_codes_of_this_county(county, bench_as):
    bench = bench_as("admin")
    with pytest.raises(ValidationError, match="不是本县"):
        office.set_priority_regions(bench, ["110101001000"])
    assert office.priority_regions(bench) == []
    office.set_priority_regions(bench, [county["township"]])
    assert office.priority_regions(bench) == [county["township"]]


def test_rates_and_counts_parse_or_say_why():
    assert rules.parse_rate("95%") == 95.0 and rules.parse_rate("") is None
    assert rules.parse_count("12") == 12 and rules.parse_count(" ") is None
    with pytest.raises(ValidationError, match="不是数字"):
        rules.parse_rate("九十五")
    with pytest.raises(ValidationError, match="整数"):
        rules.parse_count("1.5")
    with pytest.raises(ValidationError, match="不是有效日期"):
        rules.parse_date("2027-02-30")
    assert rules.school_year_of(dt.date(2027, 3, 1)) == 2026
    assert rules.school_year_of(dt.date(2026, 9, 1)) == 2026


@pytest.fixture
def kcbx(kcbx):
    """`kcbx plan …` as a user (tests/core/conftest.py's kcbx)."""
    return lambda username, *args: kcbx(username, "plan", *args)


def test_kcbx_plan_sets_shows_and_refuses(county, kcbx):
    conn = sqlite3.connect(county["path"])
    name = conn.execute(
        "SELECT name FROM regions WHERE code = ?", (county["township"],)
    ).fetchone()[0]
    conn.close()
    args = ["set", name, "--responsible", "吴志远", "--deadline", "2027-06-30", "--rate", "90"]
    code, _out, err = kcbx("cadre", *args, "--year", "2026")
    assert code == 1 and "无权修改" in err
    assert plan_rows(county["path"]) == []
    code, _out, err = kcbx("admin", "set", name, "--responsible", "吴志远", "--deadline",
                           "2027-06-30", "--rate", "abc", "--year", "2026")  # fmt: skip
    assert code == 1 and "不是数字" in err and plan_rows(county["path"]) == []
    code, out, _err = kcbx("admin", *args, "--returns", "4", "--year", "2026")
    assert code == 0, _err
    assert plan_rows(county["path"]) == [
        (2026, county["township"], 90.0, 4, "吴志远", "2027-06-30")
    ]
    code, out, _err = kcbx("admin", "show", "--year", "2026")
    assert code == 0 and f"{name}：目标 90% / 4人，责任人 吴志远" in out
    code, out, _err = kcbx("admin", "priority", "--set", name)
    assert code == 0 and county["township"] in out
    code, out, _err = kcbx("admin", "show", "--year", "2026")
    assert f"{name}【挂牌督战】" in out
    code, out, _err = kcbx("admin", "priority", "--clear")
    assert code == 0 and "未设置挂牌督战地区" in out
    code, out, _err = kcbx("admin", "remove", name, "--year", "2026")
    assert code == 0 and plan_rows(county["path"]) == []


def test_kcbx_plan_report_writes_the_oversight_report(county, kcbx, tmp_path):
    import pdfplumber
    from openpyxl import load_workbook

    out = tmp_path / "督导.pdf"
    code, _out, err = kcbx("teacher", "report", "--out", str(out))
    assert code == 1 and "不是县级账户" in err and not out.exists()
    code, _out, err = kcbx("admin", "report", "--out", str(tmp_path / "督导.txt"))
    assert code == 1 and ".xlsx 或 .pdf" in err
    code, text, _err = kcbx("admin", "report", "--out", str(out), "--date", "2026-12-01")
    assert code == 0 and "截至2026-12-01：在办案件" in text
    with pdfplumber.open(out) as pdf:
        first = pdf.pages[0].extract_text() or ""
    assert "控辍保学督导情况表（按乡镇）" in first and "2026年12月1日" in first
    xlsx = tmp_path / "督导.xlsx"
    code, _text, _err = kcbx("auditor", "report", "--out", str(xlsx))
    assert code == 0 and load_workbook(xlsx).sheetnames == ["按乡镇", "按包保责任人"]
