"""The policy's rules as one table (DOMAIN.md, "Rules made precise"), checked on every write.

Read it against DOMAIN.md: `EVENT_RULES` has one row per event kind, `TRANSITION_RULES` one per
action of the state machine; each row names the roles that may record it, its required fields
and its preconditions. A precondition is a small named function that returns the Chinese reason
it fails, or None. `COMMON` holds the preconditions every event obeys (dates, lengths).

Pure domain: the caller passes the case as it was before the event (its live events, facts,
opening date, causes, the child's birth date), today, the actor's role and a lookup of user
accounts. The store runs `check()` before writing (desktop/store/cases.py); rule_replay.py runs
the table over stored histories (`kcbx check --rules`, the review of a merge).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.casefacts import EventView, live_events, summarize
from desktop.domain.errors import TransitionRefused
from desktop.domain.ids import age_on
from desktop.domain.legal_ladder import (
    ladder_order_and_timing,
    legal_only_in_dropout_or_persuading,
)
from desktop.domain.rule_context import (
    Account,
    CaseBefore,
    Ctx,
    Precondition,
    Proposed,
    Refusal,
    RuleRefused,
    _d,
)
from desktop.domain.states import (
    ACTION_LABELS,
    CLOSING_OUTCOME,
    JOINT_PERSUASIONS_FOR_EXCEPTION,
    Action,
    ActionParams,
    State,
    check_contact,
)
from desktop.domain.states import check as check_transition
from desktop.domain.text import N_, Msg

# --- roles (plain strings: the roles themselves are the security layer's) --------------------

COUNTY = "county_admin"
TOWNSHIP = "township_cadre"
VILLAGE = "village_cadre"
TEACHER = "teacher"
COUNTY_ROLES = frozenset({COUNTY})  # county admin / education bureau: the only approvers
WRITERS = frozenset({COUNTY, TOWNSHIP, VILLAGE, TEACHER})
CASE_WORKERS = frozenset({COUNTY, TOWNSHIP, TEACHER})
COUNTY_AND_TOWNSHIP = frozenset({COUNTY, TOWNSHIP})
ROLE_LABELS = {
    COUNTY: N_("县级管理员"),
    TOWNSHIP: N_("乡镇干部"),
    VILLAGE: N_("村干部"),
    TEACHER: N_("教师"),
}

# --- lengths [default] -------------------------------------------------------------------

SHORT_TEXT_MAX = 100  # a name, a place, a document number, one participant
LONG_TEXT_MAX = 2000  # findings, a summary, a reason
LIST_MAX = 30  # participants, departments, members
LONG_TEXT_FIELDS = frozenset(
    {
        "findings",
        "next_step",
        "summary",
        "content",
        "reason",
        "conclusion",
        "note",
        "response",
        "next_goal",
        "proof",
        "caption",
    }
)


# --- preconditions: dates ---------------------------------------------------------------


# payload dates that say when something happened (not deadlines or plans)
_HAPPENED = {"return": "return_date", "service_receipt": "served_at", "deferral": None}


_FUTURE = N_("日期 {day} 晚于今天（{today}），不能登记尚未发生的事")


def not_after_today(c: Ctx) -> str | None:
    """No event is dated after today."""
    if c.event.occurred_on > c.today:
        return Msg(_FUTURE, day=c.event.occurred_on.isoformat(), today=c.today.isoformat())
    key = _HAPPENED.get(c.event.kind)
    day = _d(c.p.get(key)) if key else None
    if day and day > c.today:
        return Msg(_FUTURE, day=day.isoformat(), today=c.today.isoformat())
    return None


def not_before_opened(c: Ctx) -> str | None:
    """No event is dated before the case was opened."""
    opened = c.case.opened_on
    if opened and c.event.occurred_on < opened:
        return Msg(
            "日期 {day} 早于立案日期 {opened}",
            day=c.event.occurred_on.isoformat(),
            opened=opened.isoformat(),
        )
    return None


def not_before_previous_transition(c: Ctx) -> str | None:
    """A transition is not dated before the previous one."""
    last = max((e.occurred_on[:10] for e in c.case.events if e.kind == "transition"), default="")
    if last and c.event.occurred_on.isoformat() < last:
        return Msg("办理日期不能早于该案件上一次状态变更的日期（{last}）", last=last)
    return None


def text_within_limits(c: Ctx) -> str | None:
    """Names and free text within their lengths."""
    for key, value in c.p.items():
        if isinstance(value, str):
            limit = LONG_TEXT_MAX if key in LONG_TEXT_FIELDS else SHORT_TEXT_MAX
            if len(value) > limit:
                return Msg(
                    "“{field}”最多{limit}个字（现为{length}个字）",
                    field=_FIELD_LABELS.get(key, key),
                    limit=limit,
                    length=len(value),
                )
        elif isinstance(value, (list, tuple)) and value and isinstance(value[0], str):
            if len(value) > LIST_MAX:
                return Msg(
                    "“{field}”最多{limit}项", field=_FIELD_LABELS.get(key, key), limit=LIST_MAX
                )
            for item in value:
                if len(item) > SHORT_TEXT_MAX:
                    return Msg(
                        "“{field}”中每项最多{limit}个字",
                        field=_FIELD_LABELS.get(key, key),
                        limit=SHORT_TEXT_MAX,
                    )
    return None


# --- preconditions: contacts ------------------------------------------------------------


def contact_allowed_in_state(c: Ctx) -> str | None:
    """A contact is logged only on an open case, and on a confirmed dropout only with a plan."""
    try:
        check_contact(c.case.state, c.case.facts)
    except TransitionRefused as exc:
        return exc.args[0]
    return None


_VISIT_FIELDS = (
    ("participants", N_("走访人员")),
    ("met", N_("见到的人")),
    ("findings", N_("了解到的情况")),
    ("result", N_("走访结果")),
)


def home_visit_is_complete(c: Ctx) -> str | None:
    """A 家访 needs who went, who was met, what was found and the result."""
    if c.p.get("kind", "home_visit") != "home_visit":
        return None
    missing = [label for key, label in _VISIT_FIELDS if not _filled(c.p.get(key))]
    if missing:
        return Msg("家访记录需要填写：{fields}", fields=tuple(missing))
    return None


# --- preconditions: grounds and approvals -----------------------------------------------


def joint_days(events: Iterable[EventView]) -> set[str]:
    """The days with a joint persuasion (several on one day count once)."""
    return {
        e.occurred_on[:10]
        for e in events
        if e.kind == "contact" and e.payload.get("kind") == "joint"
    }


def has_judgment(events: Iterable[EventView]) -> bool:
    return any(e.kind == "legal_step" and e.payload.get("step") == "judgment" for e in events)


def assessment_recommends_deferral(events: Iterable[EventView]) -> bool:
    return any(e.kind == "assessment" and e.payload.get("recommends_deferral") for e in events)


def refusal_ground(events: Iterable[EventView]) -> bool:
    """The refusal exception's ground: ≥3 joint persuasions on three days, or a judgment."""
    events = list(events)
    return len(joint_days(events)) >= JOINT_PERSUASIONS_FOR_EXCEPTION or has_judgment(events)


