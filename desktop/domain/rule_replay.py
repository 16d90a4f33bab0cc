"""A stored case history replayed through the rule table (desktop/domain/rules.py): each live
event checked against the case as it was before it (`kcbx check --rules`, the rule review of a
merge, desktop/store/rule_check.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from desktop.domain.casefacts import EventView, RunningSummary, live_events
from desktop.domain.ids import AgeRule
from desktop.domain.rule_context import (
    Account,
    CaseBefore,
    Ctx,
    Proposed,
    Refusal,
    _d,
    _no_account,
)
from desktop.domain.rules import refusals
from desktop.domain.states import Action, State
from desktop.domain.text import N_

_AGE_RULE = AgeRule()  # the default rule, made once (a Ctx would make one per event)


@dataclass(frozen=True)
class CaseHistory:
    """A stored case, for replay: its header facts and every event."""

    case_id: str
    case_no: str
    initial_state: State
    opened_on: dt.date | None
    causes: tuple[str, ...]
    birth_date: dt.date | None
    plan_made_on: dt.date | None  # None with has_plan: the plan's date is not known
    has_plan: bool
    events: tuple[EventView, ...]


def befores(
    history: CaseHistory, *, settings: Mapping[str, int] | None = None
) -> Iterator[tuple[EventView, dt.date | None, CaseBefore | None]]:
    """Each live event of a stored case in order (occurred_on, then HLC), its date (None if it
    cannot be read), and the case as it was before it: case_before(the events before it), in
    one pass — the summary of the events before is carried forward (casefacts.RunningSummary).
    No case for an event whose date cannot be read."""
    evs = sorted(live_events(history.events), key=lambda e: (e.occurred_on, e.hlc))
    running = RunningSummary(
        initial_state=history.initial_state,
        opened_on=history.opened_on.isoformat() if history.opened_on else None,
        **(settings or {}),
    )
    causes = tuple(history.causes)
    added = 0
    for n, ev in enumerate(evs):
        day = _d(ev.occurred_on)
        if day is None:
            yield ev, None, None
            continue
        has_plan = history.has_plan and (
            history.plan_made_on is None or history.plan_made_on <= day
        )
        for prior in evs[added:n]:
            running.add(prior)
        added = n
        s = running.summary(has_plan=has_plan)
        yield (
            ev,
            day,
            CaseBefore(
                state=s.fold.state,
                facts=s.facts,
                events=tuple(evs[:n]),
                opened_on=history.opened_on,
                causes=causes,
                birth_date=history.birth_date,
                next_contact_on=s.next_contact_on,
            ),
        )


def replay(
    history: CaseHistory,
    *,
    today: dt.date,
    account: Callable[[str], Account | None] = _no_account,
    settings: Mapping[str, int] | None = None,
) -> list[Refusal]:
    """Check each live event of a stored case against the case as it was before it."""
    found: list[Refusal] = []
    for ev, day, before in befores(history, settings=settings):
        if day is None or before is None:
            found.append(
                Refusal("not_after_today", N_("日期无法识别"), ev.id, ev.kind, ev.occurred_on)
            )
            continue
        action = None
        if ev.kind == "transition":
            try:
                action = Action(ev.payload.get("action", ""))
            except ValueError:
                found.append(
                    Refusal(
                        "transition_allowed", N_("未知的办理事项"), ev.id, ev.kind, ev.occurred_on
                    )
                )
                continue
        ctx = Ctx(
            case=before,
            event=Proposed(ev.kind, ev.payload, day, action, ev.id),
            today=today,
            account=account,
            replay=True,
            age_rule=_AGE_RULE,
        )
        found.extend(refusals(ctx))
    return found


__all__ = ["CaseHistory", "befores", "replay"]
