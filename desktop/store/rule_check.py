"""Replaying stored case histories through today's rules (`kcbx check --rules`, the county screen).

Data from older versions of the app or from other laptops may break a rule that the write path
now refuses; this lists each case that does, with the rule and the event, so that the county
office can correct it (an event is corrected or voided, never rewritten).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import rule_replay, rules
from desktop.domain.casefacts import EventView
from desktop.domain.model import EVENT_LABELS
from desktop.domain.states import State
from desktop.store import db
from desktop.store.repo import Store

BATCH = 500


@dataclass(frozen=True)
class Violation:
    """One event of one case that breaks a rule of the table."""

    case_id: str
    case_no: str
    rule: str  # the precondition's name (desktop/domain/rules.py), "roles" or "required"
    message: str  # the Chinese reason
    event_id: str
    kind: str
    occurred_on: str

    @property
    def kind_label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)

    def line(self) -> str:
        return (
            f"{self.case_no}  {self.occurred_on}  {self.kind_label}（{self.event_id[:8]}）"
            f"  [{self.rule}] {self.message}"
        )


def _accounts(conn: sqlite3.Connection) -> dict[str, rules.Account]:
    try:
        rows = conn.execute("SELECT username, display_name, role, active FROM users").fetchall()
    except sqlite3.OperationalError:  # no accounts table
        return {}
    return {r[0]: rules.Account(r[0], r[1], r[2], bool(r[3])) for r in rows}


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Batch:
    """Cases as stored, read together: each case's header row and all its events."""

    # (id, case_no, initial_state, found_on, causes, birth_date, has_plan, plan made_on),
    # in the order the cases were asked for
    heads: list[Any]
    events: dict[str, list[EventView]]

    def histories(self) -> Iterator[rule_replay.CaseHistory]:
        for h in self.heads:
            yield rule_replay.CaseHistory(
                case_id=h[0],
                case_no=h[1],
                initial_state=State(h[2]),
                opened_on=_date(h[3]),
                causes=tuple(db.loads(h[4]) or ()) if h[4] else (),
                birth_date=_date(h[5]),
                plan_made_on=_date(h[7]),
                has_plan=bool(h[6]),
                events=tuple(self.events[h[0]]),
            )

    def derived_heads(self) -> list[tuple[str, str, str | None, bool]]:
        """(id, initial state, opened on, has plan): what cases.write_derived needs with the
        events, so that a merge's case states and rule review read each case once."""
        return [(h[0], h[2], h[3], bool(h[6])) for h in self.heads]


def batches(store: Store, case_ids: Sequence[str] | None = None) -> Iterator[Batch]:
    """Every (or the given) case with its header facts and events, BATCH cases at a time."""
    conn = store.conn
    if case_ids is None:
        ids = [
            r[0] for r in conn.execute("SELECT id FROM cases WHERE deleted = 0 ORDER BY case_no")
        ]
    else:
        ids = list(case_ids)
    loads = db.loads
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ",".join("?" * len(chunk))
        heads = conn.execute(
            "SELECT c.id, c.case_no, c.initial_state, c.found_on, c.causes, ch.birth_date,"
            " p.id IS NOT NULL AS has_plan, p.made_on FROM cases c"
            " LEFT JOIN children ch ON ch.id = c.child_id"
            " LEFT JOIN plans p ON p.case_id = c.id AND p.deleted = 0"
            f" WHERE c.id IN ({marks})",
            chunk,
        ).fetchall()
        events: dict[str, list[EventView]] = {cid: [] for cid in chunk}
        for r in conn.execute(
            "SELECT case_id, id, kind, occurred_on, payload, hlc, supersedes FROM events"
            f" WHERE case_id IN ({marks})",
            chunk,
        ):
            events[r[0]].append(EventView(r[1], r[2], r[3], loads(r[4]), r[5], r[6]))
        order = {cid: n for n, cid in enumerate(chunk)}
        yield Batch(sorted(heads, key=lambda h: order[h[0]]), events)


def histories(
    store: Store, case_ids: Sequence[str] | None = None
) -> Iterator[rule_replay.CaseHistory]:
    """Every (or the given) case with its header facts and events, in batches."""
    for batch in batches(store, case_ids):
        yield from batch.histories()


Check = Callable[[rule_replay.CaseHistory], list[Violation]]


def checker(store: Store, *, today: dt.date | None = None) -> Check:
    """A function that replays one case history through today's rules: its violations."""
    today = today or dt.date.today()
    accounts = _accounts(store.conn)
    settings = {
        "visit_cadence_days": int(store.setting("visit.cadence_days")),
        "suspected_days": int(store.setting("visit.suspected_days")),
        "followup_cadence_days": int(store.setting("followup.cadence_days")),
        "monitoring_days": int(store.setting("monitoring.days")),
    }

    def check(h: rule_replay.CaseHistory) -> list[Violation]:
        return [
            Violation(h.case_id, h.case_no, r.rule, r.message, r.event_id, r.kind, r.occurred_on)
            for r in rule_replay.replay(h, today=today, account=accounts.get, settings=settings)
        ]

    return check


def violations(
    store: Store, *, today: dt.date | None = None, case_ids: Sequence[str] | None = None
) -> list[Violation]:
    """Each event of each case that breaks a rule of today's table, in case-number order.

    The county screen shows this list; `kcbx check --rules` prints it."""
    check = checker(store, today=today)
    return [v for h in histories(store, case_ids) for v in check(h)]
