"""Sync never hides a violation: a merged case that breaks a rule goes to the review queue.

Each laptop checks what it writes against the rule table (desktop/domain/rules.py), but a
merge puts together histories no single device saw whole (two laptops each recorded an event
that was fine alone), or brings data from an older version. After every merge the cases it
touched are replayed through today's rules (desktop/store/rule_check.py); each event that
breaks one is kept in `sync_rule_reviews` with the rule's Chinese message, and shown with the
conflicts in the review queue (the sync page's 待审核 tab, `kcbx sync review`). A case is
checked again whenever a merge touches it; the queue lists what still breaks a rule now (an
event corrected or voided since drops out).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.text import Msg
from desktop.store import cases, rule_check
from desktop.store.changelog import now_iso
from desktop.store.repo import Store

CHUNK = 500


@dataclass(frozen=True)
class RuleReview:
    """One event of a merged case that breaks a rule."""

    case_id: str
    case_no: str
    child_name: str
    rule: str
    message: str  # the rule's Chinese reason
    event_id: str
    event: str  # 家访 2026-03-02 (a Msg: the event's kind translated in the English app)
    detected_at: str

    def line(self) -> str:
        who = f"{self.case_no} {self.child_name}".strip()
        return Msg(
            "{who}：{event}（{event_id}）不符合办理规则：{message}",
            who=who,
            event=self.event,
            event_id=self.event_id[:8],
            message=self.message,
        )


def review(
    store: Store,
    case_ids: Iterable[str],
    *,
    today: dt.date | None = None,
    refresh_states: bool = False,
    timings: dict[str, float] | None = None,
) -> list[str]:
    """Check the cases a merge touched (inside its transaction): keep each violation in the
    queue, drop the items of those cases that no longer break a rule. Returns the ids of the
    cases that break one, sorted.

    With `refresh_states`, also recompute the cases' derived columns (cases.write_derived) from
    the same reading of each case. `timings` gets the seconds spent on the case states
    ("case_refresh": reading the cases and writing their states) and on the rules
    ("rule_review")."""
    ids = sorted(set(case_ids))
    if not ids:
        return []
    conn = store.conn
    check = rule_check.checker(store, today=today)
    found: list[rule_check.Violation] = []
    spent = {"case_refresh": 0.0, "rule_review": 0.0}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        spent[name] += now - clock
        clock = now

    lap("rule_review")
    for batch in rule_check.batches(store, ids):
        if refresh_states:
            cases.write_derived(store, batch.derived_heads(), batch.events)
        lap("case_refresh")
        for history in batch.histories():
            found.extend(check(history))
        lap("rule_review")
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        conn.execute(
            f"DELETE FROM sync_rule_reviews WHERE case_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    at = now_iso()
    conn.executemany(
        "INSERT OR IGNORE INTO sync_rule_reviews(case_id, event_id, rule, message, detected_at)"
        " VALUES (?,?,?,?,?)",
        [(v.case_id, v.event_id, v.rule, v.message, at) for v in found],
    )
    lap("rule_review")
    if timings is not None:
        for name, seconds in spent.items():
            timings[name] = timings.get(name, 0.0) + seconds
    return sorted({v.case_id for v in found})


def items(store: Store, *, today: dt.date | None = None) -> list[RuleReview]:
    """The queue: each queued case's events that break a rule now, in case-number order."""
    conn = store.conn
    queued = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT case_id, min(detected_at) FROM sync_rule_reviews GROUP BY case_id"
        )
    }
    if not queued:
        return []
    names = dict(
        conn.execute(
            "SELECT c.id, coalesce(ch.name, '') FROM cases c"
            " LEFT JOIN children ch ON ch.id = c.child_id WHERE c.id IN"
            " (SELECT case_id FROM sync_rule_reviews)"
        ).fetchall()
    )
    return [
        RuleReview(
            v.case_id,
            v.case_no,
            names.get(v.case_id, ""),
            v.rule,
            v.message,
            v.event_id,
            Msg("{kind} {day}", kind=v.kind_label, day=v.occurred_on[:10]),
            queued[v.case_id],
        )
        for v in rule_check.violations(store, today=today, case_ids=sorted(queued))
    ]
