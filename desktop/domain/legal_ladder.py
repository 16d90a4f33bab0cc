"""The legal ladder's preconditions (DOMAIN.md, "Legal documents only where they apply"): the
ladder runs inside DROPOUT/PERSUADING only, in order, each step after the previous one's period.
Rows of the table in desktop/domain/rules.py name them."""

from __future__ import annotations

import datetime as dt

from desktop.domain.casefacts import EventView
from desktop.domain.rule_context import Ctx, _d
from desktop.domain.states import STATE_LABELS, State
from desktop.domain.text import N_, Msg

# --- periods [default] -------------------------------------------------------------------

SCHOOL_NOTICE_DAYS = 7  # 劝返复学通知书: deadline to return when the notice gives none
ORDER_NOTICE_DAYS = 7  # 限期返校/责令改正通知书
STATEMENT_DAYS = 5  # 行政处罚事先告知: 陈述申辩/听证 request period (行政处罚法 §44, §64)
PAYMENT_DAYS = 15  # 行政处罚决定书: payment deadline when none is given
REVIEW_DAYS = 60  # 行政复议 period (行政复议法 §9)
LITIGATION_MONTHS = 6  # 行政诉讼 period (行政诉讼法 §46)
DEMAND_DAYS = 10  # 催告书: the period it gives (行政强制法 §54)


# --- preconditions: the legal ladder ----------------------------------------------------

LADDER_STATES = frozenset({State.DROPOUT, State.PERSUADING})
_STEP_LABELS = {
    "school_notice": N_("劝返复学通知书"),
    "order_notice": N_("限期返校/责令改正通知书"),
    "penalty_notice": N_("行政处罚事先告知书"),
    "penalty": N_("行政处罚决定书"),
    "demand": N_("催告书"),
    "lawsuit": N_("申请强制执行"),
}


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _last_step(c: Ctx, step: str) -> EventView | None:
    found = [e for e in c.case.events if e.kind == "legal_step" and e.payload.get("step") == step]
    return found[-1] if found else None


def _deadline(e: EventView, default_days: int) -> dt.date:
    return _d(e.payload.get("deadline")) or (_d(e.occurred_on) or dt.date.min) + dt.timedelta(
        days=default_days
    )


def legal_only_in_dropout_or_persuading(c: Ctx) -> str | None:
    """The legal ladder runs inside DROPOUT/PERSUADING only."""
    if c.case.state not in LADDER_STATES:
        return Msg(
            "案件当前为“{state}”：法律程序只适用于已确认辍学或劝返中的案件",
            state=STATE_LABELS[c.case.state],
        )
    return None


def _after(c: Ctx, prev_step: str, default_days: int, what: str) -> str | None:
    prev = _last_step(c, prev_step)
    if prev is None:
        return Msg("出具{what}前需先送达{prev}", what=what, prev=_STEP_LABELS[prev_step])
    due = _deadline(prev, default_days)
    if c.event.occurred_on <= due:
        return Msg(
            "{prev}的期限至 {due}，期满后才能出具{what}",
            prev=_STEP_LABELS[prev_step],
            due=due.isoformat(),
            what=what,
        )
    return None


def ladder_order_and_timing(c: Ctx) -> str | None:
    """劝返复学通知书 → (its deadline) 限期返校/责令改正 → 事先告知 → (statement period) 处罚决定
    → 催告书 (payment deadline, review and litigation periods passed) → 申请强制执行."""
    step = c.p.get("step")
    what = _STEP_LABELS.get(str(step), "")
    if step == "order_notice":
        return _after(c, "school_notice", SCHOOL_NOTICE_DAYS, what)
    if step == "penalty_notice":
        return _after(c, "order_notice", ORDER_NOTICE_DAYS, what)
    if step == "penalty":
        return _after(c, "penalty_notice", STATEMENT_DAYS, what)
    if step == "demand":
        penalty = _last_step(c, "penalty")
        if penalty is None:
            return N_("出具催告书前需先作出行政处罚决定书")
        decided = _d(penalty.occurred_on) or dt.date.min
        due = max(
            _deadline(penalty, PAYMENT_DAYS),
            decided + dt.timedelta(days=REVIEW_DAYS),
            _add_months(decided, LITIGATION_MONTHS),
        )
        if c.event.occurred_on <= due:
            return Msg(
                "催告书须在缴款期限、复议期（60日）和诉讼期（6个月）都届满后出具（{due} 之后）",
                due=due.isoformat(),
            )
    if step == "lawsuit":
        return _after(c, "demand", DEMAND_DAYS, what)
    return None
