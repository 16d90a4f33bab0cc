"""Case work: open a case, write its plan, record what happened, move it through its states.

The rules are the domain's (states.py); this module feeds them the case's facts and writes
the results. The derived columns of `cases` (state, counts, due dates) are recomputed from
the events by `refresh()` after every change, locally or from a sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from desktop.domain import model
from desktop.domain.casefacts import CaseSummary, EventView, summarize
from desktop.domain.errors import UserError
from desktop.domain.states import (
    Action,
    ActionParams,
    CaseFacts,
    State,
    available_actions,
    check,
    check_contact,
)
from desktop.store import db
from desktop.store.repo import Store, derived_id


def plan_id(case_id: str) -> str:
    return derived_id("plan", case_id)


def next_case_no(store: Store, *, township_code: str, year: int) -> str:
    """A case number unique across devices without a network: year, township, sequence, device."""
    prefix = f"{year}-{township_code[6:9] or '000'}-"
    tag = store.device_id[:3].upper()
    row = store.conn.execute(
        "SELECT max(CAST(substr(case_no, 10, 4) AS INTEGER)) FROM cases"
        " WHERE case_no LIKE ? AND device_id = ?",
        (prefix + "%", store.device_id),
    ).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}-{tag}"


def open_case(store: Store, case: model.Case, *, opened_on: dt.date | None = None) -> str:
    """Open a case in the suspected or the confirmed-dropout ledger; return its id."""
    case.validate()
    child = store.get("children", case.child_id)
    if child is None:
        raise UserError("学生不存在")
    active = store.conn.execute(
        "SELECT case_no FROM cases WHERE child_id=? AND state != 'closed' AND deleted=0",
        (case.child_id,),
    ).fetchone()
    if active:
        raise UserError(f"该学生已有未销号的案件（{active['case_no']}），请在原案件中继续办理")
    opened_on = opened_on or dt.date.today()
    case.found_on = case.found_on or opened_on
    case.township_code = case.township_code or child["township_code"]
    case.village_code = case.village_code or child["village_code"]
    case.school_id = case.school_id or child["school_id"]
    case.grade = case.grade or child["grade"]
    initial = State.DROPOUT if case.ledger_kind == "dropout" else State.SUSPECTED
    values = case.to_record()
    values["case_no"] = next_case_no(store, township_code=case.township_code, year=opened_on.year)
    values["initial_state"] = initial.value
    with store.transaction():
        case_id = store.create("cases", values)
        refresh(store, [case_id])
    return case_id


def save_plan(store: Store, plan: model.Plan) -> str:
    """Write (or revise) the case's 一人一案 plan. One plan per case, same id on every device."""
    plan.validate()
    pid = plan_id(plan.case_id)
    values = {k: v for k, v in plan.to_record().items()}
    with store.transaction():
        if store.get("plans", pid) is None:
            store.create("plans", values, row_id=pid)
        else:
            store.update("plans", pid, values)
        refresh(store, [plan.case_id])
    return pid


def events_of(store: Store, case_id: str) -> list[EventView]:
    rows = store.conn.execute(
        "SELECT id, kind, occurred_on, payload, hlc, supersedes FROM events WHERE case_id=?",
        (case_id,),
    ).fetchall()
    return [
        EventView(
            r["id"], r["kind"], r["occurred_on"], db.loads(r["payload"]), r["hlc"], r["supersedes"]
        )
        for r in rows
    ]


def summary(store: Store, case_id: str) -> CaseSummary:
    case = store.get("cases", case_id)
    if case is None:
        raise UserError("案件不存在")
    has_plan = store.get("plans", plan_id(case_id)) is not None
    return summarize(
        events_of(store, case_id),
        has_plan=has_plan,
        initial_state=State(case["initial_state"]),
        opened_on=case["found_on"],
        visit_cadence_days=int(store.setting("visit.cadence_days")),
        suspected_days=int(store.setting("visit.suspected_days")),
        followup_cadence_days=int(store.setting("followup.cadence_days")),
        monitoring_days=int(store.setting("monitoring.days")),
    )


def facts(store: Store, case_id: str) -> tuple[State, CaseFacts]:
    s = summary(store, case_id)
    return s.fold.state, s.facts


def _cadence(store: Store) -> dict[str, int]:
    return {
        "visit_cadence_days": int(store.setting("visit.cadence_days")),
        "suspected_days": int(store.setting("visit.suspected_days")),
        "followup_cadence_days": int(store.setting("followup.cadence_days")),
        "monitoring_days": int(store.setting("monitoring.days")),
    }


def refresh(store: Store, case_ids: Iterable[str]) -> None:
    """Recompute the derived columns of cases from their events and plan (in batches)."""
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        heads = store.conn.execute(
            f"SELECT c.id, c.initial_state, c.found_on, p.id IS NOT NULL AS has_plan FROM cases c"
            f" LEFT JOIN plans p ON p.case_id = c.id AND p.deleted = 0 WHERE c.id IN ({marks})",
            chunk,
        ).fetchall()
        events: dict[str, list[EventView]] = {cid: [] for cid in chunk}
        for r in store.conn.execute(
            f"SELECT case_id, id, kind, occurred_on, payload, hlc, supersedes FROM events WHERE case_id IN ({marks})",
            chunk,
        ):
            events[r[0]].append(EventView(r[1], r[2], r[3], db.loads(r[4]), r[5], r[6]))
        write_derived(store, [(h[0], h[1], h[2], bool(h[3])) for h in heads], events)


