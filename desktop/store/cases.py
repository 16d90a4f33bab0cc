"""Case work: open a case, write its plan, record what happened, move it through its states.

The rules are the domain's (states.py); this module feeds them the case's facts and writes
the results. The derived columns of `cases` (state, counts, due dates) are recomputed from
the events by `refresh()` after every change, locally or from a sync.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.domain import model, rules
from desktop.domain.casefacts import CaseSummary, EventView, summarize
from desktop.domain.errors import UserError
from desktop.domain.states import (
    TRANSITIONS,
    Action,
    ActionParams,
    CaseFacts,
    State,
    available_actions,
)
from desktop.domain.text import N_, Msg
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
        raise UserError(N_("学生不存在"))
    active = store.conn.execute(
        "SELECT case_no FROM cases WHERE child_id=? AND state != 'closed' AND deleted=0",
        (case.child_id,),
    ).fetchone()
    if active:
        raise UserError(
            Msg(
                "该学生已有未销号的案件（{case_no}），请在原案件中继续办理",
                case_no=active["case_no"],
            )
        )
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
        raise UserError(N_("案件不存在"))
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


def actor_role(store: Store) -> str | None:
    """The signed-in user's role (the installed policy's), or None on a database without accounts."""
    role = getattr(store.permit, "role", None)
    return None if role is None else str(role)


def find_account(store: Store, name: str) -> rules.Account | None:
    """A user account by username or display name (the users table is local to the device)."""
    try:
        r = store.conn.execute(
            "SELECT username, display_name, role, active FROM users"
            " WHERE username = ? OR display_name = ? ORDER BY username = ? DESC LIMIT 1",
            (name, name, name),
        ).fetchone()
    except sqlite3.OperationalError:  # a database without the accounts table
        return None
    return rules.Account(r[0], r[1], r[2], bool(r[3])) if r else None


def approvers(store: Store) -> list[rules.Account]:
    """The active accounts that may approve (county roles): what the approver field offers."""
    marks = ",".join("?" * len(rules.COUNTY_ROLES))
    try:
        rows = store.conn.execute(
            "SELECT username, display_name, role, active FROM users"
            f" WHERE active = 1 AND role IN ({marks}) ORDER BY display_name",
            sorted(rules.COUNTY_ROLES),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    return [rules.Account(r[0], r[1], r[2], bool(r[3])) for r in rows]


def _birth_date(store: Store, child_id: str) -> dt.date | None:
    row = store.conn.execute("SELECT birth_date FROM children WHERE id=?", (child_id,)).fetchone()
    if row is None or not row[0]:
        return None
    return dt.date.fromisoformat(str(row[0])[:10])


def case_before(store: Store, case_id: str, *, excluding: str | None = None) -> rules.CaseBefore:
    """The case as the rules see it now (without `excluding`, an event being corrected)."""
    case = store.get("cases", case_id)
    if case is None:
        raise UserError(N_("案件不存在"))
    events = [e for e in events_of(store, case_id) if e.id != excluding]
    return rules.case_before(
        events,
        initial_state=State(case["initial_state"]),
        has_plan=store.get("plans", plan_id(case_id)) is not None,
        opened_on=dt.date.fromisoformat(str(case["found_on"])[:10]) if case["found_on"] else None,
        causes=tuple(db.loads(case["causes"]) or ()) if case["causes"] else (),
        birth_date=_birth_date(store, case["child_id"]),
        settings=_cadence(store),
    )


def check_event(
    store: Store,
    case_id: str,
    kind: str,
    payload: dict[str, Any],
    *,
    occurred_on: str,
    excluding: str | None = None,
    today: dt.date | None = None,
    only: tuple[str, ...] = (),
) -> None:
    """Raise rules.RuleRefused if recording this event now would break a rule of the table.

    `only` limits the check to the named preconditions (a document checked before it is drawn).
    """
    ctx = rules.Ctx(
        case=case_before(store, case_id, excluding=excluding),
        event=rules.Proposed(kind, payload, dt.date.fromisoformat(str(occurred_on)[:10])),
        today=today or dt.date.today(),
        role=actor_role(store),
        account=lambda name: find_account(store, name),
    )
    found = rules.refusals(ctx)
    if only:
        found = [r for r in found if r.rule in only]
    if found:
        raise rules.RuleRefused(found)


def check_legal_document(store: Store, case_id: str, step: str, *, on: dt.date) -> None:
    """May the legal document of `step` be issued for the case on `on`? (state and ladder)"""
    check_event(
        store,
        case_id,
        "legal_step",
        {"step": step},
        occurred_on=on.isoformat(),
        today=max(on, dt.date.today()),
        only=("legal_only_in_dropout_or_persuading", "ladder_order_and_timing", "roles"),
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


def _may_write(store: Store, kind: str, case: Any) -> None:
    """The role and scope first: a case outside the user's area is refused as such, before
    any rule is looked at (a rule's message would tell what the case holds)."""
    if store.permit is not None:
        row = {"id": "", "kind": kind, "case_id": case["id"], "child_id": case["child_id"]}
        store.permit(store, "append", "events", row)


def record(
    store: Store,
    case_id: str,
    kind: str,
    payload: model.Record,
    *,
    occurred_on: str | None = None,
    supersedes: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Record an event of a case (a visit, a legal step, a return…), checking the policy's
    rules (domain/rules.py); RuleRefused says which, and nothing is written."""
    case = store.get("cases", case_id)
    if case is None:
        raise UserError(N_("案件不存在"))
    _may_write(store, kind, case)
    occurred_on = occurred_on or (today or dt.date.today()).isoformat()
    if isinstance(payload, model.Record):
        payload.validate()
        values = payload.to_record()
    else:
        values = dict(payload)
    if kind == "deferral" and str(values.get("approver") or "").strip():
        # recorded as the account (username and name), whichever of the two was given
        account = find_account(store, str(values["approver"]).strip())
        if account is not None:
            values.update(approver=account.username, approver_name=account.display_name)
            payload = model.parse_event(kind, values)
    check_event(
        store,
        case_id,
        kind,
        values,
        occurred_on=occurred_on,
        excluding=supersedes,
        today=today,
    )
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
    store: Store,
    case_id: str,
    action: Action,
    params: ActionParams | None = None,
    *,
    today: dt.date | None = None,
) -> State:
    """Move a case on, if the rules allow it (domain/rules.py); return the new state.

    An approver is a user account (username or display name) with a county role; it is
    recorded as that account, with its name and role at the time."""
    params = params or ActionParams()
    case = store.get("cases", case_id)
    if case is None:
        raise UserError(N_("案件不存在"))
    _may_write(store, "transition", case)
    before = case_before(store, case_id)
    state = before.state
    on = (params.on or today or dt.date.today()).isoformat()
    approver, approver_name, approver_role = params.approver.strip(), "", ""
    if approver:
        account = find_account(store, approver)
        if account is not None:
            approver, approver_name, approver_role = (
                account.username,
                account.display_name,
                account.role,
            )
    ground = ""
    if action in (Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL):
        ground = rules.deferral_ground(before.events) or ""
    target = TRANSITIONS[action][1]
    payload = model.Transition(
        action=action.value,
        from_state=state.value,
        to_state=target.value,
        approver=approver,
        approver_name=approver_name,
        approver_role=approver_role,
        evidence=tuple(params.evidence),
        reason=params.reason,
        until=params.until,
        ground=ground,
    )
    rules.check(
        rules.Ctx(
            case=before,
            event=rules.Proposed(
                "transition", payload.to_record(), dt.date.fromisoformat(on), action
            ),
            today=today or dt.date.today(),
            role=actor_role(store),
            account=lambda name: find_account(store, name),
        )
    )
    last = last_transition_on(store, case_id)
    if last and on < last:
        # Transitions fold in date order: an earlier one would not apply after the others.
        raise UserError(Msg("办理日期不能早于该案件上一次状态变更的日期（{last}）", last=last))
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
        "SELECT payload FROM events e WHERE case_id=? AND kind='return'"
        " AND NOT EXISTS (SELECT 1 FROM events x WHERE x.supersedes = e.id)"  # corrected/voided
        " ORDER BY occurred_on DESC, hlc DESC LIMIT 1",
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
        raise UserError(N_("案件不存在"))
    return dict(row)
