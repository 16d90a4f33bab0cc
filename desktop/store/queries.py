"""Read-only queries for the views: ledgers (filters and sorting in SQL), Today, the timeline.

Views hold row handles (`seq`) and fetch the rows they paint in blocks (`case_rows`,
`child_rows`); ids come from `case_seqs` / `child_seqs`, which filter and sort in SQL. Every
query applies the store's Scope. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import codes
from desktop.domain.ids import term_of
from desktop.domain.scope import Scope
from desktop.domain.states import (
    STATE_LABELS,
    State,
)
from desktop.domain.text import N_, Joined, Msg
from desktop.store import db

# Ledger key -> case states it shows (None: every case). Order is the navigation order.
LEDGER_STATES: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "suspected": ("suspected",),
    "active": ("dropout", "persuading", "transferred_pending"),
    "returned": ("returned", "monitoring"),
    "deferred": ("deferred",),
    "home_teaching": ("home_teaching",),
    "closed": ("closed",),
}
OPEN_STATES = ("suspected", "dropout", "persuading", "transferred_pending")


@dataclass(frozen=True)
class CaseFilter:
    """What the ledger view shows. Empty fields do not filter."""

    states: tuple[str, ...] | None = None
    township: str = ""
    village: str = ""
    school_id: str = ""
    grade: str = ""
    cause: str = ""  # a cause code; a first-level code ('10') also matches its sub-codes
    responsible: str = ""  # 包保责任人 on either line
    overdue: bool = False  # next visit date passed
    child_seqs: tuple[int, ...] | None = None  # from the search box (None: no search)
    priority: bool = False  # only cases in the county's 挂牌督战 regions (priority.regions)


def _ints(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[int]:
    """First column of every row as ints, without the row factory (20,000 rows: ~3× faster)."""
    cur = conn.cursor()
    cur.row_factory = None
    return [r[0] for r in cur.execute(sql, params)]


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sort: str  # SQL expression used in ORDER BY


CASE_COLUMNS: tuple[Column, ...] = (
    Column("case_no", N_("案件编号"), "c.case_no"),
    Column("name", N_("姓名"), "cs.pinyin"),
    Column("sex", N_("性别"), "ch.sex"),
    Column("birth_date", N_("出生日期"), "ch.birth_date"),
    Column("township", N_("乡镇"), "c.township_code"),
    Column("village", N_("村"), "c.village_code"),
    Column("school", N_("学校"), "s.name"),
    Column("grade", N_("年级"), "CAST(c.grade AS INTEGER)"),
    Column("causes", N_("辍学原因"), "c.causes"),
    Column("state", N_("状态"), "c.state"),
    Column("persuasion_count", N_("劝返次数"), "c.persuasion_count"),
    Column("joint_count", N_("联合劝返"), "c.joint_count"),
    Column("last_contact_on", N_("上次联系"), "c.last_contact_on"),
    Column("next_contact_on", N_("下次走访"), "c.next_contact_on"),
    Column("responsible", N_("包保责任人"), "c.admin_name"),
)

CHILD_COLUMNS: tuple[Column, ...] = (
    Column("name", N_("姓名"), "cs.pinyin"),
    Column("sex", N_("性别"), "ch.sex"),
    Column("birth_date", N_("出生日期"), "ch.birth_date"),
    Column("id_number", N_("身份证号"), "ch.id_number"),
    Column("xueji_no", N_("学籍号"), "ch.xueji_no"),
    Column("township", N_("乡镇"), "ch.township_code"),
    Column("village", N_("村"), "ch.village_code"),
    Column("school", N_("学校"), "s.name"),
    Column("grade", N_("年级"), "CAST(ch.grade AS INTEGER)"),
    Column("flags", N_("标识"), "ch.flags"),
    Column("case_state", N_("案件状态"), "ch.seq"),
)


def _case_where(
    f: CaseFilter, *, scope: Scope, today: dt.date
) -> tuple[list[str], list[Any], bool]:
    """WHERE clauses, parameters, and whether the children table is needed."""
    clauses = ["c.deleted = 0"]
    params: list[Any] = []
    needs_child = False
    if f.states is not None:
        clauses.append(f"c.state IN ({','.join('?' * len(f.states))})")
        params.extend(f.states)
    if f.township:
        clauses.append("c.township_code = ?")
        params.append(f.township)
    if f.village:
        clauses.append("c.village_code = ?")
        params.append(f.village)
    if f.school_id:
        clauses.append("c.school_id = ?")
        params.append(f.school_id)
    if f.grade:
        clauses.append("c.grade = ?")
        params.append(f.grade)
    if f.cause:
        if f.cause.endswith("0") and not f.cause.startswith("9"):
            clauses.append("c.causes LIKE ?")
            params.append(f'%"{f.cause[0]}_"%')
        else:
            clauses.append("c.causes LIKE ?")
            params.append(f'%"{f.cause}"%')
    if f.responsible:
        clauses.append("(c.admin_name = ? OR c.edu_name = ?)")
        params.extend([f.responsible, f.responsible])
    if f.overdue:
        clauses.append("c.next_contact_on < ? AND c.state != 'closed'")
        params.append(today.isoformat())
    if f.priority:
        listed = (
            "SELECT j.value FROM settings st, json_each(st.value) j"
            " WHERE st.id = 'priority.regions' AND st.deleted = 0"
        )
        clauses.append(f"(c.township_code IN ({listed}) OR c.village_code IN ({listed}))")
    if f.child_seqs is not None:
        needs_child = True
        clauses.append(f"ch.seq IN ({','.join(str(int(s)) for s in f.child_seqs) or 'NULL'})")
    where, sparams = scope.sql(township_col="c.township_code", school_col="c.school_id")
    if where != "1":
        clauses.append(where)
        params.extend(sparams)
    return clauses, params, needs_child


def case_seqs(
    conn: sqlite3.Connection,
    f: CaseFilter,
    *,
    sort: str = "next_contact_on",
    descending: bool = False,
    scope: Scope | None = None,
    today: dt.date | None = None,
) -> list[int]:
    """The seqs of the cases the filter selects, sorted (ties by seq)."""
    clauses, params, needs_child = _case_where(
        f, scope=scope or Scope.everything(), today=today or dt.date.today()
    )
    column = next((c for c in CASE_COLUMNS if c.key == sort), CASE_COLUMNS[0])
    joins = ""
    expr = column.sort
    if needs_child or expr.startswith(("ch.", "cs.")):
        joins += " JOIN children ch ON ch.id = c.child_id"
    if expr.startswith("cs."):
        joins += " LEFT JOIN child_search cs ON cs.child_seq = ch.seq"
    if expr.startswith("s."):
        joins += " LEFT JOIN schools s ON s.id = c.school_id"
    direction = "DESC" if descending else "ASC"
    nulls = f"({expr}) IS NULL, " if not descending else f"({expr}) IS NOT NULL, "
    sql = (
        f"SELECT c.seq FROM cases c{joins} WHERE {' AND '.join(clauses)}"
        f" ORDER BY {nulls}{expr} {direction}, c.seq {direction}"
    )
    return _ints(conn, sql, params)


_CASE_ROW_SQL = """
SELECT c.seq, c.id, c.case_no, c.child_id, ch.name, ch.sex, ch.birth_date, c.township_code,
       t.name AS township, v.name AS village, s.name AS school, c.grade, c.causes, c.state,
       c.outcome, c.refusal_exception, c.persuasion_count, c.joint_count, c.last_contact_on,
       c.next_contact_on, c.admin_name, c.edu_name, c.deferral_until, c.monitoring_until,
       c.legal_deadline, c.has_plan, c.needs_review
