"""The class absence register (缺勤登记追踪): classes and pupils from the children table (filled
by the 学籍 roster), a day's absences per class, follow-ups, what is due, and the proposal of a
疑似辍学 case with the absence history as its evidence.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.changes import Changes
from desktop.core.workbench import OUT_OF_SCOPE, NewFile, Refused, Workbench
from desktop.domain import codes, model
from desktop.domain import prevention as rules_
from desktop.domain.errors import UserError
from desktop.domain.prevention import REASONS, UNEXPLAINED, Due, FollowUpFact, Rules
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Joined, Msg
from desktop.store.repo import Store, derived_id


@dataclass(frozen=True)
class ClassKey:
    school_id: str
    grade: str
    class_name: str

    @property
    def label(self) -> str:
        grade = codes.GRADES.label(self.grade) if self.grade else ""
        return Joined("", [grade, self.class_name])


@dataclass(frozen=True)
class ClassRow:
    key: ClassKey
    school_name: str
    pupils: int


@dataclass(frozen=True)
class Pupil:
    child_id: str
    name: str
    sex: str
    xueji_no: str


def rules_of(store: Store) -> Rules:
    return Rules.from_settings(store.setting)


def absence_id(child_id: str, on: dt.date | str) -> str:
    return derived_id("absence", child_id, str(on)[:10])


def register_id(key: ClassKey, on: dt.date | str) -> str:
    return derived_id("absence_register", key.school_id, key.grade, key.class_name, str(on)[:10])


def _scope_sql(bench: Workbench, prefix: str = "c") -> tuple[str, list[str]]:
    return bench.actor.scope.sql(
        township_col=f"{prefix}.township_code", school_col=f"{prefix}.school_id"
    )


# --- reads ----------------------------------------------------------------------------------


def classes(bench: Workbench, *, school_id: str | None = None) -> list[ClassRow]:
    """The classes the actor may see (school, grade, class), with their pupil counts."""
    where, params = _scope_sql(bench)
    extra = ""
    if school_id:
        extra, params = " AND c.school_id = ?", [*params, school_id]
    rows = bench.store.conn.execute(
        "SELECT c.school_id, coalesce(s.name, ''), c.grade, c.class_name, count(*)"
        " FROM children c LEFT JOIN schools s ON s.id = c.school_id"
        " WHERE c.deleted = 0 AND c.school_id IS NOT NULL AND c.school_id != '' AND c.grade != ''"
        " AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.child_id = c.id AND k.deleted = 0"
        " AND k.state IN ('dropout','persuading','deferred','transferred_pending'))"
        f" AND {where}{extra} GROUP BY c.school_id, c.grade, c.class_name",
        params,
    ).fetchall()
    out = [ClassRow(ClassKey(r[0], r[2], r[3]), r[1], r[4]) for r in rows]
    return sorted(out, key=lambda c: (c.school_name, int(c.key.grade or 0), c.key.class_name))


def pupils(bench: Workbench, key: ClassKey) -> list[Pupil]:
    """The class's pupils the actor may see, by name (children of a case not yet back in
    school are not on the register: their case is where the work is)."""
    where, params = _scope_sql(bench)
    rows = bench.store.conn.execute(
        "SELECT c.id, c.name, c.sex, c.xueji_no FROM children c"
        " WHERE c.deleted = 0 AND c.school_id = ? AND c.grade = ? AND c.class_name = ?"
        " AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.child_id = c.id AND k.deleted = 0"
        " AND k.state IN ('dropout','persuading','deferred','transferred_pending'))"
        f" AND {where} ORDER BY c.xueji_no, c.name",
        [key.school_id, key.grade, key.class_name, *params],
    ).fetchall()
    return [Pupil(r[0], r[1], r[2], r[3]) for r in rows]


def day_marks(bench: Workbench, key: ClassKey, on: dt.date) -> dict[str, str]:
    """child id -> reason of the class's absences recorded that day."""
    ids = [p.child_id for p in pupils(bench, key)]
    if not ids:
        return {}
    out: dict[str, str] = {}
    conn = bench.store.conn
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for r in conn.execute(
            "SELECT child_id, reason FROM absences WHERE deleted = 0 AND on_date = ?"
            f" AND child_id IN ({','.join('?' * len(chunk))})",
            [on.isoformat(), *chunk],
        ):
            out[r[0]] = r[1]
    return out


def register_taken(bench: Workbench, key: ClassKey, on: dt.date) -> bool:
    row = bench.store.get("absence_registers", register_id(key, on))
    return row is not None and not row["deleted"]


