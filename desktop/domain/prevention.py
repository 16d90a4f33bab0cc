"""Prevention (seed §三.1, §四.2; DOMAIN.md "Prevention"): the absence register's escalation
rules and the reasons a child is at risk of dropping out.

Pure rules, no storage: the store hands in facts, these functions say what is due and why.
Every reason is a named function returning a Chinese sentence (or None), so a list of children
at risk always shows *why* — no score without its reasons.

Escalation [practice]: an unexplained absence is phoned the same day; after a few consecutive
unexplained days a teacher visits; after a county-set number of consecutive unexplained school
days (or a total in the term) the school reports the child as 疑似辍学. The thresholds are county
settings (domain/config.py, ``prevention.*``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import codes
from desktop.domain.codes import CodeList
from desktop.domain.errors import ValidationError
from desktop.domain.text import N_, Msg

# The order is the register's keys 1–4.
REASONS = CodeList(
    "absence_reasons",
    (
        ("sick", N_("病假")),
        ("personal", N_("事假")),
        ("unexplained", N_("无故")),
        ("unknown", N_("不明")),
    ),
)
# Absences nobody has explained yet: they are phoned, visited and counted towards a proposal.
UNEXPLAINED = frozenset({"unexplained", "unknown"})

FOLLOWUP_METHODS = CodeList(
    "absence_followup_methods", (("phone", N_("电话")), ("visit", N_("家访")))
)
FOLLOWUP_OUTCOMES = CodeList(
    "absence_followup_outcomes",
    (
        ("explained", N_("原因已查明（有正当理由）")),
        ("will_return", N_("承诺返校")),
        ("returned", N_("已返校")),
        ("not_reached", N_("未联系上")),
        ("refuses", N_("不愿返校")),
    ),
)
SUPPORT_METHODS = CodeList(
    "support_methods",
    (
        ("tutoring", N_("课后辅导")),
        ("one_to_one", N_("教师一对一")),
        ("buddy", N_("同学手拉手")),
        ("counselling", N_("心理辅导")),
    ),
)
RISK_FACT_KINDS = CodeList(
    "risk_fact_kinds",
    (("learning_difficulty", N_("学有困难")), ("psychological", N_("心理问题"))),
)

NOTE_MAX = 200

# Prevention's tables (store/schema_prevention.py) as people name them (audit trail, sync review).
TABLE_LABELS = {
    "absences": N_("缺勤登记"),
    "absence_registers": N_("班级考勤"),
    "absence_followups": N_("缺勤跟进"),
    "absence_proposals": N_("疑似辍学上报"),
    "risk_facts": N_("学生关注情况"),
    "support_plans": N_("帮扶计划"),
    "support_reviews": N_("帮扶复查"),
}


# --- county settings ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """The county's escalation and risk thresholds (defaults: DOMAIN.md "Prevention")."""

    phone_within_days: int = 0  # 0: the same day
    visit_after_days: int = 3  # consecutive unexplained days before a home visit is due
    propose_after_days: int = 3  # consecutive unexplained school days → propose 疑似辍学
    propose_term_days: int = 7  # or this many unexplained days in the term
    risk_window_days: int = 30  # "repeated absence" looks back this far
    risk_absence_days: int = 5  # absences (any reason) in the window that make a risk
    risk_unexplained_days: int = 2  # or unexplained absences in the window
    review_days: int = 30  # a 帮扶 plan is reviewed monthly

    @classmethod
    def from_settings(cls, setting: Callable[[str], Any]) -> Rules:
        return cls(**{name: int(setting(key)) for name, key in SETTING_KEYS.items()})


SETTING_KEYS = {
    "phone_within_days": "prevention.phone_within_days",
    "visit_after_days": "prevention.visit_after_days",
    "propose_after_days": "prevention.propose_after_days",
    "propose_term_days": "prevention.propose_term_days",
    "risk_window_days": "prevention.risk_window_days",
    "risk_absence_days": "prevention.risk_absence_days",
    "risk_unexplained_days": "prevention.risk_unexplained_days",
    "review_days": "prevention.review_days",
}


# --- validation -----------------------------------------------------------------------------


def check_absence(reason: str, on: dt.date, today: dt.date) -> None:
    if reason not in REASONS:
        raise ValidationError(
            Msg("缺勤原因“{reason}”不在代码表中（应为病假、事假、无故或不明）", reason=reason)
        )
    if on > today:
        raise ValidationError(Msg("不能登记今天以后的缺勤（{day}）", day=on.isoformat()))