FROM cases c JOIN children ch ON ch.id = c.child_id
LEFT JOIN regions t ON t.code = c.township_code
LEFT JOIN regions v ON v.code = c.village_code
LEFT JOIN schools s ON s.id = c.school_id
"""


def case_rows(conn: sqlite3.Connection, seqs: Sequence[int]) -> dict[int, sqlite3.Row]:
    """The rows a ledger paints, by seq (one query per block)."""
    if not seqs:
        return {}
    marks = ",".join(str(int(s)) for s in seqs)
    return {r["seq"]: r for r in conn.execute(f"{_CASE_ROW_SQL} WHERE c.seq IN ({marks})")}


def child_seq_of_cases(
    conn: sqlite3.Connection, case_seqs: Sequence[int], *, scope: Scope | None = None
) -> dict[int, int]:
    """For cases (by seq) in the scope, their child's seq (a search ranks children)."""
    where, params = (scope or Scope.everything()).sql(
        township_col="c.township_code", school_col="c.school_id"
    )
    marks = ",".join(str(int(s)) for s in case_seqs) or "NULL"
    sql = (
        "SELECT c.seq, ch.seq FROM cases c JOIN children ch ON ch.id = c.child_id"
        f" WHERE c.seq IN ({marks}) AND {where}"
    )
    return {r[0]: r[1] for r in conn.execute(sql, params)}