def write_derived(
    store: Store,
    heads: list[tuple[str, str, str | None, bool]],
    events: dict[str, list[EventView]],
) -> None:
    """Write the derived columns of cases given (id, initial state, opened on, has plan) and events."""
    settings = _cadence(store)
    rows = [
        _derived_row(
            summarize(
                events.get(case_id, []),
                has_plan=has_plan,
                initial_state=State(initial),
                opened_on=opened_on,
                **settings,
            ),
            case_id,
        )
        for case_id, initial, opened_on, has_plan in heads
    ]
    with store.transaction():
        store.conn.executemany(
            "UPDATE cases SET state=?, outcome=?, refusal_exception=?, persuasion_count=?,"
            " joint_count=?, last_contact_on=?, next_contact_on=?, monitoring_until=?,"
            " deferral_until=?, legal_deadline=?, has_plan=?, needs_review=? WHERE id=?",
            rows,
        )


def _derived_row(s: CaseSummary, case_id: str) -> tuple[Any, ...]:
    return (
        s.fold.state.value,
        s.fold.outcome.value if s.fold.outcome else None,
        int(s.facts.refusal_exception),
        s.facts.persuasion_count,
        s.facts.joint_persuasion_count,
        s.last_contact_on,
        s.next_contact_on,
        s.facts.monitoring_until.isoformat() if s.facts.monitoring_until else None,
        s.facts.deferral_until.isoformat() if s.facts.deferral_until else None,
        s.legal_deadline,
        int(s.facts.has_plan),
        int(bool(s.fold.invalid)),
        case_id,
    )


def record(
    store: Store,
    case_id: str,
    kind: str,
    payload: model.Record,
    *,
    occurred_on: str | None = None,
    supersedes: str | None = None,
) -> str:
    """Record an event of a case (a visit, a legal step, a return…), checking the policy's rules."""
    case = store.get("cases", case_id)
    if case is None:
        raise UserError("案件不存在")
    state, case_facts = facts(store, case_id)
    if kind == "contact":
        check_contact(state, case_facts)
    occurred_on = occurred_on or dt.date.today().isoformat()
    with store.transaction():
        event_id = store.append_event(
            kind,
            payload,
            occurred_on=occurred_on,
            case_id=case_id,
            child_id=case["child_id"],
            supersedes=supersedes,
        )
        refresh(store, [case_id])
    return event_id


def take_action(
    store: Store, case_id: str, action: Action, params: ActionParams | None = None
) -> State:
    """Move a case on, if the state machine allows it; return the new state."""
    params = params or ActionParams()
    state, case_facts = facts(store, case_id)
    target = check(state, action, case_facts, params)
    on = (params.on or dt.date.today()).isoformat()
    last = last_transition_on(store, case_id)
    if last and on < last:
        # Transitions fold in date order: an earlier one would not apply after the others.
        raise UserError(f"办理日期不能早于该案件上一次状态变更的日期（{last}）")
    payload = model.Transition(
        action=action.value,
        from_state=state.value,
        to_state=target.value,
        approver=params.approver,
        evidence=tuple(params.evidence),
        reason=params.reason,
        until=params.until,
    )
    case = store.get("cases", case_id)
    assert case is not None
    with store.transaction():
        store.append_event(
            "transition", payload, occurred_on=on, case_id=case_id, child_id=case["child_id"]
        )
        if action is Action.REGISTER_RETURN:
            _place_child(store, case_id, case["child_id"])
            # A returned student goes straight into the monitoring period (跟踪巩固).
            store.append_event(
                "transition",
                model.Transition(
                    action=Action.START_MONITORING.value,
                    from_state=State.RETURNED.value,
                    to_state=State.MONITORING.value,
                ),
                occurred_on=on,
                case_id=case_id,
                child_id=case["child_id"],
            )
            target = State.MONITORING
        refresh(store, [case_id])
    return target


def last_transition_on(store: Store, case_id: str) -> str | None:
    """The date of the case's latest state change (YYYY-MM-DD), if any."""
    row = store.conn.execute(
        "SELECT max(substr(occurred_on, 1, 10)) FROM events WHERE case_id=? AND kind='transition'",
        (case_id,),
    ).fetchone()
    return row[0] if row else None


def _place_child(store: Store, case_id: str, child_id: str) -> None:
    """After a return, the child's school, grade and class are those of the return record."""
    row = store.conn.execute(
        "SELECT payload FROM events WHERE case_id=? AND kind='return' ORDER BY occurred_on DESC, hlc DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    if row is None:
        return
    ret = db.loads(row["payload"])
    store.update(
        "children",
        child_id,
        {
            "school_id": ret["school_id"],
            "grade": ret.get("grade") or "",
            "class_name": ret.get("class_name") or "",
        },
    )


def actions(store: Store, case_id: str, *, on: dt.date | None = None) -> dict[Action, str | None]:
    """The actions the case could take now, each None (allowed) or the reason it is not."""
    state, case_facts = facts(store, case_id)
    return available_actions(state, case_facts, on=on)


def case_row(store: Store, case_id: str) -> dict[str, Any]:
    row = store.get("cases", case_id)
    if row is None:
        raise UserError("案件不存在")
    return dict(row)