def check_followup(method: str, outcome: str, result: str, on: dt.date, today: dt.date) -> None:
    if method not in FOLLOWUP_METHODS:
        raise ValidationError(N_("请选择跟进方式（电话或家访）"))
    if outcome not in FOLLOWUP_OUTCOMES:
        raise ValidationError(N_("请选择跟进结果"))
    if not result.strip():
        raise ValidationError(N_("请填写跟进情况（联系了谁、了解到什么）"))
    if len(result) > NOTE_MAX:
        raise ValidationError(
            Msg(
                "跟进情况最多{limit}个字（现为{length}个字），请精简",
                limit=NOTE_MAX,
                length=len(result),
            )
        )
    if on > today:
        raise ValidationError(Msg("跟进日期不能晚于今天（{day}）", day=on.isoformat()))


def check_support_plan(
    helper: str, methods: Sequence[str], frequency: str, starts: dt.date | None
) -> None:
    if not helper.strip():
        raise ValidationError(N_("请填写帮扶责任人（谁来帮）"))
    if not methods:
        raise ValidationError(
            N_("请至少选择一种帮扶方式（课后辅导、教师一对一、同学手拉手、心理辅导）")
        )
    for m in methods:
        if m not in SUPPORT_METHODS:
            raise ValidationError(Msg("帮扶方式“{method}”不在代码表中", method=m))
    if not frequency.strip():
        raise ValidationError(N_("请填写帮扶频次（如“每周两次”）"))
    if starts is None:
        raise ValidationError(N_("请填写帮扶开始日期"))


def next_review(on: dt.date, rules: Rules) -> dt.date:
    return on + dt.timedelta(days=rules.review_days)


# --- escalation -----------------------------------------------------------------------------


def school_days(absence_days: Iterable[dt.date], register_days: Iterable[dt.date]) -> list[dt.date]:
    """The days school was kept, as far as the record tells: the days the class register was
    taken, and every day the child was marked absent."""
    return sorted(set(absence_days) | set(register_days))


def unexplained_streak(days: Sequence[dt.date], absences: Mapping[dt.date, str]) -> list[dt.date]:
    """The current run of unexplained absences, ending on the last school day recorded (empty
    if the child was present or excused that day). `days` is sorted; a school day in between
    with the child present or excused breaks the run."""
    run: list[dt.date] = []
    for day in reversed(days):
        if absences.get(day) in UNEXPLAINED:
            run.append(day)
        else:
            break
    return sorted(run)


def term_start(on: dt.date) -> dt.date:
    """The first day of the term `on` falls in (autumn from 1 Sep, spring from 1 Feb)."""
    if on.month >= 9:
        return dt.date(on.year, 9, 1)
    if on.month >= 2:
        return dt.date(on.year, 2, 1)
    return dt.date(on.year - 1, 9, 1)


@dataclass(frozen=True)
class FollowUpFact:
    on: dt.date
    method: str
    outcome: str


@dataclass(frozen=True)
class Due:
    """Something the register asks a teacher to do for a child."""

    kind: str  # phone | visit | propose
    since: dt.date  # the first day of the unexplained run
    due: dt.date
    detail: str  # in Chinese: what and why


def escalation(
    *,
    absences: Mapping[dt.date, str],
    days: Sequence[dt.date],
    followups: Sequence[FollowUpFact],
    rules: Rules,
    has_open_case: bool,
) -> list[Due]:
    """What is due for a child now: a phone call, a home visit, a proposal as 疑似辍学. A child
    with an open case has none: the case's visits and steps are the work then."""
    run = unexplained_streak(days, absences)
    if not run or has_open_case:
        return []
    first, last = run[0], run[-1]
    since = [f for f in followups if f.on >= first]
    if any(f.outcome in ("explained", "returned") for f in since):
        return []  # the run is accounted for
    out: list[Due] = []
    n = len(run)
    span = Msg("{day}起连续{n}天无故或原因不明缺勤", day=first.isoformat(), n=n)
    if not since:
        out.append(
            Due(
                "phone",
                first,
                first + dt.timedelta(days=rules.phone_within_days),
                Msg("{span}，请当天电话联系监护人", span=span),
            )
        )
    if n >= rules.visit_after_days and not any(f.method == "visit" for f in since):
        out.append(
            Due(
                "visit",
                first,
                run[rules.visit_after_days - 1],
                Msg("{span}，请家访了解情况", span=span),
            )
        )
    total = sum(1 for d, r in absences.items() if r in UNEXPLAINED and d >= term_start(last))
    if n >= rules.propose_after_days:
        out.append(
            Due(
                "propose",
                first,
                last,
                Msg(
                    "{span}（县定标准：连续{days}天），建议按疑似辍学上报",
                    span=span,
                    days=rules.propose_after_days,
                ),
            )
        )
    elif total >= rules.propose_term_days:
        out.append(
            Due(
                "propose",
                first,
                last,
                Msg(
                    "本学期累计无故缺勤{total}天（县定标准：{days}天），建议按疑似辍学上报",
                    total=total,
                    days=rules.propose_term_days,
                ),
            )
        )
    return out


