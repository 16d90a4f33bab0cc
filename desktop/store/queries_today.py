"""What the Today page needs besides the items themselves: where each case is (township,
village), whether it is the signed-in user's, and the 一人一案 plans whose deadline has passed.

    facets = case_facets(conn, case_ids, actor="龙干部")
    late = plan_overdue(conn, today=today, scope=scope)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.scope import Scope
from desktop.domain.text import Msg
from desktop.store.queries import TodayItem

# The states in which the 一人一案 plan's 劝返时限 is still running (before the child is back).
PLAN_STATES = ("dropout", "persuading")


@dataclass(frozen=True)
class CaseFacet:
    township_code: str
    township: str
    village_code: str
    village: str
    state: str
    found_on: str
    mine: bool  # opened or worked on (an event recorded) by the signed-in user


def case_facets(
    conn: sqlite3.Connection, case_ids: Iterable[str], *, actor: str
) -> dict[str, CaseFacet]:
    ids = sorted({c for c in case_ids if c})
    out: dict[str, CaseFacet] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT c.id, c.township_code, t.name AS township, c.village_code, v.name AS village,"
            " c.state, c.found_on, (c.created_by = ? OR EXISTS (SELECT 1 FROM events e"
            "   WHERE e.case_id = c.id AND e.created_by = ?)) AS mine"
            " FROM cases c LEFT JOIN regions t ON t.code = c.township_code"
            " LEFT JOIN regions v ON v.code = c.village_code"
            f" WHERE c.id IN ({marks})",
            [actor, actor, *chunk],
        ):
            out[r["id"]] = CaseFacet(
                r["township_code"] or "",
                r["township"] or "",
                r["village_code"] or "",
                r["village"] or "",
                r["state"],
                r["found_on"] or "",
                bool(r["mine"]),
            )
    return out


def child_facets(conn: sqlite3.Connection, child_ids: Iterable[str]) -> dict[str, CaseFacet]:
    """Where children without a case (the term-start checklist) live."""
    ids = sorted({c for c in child_ids if c})
    out: dict[str, CaseFacet] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for r in conn.execute(
            "SELECT ch.id, ch.township_code, t.name AS township, ch.village_code,"
            " v.name AS village FROM children ch"
            " LEFT JOIN regions t ON t.code = ch.township_code"
            " LEFT JOIN regions v ON v.code = ch.village_code"
            f" WHERE ch.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[r["id"]] = CaseFacet(
                r["township_code"] or "",
                r["township"] or "",
                r["village_code"] or "",
                r["village"] or "",
                "",
                "",
                False,
            )
    return out


def plan_overdue(
    conn: sqlite3.Connection, *, today: dt.date, scope: Scope | None = None, limit: int = 300
) -> list[TodayItem]:
    """Cases still being persuaded whose 一人一案 劝返时限 has passed (section "plan")."""
    scope = scope or Scope.everything()
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    items = []
    for r in conn.execute(
        "SELECT c.id, c.case_no, c.child_id, ch.name, p.deadline FROM plans p"
        " JOIN cases c ON c.id = p.case_id JOIN children ch ON ch.id = c.child_id"
        f" WHERE p.deleted = 0 AND c.deleted = 0 AND c.state IN ({','.join('?' * len(PLAN_STATES))})"
        f" AND p.deadline != '' AND p.deadline < ? AND {where}"
        " ORDER BY p.deadline LIMIT ?",
        [*PLAN_STATES, today.isoformat(), *params, limit],
    ):
        days = (today - dt.date.fromisoformat(r["deadline"][:10])).days
        items.append(
            TodayItem(
                "plan",
                Msg("{name}（{case_no}）", name=r["name"], case_no=r["case_no"]),
                Msg(
                    "一人一案劝返时限 {day} 已过 {days} 天，学生仍未复学：调整方案或采取下一步措施",
                    day=r["deadline"][:10],
                    days=days,
                ),
                r["deadline"][:10],
                r["id"],
                r["child_id"],
                True,
            )
        )
    return items


def plan_deadline_passed(
    conn: sqlite3.Connection, case_id: str, *, today: dt.date
) -> tuple[str, int] | None:
    """(deadline, days past) if this case's plan deadline has passed while it is still open."""
    r = conn.execute(
        "SELECT p.deadline FROM plans p JOIN cases c ON c.id = p.case_id"
        f" WHERE p.case_id = ? AND p.deleted = 0 AND c.state IN ({','.join('?' * len(PLAN_STATES))})",
        [case_id, *PLAN_STATES],
    ).fetchone()
    if r is None or not r["deadline"] or r["deadline"][:10] >= today.isoformat():
        return None
    return r["deadline"][:10], (today - dt.date.fromisoformat(r["deadline"][:10])).days