# the county's 挂牌督战 townships and villages (setting priority.regions), as a subquery
_PRIORITY = (
    "SELECT j.value FROM settings st, json_each(st.value) j"
    " WHERE st.id = 'priority.regions' AND st.deleted = 0"
)


def child_seqs(
    conn: sqlite3.Connection,
    f: CaseFilter,
    *,
    sort: str = "",
    descending: bool = False,
    scope: Scope | None = None,
) -> list[int]:
    """The seqs of the children a filter selects (place, school, grade, search)."""
    return _ints(conn, *_child_seqs_sql(f, sort, descending, scope))


COMPACT_READ = 4096  # rows read at once by child_seqs_compact


def child_seqs_compact(
    conn: sqlite3.Connection,
    f: CaseFilter,
    *,
    sort: str = "",
    descending: bool = False,
    scope: Scope | None = None,
) -> array[int]:
    """`child_seqs` as 8-byte integers, read a few thousand rows at a time: the children
    ledger of a province slice (1,000,000 rows) as a list of ints held 36 MB."""
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(*_child_seqs_sql(f, sort, descending, scope))
    out: array[int] = array("q")
    while rows := cur.fetchmany(COMPACT_READ):
        out.extend([r[0] for r in rows])
    return out


def _child_seqs_sql(
    f: CaseFilter, sort: str, descending: bool, scope: Scope | None
) -> tuple[str, list[Any]]:
    clauses = ["ch.deleted = 0"]
    params: list[Any] = []
    for value, col in (
        (f.township, "ch.township_code"),
        (f.village, "ch.village_code"),
        (f.school_id, "ch.school_id"),
        (f.grade, "ch.grade"),
    ):
        if value:
            clauses.append(f"{col} = ?")
            params.append(value)
    if f.priority:
        clauses.append(f"(ch.township_code IN ({_PRIORITY}) OR ch.village_code IN ({_PRIORITY}))")
    if f.child_seqs is not None:
        clauses.append(f"ch.seq IN ({','.join(str(int(s)) for s in f.child_seqs) or 'NULL'})")
    where, sparams = (scope or Scope.everything()).sql(
        township_col="ch.township_code", school_col="ch.school_id"
    )
    if where != "1":
        clauses.append(where)
        params.extend(sparams)
    column = next((c for c in CHILD_COLUMNS if c.key == sort), None)
    joins, order = "", "ch.seq"
    if column is not None:
        expr = column.sort
        if expr.startswith("cs."):
            joins += " LEFT JOIN child_search cs ON cs.child_seq = ch.seq"
        if expr.startswith("s."):
            joins += " LEFT JOIN schools s ON s.id = ch.school_id"
        order = f"{expr} {'DESC' if descending else 'ASC'}, ch.seq"
    sql = f"SELECT ch.seq FROM children ch{joins} WHERE {' AND '.join(clauses)} ORDER BY {order}"
    return sql, params


