"""The figures behind the dashboard (统计看板), computed without Qt so they can be tested and
computed on a background thread; `desktop.ui.intake_dashboard` draws them."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.progress import QUIET, Progress
from desktop.domain.ids import school_year_start
from desktop.domain.text import N_
from desktop.reports import stats
from desktop.reports.periods import Period, parse_period
from desktop.store.repo import Store


@dataclass
class DashboardData:
    period: Period
    flow: stats.Flow
    dropout_rate: stats.Rate
    persuasion_rate: stats.Rate
    year_persuasion_rate: stats.Rate
    suspected_open: int
    by_township: list[tuple[str, int]]  # in the ledger at period end, largest first
    by_cause: list[tuple[str, int]]  # in the ledger at period end, by first-level cause
    trend: list[tuple[str, int, int, int]] = field(
        default_factory=list
    )  # month (YYYY-MM), in ledger, new, returned


def default_periods(today: dt.date | None = None) -> list[tuple[str, str]]:
    """(code, label) choices for the dashboard: this month, this term, this school year, year."""
    from desktop.domain.ids import term_of

    today = today or dt.date.today()
    year = school_year_start(today)
    return [
        (f"{today.year}-{today.month:02d}", N_("本月")),
        (term_of(today).code, N_("本学期")),
        (f"{year}-{year + 1}", N_("本学年")),
        (str(today.year), N_("本年")),
    ]


def _month_starts(end: dt.date, n: int) -> list[dt.date]:
    out = []
    y, m = end.year, end.month
    for _ in range(n):
        out.append(dt.date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return list(reversed(out))


def compute(
    store: Store, period: Period | str, *, months: int = 12, progress: Progress = QUIET
) -> DashboardData:
    if isinstance(period, str):
        period = parse_period(period)
    progress.set(0, 3, N_("正在汇总案件记录"))
    timelines = stats.load_timelines(store)
    progress.check()
    flow = stats.flow_total(timelines, period)
    year = school_year_start(period.end)
    attributes = stats.load_attributes(store)
    towns: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    for cid, tl in timelines.items():
        if tl.state_on(period.end) in stats.LEDGER_STATES:
            attrs = attributes.get(cid, {})
            towns[attrs.get("township", [stats.UNKNOWN])[0]] += 1
            for c in attrs.get("cause", [stats.UNKNOWN]):
                causes[c] += 1
    progress.set(1, 3, N_("正在计算月度趋势"))
    trend = []
    for start in _month_starts(min(period.end, dt.date.today()), months):
        month = parse_period(f"{start.year}-{start.month:02d}")
        f = stats.flow_total(timelines, month)
        trend.append((f"{start.year}-{start.month:02d}", f.closing, f.new, f.returned))
    where, params = store.scope.sql(township_col="township_code", school_col="school_id")
    suspected = store.conn.execute(
        f"SELECT count(*) FROM cases WHERE state='suspected' AND deleted=0 AND {where}", params
    ).fetchone()[0]
    progress.set(3, 3, "")
    return DashboardData(
        period=period,
        flow=flow,
        dropout_rate=stats.dropout_rate(store, timelines, year, until=period.end),
        persuasion_rate=stats.persuasion_rate(flow),
        year_persuasion_rate=stats.year_persuasion_rate(timelines, year, until=period.end),
        suspected_open=suspected,
        by_township=towns.most_common(),
        by_cause=causes.most_common(),
        trend=trend,
    )
