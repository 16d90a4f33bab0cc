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


# the kinds of event summarize looks at (any other changes nothing in a summary)
_SUMMARISED = frozenset(
    {"transition", "contact", "return", "follow_up", "legal_step", "assessment", "notice"}
)


class RunningSummary:
    """`summarize` of a growing list of events, one event at a time: the rule review checks each
    event of a case against the case as it was before it, and summarising every prefix anew was
    O(events²) per case.

    Add the events in the order summarize sorts them (occurred_on, then HLC), each a live event
    (the output of live_events: live_events of a part of it is that part, in order). Then
    `summary()` is `summarize(the events added so far, …)` with the same arguments. The
    transitions are folded by `fold` itself, so in its own order (occurred_on[:10], then HLC)
    whatever order they were added in; only adding a transition folds again (a case has few).
    """

    def __init__(
        self,
        *,
        initial_state: State,
        opened_on: str | None = None,
        visit_cadence_days: int = 14,
        suspected_days: int = 7,
        followup_cadence_days: int = 30,
        monitoring_days: int = 180,
    ) -> None:
        self._initial = initial_state
        self._opened_on = opened_on
        self._visit, self._suspected = visit_cadence_days, suspected_days
        self._followup, self._monitoring = followup_cadence_days, monitoring_days
        self._transitions: list[EventView] = []  # in the order added
        self._records: list[TransitionRecord] = []
        self._folded = fold((), initial=initial_state)
        self._last_relapse = ""  # occurred_on of the last relapse the fold applied
        self._deferral: EventView | None = None  # the last applied transition with an `until`
        self._last_return: EventView | None = None
        self._last_contact: EventView | None = None
        self._last_follow_up: EventView | None = None  # a follow-up or a return
        self._home_visits = 0
        self._joint_days: set[str] = set()
        self._judgment = self._assessment = self._notice_sent = self._receipt = False
        self._deadlines = 0
        self._deadline: Any = None
        self._made: CaseSummary | None = None  # the last summary, while no event changed it

    def add(self, e: EventView) -> None:
        """The next event (in summarize's order)."""
        kind, p = e.kind, e.payload
        if kind not in _SUMMARISED:
            return  # the summary does not change: the last one made still holds
        self._made = None
        if kind == "transition":
            record = TransitionRecord(
                action=Action(p["action"]),
                from_state=State(p["from_state"]),
                order_key=f"{e.occurred_on[:10]}|{e.hlc}",
                event_id=e.id,
            )
            self._records.append(record)
            self._transitions.append(e)
            self._folded = fold(self._records, initial=self._initial)
            # which transitions applied may have changed: the last relapse and deferral again
            invalid = self._folded.invalid
            self._last_relapse, self._deferral = "", None
            for t in self._transitions:
                if t.id in invalid:
                    continue
                if t.payload.get("action") == Action.RELAPSE:
                    self._last_relapse = t.occurred_on
                if t.payload.get("until"):
                    self._deferral = t
        elif kind == "contact":
            self._last_contact = e
            visit_kind = p.get("kind", "home_visit")
            if visit_kind == "home_visit":
                self._home_visits += 1
            elif visit_kind == "joint":
                self._joint_days.add(e.occurred_on[:10])
        elif kind == "return":
            self._last_return = self._last_follow_up = e
        elif kind == "follow_up":
            self._last_follow_up = e
        elif kind == "legal_step":
            if p.get("step") == "judgment":
                self._judgment = True
            if p.get("deadline"):
                deadline = p["deadline"]
                if not self._deadlines or deadline > self._deadline:  # as max() compares
                    self._deadline = deadline
                self._deadlines += 1
        elif kind == "assessment":
            self._assessment = True
        elif kind == "notice" and p.get("kind", "cross_province") == "cross_province":
            direction = p.get("direction")
            self._notice_sent = self._notice_sent or direction == "sent"
            self._receipt = self._receipt or direction == "receipt"

    def summary(self, *, has_plan: bool) -> CaseSummary:
        """summarize() of the events added so far."""
        made = self._made
        if made is not None and made.facts.has_plan == has_plan:
            return made
        self._made = made = self._summary(has_plan)
        return made

    def _summary(self, has_plan: bool) -> CaseSummary:
        folded = self._folded
        # the returns since the last relapse: the events come by occurred_on, so the last
        # return is the latest, and there is one since the relapse iff it is
        back_event = self._last_return
        if back_event is not None and back_event.occurred_on < self._last_relapse:
            back_event = None
        monitoring_until = None
        if back_event is not None:
            back = dt.date.fromisoformat(
                str(back_event.payload.get("return_date") or back_event.occurred_on)[:10]
            )
            monitoring_until = back + dt.timedelta(days=self._monitoring)
        deferral = self._deferral
        deferral_until = deferral.payload["until"] if deferral is not None else None
        deferral_on_refusal = deferral is not None and deferral.payload.get("ground") == "refusal"
        joint = len(self._joint_days)
        facts = CaseFacts(
            has_plan=has_plan,
            persuasion_count=self._home_visits + joint,
            joint_persuasion_count=joint,
            has_judgment=self._judgment,
            has_return_record=back_event is not None,
            has_assessment=self._assessment,
            has_transfer_notice=self._notice_sent,
            has_transfer_receipt=self._receipt,
            refusal_exception=folded.refusal_exception
            or (folded.state is State.DEFERRED and deferral_on_refusal),
            monitoring_until=monitoring_until,
            deferral_until=dt.date.fromisoformat(deferral_until) if deferral_until else None,
            outcome=folded.outcome,
        )
        contact = self._last_contact
        return CaseSummary(
            facts=facts,
            fold=folded,
            last_contact_on=contact.occurred_on[:10] if contact is not None else None,
            next_contact_on=self._next_contact(folded.state, facts.refusal_exception),
            legal_deadline=self._deadline if self._deadlines else None,
        )

    def _next_contact(self, state: State, refusal_exception: bool) -> str | None:
        """As _next_contact, from the last contact and the last follow-up or return."""
        if state is State.SUSPECTED:
            days: int | None = self._suspected
        elif state in (State.DROPOUT, State.PERSUADING):
            days = self._visit
        elif state in (State.RETURNED, State.MONITORING):
            days = self._followup
        elif state is State.DEFERRED and refusal_exception:
            days = self._visit
        else:
            days = None
        if days is None:
            return None
        if state in (State.RETURNED, State.MONITORING):
            if self._last_follow_up is None:
                return None
            start = self._last_follow_up.occurred_on[:10]
        else:
            contact = self._last_contact
            if contact is not None and contact.payload.get("next_date"):
                return str(contact.payload["next_date"])[:10]
            since = contact.occurred_on[:10] if contact is not None else self._opened_on
            if not since:
                return None
            start = since
        return (dt.date.fromisoformat(start[:10]) + dt.timedelta(days=days)).isoformat()