_CHILD_ROW_SQL = """
SELECT ch.seq, ch.id, ch.name, ch.sex, ch.birth_date, ch.id_number, ch.xueji_no,
       t.name AS township, v.name AS village, s.name AS school, ch.grade, ch.flags,
       (SELECT c.state FROM cases c WHERE c.child_id = ch.id AND c.deleted = 0
        ORDER BY c.state = 'closed', c.found_on DESC LIMIT 1) AS case_state,
       (SELECT c.id FROM cases c WHERE c.child_id = ch.id AND c.deleted = 0
        ORDER BY c.state = 'closed', c.found_on DESC LIMIT 1) AS case_id
FROM children ch
LEFT JOIN regions t ON t.code = ch.township_code
LEFT JOIN regions v ON v.code = ch.village_code
LEFT JOIN schools s ON s.id = ch.school_id
"""


def child_rows(conn: sqlite3.Connection, seqs: Sequence[int]) -> dict[int, sqlite3.Row]:
    if not seqs:
        return {}
    marks = ",".join(str(int(s)) for s in seqs)
    return {r["seq"]: r for r in conn.execute(f"{_CHILD_ROW_SQL} WHERE ch.seq IN ({marks})")}


def causes_text(raw: str | None) -> str:
    try:
        items = db.loads(raw) or []
    except ValueError:
        return ""
    return Joined("、", [codes.CAUSES.label(c).split("—")[-1] for c in items])


def flags_text(raw: str | None) -> str:
    try:
        items = db.loads(raw) or []
    except ValueError:
        return ""
    return Joined("、", [codes.FLAGS.label(c) for c in items])


# --- filter choices ---------------------------------------------------------------------


def townships(conn: sqlite3.Connection, scope: Scope | None = None) -> list[tuple[str, str]]:
    scope = scope or Scope.everything()
    rows = conn.execute("SELECT code, name FROM regions WHERE level='township' ORDER BY code")
    return [(r[0], r[1]) for r in rows if scope.townships is None or r[0] in scope.townships]


def villages(conn: sqlite3.Connection, township: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT code, name FROM regions WHERE level='village' AND parent=? ORDER BY code",
            (township,),
        )
    ]


def schools(conn: sqlite3.Connection, township: str = "") -> list[tuple[str, str]]:
    if township:
        rows = conn.execute(
            "SELECT id, name FROM schools WHERE deleted=0 AND township_code=? ORDER BY name",
            (township,),
        )
    else:
        rows = conn.execute(
            "SELECT id, name FROM schools WHERE deleted=0 ORDER BY township_code, name"
        )
    return [(r[0], r[1]) for r in rows]


def responsible_people(conn: sqlite3.Connection, township: str = "") -> list[str]:
    where = "AND township_code = ?" if township else ""
    params = [township, township] if township else []
    rows = conn.execute(
        f"SELECT admin_name FROM cases WHERE deleted=0 AND admin_name != '' {where}"
        f" UNION SELECT edu_name FROM cases WHERE deleted=0 AND edu_name != '' {where}",
        params,
    )
    return sorted(r[0] for r in rows)


# --- Today ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TodayItem:
    section: str  # visits | monitoring | deferrals | legal | campaign
    title: str  # e.g. "吴小龙 2026-100-0001-ABC"
    detail: str  # what is due, in Chinese
    due: str  # ISO date ('' if none)
    case_id: str | None
    child_id: str | None
    overdue: bool = False


_LATE = N_("（已逾期）")

TODAY_SECTIONS = {
    "visits": N_("走访到期或逾期"),
    "monitoring": N_("复学跟踪巩固"),
    "deferrals": N_("延缓/休学即将到期"),
    "legal": N_("法律文书期限"),
    "campaign": N_("开学专项行动清单"),
}


def _scoped(scope: Scope, prefix: str = "c") -> tuple[str, list[Any]]:
    return scope.sql(township_col=f"{prefix}.township_code", school_col=f"{prefix}.school_id")