# --- children at risk -----------------------------------------------------------------------


@dataclass(frozen=True)
class PupilFacts:
    """What is recorded about a child that bears on the risk of dropping out."""

    grade: str = ""
    flags: frozenset[str] = frozenset()
    disability_category: str = ""
    risk_facts: Mapping[str, str] = field(default_factory=dict)  # kind -> detail
    absence_dates: Mapping[dt.date, str] = field(default_factory=dict)
    returned_cases: int = 0  # cases that ended with the child back in school
    relapses: int = 0  # times a returned child left again (反弹)
    suspected: bool = False  # reported as 疑似辍学, not yet verified (still on the roll)


@dataclass(frozen=True)
class Reason:
    code: str
    text: str


def suspected_case(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    return N_("已按疑似辍学上报，待核实") if f.suspected else None


def frequent_absence(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if not f.absence_dates:
        return None
    start = today - dt.timedelta(days=rules.risk_window_days)
    recent = [r for d, r in f.absence_dates.items() if start < d <= today]
    unexplained = sum(1 for r in recent if r in UNEXPLAINED)
    if len(recent) >= rules.risk_absence_days or unexplained >= rules.risk_unexplained_days:
        return Msg(
            "近{window}天缺勤{n}天（其中无故或不明{unexplained}天）",
            window=rules.risk_window_days,
            n=len(recent),
            unexplained=unexplained,
        )
    return None


def learning_difficulty(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if "learning_difficulty" not in f.risk_facts:
        return None
    detail = f.risk_facts["learning_difficulty"]
    return Msg("学有困难：{detail}", detail=detail) if detail else N_("学有困难")


def psychological(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if "psychological" not in f.risk_facts:
        return None
    detail = f.risk_facts["psychological"]
    return Msg("心理问题：{detail}", detail=detail) if detail else N_("心理问题")


def left_behind(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if "orphan" in f.flags:
        return N_("孤儿（监护缺失）")
    return N_("留守儿童") if "left_behind" in f.flags else None


def poverty(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    names = [
        codes.FLAGS.label(x) for x in ("poverty_registered", "dibao", "monitored") if x in f.flags
    ]
    return Msg("家庭经济困难（{names}）", names=tuple(names)) if names else None


def disability(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if "disabled" not in f.flags and not f.disability_category:
        return None
    category = (
        codes.DISABILITY_CATEGORIES.label(f.disability_category) if f.disability_category else ""
    )
    return Msg("残疾（{category}）", category=category) if category else N_("残疾")


def relapse_history(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    if f.relapses:
        return Msg("复学后曾再次辍学（反弹{n}次）", n=f.relapses)
    if f.returned_cases:
        return N_("曾辍学，劝返复学后需防反弹")
    return None


def grade_transition(f: PupilFacts, rules: Rules, today: dt.date) -> str | None:
    """The term before and the term after moving up to 初中 (6→7) and to 九年级 (8→9)."""
    autumn = today.month >= 9 or today.month == 1
    if f.grade == "6" and not autumn:
        return N_("六年级下学期，即将小升初（6→7）")
    if f.grade == "7" and autumn:
        return N_("七年级上学期，刚升入初中（6→7）")
    if f.grade == "8" and not autumn:
        return N_("八年级下学期，即将升入九年级（8→9）")
    if f.grade == "9" and autumn:
        return N_("九年级上学期，刚升入毕业年级（8→9）")
    return None


RISK_RULES: tuple[tuple[str, Callable[[PupilFacts, Rules, dt.date], str | None]], ...] = (
    ("suspected", suspected_case),
    ("absence", frequent_absence),
    ("learning", learning_difficulty),
    ("psychological", psychological),
    ("left_behind", left_behind),
    ("poverty", poverty),
    ("disability", disability),
    ("relapse", relapse_history),
    ("transition", grade_transition),
)
RISK_LABELS = {
    "suspected": N_("疑似辍学待核实"),
    "absence": N_("经常缺勤"),
    "learning": N_("学有困难"),
    "psychological": N_("心理问题"),
    "left_behind": N_("留守/监护缺失"),
    "poverty": N_("家庭经济困难"),
    "disability": N_("残疾"),
    "relapse": N_("辍学/反弹史"),
    "transition": N_("升学过渡"),
}
# A grade transition alone is true of a whole class: it makes a child at risk only together
# with another reason.
CONTEXT_ONLY = frozenset({"transition"})


def risk_reasons(f: PupilFacts, rules: Rules, today: dt.date) -> list[Reason]:
    """Every reason that applies, in the table's order; empty if the child is not at risk."""
    out = [Reason(code, text) for code, fn in RISK_RULES if (text := fn(f, rules, today))]
    if all(r.code in CONTEXT_ONLY for r in out):
        return []
    return out
