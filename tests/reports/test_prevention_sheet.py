"""The monthly report's 防辍学 sheet: absence and at-risk figures per school, the share of
children at risk with a 帮扶 plan, suspected cases from the register — in the .xlsx handed in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "prevention"))

from prevention_kit import build

from desktop.prevention import register, risk
from desktop.reports.build import monthly_report
from desktop.reports.periods import parse_period
from desktop.reports.render import write


def test_prevention_figures_per_school(store, tmp_path):
    kit = build(store)
    bench = kit.teacher()
    today = dt.date.today()
    days = [today - dt.timedelta(days=n) for n in (2, 1, 0)]
    truant, sick = kit.pupils[0], kit.pupils[1]
    for d in days:
        register.mark_day(bench, kit.key, d, {truant: "unexplained", sick: "sick"}, today=today)
    register.propose(bench, truant, today=today)
    lonely = kit.pupils[2]
    store.update("children", lonely, {"flags": ["left_behind"]})
    risk.save_support_plan(
        bench, lonely, helper="张老师", methods=["buddy"], frequency="每天", starts=today
    )
    period = parse_period(f"{days[0].isoformat()}..{today.isoformat()}")
    kit.admin()  # the county office makes the report (the store acts as the last Workbench's actor)
    report = monthly_report(store, period, names=False)
    path = write(report, tmp_path / "月报.xlsx")
    ws = load_workbook(path)["防辍学"]
    rows = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    head = next(r for r in rows if r and r[0] == "学校")
    assert head[1:] == [
        "在册学生",
        "登记考勤（班·天）",
        "缺勤（人·天）",
        "其中无故/不明",
        "重点关注学生",
        "有帮扶计划",
        "帮扶覆盖率",
        "由缺勤登记上报疑似辍学",
    ]
    line = next(r for r in rows if r and r[0] == "城关第一小学")
    # at risk: the truant (absences, suspected case) and the 留守 child; 3 sick days are not
    assert line[1:] == [50, 3, 6, 3, 2, 1, 0.5, 1]  # the share as a percentage cell
    other = next(r for r in rows if r and r[0] == "河口中学")
    assert other[1:4] == [5, 0, 0]
    total = next(r for r in rows if r and r[0] == "合计")
    assert total[1] == 55
