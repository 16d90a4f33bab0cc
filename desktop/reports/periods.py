"""Report periods: a month (2026-11), a quarter (2026-Q4), a term (2026-2027-1), a school year
(2026-2027), a calendar year (2026) or a range (2026-09-01..2026-09-30)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.errors import UserError
from desktop.domain.ids import parse_term
from desktop.domain.text import N_, Msg


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    code: str
    label: str
    kind: str  # month | quarter | term | school_year | year | range

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def span(self) -> str:
        return Msg("{start}至{end}", start=cn_date(self.start), end=cn_date(self.end))


# a quarter's label, by quarter
QUARTERS = (
    N_("{year}年第一季度"),
    N_("{year}年第二季度"),
    N_("{year}年第三季度"),
    N_("{year}年第四季度"),
)


def cn_date(day: dt.date) -> str:
    return Msg("{year}年{month}月{day}日", year=day.year, month=day.month, day=day.day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    s = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            raise UserError(Msg("月份“{s}”不对，应为 1–12 月", s=s))
        label = Msg("{year}年{month}月", year=y, month=mo)
        return Period(dt.date(y, mo, 1), _month_end(y, mo), f"{y}-{mo:02d}", label, "month")
    m = re.fullmatch(r"(\d{4})-[Qq]([1-4])", s)
    if m:
        y, q = int(m[1]), int(m[2])
        start = dt.date(y, 3 * q - 2, 1)
        label = Msg(QUARTERS[q - 1], year=y)
        return Period(start, _month_end(y, 3 * q), f"{y}-Q{q}", label, "quarter")
    if re.fullmatch(r"\d{4}-\d{4}-[12]", s):
        term = parse_term(s)
        end = _month_end(term.ends.year, term.ends.month)
        return Period(term.starts, end, term.code, term.label, "term")
    m = re.fullmatch(r"(\d{4})-(\d{4})", s)
    if m and int(m[2]) == int(m[1]) + 1:
        y = int(m[1])
        label = Msg("{start}—{end}学年", start=y, end=y + 1)
        return Period(dt.date(y, 9, 1), dt.date(y + 1, 8, 31), s, label, "school_year")
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        y = int(m[1])
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), s, Msg("{year}年", year=y), "year")
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", s)
    if m:
        try:
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            raise UserError(Msg("统计时段“{s}”中的日期不对", s=s)) from None
        if b < a:
            raise UserError(N_("统计时段的结束日期早于开始日期"))
        return Period(a, b, s, Msg("{start}至{end}", start=cn_date(a), end=cn_date(b)), "range")
    raise UserError(
        Msg(
            "统计时段“{s}”无法识别。可写作：2026-11（月）、2026-Q4（季度）、2026-2027-1（学期）、2026-2027（学年）、2026（年）或 2026-09-01..2026-09-30",
            s=s,
        )
    )


def campaign_window(period: Period) -> Period:
    """The term-start campaign (专项行动) of a term: from two weeks before the term starts to the
    end of its first month. Other periods are used as given."""
    if period.kind != "term":
        return period
    start = period.start - dt.timedelta(days=14)
    end = _month_end(period.start.year, period.start.month)
    return Period(start, end, period.code, Msg("{term}开学", term=period.label), "campaign")
