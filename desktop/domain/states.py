"""The life of a case (DOMAIN.md), with the policy's rules (教基〔2020〕5号).

A case's state is a fold over its transition events. `check()` decides whether an action is
allowed from a state given the facts of the case, and says why not in Chinese; the store calls
it before writing a transition, the UI calls `available_actions()` to enable buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import TransitionRefused
from desktop.domain.text import N_, Msg


class State(StrEnum):
    SUSPECTED = "suspected"
    DROPOUT = "dropout"
    PERSUADING = "persuading"
    RETURNED = "returned"
    MONITORING = "monitoring"
    DEFERRED = "deferred"
    HOME_TEACHING = "home_teaching"
    TRANSFERRED_PENDING = "transferred_pending"
    CLOSED = "closed"


STATE_LABELS = {
    State.SUSPECTED: N_("疑似辍学"),
    State.DROPOUT: N_("已确认辍学"),
    State.PERSUADING: N_("劝返中"),
    State.RETURNED: N_("已复学"),
    State.MONITORING: N_("跟踪巩固"),
    State.DEFERRED: N_("延缓入学/休学"),
    State.HOME_TEACHING: N_("送教上门"),
    State.TRANSFERRED_PENDING: N_("跨省转出待回执"),
    State.CLOSED: N_("已销号"),
}


class Outcome(StrEnum):
    """Why a closed case was closed (销号)."""

    VERIFIED_ENROLLED = "verified_enrolled"
    RETURNED = "returned"
    TRANSFERRED = "transferred"
    OTHER = "other"


OUTCOME_LABELS = {
    Outcome.VERIFIED_ENROLLED: N_("核实在读/误报"),
    Outcome.RETURNED: N_("复学巩固期满"),
    Outcome.TRANSFERRED: N_("跨省转出已回执"),
    Outcome.OTHER: N_("超龄/死亡/出境等"),
}

OTHER_CLOSE_REASONS = {
    "over_age": N_("超龄"),
    "death": N_("死亡"),
    "abroad": N_("出境"),
    "graduated": N_("完成义务教育"),
}


class Action(StrEnum):
    CONFIRM_DROPOUT = "confirm_dropout"
    VERIFY_ENROLLED = "verify_enrolled"
    START_PERSUASION = "start_persuasion"
    REGISTER_RETURN = "register_return"
    START_MONITORING = "start_monitoring"
    CLOSE_RETURNED = "close_returned"
    RELAPSE = "relapse"
    APPROVE_DEFERRAL = "approve_deferral"
    RENEW_DEFERRAL = "renew_deferral"
    END_DEFERRAL = "end_deferral"
    REFUSAL_EXCEPTION = "refusal_exception"
    START_HOME_TEACHING = "start_home_teaching"
    NOTIFY_TRANSFER = "notify_transfer"
    CLOSE_TRANSFERRED = "close_transferred"
    RESUME_PERSUASION = "resume_persuasion"
    CLOSE_OTHER = "close_other"


ACTION_LABELS = {
    Action.CONFIRM_DROPOUT: N_("确认辍学"),
    Action.VERIFY_ENROLLED: N_("核实在读销号"),
    Action.START_PERSUASION: N_("启动劝返"),
    Action.REGISTER_RETURN: N_("登记复学"),
    Action.START_MONITORING: N_("转入跟踪巩固"),
    Action.CLOSE_RETURNED: N_("巩固期满销号"),
    Action.RELAPSE: N_("反弹（再次辍学）"),
    Action.APPROVE_DEFERRAL: N_("批准延缓入学/休学"),
    Action.RENEW_DEFERRAL: N_("延续延缓/休学"),
    Action.END_DEFERRAL: N_("延缓期满未复学"),
    Action.REFUSAL_EXCEPTION: N_("认定拒不返校特殊情形"),
    Action.START_HOME_TEACHING: N_("转为送教上门"),
    Action.NOTIFY_TRANSFER: N_("跨省转出告知"),
    Action.CLOSE_TRANSFERRED: N_("收到回执销号"),
    Action.RESUME_PERSUASION: N_("恢复劝返"),
    Action.CLOSE_OTHER: N_("其他原因销号"),
}

# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[Action, tuple[frozenset[State], State]] = {
    Action.CONFIRM_DROPOUT: (frozenset({State.SUSPECTED}), State.DROPOUT),
    Action.VERIFY_ENROLLED: (frozenset({State.SUSPECTED}), State.CLOSED),
    Action.START_PERSUASION: (frozenset({State.DROPOUT}), State.PERSUADING),
    Action.REGISTER_RETURN: (
        frozenset({State.PERSUADING, State.DEFERRED, State.HOME_TEACHING}),
        State.RETURNED,
    ),
    Action.START_MONITORING: (frozenset({State.RETURNED}), State.MONITORING),
    Action.CLOSE_RETURNED: (frozenset({State.MONITORING}), State.CLOSED),
    Action.RELAPSE: (frozenset({State.RETURNED, State.MONITORING, State.CLOSED}), State.PERSUADING),
    Action.APPROVE_DEFERRAL: (frozenset({State.PERSUADING}), State.DEFERRED),
    Action.RENEW_DEFERRAL: (frozenset({State.DEFERRED}), State.DEFERRED),
    Action.END_DEFERRAL: (frozenset({State.DEFERRED}), State.PERSUADING),
    Action.REFUSAL_EXCEPTION: (frozenset({State.PERSUADING}), State.PERSUADING),
    Action.START_HOME_TEACHING: (
        frozenset({State.PERSUADING, State.DEFERRED}),
        State.HOME_TEACHING,
    ),
    Action.NOTIFY_TRANSFER: (frozenset({State.PERSUADING}), State.TRANSFERRED_PENDING),
    Action.CLOSE_TRANSFERRED: (frozenset({State.TRANSFERRED_PENDING}), State.CLOSED),
    Action.RESUME_PERSUASION: (frozenset({State.TRANSFERRED_PENDING}), State.PERSUADING),
    Action.CLOSE_OTHER: (
        frozenset(
            {
                State.SUSPECTED,
                State.DROPOUT,
                State.PERSUADING,
                State.DEFERRED,
                State.HOME_TEACHING,
                State.TRANSFERRED_PENDING,
            }
        ),
        State.CLOSED,
    ),
}

CLOSING_OUTCOME = {
    Action.VERIFY_ENROLLED: Outcome.VERIFIED_ENROLLED,
    Action.CLOSE_RETURNED: Outcome.RETURNED,
    Action.CLOSE_TRANSFERRED: Outcome.TRANSFERRED,
    Action.CLOSE_OTHER: Outcome.OTHER,
}

JOINT_PERSUASIONS_FOR_EXCEPTION = 3
MAX_DEFERRAL_DAYS = 366


@dataclass(frozen=True)
class CaseFacts:
    """What the events of a case say, as far as the state machine needs to know."""

    has_plan: bool = False
    persuasion_count: int = 0
    joint_persuasion_count: int = 0
    has_judgment: bool = False
    has_return_record: bool = False  # a return recorded since the last relapse
    has_assessment: bool = False  # 残疾人教育专家委员会 assessment on file
    has_transfer_notice: bool = False  # 跨省告知函 sent
    has_transfer_receipt: bool = False  # its 回执 received
    refusal_exception: bool = False
    monitoring_until: dt.date | None = None
    deferral_until: dt.date | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True)
class ActionParams:
    """What the person taking an action supplies."""

    approver: str = ""
    evidence: tuple[str, ...] = ()  # ids of documents, events or attachments
    reason: str = ""
    until: dt.date | None = None  # deferral end
    on: dt.date | None = None  # date of the action (default today)
    detail: Mapping[str, object] = field(default_factory=dict)


def _need_approver(params: ActionParams, what: str) -> None:
    if not params.approver.strip():
        raise TransitionRefused(Msg("{what}需要审批人，请填写审批人", what=what))


def _need_evidence(params: ActionParams, what: str) -> None:
    if not params.evidence:
        raise TransitionRefused(
            Msg("{what}需要佐证材料（文书、复学记录或附件），请先添加佐证", what=what)
        )


def check(
    state: State, action: Action, facts: CaseFacts, params: ActionParams | None = None
) -> State:
    """Return the state `action` leads to, or raise TransitionRefused saying why not."""
    params = params or ActionParams()
    starts, target = TRANSITIONS[action]
    label = ACTION_LABELS[action]
    if state not in starts:
        allowed = tuple(STATE_LABELS[s] for s in sorted(starts, key=list(State).index))
        raise TransitionRefused(
            Msg(
                "案件当前状态为“{state}”，不能{action}（只能从{allowed}状态办理）",
                state=STATE_LABELS[state],
                action=label,
                allowed=allowed,
            )
        )
    if state is State.CLOSED and action is Action.RELAPSE and facts.outcome is not Outcome.RETURNED:
        raise TransitionRefused(
            N_("只有复学后销号的案件才能因反弹重新打开；其他已销号案件请新建案件")
        )
    today = params.on or dt.date.today()

    if action is Action.START_PERSUASION and not facts.has_plan:
        raise TransitionRefused(N_("启动劝返前必须先制定“一人一案”工作方案"))
    if action is Action.REGISTER_RETURN and not facts.has_return_record:
        raise TransitionRefused(N_("登记复学需要先填写复学登记（复学日期、学校、年级和安置方式）"))
    if action is Action.REFUSAL_EXCEPTION:
        if facts.refusal_exception:
            raise TransitionRefused(N_("该案件已认定为拒不返校特殊情形，劝返工作继续进行"))
        if (
            facts.joint_persuasion_count < JOINT_PERSUASIONS_FOR_EXCEPTION
            and not facts.has_judgment
        ):
            raise TransitionRefused(
                Msg(
                    "认定拒不返校特殊情形需经相关部门联合劝返三次以上（三个不同日期）或经司法部门"
                    "判决裁定（目前联合劝返 {days} 天，无判决裁定；同一天的多次只算一次）",
                    days=facts.joint_persuasion_count,
                )
            )
        _need_approver(params, N_("认定拒不返校特殊情形（县级领导小组核实同意）"))
    if action in (Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL):
        _need_approver(params, ACTION_LABELS[action])
        if params.until is None:
            raise TransitionRefused(N_("延缓入学/休学需要填写截止日期"))
        if params.until <= today:
            raise TransitionRefused(N_("延缓入学/休学的截止日期应晚于今天"))
        if (params.until - today).days > MAX_DEFERRAL_DAYS:
            raise TransitionRefused(N_("延缓入学/休学期限一般不超过一年，期满可申请延续"))
        if not params.reason.strip():
            raise TransitionRefused(N_("延缓入学/休学需要填写原因（如身体原因、拒不返校特殊情形）"))
    if action is Action.END_DEFERRAL and facts.deferral_until and facts.deferral_until > today:
        raise TransitionRefused(
            Msg("延缓/休学期至 {day} 才到期", day=facts.deferral_until.isoformat())
        )
    if action is Action.START_HOME_TEACHING and not facts.has_assessment:
        raise TransitionRefused(N_("转为送教上门需要县残疾人教育专家委员会的评估意见"))
    if action is Action.NOTIFY_TRANSFER and not facts.has_transfer_notice:
        raise TransitionRefused(N_("跨省转出前需要先发出《跨省辍学学生情况告知函》"))
    if action is Action.CLOSE_TRANSFERRED and not facts.has_transfer_receipt:
        raise TransitionRefused(N_("跨省转出销号需要户籍所在地的回执"))
    if (
        action is Action.CLOSE_RETURNED
        and facts.monitoring_until
        and facts.monitoring_until > today
    ):
        raise TransitionRefused(
            Msg("跟踪巩固期至 {day} 才满，暂不能销号", day=facts.monitoring_until.isoformat())
        )
    if action is Action.CLOSE_OTHER and params.reason not in OTHER_CLOSE_REASONS:
        raise TransitionRefused(N_("其他原因销号需选择原因：超龄、死亡、出境或完成义务教育"))
    if target is State.CLOSED:
        _need_evidence(params, N_("销号"))
        _need_approver(params, N_("销号"))
    return target


def available_actions(
    state: State, facts: CaseFacts, *, on: dt.date | None = None
) -> dict[Action, str | None]:
    """Each action that starts from `state`, with None if allowed or the reason it is not.

    Approver and evidence are supplied in the action's dialog, so they are assumed present here.
    """
    probe = ActionParams(
        approver="?",
        evidence=("?",),
        reason="over_age",
        until=(on or dt.date.today()) + dt.timedelta(days=180),
        on=on,
    )
    result: dict[Action, str | None] = {}
    for action, (starts, _target) in TRANSITIONS.items():
        if state not in starts:
            continue
        try:
            check(state, action, facts, probe)
        except TransitionRefused as exc:  # the message itself: a Msg keeps its marks
            first = exc.args[0] if len(exc.args) == 1 else None
            result[action] = first if isinstance(first, str) else str(exc)
        else:
            result[action] = None
    return result


def check_contact(state: State, facts: CaseFacts) -> None:
    """May a contact (visit, call, persuasion) be logged against a case in `state`?"""
    if state is State.CLOSED:
        raise TransitionRefused(N_("案件已销号，不能再记录劝返；如学生再次辍学，请先办理“反弹”"))
    if state is State.DROPOUT and not facts.has_plan:
        raise TransitionRefused(
            N_("该学生已确认辍学但尚未制定“一人一案”工作方案，请先制定方案再记录劝返工作")
        )


@dataclass(frozen=True)
class TransitionRecord:
    """A transition event as stored: the action, the state it started from and its order key."""

    action: Action
    from_state: State
    order_key: str  # (occurred date, HLC) so every device folds in the same order
    event_id: str = ""


@dataclass(frozen=True)
class Fold:
    state: State
    outcome: Outcome | None
    refusal_exception: bool
    invalid: tuple[str, ...]  # event ids of transitions that did not apply (review queue)


def fold(transitions: Iterable[TransitionRecord], *, initial: State = State.SUSPECTED) -> Fold:
    """The state after applying transitions in order; mismatched ones are reported, not applied.

    After a merge two devices may both have moved a case on from the same state; the later
    one (by order key) then starts from a state it did not see, and goes to review.
    """
    state, outcome, refusal, invalid = initial, None, False, []
    for t in sorted(transitions, key=lambda t: t.order_key):
        starts, target = TRANSITIONS[t.action]
        if t.from_state is not state or state not in starts:
            invalid.append(t.event_id)
            continue
        if t.action is Action.REFUSAL_EXCEPTION:
            refusal = True
        if t.action is Action.RELAPSE:
            outcome = None
        state = target
        if target is State.CLOSED:
            outcome = CLOSING_OUTCOME[t.action]
    return Fold(state, outcome, refusal, tuple(invalid))