def deferral_ground(events: Iterable[EventView]) -> str | None:
    """ "disability", "refusal" or None: the ground a deferral would stand on."""
    events = list(events)
    if assessment_recommends_deferral(events):
        return "disability"
    if refusal_ground(events):
        return "refusal"
    return None


def _ground_missing(events: Sequence[EventView]) -> str:
    return Msg(
        "延缓入学/休学只能基于：（一）县残疾人教育专家委员会评估建议延缓/休学；或（二）拒不返校"
        "特殊情形——三个不同日期的联合劝返三次以上，或司法判决裁定。"
        "本案目前：联合劝返 {days} 天，{assessment}，{judgment}",
        days=len(joint_days(events)),
        assessment=N_("有评估建议") if assessment_recommends_deferral(events) else N_("无评估建议"),
        judgment=N_("有判决裁定") if has_judgment(events) else N_("无判决裁定"),
    )


def deferral_has_ground(c: Ctx) -> str | None:
    """延缓入学/休学 only on a ground (disability assessment or the refusal exception)."""
    ticked = c.event.kind == "deferral" and c.p.get("refusal_exception")
    if ticked and not refusal_ground(c.case.events):
        return Msg(
            "勾选了“拒不返校特殊情形”，但本案没有三个不同日期的联合劝返或判决裁定"
            "（目前联合劝返 {days} 天）",
            days=len(joint_days(c.case.events)),
        )
    if deferral_ground(c.case.events) is None:
        return _ground_missing(c.case.events)
    return None