def today_items(
    conn: sqlite3.Connection,
    *,
    today: dt.date,
    scope: Scope | None = None,
    horizon_days: int = 7,
    deferral_warn_days: int = 30,
    suspected_days: int = 7,
    campaign_months: Sequence[int] = (3, 9),
    limit: int = 300,
) -> list[TodayItem]:
    """What needs doing: due visits, follow-ups, expiring deferrals, legal deadlines, campaign."""
    scope = scope or Scope.everything()
    where, params = _scoped(scope)
    horizon = (today + dt.timedelta(days=horizon_days)).isoformat()
    iso = today.isoformat()
    items: list[TodayItem] = []
    base = (
        "SELECT c.id, c.case_no, c.child_id, ch.name, c.state, c.next_contact_on,"
        " c.monitoring_until, c.deferral_until, c.legal_deadline, c.last_contact_on"
        " FROM cases c JOIN children ch ON ch.id = c.child_id WHERE c.deleted = 0 AND "
    )

    def title(r: sqlite3.Row) -> str:
        return Msg("{name}（{case_no}）", name=r["name"], case_no=r["case_no"])

    # A deferral on the refusal exception keeps the visits going (persuasion continues).
    for r in conn.execute(
        base + "(c.state IN ('suspected','dropout','persuading')"
        " OR (c.state = 'deferred' AND c.refusal_exception = 1)) AND c.next_contact_on <= ?"
        f" AND {where} ORDER BY c.next_contact_on LIMIT ?",
        [horizon, *params, limit],
    ):
        late = r["next_contact_on"] < iso
        detail = Msg(
            "{state}，应于 {day} 核实{late}"
            if r["state"] == "suspected"
            else "{state}，应于 {day} 走访劝返{late}",
            state=STATE_LABELS[State(r["state"])],
            day=r["next_contact_on"],
            late=_LATE if late else "",
        )
        items.append(
            TodayItem(
                "visits", title(r), detail, r["next_contact_on"], r["id"], r["child_id"], late
            )
        )
    for r in conn.execute(
        base + "c.state IN ('returned','monitoring') AND (c.next_contact_on <= ?"
        f" OR c.monitoring_until <= ?) AND {where} ORDER BY c.next_contact_on LIMIT ?",
        [horizon, iso, *params, limit],
    ):
        if r["monitoring_until"] and r["monitoring_until"] <= iso:
            detail, due, late = (
                Msg("跟踪巩固期已于 {day} 期满，可办理销号", day=r["monitoring_until"]),
                r["monitoring_until"],
                False,
            )
        else:
            late = (r["next_contact_on"] or iso) < iso
            detail = Msg(
                "复学跟踪回访，应于 {day} 进行{late}",
                day=r["next_contact_on"],
                late=_LATE if late else "",
            )
            due = r["next_contact_on"] or ""
        items.append(TodayItem("monitoring", title(r), detail, due, r["id"], r["child_id"], late))
    warn = (today + dt.timedelta(days=deferral_warn_days)).isoformat()
    for r in conn.execute(
        base + f"c.state = 'deferred' AND c.deferral_until <= ? AND {where}"
        " ORDER BY c.deferral_until LIMIT ?",
        [warn, *params, limit],
    ):
        late = r["deferral_until"] < iso
        detail = Msg(
            "延缓/休学期至 {day}，已到期" if late else "延缓/休学期至 {day}，即将到期",
            day=r["deferral_until"],
        )
        items.append(
            TodayItem(
                "deferrals", title(r), detail, r["deferral_until"], r["id"], r["child_id"], late
            )
        )
    since = (today - dt.timedelta(days=30)).isoformat()
    for r in conn.execute(
        base + "c.state = 'persuading' AND c.legal_deadline BETWEEN ? AND ?"
        f" AND {where} ORDER BY c.legal_deadline LIMIT ?",
        [since, horizon, *params, limit],
    ):
        late = r["legal_deadline"] < iso
        detail = Msg(
            "限期返校期限 {day}已过，学生仍未返校，考虑下一步法律程序"
            if late
            else "限期返校期限 {day}即将到期",
            day=r["legal_deadline"],
        )
        items.append(
            TodayItem("legal", title(r), detail, r["legal_deadline"], r["id"], r["child_id"], late)
        )
    items.extend(
        campaign_items(
            conn,
            today=today,
            scope=scope,
            suspected_days=suspected_days,
            campaign_months=campaign_months,
            limit=limit,
        )
    )
    return items


