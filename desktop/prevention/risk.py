"""Children at risk (per school, township, county), each with its reasons from recorded facts,
the facts a teacher adds (学有困难, 心理问题), and the 帮扶 plan of each child with its monthly
reviews.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.changes import Changes
from desktop.core.workbench import Workbench
from desktop.domain import codes
from desktop.domain import prevention as rules_
from desktop.domain.errors import UserError
from desktop.domain.prevention import PupilFacts, Reason, Rules
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Joined, Msg
from desktop.prevention.register import _child_for_write, rules_of
from desktop.store import db

# Cases of children not in school now: their case is where the work is, not the risk list
# (a suspected child is still on the roll until the case is verified: listed, with that reason).
AWAY_STATES = ("dropout", "persuading", "deferred", "transferred_pending")


@dataclass(frozen=True)
class PlanInfo:
    plan_id: str
    helper: str
    methods: tuple[str, ...]
    frequency: str
    next_review_on: str

    @property
    def methods_label(self) -> str:
        return Joined("、", [rules_.SUPPORT_METHODS.label(m) for m in self.methods])


@dataclass(frozen=True)
class AtRisk:
    child_id: str
    name: str
    school_id: str
    school_name: str
    township_code: str
    grade: str
    class_name: str
    reasons: tuple[Reason, ...]
    plan: PlanInfo | None

    @property
    def klass(self) -> str:
        return Joined("", [codes.GRADES.label(self.grade) if self.grade else "", self.class_name])

    @property
    def reasons_text(self) -> str:
        return Joined("；", [r.text for r in self.reasons])


def _chunks(ids: Sequence[str], n: int = 500):
    for start in range(0, len(ids), n):
        chunk = ids[start : start + n]
        yield chunk, ",".join("?" * len(chunk))


def at_risk_list(
    conn: sqlite3.Connection,
    *,
    scope: Scope,
    rules: Rules,
    today: dt.date,
    school_id: str | None = None,
    township_code: str | None = None,
) -> list[AtRisk]:
    """Every child in school within `scope` (and the school or township asked) with at least
    one reason, ordered by school, class and name."""
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    extra = ""
    if school_id:
        extra += " AND c.school_id = ?"
        params = [*params, school_id]
    if township_code:
        extra += " AND c.township_code = ?"
        params = [*params, township_code]
    children = conn.execute(
        "SELECT c.id, c.name, c.school_id, coalesce(s.name, ''), c.township_code, c.grade,"
        " c.class_name, c.flags, c.disability_category FROM children c"
        " LEFT JOIN schools s ON s.id = c.school_id"
        " WHERE c.deleted = 0 AND c.school_id IS NOT NULL AND c.school_id != '' AND c.grade != ''"
        f" AND {where}{extra}",
        params,
    ).fetchall()
    ids = [r[0] for r in children]
    start = (today - dt.timedelta(days=rules.risk_window_days)).isoformat()
    absences: dict[str, dict[dt.date, str]] = defaultdict(dict)
    facts: dict[str, dict[str, str]] = defaultdict(dict)
    returned: dict[str, int] = defaultdict(int)
    relapses: dict[str, int] = defaultdict(int)
    away_now: set[str] = set()
    suspected: set[str] = set()
    plans: dict[str, PlanInfo] = {}
    if ids:
        # Whole-table reads beat lookups per id when the list is most of the county.
        whole = len(ids) > 20000
        for chunk, m in [((), "")] if whole else _chunks(ids):
            cond = "" if whole else f" AND child_id IN ({m})"
            args = list(chunk)
            for r in conn.execute(
                "SELECT child_id, on_date, reason FROM absences WHERE deleted = 0"
                f" AND on_date > ? AND on_date <= ?{cond}",
                [start, today.isoformat(), *args],
            ):
                absences[r[0]][dt.date.fromisoformat(r[1])] = r[2]
            for r in conn.execute(
                "SELECT child_id, kind, detail FROM risk_facts WHERE deleted = 0"
                f" AND ended_on IS NULL{cond}",
                args,
            ):
                facts[r[0]][r[1]] = r[2]
            for r in conn.execute(
                f"SELECT child_id, state, outcome FROM cases WHERE deleted = 0{cond}", args
            ):
                if r[1] in AWAY_STATES:
                    away_now.add(r[0])
                elif r[1] == "suspected":
                    suspected.add(r[0])
                elif r[1] in ("returned", "monitoring") or r[2] == "returned":
                    returned[r[0]] += 1
            for r in conn.execute(
                "SELECT child_id, count(*) FROM events WHERE kind = 'transition'"
                " AND json_extract(payload, '$.action') = 'relapse'"
                " AND id NOT IN (SELECT supersedes FROM events WHERE kind = 'void'"
                f" AND supersedes IS NOT NULL){cond} GROUP BY child_id",
                args,
            ):
                relapses[r[0]] = r[1]
            for r in conn.execute(
                "SELECT id, child_id, helper, methods, frequency, next_review_on FROM support_plans"
                f" WHERE deleted = 0 AND ended_on IS NULL{cond} ORDER BY started_on",
                args,
            ):
                plans[r[1]] = PlanInfo(r[0], r[2], tuple(db.loads(r[3]) or ()), r[4], r[5])
    out = []
    # Every reason but a grade transition (which never stands alone: CONTEXT_ONLY) needs one
    # of these facts: a child with none is skipped without building its facts (most children).
    with_facts = set(absences) | set(facts) | set(returned) | set(relapses) | suspected
    no_flags = ("[]", "", None)
    for r in children:
        cid = r[0]
        if cid in away_now or (r[7] in no_flags and not r[8] and cid not in with_facts):
            continue
        f = PupilFacts(
            grade=r[5],
            flags=frozenset(db.loads(r[7]) or ()),
            disability_category=r[8],
            risk_facts=facts.get(cid, {}),
            absence_dates=absences.get(cid, {}),
            returned_cases=returned.get(cid, 0),
            relapses=relapses.get(cid, 0),
            suspected=cid in suspected,
        )
        reasons = rules_.risk_reasons(f, rules, today)
        if reasons:
            out.append(
                AtRisk(cid, r[1], r[2], r[3], r[4], r[5], r[6], tuple(reasons), plans.get(cid))
            )
    return sorted(out, key=lambda a: (a.school_name, int(a.grade or 0), a.class_name, a.name))


def at_risk(
    bench: Workbench,
    *,
    today: dt.date | None = None,
    school_id: str | None = None,
    township_code: str | None = None,
) -> list[AtRisk]:
    return at_risk_list(
        bench.store.conn,
        scope=bench.actor.scope,
        rules=rules_of(bench.store),
        today=today or dt.date.today(),
        school_id=school_id,
        township_code=township_code,
    )


def reasons_of(bench: Workbench, child_id: str, *, today: dt.date | None = None) -> list[Reason]:
    child = bench.child(child_id)
    found = at_risk(bench, today=today, school_id=child["school_id"])
    return next((list(a.reasons) for a in found if a.child_id == child_id), [])


# --- risk facts -----------------------------------------------------------------------------


def record_risk_fact(
    bench: Workbench, child_id: str, kind: str, *, detail: str = "", on: dt.date | None = None
) -> Changes:
    """学有困难 or 心理问题 noted by a teacher (one live fact per kind and child)."""
    _child_for_write(bench, child_id)
    if kind not in rules_.RISK_FACT_KINDS:
        raise UserError(Msg("“{kind}”不是可登记的风险情况", kind=kind))
    if len(detail) > rules_.NOTE_MAX:
        raise UserError(Msg("情况说明最多{count}个字，请精简", count=rules_.NOTE_MAX))
    on = on or dt.date.today()
    store = bench.store
    from desktop.store.repo import derived_id

    fid = derived_id("risk_fact", child_id, kind)
    values = {
        "child_id": child_id,
        "kind": kind,
        "detail": detail.strip(),
        "noted_on": on.isoformat(),
        "ended_on": None,
    }
    with store.transaction():
        if store.get("risk_facts", fid) is None:
            store.create("risk_facts", values, row_id=fid)
        else:
            store.update("risk_facts", fid, {**values, "deleted": 0})
    return Changes.of(fid, risk_facts=[fid])


def end_risk_fact(
    bench: Workbench, child_id: str, kind: str, *, on: dt.date | None = None
) -> Changes:
    _child_for_write(bench, child_id)
    from desktop.store.repo import derived_id

    fid = derived_id("risk_fact", child_id, kind)
    if bench.store.get("risk_facts", fid) is None:
        raise UserError(N_("没有登记过这项情况"))
    bench.store.update("risk_facts", fid, {"ended_on": (on or dt.date.today()).isoformat()})
    return Changes.of(fid, risk_facts=[fid])


# --- 帮扶 plans -----------------------------------------------------------------------------


def active_plan(bench: Workbench, child_id: str) -> dict | None:
    bench.child(child_id)
    row = bench.store.conn.execute(
        "SELECT * FROM support_plans WHERE child_id = ? AND deleted = 0 AND ended_on IS NULL"
        " ORDER BY started_on DESC LIMIT 1",
        (child_id,),
    ).fetchone()
    return dict(row) if row else None


def save_support_plan(
    bench: Workbench,
    child_id: str,
    *,
    helper: str,
    methods: Sequence[str],
    frequency: str,
    starts: dt.date | None,
    goal: str = "",
    helper_phone: str = "",
    today: dt.date | None = None,
) -> Changes:
    """Record (or revise) the child's 帮扶 plan; its first review is a month after it starts."""
    _child_for_write(bench, child_id)
    rules_.check_support_plan(helper, methods, frequency, starts)
    assert starts is not None
    today = today or dt.date.today()
    if len(goal) > rules_.NOTE_MAX:
        raise UserError(Msg("帮扶目标最多{count}个字，请精简", count=rules_.NOTE_MAX))
    values = {
        "child_id": child_id,
        "helper": helper.strip(),
        "helper_phone": helper_phone.strip(),
        "methods": list(dict.fromkeys(methods)),
        "frequency": frequency.strip(),
        "goal": goal.strip(),
        "started_on": starts.isoformat(),
        "next_review_on": rules_.next_review(starts, rules_of(bench.store)).isoformat(),
    }
    current = active_plan(bench, child_id)
    store = bench.store
    with store.transaction():
        if current is None:
            pid = store.create("support_plans", values)
        else:
            pid = current["id"]
            values.pop("next_review_on")  # a revision keeps the review date
            store.update("support_plans", pid, values)
    return Changes.of(pid, support_plans=[pid])