def approver_is_county_account(c: Ctx) -> str | None:
    """Deferral, the refusal exception and every 销号: approved by a county account."""
    username = str(c.p.get("approver") or "").strip()
    if c.event.kind == "deferral" and not username:
        return None  # an application not yet decided
    if not username:
        return N_("需要县级审批人：请从用户中选择县教育局（县级管理员）账户")
    account = c.account(username)
    if account is None:
        recorded = str(c.p.get("approver_role") or "")
        if c.replay and recorded in COUNTY_ROLES:
            return None  # approved on another device by an account this one does not hold
        return Msg(
            "审批人“{name}”不是本系统的用户账户：审批人须从用户中选择县级账户，不能手工填写",
            name=username,
        )
    if account.role not in COUNTY_ROLES:
        label = ROLE_LABELS.get(account.role, account.role)
        return Msg(
            "审批人“{name}”是{role}账户，只能申请，不能审批；请选择县级账户",
            name=account.display_name,
            role=label,
        )
    if not account.active and not c.replay:
        return Msg("审批人账户“{name}”已停用", name=account.display_name)
    return None


def evidence_is_of_this_case(c: Ctx) -> str | None:
    """A 销号's evidence is a record of this case that exists."""
    known = c.ids_of()
    missing = [str(x) for x in c.p.get("evidence") or () if str(x) not in known]
    if missing:
        return Msg(
            "佐证材料不是本案件的记录（{ids}）：请选择本案的文书、记录或附件",
            ids=tuple(m[:8] for m in missing),
        )
    return None


def receipt_answers_a_sent_notice(c: Ctx) -> str | None:
    """A 回执 answers a notice of this case that was sent."""
    if c.p.get("direction") != "receipt":
        return None
    target = c.ids_of("notice").get(str(c.p.get("replies_to") or ""))
    if target is None or target.payload.get("direction") != "sent":
        return N_("回执对应的告知函不是本案已发出的告知函：请先登记发出的告知函")
    return None


def served_document_is_of_this_case(c: Ctx) -> str | None:
    """A 送达回证 names a legal step of this case (when it names one)."""
    ref = str(c.p.get("legal_step_id") or "")
    if ref and ref not in c.ids_of("legal_step", "document"):
        return N_("送达回证对应的文书不是本案的记录")
    return None


def over_age_on_that_date(c: Ctx) -> str | None:
    """超龄 closure: the child is 16 or older, or past the nine years, on that date."""
    if c.p.get("reason") != "over_age":
        return None
    birth = c.case.birth_date
    if birth is None:
        return N_("超龄销号需要学生的出生日期（请先补全身份证号或出生日期）")
    on = c.event.occurred_on
    if age_on(birth, on) >= c.age_rule.child_labour_age:
        return None
    if c.age_rule.expected_grade(birth, on) > c.age_rule.years:
        return None
    return Msg(
        "学生在 {day} 为 {age} 周岁，未满16周岁且未超过九年义务教育年限，不能以超龄销号",
        day=on.isoformat(),
        age=age_on(birth, on),
    )


def dropout_has_cause(c: Ctx) -> str | None:
    """Confirming a suspected case as 辍学 needs a cause."""
    if c.case.causes:
        return None
    return N_("确认辍学需要至少一项辍学原因：请先在案件信息中选择辍学原因")


def transition_allowed(c: Ctx) -> str | None:
    """The state machine (states.py) allows the action from the case's state, with its facts."""
    assert c.event.action is not None
    p = c.p
    deferral = c.event.action in (Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL)
    # approver, evidence and a deferral's reason are the table's own rules (one message each)
    params = ActionParams(
        approver=str(p.get("approver") or "") or "?",
        evidence=tuple(p.get("evidence") or ()) or ("?",),
        reason=str(p.get("reason") or "") or ("?" if deferral else ""),
        until=_d(p.get("until")),
        on=c.event.occurred_on,
    )
    try:
        check_transition(c.case.state, c.event.action, c.case.facts, params)
    except TransitionRefused as exc:
        return exc.args[0]
    return None


# --- the table ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EventRule:
    label: str
    roles: frozenset[str]
    required: tuple[tuple[str, str], ...] = ()  # (payload field, Chinese label)
    preconditions: tuple[Precondition, ...] = ()
    by_value: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # extra required fields when a payload field has a value: {"step=penalty": ((..),..)}


@dataclass(frozen=True)
class TransitionRule:
    roles: frozenset[str]
    required: tuple[tuple[str, str], ...] = ()
    preconditions: tuple[Precondition, ...] = ()


COMMON: tuple[Precondition, ...] = (not_after_today, not_before_opened, text_within_limits)

