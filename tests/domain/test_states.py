import datetime as dt
import itertools

import pytest

from desktop.domain.errors import TransitionRefused
from desktop.domain.states import (
    TRANSITIONS,
    Action,
    ActionParams,
    CaseFacts,
    Outcome,
    State,
    TransitionRecord,
    available_actions,
    check,
    check_contact,
    fold,
)

TODAY = dt.date(2026, 11, 28)
# Facts under which every rule of every action is satisfied.
GOOD = CaseFacts(
    has_plan=True,
    persuasion_count=5,
    joint_persuasion_count=3,
    has_return_record=True,
    has_assessment=True,
    has_transfer_notice=True,
    has_transfer_receipt=True,
    monitoring_until=TODAY - dt.timedelta(days=1),
    deferral_until=TODAY - dt.timedelta(days=1),
    outcome=Outcome.RETURNED,
)
FULL = ActionParams(
    approver="县教育局",
    evidence=("doc-1",),
    reason="over_age",
    until=TODAY + dt.timedelta(days=200),
    on=TODAY,
)

EXPECTED = {
    (State.SUSPECTED, Action.CONFIRM_DROPOUT): State.DROPOUT,
    (State.SUSPECTED, Action.VERIFY_ENROLLED): State.CLOSED,
    (State.SUSPECTED, Action.CLOSE_OTHER): State.CLOSED,
    (State.DROPOUT, Action.START_PERSUASION): State.PERSUADING,
    (State.DROPOUT, Action.CLOSE_OTHER): State.CLOSED,
    (State.PERSUADING, Action.REGISTER_RETURN): State.RETURNED,
    (State.PERSUADING, Action.APPROVE_DEFERRAL): State.DEFERRED,
    (State.PERSUADING, Action.REFUSAL_EXCEPTION): State.PERSUADING,
    (State.PERSUADING, Action.START_HOME_TEACHING): State.HOME_TEACHING,
    (State.PERSUADING, Action.NOTIFY_TRANSFER): State.TRANSFERRED_PENDING,
    (State.PERSUADING, Action.CLOSE_OTHER): State.CLOSED,
    (State.RETURNED, Action.START_MONITORING): State.MONITORING,
    (State.RETURNED, Action.RELAPSE): State.PERSUADING,
    (State.MONITORING, Action.CLOSE_RETURNED): State.CLOSED,
    (State.MONITORING, Action.RELAPSE): State.PERSUADING,
    (State.CLOSED, Action.RELAPSE): State.PERSUADING,
    (State.DEFERRED, Action.REGISTER_RETURN): State.RETURNED,
    (State.DEFERRED, Action.RENEW_DEFERRAL): State.DEFERRED,
    (State.DEFERRED, Action.END_DEFERRAL): State.PERSUADING,
    (State.DEFERRED, Action.START_HOME_TEACHING): State.HOME_TEACHING,
    (State.DEFERRED, Action.CLOSE_OTHER): State.CLOSED,
    (State.HOME_TEACHING, Action.REGISTER_RETURN): State.RETURNED,
    (State.HOME_TEACHING, Action.CLOSE_OTHER): State.CLOSED,
    (State.TRANSFERRED_PENDING, Action.CLOSE_TRANSFERRED): State.CLOSED,
    (State.TRANSFERRED_PENDING, Action.RESUME_PERSUASION): State.PERSUADING,
    (State.TRANSFERRED_PENDING, Action.CLOSE_OTHER): State.CLOSED,
}


def test_the_table_is_what_domain_md_draws():
    derived = {(s, a): t for a, (starts, t) in TRANSITIONS.items() for s in starts}
    assert derived == EXPECTED


@pytest.mark.parametrize(("state", "action"), list(itertools.product(State, Action)))
def test_every_transition_legal_or_refused(state, action):
    if (state, action) in EXPECTED:
        assert check(state, action, GOOD, FULL) is EXPECTED[(state, action)]
    else:
        with pytest.raises(TransitionRefused, match="当前状态"):
            check(state, action, GOOD, FULL)


def refused(state, action, facts=GOOD, params=FULL, match=""):
    with pytest.raises(TransitionRefused, match=match):
        check(state, action, facts, params)


def test_plan_before_persuasion():
    refused(State.DROPOUT, Action.START_PERSUASION, CaseFacts(has_plan=False), match="一人一案")
    with pytest.raises(TransitionRefused, match="一人一案"):
        check_contact(State.DROPOUT, CaseFacts(has_plan=False))
    check_contact(State.DROPOUT, CaseFacts(has_plan=True))
    check_contact(State.SUSPECTED, CaseFacts())  # verification visits need no plan
    with pytest.raises(TransitionRefused, match="已销号"):
        check_contact(State.CLOSED, GOOD)


def test_refusal_exception_needs_three_joint_persuasions_or_a_judgment_and_an_approver():
    two = CaseFacts(has_plan=True, joint_persuasion_count=2)
    refused(State.PERSUADING, Action.REFUSAL_EXCEPTION, two, match="联合劝返三次以上")
    assert (
        check(State.PERSUADING, Action.REFUSAL_EXCEPTION, CaseFacts(joint_persuasion_count=3), FULL)
        is State.PERSUADING
    )
    assert (
        check(State.PERSUADING, Action.REFUSAL_EXCEPTION, CaseFacts(has_judgment=True), FULL)
        is State.PERSUADING
    )
    refused(
        State.PERSUADING, Action.REFUSAL_EXCEPTION, GOOD, ActionParams(on=TODAY), match="审批人"
    )
    refused(
        State.PERSUADING,
        Action.REFUSAL_EXCEPTION,
        CaseFacts(joint_persuasion_count=3, refusal_exception=True),
        match="已认定",
    )


