"""The rule table, walked both ways: every rule has an example that passes and one that is
refused (tests/rules_examples.py), and every row's roles and required fields are tried."""

from __future__ import annotations

import datetime as dt

import pytest
from rules_examples import ACCOUNTS, EXAMPLES, Example, day, resolve

from desktop.domain import rule_replay, rules
from desktop.domain.casefacts import EventView, summarize
from desktop.domain.states import TRANSITIONS, Action, State

TODAY = dt.date(2026, 11, 28)


def build(ex: Example, today: dt.date = TODAY) -> rules.Ctx:
    """The example as the rules see it: the case before the proposed event, and the event."""
    opened = today - dt.timedelta(days=ex.opened_days_ago)
    initial = State.DROPOUT if ex.ledger == "dropout" else State.SUSPECTED
    evs: list[EventView] = []
    ids: list[str] = []

    def before() -> rules.CaseBefore:
        return rules.case_before(
            evs,
            initial_state=initial,
            has_plan=ex.plan,
            opened_on=opened,
            causes=ex.causes,
            birth_date=today - dt.timedelta(days=ex.birth_days_ago),
        )

    def payload_of(step, case: rules.CaseBefore) -> dict:
        p = resolve(dict(step.payload), ids, today)
        p = {k: resolve(v, ids, today) for k, v in p.items()}
        if step.kind != "act":
            return p
        account = ACCOUNTS.get(p.get("approver", ""))
        return {
            **p,
            "action": step.action.value,
            "from_state": case.state.value,
            "to_state": TRANSITIONS[step.action][1].value,
            "approver_role": account.role if account else "",
            "ground": rules.deferral_ground(case.events) or "",
        }

    for n, step in enumerate(ex.history):
        case = before()
        ids.append(f"e{n}")
        kind = "transition" if step.kind == "act" else step.kind
        evs.append(
            EventView(
                f"e{n}", kind, day(step, today).isoformat(), payload_of(step, case), f"{n:04d}"
            )
        )
    case = before()
    step = ex.proposed
    return rules.Ctx(
        case=case,
        event=rules.Proposed(
            "transition" if step.kind == "act" else step.kind,
            payload_of(step, case),
            day(step, today),
            step.action,
        ),
        today=today,
        role=ex.role,
        account=ACCOUNTS.get,
    )


def test_every_rule_of_the_table_has_an_example_each_way():
    named = {f.__name__ for f in rules.all_preconditions()} | {"roles", "required"}
    passing = {ex.rule for ex in EXAMPLES if ex.passes}
    refused = {ex.rule for ex in EXAMPLES if not ex.passes}
    assert named - passing == set(), "rules without an example that passes"
    assert named - refused == set(), "rules without an example that is refused"
    assert {ex.rule for ex in EXAMPLES} <= named, "examples of rules that are not in the table"


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex.name)
def test_example(ex: Example):
    found = rules.refusals(build(ex))
    if ex.passes:
        assert found == [], found
    else:
        assert ex.rule in {r.rule for r in found}, found
        assert all(r.message for r in found)


ALL_ROLES = ("county_admin", "township_cadre", "village_cadre", "teacher")


def _rows():
    for kind, row in rules.EVENT_RULES.items():
        yield f"event:{kind}", "transition" if False else kind, None, row.roles, row.required
    for action, trow in rules.TRANSITION_RULES.items():
        yield f"action:{action.value}", "transition", action, trow.roles, trow.required


@pytest.mark.parametrize("row", list(_rows()), ids=lambda r: r[0])
def test_each_rows_roles_and_required_fields(row):
    _name, kind, action, roles, required = row
    case = rules.case_before(
        [], initial_state=State.PERSUADING, has_plan=True, opened_on=TODAY - dt.timedelta(days=30)
    )

    def ctx(payload: dict, role: str | None) -> rules.Ctx:
        return rules.Ctx(
            case=case,
            event=rules.Proposed(kind, payload, TODAY, action),
            today=TODAY,
            role=role,
            account=ACCOUNTS.get,
        )

    full = {
        key: "d" if key not in ("evidence", "teachers", "participants") else ["x"]
        for key, _ in required
    }
    for role in ALL_ROLES:
        found = {r.rule for r in rules.refusals(ctx(full, role))}
        assert ("roles" in found) == (role not in roles), role
    if required:
        found = rules.refusals(ctx({}, None))
        missing = [r for r in found if r.rule == "required"]
        assert missing and all(label in missing[0].message for _key, label in required)
        assert "required" not in {r.rule for r in rules.refusals(ctx(full, None))}