def _plan_for_write(bench: Workbench, plan_id: str) -> dict:
    row = bench.store.get("support_plans", plan_id)
    if row is None or row["deleted"]:
        raise UserError(N_("帮扶计划不存在"))
    _child_for_write(bench, row["child_id"])
    return dict(row)


def review_support_plan(
    bench: Workbench,
    plan_id: str,
    *,
    on: dt.date,
    progress: str,
    today: dt.date | None = None,
) -> Changes:
    """The monthly review: what came of the help; the next review a month on."""
    plan = _plan_for_write(bench, plan_id)
    today = today or dt.date.today()
    if not progress.strip():
        raise UserError(N_("请填写帮扶效果（学习、出勤、情绪有什么变化）"))
    if len(progress) > rules_.NOTE_MAX:
        raise UserError(Msg("帮扶效果最多{count}个字，请精简", count=rules_.NOTE_MAX))
    if on > today:
        raise UserError(N_("复查日期不能晚于今天"))
    if on.isoformat() < plan["started_on"]:
        raise UserError(N_("复查日期不能早于帮扶开始日期"))
    nxt = rules_.next_review(on, rules_of(bench.store)).isoformat()
    store = bench.store
    with store.transaction():
        rid = store.create(
            "support_reviews",
            {
                "plan_id": plan_id,
                "child_id": plan["child_id"],
                "reviewed_on": on.isoformat(),
                "progress": progress.strip(),
                "next_review_on": nxt,
            },
        )
        store.update("support_plans", plan_id, {"next_review_on": nxt})
    return Changes.of(rid, support_reviews=[rid], support_plans=[plan_id])


def end_support_plan(bench: Workbench, plan_id: str, *, on: dt.date) -> Changes:
    _plan_for_write(bench, plan_id)
    bench.store.update("support_plans", plan_id, {"ended_on": on.isoformat()})
    return Changes.of(plan_id, support_plans=[plan_id])


def reviews(bench: Workbench, plan_id: str) -> list[dict]:
    plan = bench.store.get("support_plans", plan_id)
    if plan is None:
        return []
    bench.child(plan["child_id"])
    return [
        dict(r)
        for r in bench.store.conn.execute(
            "SELECT * FROM support_reviews WHERE plan_id = ? AND deleted = 0 ORDER BY reviewed_on",
            (plan_id,),
        )
    ]