def test_refusal_exception_keeps_persuasion_open():
    records = [
        TransitionRecord(Action.START_PERSUASION, State.DROPOUT, "1"),
        TransitionRecord(Action.REFUSAL_EXCEPTION, State.PERSUADING, "2"),
    ]
    result = fold(records, initial=State.DROPOUT)
    assert result.state is State.PERSUADING and result.refusal_exception
    check_contact(result.state, CaseFacts(has_plan=True, refusal_exception=True))


@pytest.mark.parametrize(
    "action",
    [Action.VERIFY_ENROLLED, Action.CLOSE_RETURNED, Action.CLOSE_TRANSFERRED, Action.CLOSE_OTHER],
)
def test_closing_needs_evidence_and_an_approver(action):
    state = next(s for (s, a) in EXPECTED if a is action)
    refused(
        state,
        action,
        GOOD,
        ActionParams(approver="县教育局", reason="over_age", on=TODAY),
        match="佐证",
    )
    refused(
        state,
        action,
        GOOD,
        ActionParams(evidence=("x",), reason="over_age", on=TODAY),
        match="审批人",
    )


def test_close_other_needs_a_known_reason():
    refused(
        State.PERSUADING,
        Action.CLOSE_OTHER,
        GOOD,
        ActionParams(approver="a", evidence=("e",), reason="嫌麻烦", on=TODAY),
        match="超龄",
    )


def test_relapse_reopens_only_cases_closed_after_return():
    assert (
        check(State.CLOSED, Action.RELAPSE, CaseFacts(outcome=Outcome.RETURNED), FULL)
        is State.PERSUADING
    )
    refused(
        State.CLOSED, Action.RELAPSE, CaseFacts(outcome=Outcome.VERIFIED_ENROLLED), match="新建案件"
    )


def test_monitoring_period_must_pass_before_closing():
    facts = CaseFacts(monitoring_until=TODAY + dt.timedelta(days=10))
    refused(State.MONITORING, Action.CLOSE_RETURNED, facts, match="跟踪巩固期")


def test_deferral_rules():
    base = dict(approver="县教育局", reason="身体原因", on=TODAY)
    refused(State.PERSUADING, Action.APPROVE_DEFERRAL, GOOD, ActionParams(**base), match="截止日期")
    refused(
        State.PERSUADING,
        Action.APPROVE_DEFERRAL,
        GOOD,
        ActionParams(**base, until=TODAY + dt.timedelta(days=400)),
        match="一年",
    )
    refused(
        State.PERSUADING,
        Action.APPROVE_DEFERRAL,
        GOOD,
        ActionParams(**base, until=TODAY),
        match="晚于今天",
    )
    refused(
        State.PERSUADING,
        Action.APPROVE_DEFERRAL,
        GOOD,
        ActionParams(approver="x", until=TODAY + dt.timedelta(days=30), on=TODAY),
        match="原因",
    )
    not_due = CaseFacts(deferral_until=TODAY + dt.timedelta(days=5))
    refused(State.DEFERRED, Action.END_DEFERRAL, not_due, FULL, match="到期")
    assert (
        check(State.DEFERRED, Action.END_DEFERRAL, CaseFacts(deferral_until=TODAY), FULL)
        is State.PERSUADING
    )


def test_other_preconditions():
    refused(State.PERSUADING, Action.REGISTER_RETURN, CaseFacts(), match="复学登记")
    refused(State.PERSUADING, Action.START_HOME_TEACHING, CaseFacts(), match="评估")
    refused(State.PERSUADING, Action.NOTIFY_TRANSFER, CaseFacts(), match="告知函")
    refused(State.TRANSFERRED_PENDING, Action.CLOSE_TRANSFERRED, CaseFacts(), match="回执")


def test_available_actions_gives_reasons_for_disabled_buttons():
    acts = available_actions(State.DROPOUT, CaseFacts(), on=TODAY)
    assert "一人一案" in acts[Action.START_PERSUASION]
    assert acts[Action.CLOSE_OTHER] is None
    assert set(acts) == {a for (s, a) in EXPECTED if s is State.DROPOUT}


def test_fold_reports_transitions_that_no_longer_fit_after_a_merge():
    # Two devices both moved the case on from PERSUADING; the later one does not apply.
    records = [
        TransitionRecord(Action.START_PERSUASION, State.DROPOUT, "a", "e1"),
        TransitionRecord(Action.APPROVE_DEFERRAL, State.PERSUADING, "b", "e2"),
        TransitionRecord(Action.NOTIFY_TRANSFER, State.PERSUADING, "c", "e3"),
    ]
    result = fold(records, initial=State.DROPOUT)
    assert result.state is State.DEFERRED
    assert result.invalid == ("e3",)
    closed = fold(
        [
            *records[:2],
            TransitionRecord(Action.END_DEFERRAL, State.DEFERRED, "d", "e4"),
            TransitionRecord(Action.CLOSE_OTHER, State.PERSUADING, "e", "e5"),
        ],
        initial=State.DROPOUT,
    )
    assert closed.state is State.CLOSED and closed.outcome is Outcome.OTHER
