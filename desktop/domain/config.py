"""County settings: declared once here with their defaults; stored in the `settings` table.

Local rules differ ([default] items of DOMAIN.md), so each is configurable per county. Values
are JSON; the store merges them like any record (last writer wins), so a county admin's
change reaches every device.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.text import N_


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("county.code", "", N_("县（区）行政区划代码")),
        Setting("county.name", "", N_("县（区）名称")),
        Setting("county.bureau", "", N_("县教育局名称（如“某某县教育体育局”）")),
        Setting("visit.cadence_days", 14, N_("劝返中案件的走访周期（天）")),
        Setting("visit.suspected_days", 7, N_("疑似辍学核实时限（天）")),
        Setting("followup.cadence_days", 30, N_("复学学生跟踪回访周期（天）")),
        Setting("monitoring.days", 180, N_("复学后跟踪巩固期（天）")),
        Setting("deferral.warn_days", 30, N_("延缓/休学到期前提醒（天）")),
        Setting("legal.deadline_days", 7, N_("限期返校通知的期限（天）")),
        Setting("age.entry_age", 6, N_("入学年龄（周岁）")),
        Setting("age.cutoff", "08-31", N_("入学年龄计算截止日（月-日）")),
        Setting("campaign.months", [3, 9], N_("控辍保学专项行动月份")),
        # 挂牌督战 (seed §二.1): township or village division codes the county watches closely
        Setting("priority.regions", [], N_("挂牌督战地区（乡镇或村的区划代码）")),
        # Prevention (absence register, children at risk): domain/prevention.py
        Setting("prevention.phone_within_days", 0, N_("无故缺勤后电话联系时限（天，0为当天）")),
        Setting("prevention.visit_after_days", 3, N_("连续无故缺勤几天后家访")),
        Setting("prevention.propose_after_days", 3, N_("连续无故缺勤几天后按疑似辍学上报")),
        Setting("prevention.propose_term_days", 7, N_("本学期累计无故缺勤几天后按疑似辍学上报")),
        Setting("prevention.risk_window_days", 30, N_("经常缺勤的统计时段（天）")),
        Setting("prevention.risk_absence_days", 5, N_("统计时段内缺勤几天算经常缺勤")),
        Setting("prevention.risk_unexplained_days", 2, N_("统计时段内无故缺勤几天算经常缺勤")),
        Setting("prevention.review_days", 30, N_("帮扶计划复查周期（天）")),
    )
}


def default(key: str) -> Any:
    return SETTINGS[key].default


def is_priority_region(regions: Any, *, township: str | None, village: str | None) -> bool:
    """Is a case in a 挂牌督战 region (its township or its village is listed)?"""
    listed = set(regions or ())
    return bool(listed) and (township in listed or village in listed)
