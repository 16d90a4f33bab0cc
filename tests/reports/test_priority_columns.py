"""挂牌督战 (seed §二.1) as a column of the reports: the monthly and campaign tables mark each
township (是, or 部分村 when only some of its villages are listed), the name lists and the ledger
export mark each case."""

from __future__ import annotations

import small_county
from openpyxl import load_workbook

from desktop.reports.build import campaign_report, monthly_report
from desktop.reports.exports import export_ledger
from desktop.reports.periods import parse_period
from desktop.reports.render import write


def _sheet_rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _column(rows: list[list], first: str, head: str) -> dict:
    """first cell -> the value under `head` (the header row is the one starting with 乡镇/序号)."""
    heads = next(r for r in rows if r and r[0] == first)
    at = heads.index(head)
    return {r[0]: r[at] for r in rows if r and r[0] is not None}


def test_the_township_tables_mark_priority_townships(store, tmp_path):
    small_county.build(store)
    towns = store.conn.execute(
        "SELECT code, name FROM regions WHERE level='township' ORDER BY code LIMIT 3"
    ).fetchall()
    village_of_third = store.conn.execute(
        "SELECT code FROM regions WHERE level='village' AND parent=? LIMIT 1", (towns[2][0],)
    ).fetchone()[0]
    store.set_setting("priority.regions", [towns[0][0], village_of_third])

    monthly = write(monthly_report(store, parse_period("2026-09")), tmp_path / "月报.xlsx")
    marks = _column(_sheet_rows(load_workbook(monthly)["月报表"]), "乡镇", "挂牌督战")
    assert marks[towns[0][1]] == "是"
    assert marks[towns[1][1]] in (None, "")
    assert marks[towns[2][1]] == "部分村"

    campaign = write(campaign_report(store, parse_period("2026-2027-1")), tmp_path / "专项.xlsx")
    marks = _column(_sheet_rows(load_workbook(campaign).active), "乡镇", "挂牌督战")
    assert marks[towns[0][1]] == "是" and marks[towns[2][1]] == "部分村"

    # the name list: each case of the listed township is marked
    names = _sheet_rows(load_workbook(monthly)["在册名单"])
    head = next(r for r in names if r and r[0] == "序号")
    at, town_at = head.index("挂牌督战"), head.index("乡镇")
    body = [r for r in names if isinstance(r[0], int)]
    assert body and all((r[at] == "是") == (r[town_at] == towns[0][1]) for r in body)


def test_the_ledger_export_marks_each_case(demo_store, tmp_path):
    village, township = demo_store.conn.execute(
        "SELECT village_code, township_code FROM cases WHERE state = 'persuading'"
        " GROUP BY village_code ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    demo_store.set_setting("priority.regions", [village])
    path = tmp_path / "台账.xlsx"
    n = export_ledger(demo_store, path, states=["persuading"], township=township)
    rows = _sheet_rows(load_workbook(path).active)
    head = next(r for r in rows if r and r[0] == "序号")
    at, village_at = head.index("挂牌督战"), head.index("村")
    body = [r for r in rows if isinstance(r[0], int)]
    assert len(body) == n
    name = demo_store.conn.execute("SELECT name FROM regions WHERE code=?", (village,)).fetchone()[
        0
    ]
    marked = [r for r in body if r[at] == "是"]
    assert marked and all(r[village_at] == name for r in marked)
    assert len(marked) < len(body) and all(r[village_at] != name for r in body if r[at] != "是")
