"""Prevention figures of a period, per school (the monthly report's 防辍学 sheet): registers
taken, absences (unexplained apart), children at risk at the period's end and how many have a
帮扶 plan, and suspected cases that came from the register."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from desktop.domain.prevention import Rules
from desktop.domain.scope import Scope
from desktop.prevention.risk import at_risk_list


@dataclass
class SchoolFigures:
    school_id: str
    name: str
    pupils: int = 0
    registers: int = 0  # class registers taken (class × day)
    absences: int = 0  # pupil-days absent
    unexplained: int = 0  # of which 无故 or 不明
    at_risk: int = 0
    with_plan: int = 0
    proposed: int = 0  # 疑似辍学 cases opened from the register

    def row(self) -> list[object]:
        return [
            self.pupils,
            self.registers,
            self.absences,
            self.unexplained,
            self.at_risk,
            self.with_plan,
            share(self.with_plan, self.at_risk),
            self.proposed,
        ]

    def add(self, other: SchoolFigures) -> None:
        for name in (
            "pupils",
            "registers",
            "absences",
            "unexplained",
            "at_risk",
            "with_plan",
            "proposed",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


COLUMNS = [
    "在册学生",
    "登记考勤（班·天）",
    "缺勤（人·天）",
    "其中无故/不明",
    "重点关注学生",
    "有帮扶计划",
    "帮扶覆盖率",
    "由缺勤登记上报疑似辍学",
]


def share(part: int, whole: int) -> str:
    return f"{part / whole * 100:.1f}%" if whole else "—"


def figures(
    conn: sqlite3.Connection, *, scope: Scope, rules: Rules, start: dt.date, end: dt.date
) -> list[SchoolFigures]:
    """One line per school in `scope` with pupils or prevention records, by school name."""
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    out: dict[str, SchoolFigures] = {}
    for r in conn.execute(
        "SELECT c.school_id, coalesce(s.name, ''), count(*) FROM children c"
        " LEFT JOIN schools s ON s.id = c.school_id WHERE c.deleted = 0 AND c.grade != ''"
        f" AND c.school_id IS NOT NULL AND c.school_id != '' AND {where} GROUP BY c.school_id",
        params,
    ):
        out[r[0]] = SchoolFigures(r[0], r[1], pupils=r[2])
    a, b = start.isoformat(), end.isoformat()
    for r in conn.execute(
        "SELECT a.school_id, count(*), sum(a.reason IN ('unexplained','unknown'))"
        " FROM absences a JOIN children c ON c.id = a.child_id"
        f" WHERE a.deleted = 0 AND a.on_date BETWEEN ? AND ? AND {where} GROUP BY a.school_id",
        [a, b, *params],
    ):
        if r[0] in out:
            out[r[0]].absences, out[r[0]].unexplained = r[1], r[2] or 0
    counts: dict[str, int] = defaultdict(int)
    for r in conn.execute(
        "SELECT school_id, count(*) FROM absence_registers WHERE deleted = 0"
        " AND on_date BETWEEN ? AND ? GROUP BY school_id",
        (a, b),
    ):
        counts[r[0]] = r[1]
    for sid, n in counts.items():
        if sid in out:
            out[sid].registers = n
    for r in conn.execute(
        "SELECT k.school_id, count(*) FROM absence_proposals p JOIN cases k ON k.id = p.case_id"
        " JOIN children c ON c.id = p.child_id WHERE p.deleted = 0 AND k.deleted = 0"
        f" AND p.proposed_on BETWEEN ? AND ? AND {where} GROUP BY k.school_id",
        [a, b, *params],
    ):
        if r[0] in out:
            out[r[0]].proposed = r[1]
    for child in at_risk_list(conn, scope=scope, rules=rules, today=end):
        f = out.get(child.school_id)
        if f is not None:
            f.at_risk += 1
            f.with_plan += child.plan is not None
    return sorted(out.values(), key=lambda f: f.name)


def total(rows: list[SchoolFigures]) -> SchoolFigures:
    t = SchoolFigures("", "合计")
    for f in rows:
        t.add(f)
    return t
