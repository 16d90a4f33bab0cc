"""The oversight report (督导): per township and per 包保责任人, overdue visits, dropouts without
a 一人一案 plan and plans past their deadline, measured against the county plan; written as
.xlsx and PDF and read back."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest
from openpyxl import load_workbook

from desktop.core import county as office
from desktop.core.actor import Actor
from desktop.core.workbench import Workbench
from desktop.domain import county_plan as rules
from desktop.reports import oversight

TODAY = dt.date.today()
YEAR = rules.school_year_of(TODAY)


@pytest.fixture
def bench(demo_store):
    return Workbench(demo_store, Actor.local())


def expected(store, township: str) -> dict[str, int]:
    """The township's figures counted straight from the tables."""
    q = store.conn.execute
    today = TODAY.isoformat()
    base = "FROM cases c WHERE c.deleted = 0 AND c.township_code = ? AND c.state != 'closed'"
    plan = "SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.deleted = 0"
    ledger = " AND c.state IN ('dropout', 'persuading')"
    return {
        "open": q(f"SELECT count(*) {base}", (township,)).fetchone()[0],
        "overdue": q(f"SELECT count(*) {base} AND c.next_contact_on < ?", (township, today)).fetchone()[0],
        "without_plan": q(f"SELECT count(*) {base}{ledger} AND NOT EXISTS ({plan})", (township,)).fetchone()[0],
        "plan_overdue": q(
            f"SELECT count(*) {base}{ledger} AND (SELECT max(p.deadline) FROM plans p"
            " WHERE p.case_id = c.id AND p.deleted = 0) < ?",
            (township, today),
        ).fetchone()[0],
    }  # fmt: skip


def busiest_township(store) -> tuple[str, str]:
    row = store.conn.execute(
        "SELECT c.township_code, r.name FROM cases c JOIN regions r ON r.code = c.township_code"
        " WHERE c.state = 'persuading' GROUP BY c.township_code ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def test_each_township_is_counted_as_the_tables_say(bench, demo_store):
    code, _name = busiest_township(demo_store)
    # plant: one persuading case of the township loses its plan
    case_id = demo_store.conn.execute(
        "SELECT c.id FROM cases c JOIN plans p ON p.case_id = c.id AND p.deleted = 0"
        " WHERE c.township_code = ? AND c.state = 'persuading' LIMIT 1",
        (code,),
    ).fetchone()[0]
    before = oversight.build(bench, today=TODAY)
    plan_id = demo_store.conn.execute(
        "SELECT id FROM plans WHERE case_id = ?", (case_id,)
    ).fetchone()[0]
    demo_store.update("plans", plan_id, {"deleted": 1})
    o = oversight.build(bench, today=TODAY)
    line = next(ln for ln in o.townships if ln.code == code)
    was = next(ln for ln in before.townships if ln.code == code)
    want = expected(demo_store, code)
    got = line.counts
    assert (got.open_cases, got.overdue, got.without_plan, got.plan_overdue) == (
        want["open"],
        want["overdue"],
        want["without_plan"],
        want["plan_overdue"],
    )
    assert got.without_plan == was.counts.without_plan + 1
    assert sum(ln.counts.overdue for ln in o.townships) == o.total.overdue
    # each case counts once per line of responsibility
    assert sum(p.counts.open_cases for p in o.people) == 2 * o.total.open_cases


def test_a_township_is_measured_against_the_county_plan(bench, demo_store):
    code, _name = busiest_township(demo_store)
    o = oversight.build(bench, today=TODAY)
    line = next(ln for ln in o.townships if ln.code == code)
    assert line.verdict(TODAY) == "未制定"
    start, end = rules.year_span(YEAR)
    met = rules.Target(YEAR, code, None, line.returned, "吴志远", end)
    office.save_plan(bench, YEAR, [met])
    line = next(ln for ln in oversight.build(bench, today=TODAY).townships if ln.code == code)
    assert line.verdict(TODAY) == "达标"
    missed = rules.Target(YEAR, code, None, line.returned + 1, "吴志远", start)
    office.save_plan(bench, YEAR, [missed])
    line = next(ln for ln in oversight.build(bench, today=TODAY).townships if ln.code == code)
    assert line.verdict(TODAY) == ("逾期未达标" if start < TODAY else "未达标")


def test_the_xlsx_and_the_pdf_say_the_same(bench, demo_store, tmp_path):
    code, name = busiest_township(demo_store)
    office.save_plan(bench, YEAR, [rules.Target(YEAR, code, 95.0, 12, "吴志远（副镇长）",
                                                rules.year_span(YEAR)[1])])  # fmt: skip
    office.set_priority_regions(bench, [code])
    built = oversight.report(bench, today=TODAY)
    o = built.meta["oversight"]
    line = next(ln for ln in o.townships if ln.code == code)
    xlsx = oversight.export(bench, tmp_path / "督导.xlsx", built=built)
    pdf = oversight.export(bench, tmp_path / "督导.pdf", built=built)

    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["按乡镇", "按包保责任人"]
    ws = wb["按乡镇"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(r for r in rows if r[0] == "乡镇")
    row = next(r for r in rows if r[0] == name)
    cell = dict(zip(head, row, strict=False))
    assert cell["挂牌督战"] == "是"
    assert cell["逾期未走访"] == line.counts.overdue
    assert cell["无一人一案"] == line.counts.without_plan
    assert cell["方案逾期"] == line.counts.plan_overdue
    assert cell["目标劝返率"] in ("95%", 0.95) and cell["目标劝返人数"] in (12, "12")
    assert cell["责任人"] == "吴志远（副镇长）"
    assert cell["完成情况"] == line.verdict(TODAY)
    people = [[c.value for c in r] for r in wb["按包保责任人"].iter_rows()]
    person = o.people[0]
    assert any(r[:3] == [person.name, person.line, person.township] for r in people)

    with pdfplumber.open(pdf) as doc:
        text = "".join((p.extract_text() or "").replace("\n", "") for p in doc.pages)
    assert "控辍保学督导情况表（按乡镇）" in text and "控辍保学督导情况表（按包保责任人）" in text
    assert name in text and "吴志远（副镇长）" in text and person.name in text
    audit = demo_store.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'report' AND detail LIKE '%oversight%'"
    ).fetchone()[0]
    assert audit == 2
