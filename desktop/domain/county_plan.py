"""一县一案: the county's own yearly plan (DOMAIN.md, "Rules made precise").

Per township of the county: the target 劝返率 (per cent) and/or number of returned children, the
person responsible and the date by which the target is due. The oversight report (督导) measures
each township against it. A plan year is a school year: 2026 means 2026-09-01 .. 2027-08-31.

`validate` checks a row the way every path writes it (screen, `kcbx plan`): bad input raises a
ValidationError that says, in Chinese, what is wrong, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.text import N_, Msg

MAX_NAME = 40
MAX_NOTE = 200


@dataclass(frozen=True)
class Target:
    """One township's line of the county plan."""

    school_year: int
    township_code: str
    target_rate: float | None  # per cent, 0–100
    target_returns: int | None
    responsible: str
    deadline: dt.date
    phone: str = ""
    note: str = ""

    def rate_text(self) -> str:
        return "" if self.target_rate is None else f"{self.target_rate:g}%"

    def returns_text(self) -> str:
        return "" if self.target_returns is None else str(self.target_returns)


def school_year_of(day: dt.date) -> int:
    """The school year a day falls in (1 Sep – 31 Aug): 2026-11-02 → 2026, 2027-03-01 → 2026."""
    return day.year if day.month >= 9 else day.year - 1


def year_span(school_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(school_year, 9, 1), dt.date(school_year + 1, 8, 31)


def year_label(school_year: int) -> str:
    return Msg("{start}—{end}学年", start=school_year, end=school_year + 1)


def parse_rate(text: str) -> float | None:
    """'95', '95%', '95.5' → 95.0…; '' → None; anything else is refused."""
    value = (text or "").strip().rstrip("%％").strip()
    if not value:
        return None
    try:
        rate = float(value)
    except ValueError:
        raise ValidationError(
            Msg("目标劝返率“{text}”不是数字（如 95 表示95%）", text=text)
        ) from None
    return rate


def parse_count(text: str) -> int | None:
    value = (text or "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ValidationError(Msg("目标劝返人数“{text}”应为不小于0的整数", text=text))
    return int(value)


def parse_date(text: str | dt.date | None, what: str = N_("完成时限")) -> dt.date:
    if isinstance(text, dt.date):
        return text
    value = (text or "").strip()
    if not value:
        raise ValidationError(Msg("请填写{what}（如 2027-06-30）", what=what))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            Msg("{what}“{text}”不是有效日期（格式：2027-06-30）", what=what, text=text)
        ) from None


def validate(target: Target, townships: Mapping[str, str]) -> Target:
    """The row as it may be stored (text trimmed), or a ValidationError saying what is wrong.

    `townships`: the county's townships (code -> name)."""
    if not 2000 <= target.school_year <= 2100:
        raise ValidationError(
            Msg("学年“{year}”不正确（如 2026 表示2026—2027学年）", year=target.school_year)
        )
    name = townships.get(target.township_code)
    if name is None:
        raise ValidationError(Msg("“{code}”不是本县的乡镇", code=target.township_code))
    if target.target_rate is None and target.target_returns is None:
        raise ValidationError(Msg("{township}：请至少填写目标劝返率或目标劝返人数", township=name))
    if target.target_rate is not None and not 0 <= target.target_rate <= 100:
        raise ValidationError(
            Msg(
                "{township}：目标劝返率应在0到100之间（现为 {rate:g}）",
                township=name,
                rate=target.target_rate,
            )
        )
    if target.target_returns is not None and target.target_returns < 0:
        raise ValidationError(Msg("{township}：目标劝返人数不能为负数", township=name))
    responsible = target.responsible.strip()
    if not responsible:
        raise ValidationError(Msg("{township}：请填写责任人", township=name))
    if len(responsible) > MAX_NAME:
        raise ValidationError(
            Msg("{township}：责任人不能超过{count}个字", township=name, count=MAX_NAME)
        )
    phone = target.phone.strip()
    if (phone and not all(ch.isdigit() or ch in "-+ " for ch in phone)) or len(phone) > 20:
        raise ValidationError(
            Msg("{township}：联系电话“{phone}”不正确", township=name, phone=phone)
        )
    note = target.note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(
            Msg("{township}：备注不能超过{count}个字", township=name, count=MAX_NOTE)
        )
    start, end = year_span(target.school_year)
    if not start <= target.deadline <= end:
        raise ValidationError(
            Msg(
                "{township}：完成时限 {deadline} 不在{year}内（{start} 至 {end}）",
                township=name,
                deadline=target.deadline.isoformat(),
                year=year_label(target.school_year),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )
    return Target(
        target.school_year,
        target.township_code,
        target.target_rate,
        target.target_returns,
        responsible,
        target.deadline,
        phone,
        note,
    )
