"""From a case's events to its facts, state and dates (domain/casefacts.summarize): what the
ledgers show (next visit, visits counted, deadlines) comes from here."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from desktop.domain.casefacts import EventView, summarize
from desktop.domain.states import Action, State

_hlc = itertools.count(1)


def ev(event_kind: str, on: str, supersedes: str | None = None, /, **payload: Any) -> EventView:
    n = next(_hlc)
    return EventView(f"e{n}", event_kind, on, payload, f"{n:016x}", supersedes)


def visit(on: str, supersedes: str | None = None, /, **payload: Any) -> EventView:
    payload.setdefault("kind", "home_visit")
    return ev("contact", on, supersedes, **payload)


def move(action: Action, came_from: State, on: str, **payload: Any) -> EventView:
    return ev("transition", on, action=action.value, from_state=came_from.value, **payload)


def persuading(*more: EventView, **kw: Any) -> Any:
    events = [
        move(Action.CONFIRM_DROPOUT, State.SUSPECTED, "2026-03-01"),
        move(Action.START_PERSUASION, State.DROPOUT, "2026-03-02"),
        *more,
    ]
    return summarize(events, has_plan=True, initial_state=State.SUSPECTED, **kw)


def test_home_visits_and_joint_persuasions_by_day_are_counted():
    s = persuading(
        visit("2026-03-05"),
        visit("2026-03-06", kind="phone"),  # a phone call is no 上门劝返
        visit("2026-03-10T09:00", kind="joint"),
        visit("2026-03-10T09:00:10", kind="joint"),  # the same afternoon: one
        visit("2026-03-12", kind="joint"),
    )
    assert s.fold.state is State.PERSUADING
    assert s.facts.persuasion_count == 3  # one home visit + two days of joint persuasion
    assert s.facts.joint_persuasion_count == 2
    assert s.last_contact_on == "2026-03-12"


def test_the_next_visit_is_the_date_set_at_the_last_one_else_the_cadence():
    assert persuading(visit("2026-03-05")).next_contact_on == "2026-03-19"  # 14 days
    assert persuading(visit("2026-03-05"), visit_cadence_days=7).next_contact_on == "2026-03-12"
    planned = persuading(visit("2026-03-05", next_date="2026-03-08"))
    assert planned.next_contact_on == "2026-03-08"
    # no visit yet: counted from the case's opening
    assert persuading(opened_on="2026-03-01").next_contact_on == "2026-03-15"
    assert persuading().next_contact_on is None


def test_a_corrected_or_voided_visit_does_not_count():
    first = visit("2026-03-05")
    fixed = visit("2026-03-07", first.id)
    voided = visit("2026-03-09")
    s = persuading(first, fixed, voided, ev("void", "2026-03-09", voided.id))
    assert s.facts.persuasion_count == 1 and s.last_contact_on == "2026-03-07"


def test_a_return_starts_the_follow_up_and_monitoring():
    back = move(Action.REGISTER_RETURN, State.PERSUADING, "2026-04-01")
    ret = ev("return", "2026-04-01", return_date="2026-03-30")
    s = persuading(back, ret, monitoring_days=180, followup_cadence_days=30)
    assert s.fold.state is State.RETURNED
    assert s.facts.has_return_record
    assert s.facts.monitoring_until == dt.date(2026, 3, 30) + dt.timedelta(days=180)
    assert s.next_contact_on == "2026-05-01"  # 30 days after the return
    followed = persuading(back, ret, ev("follow_up", "2026-04-20"), followup_cadence_days=30)
    assert followed.next_contact_on == "2026-05-20"


def test_a_deferral_on_refusal_keeps_the_visits_going():
    plain = move(Action.APPROVE_DEFERRAL, State.PERSUADING, "2026-04-01", until="2027-03-01")
    s = persuading(visit("2026-03-20"), plain)
    assert s.fold.state is State.DEFERRED
    assert s.facts.deferral_until == dt.date(2027, 3, 1)
    assert s.next_contact_on is None and not s.facts.refusal_exception
    on_refusal = move(
        Action.APPROVE_DEFERRAL,
        State.PERSUADING,
        "2026-04-01",
        until="2027-03-01",
        ground="refusal",
    )
    s = persuading(visit("2026-03-20"), on_refusal)
    assert s.facts.refusal_exception
    assert s.next_contact_on == "2026-04-03"  # persuasion continues at the visit cadence


def test_a_transition_from_a_state_the_case_was_not_in_goes_to_review():
    wrong = move(Action.REGISTER_RETURN, State.DROPOUT, "2026-04-01")  # it was persuading
    s = persuading(wrong)
    assert s.fold.state is State.PERSUADING and s.fold.invalid == (wrong.id,)


def test_legal_deadline_judgment_notices_and_assessment():
    s = persuading(
        ev("legal_step", "2026-03-10", step="school_notice", deadline="2026-03-20"),
        ev("legal_step", "2026-03-25", step="order_notice", deadline="2026-04-10"),
        ev("legal_step", "2026-05-01", step="judgment"),
        ev("assessment", "2026-05-02"),
        ev("notice", "2026-05-03", direction="sent"),
        ev("notice", "2026-05-04", direction="receipt", kind="cross_province"),
        ev("notice", "2026-05-05", direction="receipt", kind="other"),
    )
    assert s.legal_deadline == "2026-04-10"
    assert s.facts.has_judgment and s.facts.has_assessment
    assert s.facts.has_transfer_notice and s.facts.has_transfer_receipt
    none = persuading()
    assert none.legal_deadline is None
    assert not (none.facts.has_judgment or none.facts.has_assessment)
    assert not (none.facts.has_transfer_notice or none.facts.has_transfer_receipt)
