"""The monthly report's 防辍学 sheet: absence and at-risk figures per school, the share of the
children at risk with a 帮扶 plan, and suspected cases that came from the absence register."""

from __future__ import annotations

from desktop.domain.prevention import Rules
from desktop.prevention import stats
from desktop.reports.model import Sheet, Table
from desktop.reports.periods import Period
from desktop.store.repo import Store


def prevention_sheet(store: Store, period: Period, county: str) -> Sheet:
    rows = stats.figures(
        store.conn,
        scope=store.scope,
        rules=Rules.from_settings(store.setting),
        start=period.start,
        end=period.end,
    )
    total = stats.total(rows)
    table = Table(
        columns=["学校", *stats.COLUMNS],
        rows=[[f.name, *f.row()] for f in rows],
        total=["合计", *total.row()],
        notes=[
            "缺勤按人·天计；重点关注学生按统计时段末的记录认定（缺勤、学有困难、留守、"
            "建档立卡/低保、残疾、辍学反弹史、升学过渡等），帮扶覆盖率 = 有帮扶计划的重点关注学生"
            " ÷ 重点关注学生。"
        ],
    )
    return Sheet(
        name="防辍学",
        title=f"{county}防辍学工作统计表（缺勤登记与重点关注学生）",
        subtitle=period.label,
        tables=[table],
    )