def campaign_items(
    conn: sqlite3.Connection,
    *,
    today: dt.date,
    scope: Scope,
    suspected_days: int = 7,
    campaign_months: Sequence[int] = (3, 9),
    limit: int = 300,
) -> list[TodayItem]:
    """The term-start checklist (专项行动): who did not come back, what is still unverified."""
    items: list[TodayItem] = []
    this_term = term_of(today)
    last_term = term_of(this_term.starts - dt.timedelta(days=1))
    where, params = _scoped(scope, "ch")
    # Enrolled last term, not enrolled this term, no open case, still of compulsory age. Grade 9
    # is left out only in September (they finished in the summer); in March it is checked too.
    graduated = "AND grade != '9'" if this_term.half == 1 else ""
    rows = conn.execute(
        "WITH last AS MATERIALIZED (SELECT child_id, school_id, grade FROM enrolments"
        f"   WHERE term = ? AND deleted = 0 AND status = 'enrolled' {graduated})"
        " SELECT ch.id, ch.name, s.name AS school, last.grade FROM last"
        " JOIN children ch ON ch.id = last.child_id LEFT JOIN schools s ON s.id = last.school_id"
        " WHERE ch.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM enrolments e2 WHERE e2.child_id = last.child_id"
        "   AND e2.term = ? AND e2.deleted = 0)"
        " AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.child_id = ch.id AND c.deleted = 0"
        "   AND c.state != 'closed')"
        f" AND {where} ORDER BY ch.township_code, ch.village_code LIMIT ?",
        [last_term.code, this_term.code, *params, limit],
    ).fetchall()
    for r in rows:
        items.append(
            TodayItem(
                "campaign",
                r["name"],
                Msg(
                    "上学期在{school}读{grade}，本学期未注册，请核实",
                    school=r["school"] or N_("校"),
                    grade=codes.GRADES.label(r["grade"]),
                ),
                "",
                None,
                r["id"],
            )
        )
    cwhere, cparams = _scoped(scope)
    old = (today - dt.timedelta(days=suspected_days)).isoformat()
    for r in conn.execute(
        "SELECT c.id, c.case_no, c.child_id, ch.name, c.found_on, c.state, c.has_plan FROM cases c"
        " JOIN children ch ON ch.id = c.child_id WHERE c.deleted = 0 AND"
        " ((c.state = 'suspected' AND c.found_on <= ?) OR (c.state = 'dropout' AND c.has_plan = 0))"
        f" AND {cwhere} ORDER BY c.found_on LIMIT ?",
        [old, *cparams, limit],
    ):
        detail: str
        if r["state"] == "suspected":
            detail = Msg(
                "疑似辍学自 {day} 起超过 {days} 天未核实", day=r["found_on"], days=suspected_days
            )
        else:
            detail = N_("已确认辍学，尚未制定“一人一案”，劝返工作应立即启动")
        items.append(
            TodayItem(
                "campaign",
                Msg("{name}（{case_no}）", name=r["name"], case_no=r["case_no"]),
                detail,
                r["found_on"] or "",
                r["id"],
                r["child_id"],
                True,
            )
        )
    return items


def is_campaign_month(today: dt.date, months: Sequence[int]) -> bool:
    return today.month in set(months)


# Case-page queries live beside this module; re-exported so views import one place.
from desktop.store.queries_case import (  # noqa: E402
    PossibleDuplicate,
    TimelineEntry,
    event_summary,
    outcome_label,
    possible_duplicates,
    timeline,
)

__all__ = [
    "CASE_COLUMNS",
    "CHILD_COLUMNS",
    "LEDGER_STATES",
    "CaseFilter",
    "PossibleDuplicate",
    "TimelineEntry",
    "TodayItem",
    "case_rows",
    "case_seqs",
    "child_rows",
    "child_seqs",
    "event_summary",
    "outcome_label",
    "possible_duplicates",
    "timeline",
    "today_items",
]