EVENT_RULES: dict[str, EventRule] = {
    "contact": EventRule(
        N_("劝返联系"),
        WRITERS,
        required=(("participants", N_("参与人员")),),
        preconditions=(contact_allowed_in_state, home_visit_is_complete),
    ),
    "legal_step": EventRule(
        N_("法律程序"),
        CASE_WORKERS,
        required=(("step", N_("法律程序")),),
        preconditions=(legal_only_in_dropout_or_persuading, ladder_order_and_timing),
        by_value={
            "step=penalty": (("amount", N_("罚款金额")),),
            "step=school_notice": (("deadline", N_("返校期限")),),
            "step=order_notice": (("deadline", N_("改正期限")),),
        },
    ),
    "service_receipt": EventRule(
        N_("送达回证"),
        CASE_WORKERS,
        required=(
            ("doc_name", N_("送达文书名称")),
            ("recipient", N_("受送达人")),
            ("served_at", N_("送达时间")),
        ),
        preconditions=(served_document_is_of_this_case,),
    ),
    "deferral": EventRule(
        N_("延缓/休学申请"),
        COUNTY_AND_TOWNSHIP,
        required=(("reason", N_("延缓/休学原因")), ("until", N_("截止日期"))),
        preconditions=(deferral_has_ground, approver_is_county_account),
    ),
    "assessment": EventRule(
        N_("残疾评估"), COUNTY_AND_TOWNSHIP, required=(("conclusion", N_("评估结论")),)
    ),
    "home_teaching": EventRule(
        N_("送教上门"), CASE_WORKERS, required=(("teachers", N_("送教教师")),)
    ),
    "return": EventRule(
        N_("复学登记"),
        CASE_WORKERS,
        required=(("return_date", N_("复学日期")), ("school_id", N_("复学学校"))),
    ),
    "follow_up": EventRule(N_("跟踪回访"), WRITERS),
    "support": EventRule(N_("资助帮扶"), CASE_WORKERS, required=(("kind", N_("资助类别")),)),
    "notice": EventRule(
        N_("告知函"),
        COUNTY_AND_TOWNSHIP,
        required=(("counterpart", N_("对方单位")),),
        preconditions=(receipt_answers_a_sent_notice,),
    ),
    "attachment": EventRule(N_("附件"), WRITERS, required=(("sha256", N_("附件")),)),
    "document": EventRule(N_("打印文书"), CASE_WORKERS),
}

_APPROVED = (approver_is_county_account,)
_CLOSE = (evidence_is_of_this_case, approver_is_county_account)
_T = (transition_allowed, not_before_previous_transition)

TRANSITION_RULES: dict[Action, TransitionRule] = {
    Action.CONFIRM_DROPOUT: TransitionRule(CASE_WORKERS, preconditions=(*_T, dropout_has_cause)),
    Action.VERIFY_ENROLLED: TransitionRule(
        CASE_WORKERS, required=(("evidence", N_("佐证材料")),), preconditions=(*_T, *_CLOSE)
    ),
    Action.START_PERSUASION: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.REGISTER_RETURN: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.START_MONITORING: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.CLOSE_RETURNED: TransitionRule(
        CASE_WORKERS, required=(("evidence", N_("佐证材料")),), preconditions=(*_T, *_CLOSE)
    ),
    Action.RELAPSE: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.APPROVE_DEFERRAL: TransitionRule(
        CASE_WORKERS,
        required=(("reason", N_("原因")),),
        preconditions=(*_T, deferral_has_ground, *_APPROVED),
    ),
    Action.RENEW_DEFERRAL: TransitionRule(
        CASE_WORKERS,
        required=(("reason", N_("原因")),),
        preconditions=(*_T, deferral_has_ground, *_APPROVED),
    ),
    Action.END_DEFERRAL: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.REFUSAL_EXCEPTION: TransitionRule(
        CASE_WORKERS,
        preconditions=(*_T, *_APPROVED),  # ground: states.check, joint days
    ),
    Action.START_HOME_TEACHING: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.NOTIFY_TRANSFER: TransitionRule(COUNTY_AND_TOWNSHIP, preconditions=_T),
    Action.CLOSE_TRANSFERRED: TransitionRule(
        CASE_WORKERS, required=(("evidence", N_("佐证材料")),), preconditions=(*_T, *_CLOSE)
    ),
    Action.RESUME_PERSUASION: TransitionRule(CASE_WORKERS, preconditions=_T),
    Action.CLOSE_OTHER: TransitionRule(
        CASE_WORKERS,
        required=(("evidence", N_("佐证材料")), ("reason", N_("销号原因"))),
        preconditions=(*_T, *_CLOSE, over_age_on_that_date),
    ),
}

# Transitions that need a county approver (recorded as the account, with its name and role).
APPROVAL_ACTIONS = frozenset(
    a for a, r in TRANSITION_RULES.items() if approver_is_county_account in r.preconditions
)

