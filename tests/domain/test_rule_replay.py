"""The rule review's replay carries each case's summary forward (casefacts.RunningSummary) instead
of summarising every prefix of its events anew: it must give exactly what the prefix-by-prefix
definition gives — the same summary before every event, the same refusals — on any history,
transitions folded in `fold`'s own order (occurred_on[:10], then HLC) even where that is not
the order the events come in (occurred_on in full, then HLC)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rules_examples import ACCOUNTS

from desktop.domain import rule_replay, rules
from desktop.domain.casefacts import EventView, RunningSummary, live_events, summarize
from desktop.domain.corrections import VOID
from desktop.domain.rule_context import Account, Ctx, Proposed, Refusal, _d
from desktop.domain.states import TRANSITIONS, Action, Outcome, State

TODAY = dt.date(2026, 11, 28)
START = dt.date(2026, 9, 1)
ALL_ACCOUNTS = {**ACCOUNTS, "old": Account("old", "县教育局王停", "county_admin", active=False)}


def prefix_replay(
    history: rule_replay.CaseHistory,
    *,
    today: dt.date,
    account: Callable[[str], Account | None],
    settings: Mapping[str, int] | None = None,
) -> list[Refusal]:
    """The definition (rules.replay before the running summary): each event against
    case_before(every event before it), summarised from scratch."""
    evs = sorted(live_events(history.events), key=lambda e: (e.occurred_on, e.hlc))
    found: list[Refusal] = []
    for n, ev in enumerate(evs):
        day = _d(ev.occurred_on)
        if day is None:
            found.append(Refusal("not_after_today", "日期无法识别", ev.id, ev.kind, ev.occurred_on))
            continue
        has_plan = history.has_plan and (
            history.plan_made_on is None or history.plan_made_on <= day
        )
        before = rules.case_before(
            evs[:n],
            initial_state=history.initial_state,
            has_plan=has_plan,
            opened_on=history.opened_on,
            causes=history.causes,
            birth_date=history.birth_date,
            settings=settings,
        )
        action = None
        if ev.kind == "transition":
            try:
                action = Action(ev.payload.get("action", ""))
            except ValueError:
                found.append(
                    Refusal("transition_allowed", "未知的办理事项", ev.id, ev.kind, ev.occurred_on)
                )
                continue
        ctx = Ctx(
            case=before,
            event=Proposed(ev.kind, ev.payload, day, action, ev.id),
            today=today,
            account=account,
            replay=True,
        )
        found.extend(rules.refusals(ctx))
    return found


# --- generated histories ----------------------------------------------------------------------

KINDS = [
    "transition",
    "transition",
    "transition",
    "contact",
    "contact",
    "contact",
    "return",
    "follow_up",
    "legal_step",
    "assessment",
    "notice",
    "deferral",
    "document",
    "service_receipt",
    "support",
    VOID,
]


@st.composite
def histories(draw: st.DrawFn) -> tuple[rule_replay.CaseHistory, dict[str, int] | None]:
    initial = draw(st.sampled_from([State.SUSPECTED, State.DROPOUT]))
    walk = initial  # the state the history's author saw: most transitions start from it
    events: list[EventView] = []
    ids: list[str] = []

    def day() -> str:
        # most on a few days (several a day: the order within a day matters), some after today
        on = (START + dt.timedelta(days=draw(st.integers(0, 3) | st.integers(60, 100)))).isoformat()
        if draw(st.booleans()):  # a time of day: full order ≠ fold's order
            on += f"T{draw(st.integers(8, 17)):02d}:{draw(st.sampled_from(['00', '30']))}"
        return on

    def some_id() -> str:
        return draw(st.sampled_from(ids)) if ids and draw(st.booleans()) else "nothing"

    def approver() -> str:
        return draw(st.sampled_from(["jyj", "xz", "old", "stranger", ""]))

    for n in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(KINDS))
        p: dict[str, Any] = {}
        supersedes = None
        if kind == "transition":
            allowed = [a for a, (starts, _t) in TRANSITIONS.items() if walk in starts]
            action = draw(st.sampled_from(allowed or list(Action)))
            came_from = walk if draw(st.integers(0, 4)) else draw(st.sampled_from(list(State)))
            if came_from in TRANSITIONS[action][0]:
                walk = TRANSITIONS[action][1]
            p = {"action": action.value, "from_state": came_from.value}
            if action in (Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL):
                p["until"] = (START + dt.timedelta(days=draw(st.integers(30, 400)))).isoformat()
                p["ground"] = draw(st.sampled_from(["refusal", "disability", ""]))
                p["reason"] = "身体原因"
            if draw(st.booleans()):
                p["approver"] = approver()
                p["approver_role"] = draw(st.sampled_from(["county_admin", "teacher", ""]))
            if draw(st.booleans()):
                p["evidence"] = [some_id()]
            if action is Action.CLOSE_OTHER:
                p["reason"] = draw(st.sampled_from(["over_age", "death", ""]))
        elif kind == "contact":
            p = {"kind": draw(st.sampled_from(["home_visit", "joint", "phone", None]))}
            if p["kind"] is None:
                del p["kind"]
            if draw(st.booleans()):
                p.update(participants=["张老师"], met="母亲", findings="在家", result="答应返校")
            if draw(st.integers(0, 3)) == 0:
                p["next_date"] = day()
        elif kind == "return":
            p = {"school_id": "s1"}
            if draw(st.booleans()):
                p["return_date"] = day()[:10]
        elif kind == "legal_step":
            p = {"step": draw(st.sampled_from(["demand", "judgment", "order_notice", "penalty"]))}
            if draw(st.booleans()):
                p["deadline"] = day()[:10]
        elif kind == "assessment":
            p = {"conclusion": "轻度", "recommends_deferral": draw(st.booleans())}
        elif kind == "notice":
            p = {
                "counterpart": "某省某县教育局",
                "kind": draw(st.sampled_from(["cross_province", "school", None])),
                "direction": draw(st.sampled_from(["sent", "receipt"])),
                "replies_to": some_id(),
            }
            if p["kind"] is None:
                del p["kind"]
        elif kind == "deferral":
            p = {"reason": "身体原因", "until": "2027-07-01", "approver": approver()}
            p["refusal_exception"] = draw(st.booleans())
        elif kind == "service_receipt":
            p = {"doc_name": "通知书", "recipient": "家长", "served_at": day()[:10]}
            p["legal_step_id"] = some_id()
        if (kind == VOID or draw(st.integers(0, 9)) == 0) and ids:
            supersedes = draw(st.sampled_from(ids))  # a correction, or a voiding
        hlc = f"{draw(st.integers(0, 60)):016x}"  # ties happen
        ids.append(f"e{n}")
        events.append(EventView(f"e{n}", kind, day(), p, hlc, supersedes))
    plan = draw(st.sampled_from(["none", "known", "undated"]))
    history = rule_replay.CaseHistory(
        case_id="c",
        case_no="2026-100-0001-AAA",
        initial_state=initial,
        opened_on=draw(st.sampled_from([None, START, START + dt.timedelta(days=20)])),
        causes=draw(st.sampled_from([(), ("20",)])),
        birth_date=draw(st.sampled_from([None, dt.date(2010, 5, 1), dt.date(2013, 9, 1)])),
        plan_made_on=START + dt.timedelta(days=30) if plan == "known" else None,
        has_plan=plan != "none",
        events=tuple(draw(st.permutations(events))),
    )
    cadences = draw(
        st.sampled_from(
            [
                None,
                {
                    "visit_cadence_days": 7,
                    "suspected_days": 3,
                    "followup_cadence_days": 10,
                    "monitoring_days": 90,
                },
            ]
        )
    )
    return history, cadences


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_the_running_summary_is_summarize_of_every_prefix(case):
    history, cadences = case
    evs = sorted(live_events(history.events), key=lambda e: (e.occurred_on, e.hlc))
    opened = history.opened_on.isoformat() if history.opened_on else None
    running = RunningSummary(
        initial_state=history.initial_state, opened_on=opened, **(cadences or {})
    )
    for n in range(len(evs) + 1):
        for has_plan in (False, True):
            expected = summarize(
                evs[:n],
                has_plan=has_plan,
                initial_state=history.initial_state,
                opened_on=opened,
                **(cadences or {}),
            )
            assert running.summary(has_plan=has_plan) == expected, n
        if n < len(evs):
            running.add(evs[n])


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_the_case_before_each_event_is_case_before_of_the_events_before_it(case):
    history, cadences = case
    evs = sorted(live_events(history.events), key=lambda e: (e.occurred_on, e.hlc))
    got = list(rule_replay.befores(history, settings=cadences))
    assert [ev for ev, _day, _before in got] == evs
    for n, (ev, day, before) in enumerate(got):
        assert day == _d(ev.occurred_on)
        if day is None:
            assert before is None
            continue
        has_plan = history.has_plan and (
            history.plan_made_on is None or history.plan_made_on <= day
        )
        assert before == rules.case_before(
            evs[:n],
            initial_state=history.initial_state,
            has_plan=has_plan,
            opened_on=history.opened_on,
            causes=history.causes,
            birth_date=history.birth_date,
            settings=cadences,
        ), ev.id


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_the_replay_refuses_exactly_what_the_prefix_definition_refuses(case):
    history, cadences = case
    args = {"today": TODAY, "account": ALL_ACCOUNTS.get, "settings": cadences}
    assert rule_replay.replay(history, **args) == prefix_replay(history, **args)


def ev(n: int, kind: str, on: str, hlc: int, /, **payload: Any) -> EventView:
    return EventView(f"e{n}", kind, on, payload, f"{hlc:016x}")


def test_transitions_fold_by_day_then_hlc_not_in_the_order_they_come():
    """Two devices moved the case on the same day: one recorded a time of day, the other did
    not. The events come as "2026-03-02" (HLC 9) before "2026-03-02T08:00" (HLC 5), but fold
    takes HLC 5 first: 开始劝返 applies, then the 销号 from 劝返中 (HLC 9) applies after it. In
    the order they come the 销号 would not fit (the case was still 已辍学)."""
    events = [
        ev(1, "transition", "2026-03-01", 1, action="confirm_dropout", from_state="suspected"),
        ev(2, "transition", "2026-03-02", 9, action="close_other", from_state="persuading"),
        ev(3, "transition", "2026-03-02T08:00", 5, action="start_persuasion", from_state="dropout"),
        ev(4, "contact", "2026-03-03", 10, kind="home_visit"),
    ]
    evs = sorted(events, key=lambda e: (e.occurred_on, e.hlc))
    assert [e.id for e in evs] == ["e1", "e2", "e3", "e4"]
    running = RunningSummary(initial_state=State.SUSPECTED)
    for n, e in enumerate(evs):
        running.add(e)
        expected = summarize(evs[: n + 1], has_plan=True, initial_state=State.SUSPECTED)
        assert running.summary(has_plan=True) == expected
        if n == 1:  # before e3 came, e2 did not fit
            assert expected.fold.invalid == ("e2",)
    got = running.summary(has_plan=True)
    assert got.fold.state is State.CLOSED and got.fold.invalid == ()
    assert got.fold.outcome is Outcome.OTHER
    assert got.facts.persuasion_count == 1


def test_a_history_breaking_rules_gets_the_same_refusals_both_ways():
    history = rule_replay.CaseHistory(
        case_id="c",
        case_no="2026-100-0001-AAA",
        initial_state=State.SUSPECTED,
        opened_on=dt.date(2026, 3, 1),
        causes=(),
        birth_date=None,
        plan_made_on=None,
        has_plan=False,
        events=(
            ev(1, "contact", "2026-02-27", 1, kind="home_visit"),  # before the case opened
            ev(2, "transition", "2026-03-05", 2, action="confirm_dropout", from_state="suspected"),
            ev(3, "contact", "2026-03-06", 3, kind="phone"),  # a dropout without a plan
            ev(4, "transition", "2026-03-04", 4, action="start_persuasion", from_state="dropout"),
            ev(5, "follow_up", "2027-01-01", 5),  # after today
            ev(6, "transition", "2027-02-01", 6, action="teleport", from_state="dropout"),
        ),
    )
    args = {"today": TODAY, "account": ALL_ACCOUNTS.get}
    found = rule_replay.replay(history, **args)
    assert found == prefix_replay(history, **args)
    assert {(r.event_id, r.rule) for r in found} >= {
        ("e1", "not_before_opened"),
        ("e2", "dropout_has_cause"),
        ("e3", "contact_allowed_in_state"),
        ("e5", "not_after_today"),
        ("e6", "transition_allowed"),
    }
