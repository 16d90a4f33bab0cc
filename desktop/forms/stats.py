"""Figures for the 月报 / 专项行动统计表: the ledger flow of a period, breakdowns, rates.

The dropout ledger (辍学学生台账) holds the cases in DROPOUT, PERSUADING or
TRANSFERRED_PENDING (a transfer leaves only with its 回执). For a period [start, end]:

    期初 + 新增 − 复学 − 转学核实 − 延缓/休学 − 送教上门 − 超龄/其他 = 期末

期初 counts the cases on the ledger before ``start``; every transition inside the period that
takes a case onto the ledger (opened as a dropout, 确认辍学, 反弹, 延缓期满, 恢复劝返) is 新增,
every one that takes it off is counted in the column of its action. Because each change of
membership is counted exactly once, the identity holds by construction (tests check it).
Transitions the state machine rejected (``fold`` marks them invalid) are ignored, as in the
case's own state.

Another package (desktop/reports) may reuse ``ledger_flow`` for richer statistics.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import codes
from desktop.domain.states import Action, State, TransitionRecord, fold
from desktop.store import db
from desktop.store.repo import Store

ON_LEDGER = frozenset({State.DROPOUT, State.PERSUADING, State.TRANSFERRED_PENDING})
COLUMNS = (
    "opening",
    "added",
    "returned",
    "transferred",
    "deferred",
    "home_teaching",
    "other",
    "closing",
)
COLUMN_LABELS = {
    "opening": "期初",
    "added": "新增",
    "returned": "复学",
    "transferred": "转学核实",
    "deferred": "延缓/休学",
    "home_teaching": "送教上门",
    "other": "超龄/其他",
    "closing": "期末",
}
EXIT_COLUMN = {
    Action.REGISTER_RETURN: "returned",
    Action.CLOSE_TRANSFERRED: "transferred",
    Action.APPROVE_DEFERRAL: "deferred",
    Action.START_HOME_TEACHING: "home_teaching",
    Action.CLOSE_OTHER: "other",
}


@dataclass
class CaseLine:
    """One case's membership of the ledger over time."""

    case_id: str
    group: str  # township or village code the row is counted under
    changes: list[tuple[str, bool, str]]  # (date, on ledger after, action or 'open')