_FIELD_LABELS = {
    "participants": N_("参与人员"),
    "met": N_("见到的人"),
    "findings": N_("了解到的情况"),
    "next_step": N_("下一步"),
    "summary": N_("摘要"),
    "content": N_("内容"),
    "reason": N_("原因"),
    "conclusion": N_("评估结论"),
    "note": N_("备注"),
    "doc_no": N_("文书编号"),
    "issuer": N_("发文单位"),
    "addressee": N_("受文人"),
    "recipient": N_("受送达人"),
    "counterpart": N_("对方单位"),
    "place": N_("地点"),
    "proof": N_("证明材料"),
}


def all_preconditions() -> list[Precondition]:
    """Every precondition of the table, once each, in table order."""
    seen: dict[str, Precondition] = {f.__name__: f for f in COMMON}
    for er in EVENT_RULES.values():
        seen.update({f.__name__: f for f in er.preconditions})
    for tr in TRANSITION_RULES.values():
        seen.update({f.__name__: f for f in tr.preconditions})
    return list(seen.values())


# --- running the table ----------------------------------------------------------------------


def _filled(value: Any) -> bool:
    return not (value is None or value == "" or value == [] or value == () or value is False) and (
        not isinstance(value, str) or bool(value.strip())
    )


def refusals(c: Ctx) -> list[Refusal]:
    """Every rule the event breaks (empty if it may be written)."""
    ev = c.event
    if ev.kind == "transition":
        if ev.action is None:
            return [Refusal("transition_allowed", N_("状态变更缺少办理事项"))]
        rule = TRANSITION_RULES[ev.action]
        label = ACTION_LABELS[ev.action]
        roles, required, pre = rule.roles, rule.required, rule.preconditions
    else:
        erule = EVENT_RULES.get(ev.kind)
        if erule is None:
            return []
        label, roles, pre = erule.label, erule.roles, erule.preconditions
        required = erule.required
        for key, extra in erule.by_value.items():
            name, _, value = key.partition("=")
            if str(c.p.get(name, "")) == value:
                required = (*required, *extra)
    out: list[Refusal] = []

    def refuse(rule: str, message: str) -> None:
        out.append(Refusal(rule, message, ev.event_id, ev.kind, ev.occurred_on.isoformat()))

    if c.role is not None and c.role not in roles:
        allowed = tuple(ROLE_LABELS[r] for r in sorted(roles) if r in ROLE_LABELS)
        refuse(
            "roles",
            Msg(
                "{role}账户不能登记“{what}”（可由{allowed}登记）",
                role=ROLE_LABELS.get(c.role, c.role),
                what=label,
                allowed=allowed,
            ),
        )
    missing = [lbl for key, lbl in required if not _filled(c.p.get(key))]
    if missing:
        refuse("required", Msg("{what}需要填写：{fields}", what=label, fields=tuple(missing)))
    for f in (*COMMON, *pre):
        message = f(c)
        if message:
            refuse(f.__name__, message)
    return out


def check(c: Ctx) -> None:
    """Raise RuleRefused (all the reasons, in Chinese) if the event breaks a rule."""
    found = refusals(c)
    if found:
        raise RuleRefused(found)


def case_before(
    events: Iterable[EventView],
    *,
    initial_state: State,
    has_plan: bool,
    opened_on: dt.date | None,
    causes: Sequence[str] = (),
    birth_date: dt.date | None = None,
    settings: Mapping[str, int] | None = None,
) -> CaseBefore:
    """The case as its (live) events describe it."""
    evs = sorted(live_events(events), key=lambda e: (e.occurred_on, e.hlc))
    s = summarize(
        evs,
        has_plan=has_plan,
        initial_state=initial_state,
        opened_on=opened_on.isoformat() if opened_on else None,
        **(settings or {}),
    )
    return CaseBefore(
        state=s.fold.state,
        facts=s.facts,
        events=tuple(evs),
        opened_on=opened_on,
        causes=tuple(causes),
        birth_date=birth_date,
        next_contact_on=s.next_contact_on,
    )


__all__ = [
    "APPROVAL_ACTIONS",
    "CLOSING_OUTCOME",
    "COMMON",
    "COUNTY_ROLES",
    "EVENT_RULES",
    "TRANSITION_RULES",
    "Account",
    "CaseBefore",
    "Ctx",
    "Proposed",
    "Refusal",
    "RuleRefused",
    "all_preconditions",
    "case_before",
    "check",
    "deferral_ground",
    "refusals",
]