# --- writes ---------------------------------------------------------------------------------


def _require_class(bench: Workbench, key: ClassKey) -> list[Pupil]:
    bench.require_write()
    school = bench.store.get("schools", key.school_id)
    township = school["township_code"] if school is not None else None
    if bench.actor.scope.schools is not None and key.school_id not in bench.actor.scope.schools:
        raise Refused(OUT_OF_SCOPE)
    roster = pupils(bench, key)
    if not roster:
        if bench.actor.scope.allows(township_code=township, school_id=key.school_id):
            raise UserError(Msg("{klass}没有在册学生，请先导入学籍名册", klass=key.label))
        raise Refused(OUT_OF_SCOPE)
    return roster


def mark_day(
    bench: Workbench,
    key: ClassKey,
    on: dt.date,
    marks: Mapping[str, str],
    *,
    notes: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Record the class's register for a day: `marks` = child id -> reason of each absent
    pupil; every other pupil was present (an absence recorded earlier that day is removed).
    One transaction: a refused mark leaves the day as it was."""
    today = today or dt.date.today()
    roster = _require_class(bench, key)
    known = {p.child_id for p in roster}
    strangers = [c for c in marks if c not in known]
    if strangers:
        raise Refused(
            Msg(
                "有{count}名学生不在{klass}的名册中，或不在您负责的范围内",
                count=len(strangers),
                klass=key.label,
            )
        )
    for reason in marks.values():
        rules_.check_absence(reason, on, today)
    notes = notes or {}
    store = bench.store
    iso = on.isoformat()
    current = day_marks(bench, key, on)
    existing = {
        r["id"]: r
        for r in store.conn.execute(
            "SELECT id, reason, note, deleted FROM absences WHERE on_date = ? AND school_id = ?",
            (iso, key.school_id),
        )
    }
    written: list[str] = []
    with store.transaction():
        for pupil in roster:
            cid = pupil.child_id
            aid = absence_id(cid, on)
            row = existing.get(aid) or store.get("absences", aid)
            marked = marks.get(cid)
            if marked is None:
                if cid in current and row is not None and not row["deleted"]:
                    store.update("absences", aid, {"deleted": 1})
                    written.append(aid)
                continue
            note = notes.get(cid, "")
            if row is None:
                store.create(
                    "absences",
                    {
                        "child_id": cid,
                        "school_id": key.school_id,
                        "on_date": iso,
                        "reason": marked,
                        "note": note,
                    },
                    row_id=aid,
                )
                written.append(aid)
            elif store.update("absences", aid, {"reason": marked, "note": note, "deleted": 0}):
                written.append(aid)
        rid = register_id(key, on)
        values = {
            "school_id": key.school_id,
            "grade": key.grade,
            "class_name": key.class_name,
            "on_date": iso,
            "pupils": len(roster),
            "absent": len(marks),
            "taken_by": bench.actor.name,
        }
        if store.get("absence_registers", rid) is None:
            store.create("absence_registers", values, row_id=rid)
        else:
            store.update("absence_registers", rid, {**values, "deleted": 0})
    return Changes.of(rid, absences=written, absence_registers=[rid])


def _child_for_write(bench: Workbench, child_id: str) -> dict:
    bench.require_write()
    child = bench.store.get("children", child_id)
    if child is None or child["deleted"]:
        raise UserError(N_("学生不存在"))
    if not bench.actor.scope.allows(
        township_code=child["township_code"], school_id=child["school_id"]
    ):
        raise Refused(OUT_OF_SCOPE)
    return dict(child)


def record_followup(
    bench: Workbench,
    child_id: str,
    *,
    on: dt.date,
    method: str,
    outcome: str,
    result: str,
    explained_as: str | None = None,
    today: dt.date | None = None,
) -> Changes:
    """A phone call or a home visit about a child's absence. With outcome 'explained' and
    `explained_as` (病假/事假), the unexplained absences of the current run take that reason."""
    today = today or dt.date.today()
    _child_for_write(bench, child_id)
    rules_.check_followup(method, outcome, result, on, today)
    if explained_as is not None and explained_as not in ("sick", "personal"):
        raise UserError(N_("查明的缺勤原因应为病假或事假"))
    store = bench.store
    fid = ""
    touched: list[str] = []
    with store.transaction():
        fid = store.create(
            "absence_followups",
            {
                "child_id": child_id,
                "on_date": on.isoformat(),
                "method": method,
                "finding": outcome,
                "result": result.strip(),
                "by_name": bench.actor.name,
            },
        )
        if outcome == "explained" and explained_as:
            history = child_history(bench, child_id, today=today)
            for day in rules_.unexplained_streak(history.days, history.absences):
                aid = absence_id(child_id, day)
                if store.update("absences", aid, {"reason": explained_as}):
                    touched.append(aid)
    return Changes.of(fid, absence_followups=[fid], absences=touched)


# --- escalation -----------------------------------------------------------------------------


@dataclass
class History:
    child_id: str
    absences: dict[dt.date, str] = field(default_factory=dict)
    days: list[dt.date] = field(default_factory=list)
    followups: list[FollowUpFact] = field(default_factory=list)
    has_open_case: bool = False


@dataclass(frozen=True)
class ChildDue:
    child_id: str
    name: str
    school_name: str
    klass: str  # 三年级2班
    dues: tuple[Due, ...]

    def due(self, kind: str) -> Due | None:
        return next((d for d in self.dues if d.kind == kind), None)


def _histories(
    conn: sqlite3.Connection, child_ids: Iterable[str], since: dt.date
) -> dict[str, History]:
    ids = sorted(set(child_ids))
    out = {i: History(i) for i in ids}
    iso = since.isoformat()
    classes_of: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        m = ",".join("?" * len(chunk))
        for r in conn.execute(
            f"SELECT child_id, on_date, reason FROM absences WHERE deleted = 0 AND on_date >= ?"
            f" AND child_id IN ({m})",
            [iso, *chunk],
        ):
            out[r[0]].absences[dt.date.fromisoformat(r[1])] = r[2]
        for r in conn.execute(
            f"SELECT child_id, on_date, method, finding FROM absence_followups WHERE deleted = 0"
            f" AND on_date >= ? AND child_id IN ({m})",
            [iso, *chunk],
        ):
            out[r[0]].followups.append(FollowUpFact(dt.date.fromisoformat(r[1]), r[2], r[3]))
        for r in conn.execute(
            f"SELECT DISTINCT child_id FROM cases WHERE deleted = 0 AND state != 'closed'"
            f" AND child_id IN ({m})",
            chunk,
        ):
            out[r[0]].has_open_case = True
        for r in conn.execute(
            f"SELECT id, school_id, grade, class_name FROM children WHERE id IN ({m})", chunk
        ):
            classes_of[r[0]] = (r[1] or "", r[2], r[3])
    registers: dict[tuple[str, str, str], list[dt.date]] = defaultdict(list)
    wanted = set(classes_of.values())
    for school in {k[0] for k in wanted}:
        for r in conn.execute(
            "SELECT grade, class_name, on_date FROM absence_registers WHERE deleted = 0"
            " AND school_id = ? AND on_date >= ?",
            (school, iso),
        ):
            if (school, r[0], r[1]) in wanted:
                registers[(school, r[0], r[1])].append(dt.date.fromisoformat(r[2]))
    for cid, h in out.items():
        h.days = rules_.school_days(
            h.absences, registers.get(classes_of.get(cid, ("", "", "")), [])
        )
    return out


def child_history(bench: Workbench, child_id: str, *, today: dt.date) -> History:
    bench.child(child_id)  # visible to the actor, or refused
    since = rules_.term_start(today) - dt.timedelta(days=1)
    return _histories(bench.store.conn, [child_id], since)[child_id]


def dues(
    bench: Workbench, *, today: dt.date | None = None, school_id: str | None = None
) -> list[ChildDue]:
    """Every child in the actor's scope with something due from the register."""
    return dues_in(
        bench.store.conn,
        scope=bench.actor.scope,
        rules=rules_of(bench.store),
        today=today or dt.date.today(),
        school_id=school_id,
    )


HISTORY_CHUNK = 2000  # children whose term histories are read at once (dues_in)


def dues_in(
    conn: sqlite3.Connection,
    *,
    scope: Scope,
    rules: Rules,
    today: dt.date,
    school_id: str | None = None,
) -> list[ChildDue]:
    """`dues` on a connection of its own (the Today page's background job)."""
    since = rules_.term_start(today) - dt.timedelta(days=1)
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    extra = ""
    if school_id:
        extra, params = " AND c.school_id = ?", [*params, school_id]
    # By school (each school's registers are read in few chunks), then by id; read a chunk at
    # a time: a province slice has ~75,000 children with an unexplained absence this term, as
    # a list of rows ~33 MB, and all their histories at once held ~140 MB.
    cur = conn.execute(
        "SELECT DISTINCT c.id, c.name, coalesce(s.name, ''), c.grade, c.class_name"
        " FROM absences a JOIN children c ON c.id = a.child_id"
        " LEFT JOIN schools s ON s.id = c.school_id"
        " WHERE a.deleted = 0 AND c.deleted = 0 AND a.on_date >= ?"
        f" AND a.reason IN ('unexplained','unknown') AND {where}{extra} ORDER BY 3, 1",
        [since.isoformat(), *params],
    )
    out = []
    while chunk := cur.fetchmany(HISTORY_CHUNK):
        histories = _histories(conn, [r[0] for r in chunk], since)
        for r in chunk:
            h = histories[r[0]]
            found = rules_.escalation(
                absences=h.absences,
                days=h.days,
                followups=h.followups,
                rules=rules,
                has_open_case=h.has_open_case,
            )
            if found:
                klass = Joined("", [codes.GRADES.label(r[3]) if r[3] else "", r[4]])
                out.append(ChildDue(r[0], r[1], r[2], klass, tuple(found)))
    return sorted(out, key=lambda d: (min(x.due for x in d.dues), d.school_name, d.klass, d.name))


# --- proposal -------------------------------------------------------------------------------


def history_csv(bench: Workbench, child_id: str, history: History) -> bytes:
    """The term's absences and follow-ups of a child, as a table (UTF-8 with BOM: Excel)."""
    child = bench.child(child_id)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["学生", child["name"], "学籍号", child["xueji_no"]])
    w.writerow(["日期", "记录", "原因/方式", "结果"])
    follow = bench.store.conn.execute(
        "SELECT on_date, method, finding, result, by_name FROM absence_followups"
        " WHERE child_id = ? AND deleted = 0 ORDER BY on_date",
        (child_id,),
    ).fetchall()
    lines = [(d.isoformat(), "缺勤", REASONS.label(r), "") for d, r in history.absences.items()]
    lines += [
        (
            f[0],
            "跟进",
            rules_.FOLLOWUP_METHODS.label(f[1]),
            f"{rules_.FOLLOWUP_OUTCOMES.label(f[2])}：{f[3]}（{f[4]}）",
        )
        for f in follow
    ]
    for line in sorted(lines):
        w.writerow(line)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def propose(bench: Workbench, child_id: str, *, today: dt.date | None = None) -> Changes:
    """Open the child's 疑似辍学 case from the register (the normal open_case path), with the
    absence history attached as evidence and the proposal recorded, in one transaction."""
    today = today or dt.date.today()
    child = _child_for_write(bench, child_id)
    history = child_history(bench, child_id, today=today)
    found = rules_.escalation(
        absences=history.absences,
        days=history.days,
        followups=history.followups,
        rules=rules_of(bench.store),
        has_open_case=history.has_open_case,
    )
    proposal = next((d for d in found if d.kind == "propose"), None)
    if proposal is None:
        if history.has_open_case:
            raise UserError(N_("该学生已有未销号的案件，请在原案件中继续办理"))
        raise UserError(N_("该学生的无故缺勤未达到县定的疑似辍学上报标准"))
    run = rules_.unexplained_streak(history.days, history.absences)
    first = run[0] if run else proposal.since
    term_total = sum(
        1 for d, r in history.absences.items() if r in UNEXPLAINED and d >= rules_.term_start(today)
    )
    store = bench.store
    with store.transaction():
        opened = bench.open_case(
            model.Case(
                child_id=child_id,
                ledger_kind="suspected",
                found_on=today,
                dropout_date=first,
                notes=f"由缺勤登记上报：{proposal.detail}",
            ),
            opened_on=today,
        )
        case_id = opened.id
        attached = bench.attach(
            case_id,
            case_id,
            [
                NewFile(
                    history_csv(bench, child_id, history),
                    "text/csv",
                    f"缺勤记录_{child['name']}.csv",
                    caption="缺勤登记记录（疑似辍学上报依据）",
                )
            ],
        )
        pid = derived_id("absence_proposal", case_id)
        store.create(
            "absence_proposals",
            {
                "child_id": child_id,
                "case_id": case_id,
                "proposed_on": today.isoformat(),
                "first_day": first.isoformat(),
                "last_day": proposal.due.isoformat(),
                "consecutive": len(run),
                "term_total": term_total,
            },
            row_id=pid,
        )
    return opened | attached | Changes.of(case_id, absence_proposals=[pid])


def proposal_of_case(store: Store, case_id: str) -> dict | None:
    row = store.conn.execute(
        "SELECT * FROM absence_proposals WHERE case_id = ? AND deleted = 0", (case_id,)
    ).fetchone()
    return dict(row) if row else None
