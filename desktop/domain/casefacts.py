"""From a case's events to what the state machine and the ledgers need to know."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.domain.corrections import VOID
from desktop.domain.states import (
    Action,
    CaseFacts,
    Fold,
    State,
    TransitionRecord,
    fold,
)


@dataclass(frozen=True)
class EventView:
    """An event as the fold sees it (payload already decoded)."""

    id: str
    kind: str
    occurred_on: str  # ISO date or datetime
    payload: dict[str, Any]
    hlc: str
    supersedes: str | None = None


@dataclass(frozen=True)
class CaseSummary:
    facts: CaseFacts
    fold: Fold
    last_contact_on: str | None
    next_contact_on: str | None
    legal_deadline: str | None


def live_events(events: Iterable[EventView]) -> list[EventView]:
    """The events that count: not superseded by a correction or a voiding (作废), and not
    voidings themselves. Two corrections of one event made apart on two devices both stand
    until a county user settles it in the review queue; meanwhile only the later one (by HLC)
    counts, the same on every device."""
    events = list(events)
    superseded = {e.supersedes for e in events if e.supersedes}
    latest: dict[str, EventView] = {}
    for e in events:
        if e.supersedes and e.id not in superseded:
            seen = latest.get(e.supersedes)
            if seen is None or (e.hlc, e.id) > (seen.hlc, seen.id):
                latest[e.supersedes] = e
    return [
        e
        for e in events
        if e.id not in superseded
        and e.kind != VOID
        and not (e.supersedes and latest[e.supersedes].id != e.id)
    ]


def summarize(
    events: Iterable[EventView],
    *,
    has_plan: bool,
    initial_state: State,
    opened_on: str | None = None,
    visit_cadence_days: int = 14,
    suspected_days: int = 7,
    followup_cadence_days: int = 30,
    monitoring_days: int = 180,
) -> CaseSummary:
    evs = sorted(live_events(events), key=lambda e: (e.occurred_on, e.hlc))
    transitions = [
        TransitionRecord(
            action=Action(e.payload["action"]),
            from_state=State(e.payload["from_state"]),
            order_key=f"{e.occurred_on[:10]}|{e.hlc}",
            event_id=e.id,
        )
        for e in evs
        if e.kind == "transition"
    ]
    folded = fold(transitions, initial=initial_state)

    last_relapse = ""
    for e in evs:
        if (
            e.kind == "transition"
            and e.payload.get("action") == Action.RELAPSE
            and e.id not in folded.invalid
        ):
            last_relapse = e.occurred_on
    contacts = [e for e in evs if e.kind == "contact"]
    returns = [e for e in evs if e.kind == "return" and e.occurred_on >= last_relapse]
    notices = [
        e
        for e in evs
        if e.kind == "notice" and e.payload.get("kind", "cross_province") == "cross_province"
    ]
    deferral_until = None
    deferral_on_refusal = False
    for e in evs:
        if e.kind == "transition" and e.payload.get("until") and e.id not in folded.invalid:
            deferral_until = e.payload["until"]
            deferral_on_refusal = e.payload.get("ground") == "refusal"
    monitoring_until = None
    if returns:
        back = dt.date.fromisoformat(
            str(returns[-1].payload.get("return_date") or returns[-1].occurred_on)[:10]
        )
        monitoring_until = back + dt.timedelta(days=monitoring_days)
    joint_days = {e.occurred_on[:10] for e in contacts if e.payload.get("kind") == "joint"}
    facts = CaseFacts(
        has_plan=has_plan,
        # 上门劝返: home visits, and joint persuasions once per day (three on one afternoon are one)
        persuasion_count=sum(
            1 for e in contacts if e.payload.get("kind", "home_visit") == "home_visit"
        )
        + len(joint_days),
        joint_persuasion_count=len(joint_days),
        has_judgment=any(
            e.kind == "legal_step" and e.payload.get("step") == "judgment" for e in evs
        ),
        has_return_record=bool(returns),
        has_assessment=any(e.kind == "assessment" for e in evs),
        has_transfer_notice=any(n.payload.get("direction") == "sent" for n in notices),
        has_transfer_receipt=any(n.payload.get("direction") == "receipt" for n in notices),
        # the refusal exception, approved alone or as the ground of a deferral
        refusal_exception=folded.refusal_exception
        or (folded.state is State.DEFERRED and deferral_on_refusal),
        monitoring_until=monitoring_until,
        deferral_until=dt.date.fromisoformat(deferral_until) if deferral_until else None,
        outcome=folded.outcome,
    )

    last_contact = contacts[-1].occurred_on[:10] if contacts else None
    cadence = {
        State.SUSPECTED: suspected_days,
        State.DROPOUT: visit_cadence_days,
        State.PERSUADING: visit_cadence_days,
        State.RETURNED: followup_cadence_days,
        State.MONITORING: followup_cadence_days,
    }
    if facts.refusal_exception:
        # After the refusal exception persuasion continues (seed §二.2): a deferral on that
        # ground keeps the visit cadence and the case stays on the Today list.
        cadence[State.DEFERRED] = visit_cadence_days
    next_contact = _next_contact(folded.state, evs, contacts, opened_on=opened_on, cadence=cadence)
    deadlines = [
        e.payload["deadline"] for e in evs if e.kind == "legal_step" and e.payload.get("deadline")
    ]
    return CaseSummary(
        facts=facts,
        fold=folded,
        last_contact_on=last_contact,
        next_contact_on=next_contact,
        legal_deadline=max(deadlines) if deadlines else None,
    )


def _next_contact(
    state: State,
    evs: list[EventView],
    contacts: list[EventView],
    *,
    opened_on: str | None,
    cadence: dict[State, int],
) -> str | None:
    """When the next visit (or follow-up of a returned student) is due, or None."""
    days = cadence.get(state)
    if days is None:
        return None
    if state in (State.RETURNED, State.MONITORING):
        recent = [e for e in evs if e.kind in ("follow_up", "return")]
        if not recent:
            return None
        start = recent[-1].occurred_on[:10]
    else:
        if contacts and contacts[-1].payload.get("next_date"):
            return str(contacts[-1].payload["next_date"])[:10]
        since = contacts[-1].occurred_on[:10] if contacts else opened_on
        if not since:
            return None
        start = since
    return (dt.date.fromisoformat(start[:10]) + dt.timedelta(days=days)).isoformat()
