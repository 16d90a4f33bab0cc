"""The county plan's rows (table county_plan, store/schema_county.py) and the case facts the
oversight report (督导) counts. The core (desktop/core/county.py) checks the role and validates
before anything here writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.domain.county_plan import Target
from desktop.domain.scope import Scope
from desktop.domain.text import N_
from desktop.store.repo import Store


def load(store: Store, school_year: int) -> list[Target]:
    """The plan of a school year, by township code."""
    rows = store.conn.execute(
        "SELECT school_year, township_code, target_rate, target_returns, responsible, deadline,"
        " phone, note FROM county_plan WHERE school_year = ? ORDER BY township_code",
        (school_year,),
    ).fetchall()
    return [
        Target(
            int(r[0]),
            r[1],
            None if r[2] is None else float(r[2]),
            None if r[3] is None else int(r[3]),
            r[4],
            dt.date.fromisoformat(r[5]),
            r[6],
            r[7],
        )
        for r in rows
    ]


def years(store: Store) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT school_year FROM county_plan ORDER BY school_year"
        )
    ]


def replace(store: Store, school_year: int, targets: Sequence[Target]) -> None:
    """The year's plan becomes exactly `targets` (one transaction; townships left out are
    removed), and the change is in the audit trail."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    with store.transaction():
        store.conn.execute("DELETE FROM county_plan WHERE school_year = ?", (school_year,))
        store.conn.executemany(
            "INSERT INTO county_plan(school_year, township_code, target_rate, target_returns,"
            " responsible, phone, deadline, note, updated_at, updated_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    school_year,
                    t.township_code,
                    t.target_rate,
                    t.target_returns,
                    t.responsible,
                    t.phone,
                    t.deadline.isoformat(),
                    t.note,
                    now,
                    store.actor,
                )
                for t in targets
            ],
        )
        store.audit(
            "county_plan",
            entity="county_plan",
            row_id=str(school_year),
            detail={
                "school_year": school_year,
                "townships": [t.township_code for t in targets],
            },
        )


@dataclass(frozen=True)
class CaseFact:
    """What the oversight report needs of one case."""

    case_id: str
    case_no: str
    township_code: str
    village_code: str
    state: str
    admin_name: str
    edu_name: str
    next_contact_on: str | None
    has_plan: bool
    plan_deadline: str | None


def case_facts(store: Store, scope: Scope) -> list[CaseFact]:
    """Every case not deleted, in the scope, with its plan's deadline (the latest plan)."""
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    cur = store.conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        "SELECT c.id, c.case_no, coalesce(c.township_code, ''), coalesce(c.village_code, ''),"
        " c.state, c.admin_name, c.edu_name, c.next_contact_on,"
        " (SELECT count(*) FROM plans p WHERE p.case_id = c.id AND p.deleted = 0),"
        " (SELECT max(p.deadline) FROM plans p WHERE p.case_id = c.id AND p.deleted = 0)"
        f" FROM cases c WHERE c.deleted = 0 AND {where} ORDER BY c.case_no",
        params,
    ).fetchall()
    return [
        CaseFact(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "", r[7], bool(r[8]), r[9])
        for r in rows
    ]


def priority_regions(store: Store) -> list[str]:
    return [str(c) for c in store.setting("priority.regions") or []]


def set_priority_regions(store: Store, codes: Sequence[str]) -> None:
    with store.transaction():
        store.set_setting("priority.regions", sorted(set(codes)))
        store.audit(
            "settings", entity="settings", row_id="priority.regions", detail={"n": len(codes)}
        )


def region_names(store: Store) -> dict[str, tuple[str, str, str | None]]:
    """code -> (name, level, parent) of the county's townships and villages."""
    return {
        r[0]: (r[1], r[2], r[3])
        for r in store.conn.execute(
            "SELECT code, name, level, parent FROM regions WHERE level IN ('township', 'village')"
        )
    }


PRIORITY_MARK = N_("是")
PART_MARK = N_("部分村")


def township_marks(store: Store) -> dict[str, str]:
    """Per township code, how it stands under 挂牌督战: "是" (the township is listed), "部分村"
    (some of its villages are), absent otherwise. For the reports' 挂牌督战 column."""
    listed = set(priority_regions(store))
    if not listed:
        return {}
    out: dict[str, str] = {}
    for code, (_name, level, parent) in region_names(store).items():
        if code not in listed:
            continue
        if level == "township":
            out[code] = PRIORITY_MARK
        elif parent and out.get(parent) != PRIORITY_MARK:
            out[parent] = PART_MARK
    return out


def case_mark(listed: Sequence[str] | set[str], township: str | None, village: str | None) -> str:
    """ "是" for a case in a 挂牌督战 township or village, else ""."""
    return PRIORITY_MARK if (township in listed or village in listed) else ""