def test_joint_persuasions_count_once_per_day_and_calls_are_not_visits():
    def ev(n: int, on: str, kind: str) -> EventView:
        return EventView(f"e{n}", "contact", on, {"kind": kind}, f"{n:04d}")

    evs = [
        ev(1, "2026-10-01", "joint"),
        ev(2, "2026-10-01", "joint"),
        ev(3, "2026-10-01", "joint"),
        ev(4, "2026-10-05", "phone"),
        ev(5, "2026-10-06", "video"),
        ev(6, "2026-10-07", "home_visit"),
    ]
    s = summarize(evs, has_plan=True, initial_state=State.PERSUADING)
    assert s.facts.joint_persuasion_count == 1
    assert s.facts.persuasion_count == 2  # one home visit, one day of joint persuasion


def test_after_a_refusal_exception_deferral_the_visits_go_on():
    ex = next(e for e in EXAMPLES if e.name == "deferral on three joint persuasions on three days")
    ctx = build(ex)
    assert rules.refusals(ctx) == []
    deferral = EventView("d", "transition", TODAY.isoformat(), dict(ctx.event.payload), "9999")
    assert deferral.payload["ground"] == "refusal"
    s = summarize(
        [*ctx.case.events, deferral],
        has_plan=True,
        initial_state=State.DROPOUT,
        opened_on=(TODAY - dt.timedelta(days=100)).isoformat(),
    )
    assert s.fold.state is State.DEFERRED and s.facts.refusal_exception
    assert s.next_contact_on is not None


def test_replay_finds_the_planted_violation_only():
    ex = next(
        e for e in EXAMPLES if e.name == "a penalty after the prior notice's statement period"
    )
    ctx = build(ex)
    good = EventView(
        "p", "legal_step", ctx.event.occurred_on.isoformat(), dict(ctx.event.payload), "9000"
    )
    history = rule_replay.CaseHistory(
        case_id="c",
        case_no="2026-100-0001-AAA",
        initial_state=State.DROPOUT,
        opened_on=TODAY - dt.timedelta(days=100),
        causes=("20",),
        birth_date=None,
        plan_made_on=None,
        has_plan=True,
        events=(*ctx.case.events, good),
    )
    assert rule_replay.replay(history, today=TODAY, account=ACCOUNTS.get) == []
    planted = EventView(
        "x", "legal_step", (TODAY - dt.timedelta(days=1)).isoformat(), {"step": "demand"}, "9500"
    )
    found = rule_replay.replay(
        rule_replay.CaseHistory(**{**history.__dict__, "events": (*history.events, planted)}),
        today=TODAY,
        account=ACCOUNTS.get,
    )
    assert [(r.rule, r.event_id) for r in found] == [("ladder_order_and_timing", "x")]


def test_a_refusal_names_every_broken_rule_in_chinese():
    ex = next(e for e in EXAMPLES if e.name == "deferral because the parents do not agree")
    with pytest.raises(rules.RuleRefused) as err:
        rules.check(build(ex))
    assert "延缓入学/休学只能基于" in str(err.value)
    assert Action.APPROVE_DEFERRAL in rules.APPROVAL_ACTIONS


def test_names_and_addresses_have_length_limits():
    from desktop.domain import model
    from desktop.domain.errors import ValidationError

    model.Child(name="阿卜杜热合曼·阿卜杜克热木").validate()  # a long name that is real
    with pytest.raises(ValidationError, match="姓名最多30个字"):
        model.Child(name="张" * 200).validate()
    with pytest.raises(ValidationError, match="监护人姓名最多30个字"):
        model.Guardian(child_id="c", name="李" * 31).validate()