@dataclass
class FlowTable:
    start: dt.date
    end: dt.date
    rows: dict[str, Counter[str]] = field(default_factory=dict)  # group code -> column -> n
    closing_cases: list[str] = field(default_factory=list)
    added_cases: set[str] = field(default_factory=set)
    returned_cases: set[str] = field(default_factory=set)

    @property
    def total(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for row in self.rows.values():
            out.update(row)
        return out

    @staticmethod
    def balanced(row: Counter[str]) -> bool:
        exits = sum(
            row[c] for c in ("returned", "transferred", "deferred", "home_teaching", "other")
        )
        return row["opening"] + row["added"] - exits == row["closing"]


def _lines(store: Store, *, township: str, village: str, group_by: str) -> list[CaseLine]:
    where, params = ["c.deleted = 0"], []
    if township:
        where.append("c.township_code = ?")
        params.append(township)
    if village:
        where.append("c.village_code = ?")
        params.append(village)
    scope_sql, scope_params = store.scope.sql(
        township_col="c.township_code", school_col="c.school_id"
    )
    where.append(scope_sql)
    params += scope_params
    heads = {
        r["id"]: r
        for r in store.conn.execute(
            f"SELECT c.id, c.initial_state, c.found_on, c.township_code, c.village_code"
            f" FROM cases c WHERE {' AND '.join(where)}",
            params,
        )
    }
    transitions: dict[str, list[Any]] = defaultdict(list)
    for r in store.conn.execute(
        "SELECT e.case_id, e.id, e.occurred_on, e.payload, e.hlc FROM events e"
        " WHERE e.kind = 'transition' AND e.id NOT IN (SELECT supersedes FROM events"
        " WHERE supersedes IS NOT NULL)"
    ):
        if r[0] in heads:
            transitions[r[0]].append((r[2], r[4], r[1], db.loads(r[3])))
    out = []
    for case_id, head in heads.items():
        evs = sorted(transitions[case_id])
        initial = State(head["initial_state"])
        records = [
            TransitionRecord(Action(p["action"]), State(p["from_state"]), f"{on[:10]}|{hlc}", eid)
            for on, hlc, eid, p in evs
        ]
        invalid = set(fold(records, initial=initial).invalid)
        opened = (head["found_on"] or (evs[0][0] if evs else "0000-00-00"))[:10]
        changes = [(opened, initial in ON_LEDGER, "open")]
        for on, _, eid, p in evs:
            if eid in invalid:
                continue
            changes.append((on[:10], State(p["to_state"]) in ON_LEDGER, p["action"]))
        group = head["village_code"] if group_by == "village" else head["township_code"]
        out.append(CaseLine(case_id, group, changes))
    return out


def ledger_flow(
    store: Store,
    *,
    start: dt.date,
    end: dt.date,
    township: str = "",
    village: str = "",
    group_by: str = "township",
) -> FlowTable:
    """The flow of the dropout ledger over [start, end] per township (or village)."""
    table = FlowTable(start, end)
    s, e = start.isoformat(), end.isoformat()
    for line in _lines(store, township=township, village=village, group_by=group_by):
        row = table.rows.setdefault(line.group, Counter())
        member = False
        for on, after, _ in line.changes:
            if on >= s:
                break
            member = after
        row["opening"] += member
        for on, after, action in line.changes:
            if not (s <= on <= e) or after == member:
                continue
            if after:
                row["added"] += 1
                table.added_cases.add(line.case_id)
            else:
                column = EXIT_COLUMN.get(Action(action), "other") if action != "open" else "other"
                row[column] += 1
                if column == "returned":
                    table.returned_cases.add(line.case_id)
            member = after
        row["closing"] += member
        if member:
            table.closing_cases.append(line.case_id)
    for row in table.rows.values():
        for column in COLUMNS:
            row.setdefault(column, 0)
    return table


def breakdowns(store: Store, case_ids: list[str]) -> dict[str, Counter[str]]:
    """How the given cases divide by sex, stage, cause, flags and whereabouts."""
    out: dict[str, Counter[str]] = {
        k: Counter() for k in ("性别", "学段", "辍学原因", "特殊群体", "去向")
    }
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        for r in store.conn.execute(
            "SELECT ch.sex, c.grade, c.causes, ch.flags, c.whereabouts FROM cases c"
            f" JOIN children ch ON ch.id = c.child_id WHERE c.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out["性别"][r[0] or "未填"] += 1
            grade = int(r[1]) if r[1] else 0
            out["学段"]["小学" if 1 <= grade <= 6 else "初中" if grade >= 7 else "未填"] += 1
            for group in dict.fromkeys(codes.cause_group(c) for c in db.loads(r[2]) or []):
                out["辍学原因"][codes.CAUSES.label(group)] += 1
            for flag in db.loads(r[3]) or []:
                if flag in ("poverty_registered", "dibao", "disabled", "left_behind", "migrant"):
                    out["特殊群体"][codes.FLAGS.label(flag)] += 1
            out["去向"][codes.WHEREABOUTS.label(r[4]) if r[4] else "未填"] += 1
    return out


def school_year_start(day: dt.date) -> dt.date:
    return dt.date(day.year if day.month >= 9 else day.year - 1, 9, 1)


def enrolment(store: Store, *, year: int, township: str = "", village: str = "") -> int:
    """Students enrolled in the autumn term of a school year (学年初在校生数) in the area."""
    term = f"{year}-{year + 1}-1"
    sql = (
        "SELECT count(*) FROM enrolments e JOIN children ch ON ch.id = e.child_id"
        " WHERE e.deleted = 0 AND e.term = ? AND e.status != 'transferred_out'"
    )
    params: list[Any] = [term]
    if township:
        sql += " AND ch.township_code = ?"
        params.append(township)
    if village:
        sql += " AND ch.village_code = ?"
        params.append(village)
    return int(store.conn.execute(sql, params).fetchone()[0])


def rates(store: Store, *, end: dt.date, township: str = "", village: str = "") -> dict[str, Any]:
    """辍学率 and 劝返率 of the school year up to ``end``."""
    start = school_year_start(end)
    year_flow = ledger_flow(store, start=start, end=end, township=township, village=village)
    dropouts = len(year_flow.added_cases)
    returned = len(year_flow.returned_cases & year_flow.added_cases)
    enrolled = enrolment(store, year=start.year, township=township, village=village)
    return {
        "school_year": f"{start.year}—{start.year + 1}学年",
        "dropouts": dropouts,
        "returned": returned,
        "enrolled": enrolled,
        "dropout_rate": _pct(dropouts, enrolled),
        "return_rate": _pct(returned, dropouts),
    }


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "—"
