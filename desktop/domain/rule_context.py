"""What a rule of desktop/domain/rules.py sees: the case before the event, the event, who and
when; and what a refusal says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.casefacts import EventView
from desktop.domain.errors import TransitionRefused
from desktop.domain.ids import AgeRule
from desktop.domain.states import Action, CaseFacts, State
from desktop.domain.text import Joined

# --- what a rule sees ----------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    """A user account, as the users table holds it."""

    username: str
    display_name: str
    role: str
    active: bool = True


@dataclass(frozen=True)
class CaseBefore:
    """The case as it was before the event being checked."""

    state: State
    facts: CaseFacts
    events: tuple[EventView, ...]  # live events, in order
    opened_on: dt.date | None = None
    causes: tuple[str, ...] = ()
    birth_date: dt.date | None = None
    next_contact_on: str | None = None


@dataclass(frozen=True)
class Proposed:
    """The event to check: its kind, payload and date (a transition names its action)."""

    kind: str
    payload: Mapping[str, Any]
    occurred_on: dt.date
    action: Action | None = None
    event_id: str = ""


def _no_account(_username: str) -> Account | None:
    return None


@dataclass(frozen=True)
class Ctx:
    case: CaseBefore
    event: Proposed
    today: dt.date
    role: str | None = None  # the actor's role; None = not known (no session, a replay)
    account: Callable[[str], Account | None] = _no_account
    replay: bool = False  # checking a stored history: accounts of other devices may be unknown
    age_rule: AgeRule = field(default_factory=AgeRule)

    @property
    def p(self) -> Mapping[str, Any]:
        return self.event.payload

    def ids_of(self, *kinds: str) -> dict[str, EventView]:
        return {e.id: e for e in self.case.events if not kinds or e.kind in kinds}


Precondition = Callable[[Ctx], str | None]


@dataclass(frozen=True)
class Refusal:
    rule: str  # the precondition's name, "roles" or "required"
    message: str
    event_id: str = ""
    kind: str = ""
    occurred_on: str = ""


class RuleRefused(TransitionRefused):
    """A write that breaks a rule of the table; `refusals` says which."""

    def __init__(self, refusals: Sequence[Refusal]) -> None:
        super().__init__(Joined("；", [r.message for r in refusals]))
        self.refusals = tuple(refusals)


def _d(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
