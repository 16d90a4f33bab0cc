"""For every rule of desktop/domain/rules.py, examples that pass and examples that are refused.

Shared by the domain test (tests/domain/test_rules.py), the store test and the `kcbx case` test
(tests/store/test_rules_store.py). A case is opened `opened_days_ago` days before today; its
history is written in order (through the store, so every history obeys the rules itself), then
the proposed event is checked. Payload values "@N" stand for the id of history step N, "d:N"
for the date N days before today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.rules import Account
from desktop.domain.states import Action

ACCOUNTS = {
    "jyj": Account("jyj", "县教育局李明", "county_admin"),
    "xz": Account("xz", "乡镇龙干部", "township_cadre"),
}


@dataclass(frozen=True)
class Step:
    days_ago: int
    kind: str  # an event kind, or "act"
    payload: dict[str, Any] = field(default_factory=dict)
    action: Action | None = None  # for "act": payload holds approver, evidence, reason, until


@dataclass(frozen=True)
class Example:
    name: str
    rule: str  # a precondition's name, "roles" or "required"
    passes: bool
    proposed: Step
    history: tuple[Step, ...] = ()
    ledger: str = "dropout"
    causes: tuple[str, ...] = ("20",)
    plan: bool = True
    opened_days_ago: int = 100
    birth_days_ago: int = 13 * 365
    role: str | None = None


def act(days_ago: int, action: Action, **params: Any) -> Step:
    return Step(days_ago, "act", dict(params), action)


VISIT = {
    "kind": "home_visit",
    "participants": ["龙干部（乡镇）"],
    "met": "祖母",
    "findings": "学生在家玩手机",
    "result": "considering",
}
JOINT = {
    "kind": "joint",
    "participants": ["龙干部（乡镇）", "石所长（派出所）"],
    "departments": ["township", "police"],
    "met": "父亲",
    "findings": "监护人同意劝说",
    "result": "refused",
}
START = act(95, Action.START_PERSUASION)
ASSESS = {"conclusion": "因病暂不具备就学条件，建议休学一年", "recommends_deferral": True}


def visit(days_ago: int, **kw: Any) -> Step:
    return Step(days_ago, "contact", {**VISIT, **kw})


def joint(days_ago: int) -> Step:
    return Step(days_ago, "contact", dict(JOINT))


def legal(days_ago: int, step: str, deadline_days_ago: int | None = None, **kw: Any) -> Step:
    payload: dict[str, Any] = {"step": step, "doc_no": f"〔2026〕{days_ago}号", **kw}
    if deadline_days_ago is not None:
        payload["deadline"] = f"d:{deadline_days_ago}"
    return Step(days_ago, "legal_step", payload)


def deferral(days_ago: int = 0, **kw: Any) -> Step:
    params: dict[str, Any] = {"approver": "jyj", "reason": "身体原因", "until": "d:-180", **kw}
    return act(days_ago, Action.APPROVE_DEFERRAL, **params)


LADDER = (
    START,
    legal(90, "school_notice", 83),
    legal(80, "order_notice", 73),
    legal(70, "penalty_notice"),
)
OLD_LADDER = (
    act(395, Action.START_PERSUASION),
    legal(390, "school_notice", 383),
    legal(380, "order_notice", 373),
    legal(370, "penalty_notice"),
    legal(360, "penalty", 345, amount="500"),
)
THREE_JOINT = (START, joint(40), joint(30), joint(20))
ONE_AFTERNOON = (START, joint(20), joint(20), joint(20))

E = Example
EXAMPLES: tuple[Example, ...] = (
    # dates
    E("a visit today", "not_after_today", True, visit(0), (START,)),
    E("a visit dated next week", "not_after_today", False, visit(-7), (START,)),
    E("a visit after the case opened", "not_before_opened", True, visit(10), (START,)),
    E("a visit before the case opened", "not_before_opened", False, visit(120), (START,)),
    E(
        "a state change after the previous one",
        "not_before_previous_transition",
        True,
        act(40, Action.CLOSE_OTHER, approver="jyj", evidence=["@0"], reason="death"),
        (visit(60), act(50, Action.CONFIRM_DROPOUT)),
        ledger="suspected",
    ),
    E(
        "a state change dated before the previous one",
        "not_before_previous_transition",
        False,
        act(55, Action.CLOSE_OTHER, approver="jyj", evidence=["@0"], reason="death"),
        (visit(60), act(50, Action.CONFIRM_DROPOUT)),
        ledger="suspected",
    ),
    # lengths
    E(
        "findings of 2000 characters",
        "text_within_limits",
        True,
        visit(5, findings="访" * 2000),
        (START,),
    ),
    E(
        "findings of 2001 characters",
        "text_within_limits",
        False,
        visit(5, findings="访" * 2001),
        (START,),
    ),
    # contacts
    E("a visit on a case with a plan", "contact_allowed_in_state", True, visit(5), (START,)),
    E(
        "a visit on a dropout without a plan",
        "contact_allowed_in_state",
        False,
        visit(5),
        plan=False,
    ),
    E("a complete home visit", "home_visit_is_complete", True, visit(5), (START,)),
    E(
        "a phone call needs no findings",
        "home_visit_is_complete",
        True,
        Step(5, "contact", {"kind": "phone", "participants": ["龙干部"]}),
        (START,),
    ),
    E(
        "a home visit with nothing found and no result",
        "home_visit_is_complete",
        False,
        Step(5, "contact", {"kind": "home_visit", "participants": ["龙干部"], "met": "祖母"}),
        (START,),
    ),
    # the legal ladder
    E(
        "a school notice while persuading",
        "legal_only_in_dropout_or_persuading",
        True,
        legal(5, "school_notice", -2),
        (START,),
    ),
    E(
        "a school notice for a suspected case",
        "legal_only_in_dropout_or_persuading",
        False,
        legal(5, "school_notice", -2),
        ledger="suspected",
    ),
    E(
        "an order notice after the school notice's deadline",
        "ladder_order_and_timing",
        True,
        legal(10, "order_notice", -5),
        (START, legal(30, "school_notice", 23)),
    ),
    E(
        "an order notice the day of the school notice",
        "ladder_order_and_timing",
        False,
        legal(30, "order_notice", 23),
        (START, legal(30, "school_notice", 23)),
    ),
    E(
        "an order notice without a school notice",
        "ladder_order_and_timing",
        False,
        legal(10, "order_notice", -5),
        (START,),
    ),
    E(
        "a penalty after the prior notice's statement period",
        "ladder_order_and_timing",
        True,
        legal(60, "penalty", 45, amount="500"),
        LADDER,
    ),
    E(
        "a penalty with no prior notice (事先告知)",
        "ladder_order_and_timing",
        False,
        legal(60, "penalty", 45, amount="500"),
        LADDER[:3],
    ),
    E(
        "a penalty within the statement period",
        "ladder_order_and_timing",
        False,
        legal(68, "penalty", 45, amount="500"),
        LADDER,
    ),
    E(
        "a demand once the litigation period is over",
        "ladder_order_and_timing",
        True,
        legal(100, "demand", 90),
        OLD_LADDER,
        opened_days_ago=400,
    ),
    E(
        "a demand the day of the penalty",
        "ladder_order_and_timing",
        False,
        legal(360, "demand", 350),
        OLD_LADDER,
        opened_days_ago=400,
    ),
    # receipts and evidence
    E(
        "a 送达回证 of this case's notice",
        "served_document_is_of_this_case",
        True,
        Step(
            5,
            "service_receipt",
            {
                "legal_step_id": "@1",
                "doc_name": "劝返复学通知书",
                "recipient": "吴父",
                "served_at": "d:5",
            },
        ),
        (START, legal(10, "school_notice", -2)),
    ),
    E(
        "a 送达回证 of a notice that does not exist",
        "served_document_is_of_this_case",
        False,
        Step(
            5,
            "service_receipt",
            {
                "legal_step_id": "no-such-notice",
                "doc_name": "劝返复学通知书",
                "recipient": "吴父",
                "served_at": "d:5",
            },
        ),
        (START, legal(10, "school_notice", -2)),
    ),
    E(
        "a 回执 answering this case's notice",
        "receipt_answers_a_sent_notice",
        True,
        Step(
            5, "notice", {"direction": "receipt", "counterpart": "某省教育厅", "replies_to": "@1"}
        ),
        (START, Step(20, "notice", {"direction": "sent", "counterpart": "某省教育厅"})),
    ),
    E(
        "a 回执 answering no notice",
        "receipt_answers_a_sent_notice",
        False,
        Step(
            5, "notice", {"direction": "receipt", "counterpart": "某省教育厅", "replies_to": "none"}
        ),
        (START, Step(20, "notice", {"direction": "sent", "counterpart": "某省教育厅"})),
    ),
    E(
        "销号 with evidence of this case",
        "evidence_is_of_this_case",
        True,
        act(5, Action.CLOSE_OTHER, approver="jyj", evidence=["@1"], reason="death"),
        (START, visit(10)),
    ),
    E(
        "销号 with evidence that does not exist",
        "evidence_is_of_this_case",
        False,
        act(5, Action.CLOSE_OTHER, approver="jyj", evidence=["made-up-id"], reason="death"),
        (START, visit(10)),
    ),
    E(
        "超龄 closure at 16",
        "over_age_on_that_date",
        True,
        act(5, Action.CLOSE_OTHER, approver="jyj", evidence=["@1"], reason="over_age"),
        (START, visit(10)),
        birth_days_ago=16 * 365 + 30,
    ),
    E(
        "超龄 closure at 13",
        "over_age_on_that_date",
        False,
        act(5, Action.CLOSE_OTHER, approver="jyj", evidence=["@1"], reason="over_age"),
        (START, visit(10)),
    ),
    # deferral and the refusal exception
    E(
        "deferral on the committee's assessment",
        "deferral_has_ground",
        True,
        deferral(),
        (START, Step(10, "assessment", ASSESS)),
    ),
    E(
        "deferral on three joint persuasions on three days",
        "deferral_has_ground",
        True,
        deferral(),
        THREE_JOINT,
    ),
    E(
        "deferral because the parents do not agree",
        "deferral_has_ground",
        False,
        deferral(reason="家长不同意"),
        (START, visit(10)),
    ),
    E(
        "deferral after three joint persuasions on one afternoon",
        "deferral_has_ground",
        False,
        deferral(),
        ONE_AFTERNOON,
    ),
    E(
        "a deferral form ticked 拒不返校 with no joint persuasion",
        "deferral_has_ground",
        False,
        Step(0, "deferral", {"reason": "拒不返校", "until": "d:-180", "refusal_exception": True}),
        (START, Step(10, "assessment", ASSESS)),
    ),
    E(
        "refusal exception approved by a county account",
        "approver_is_county_account",
        True,
        act(0, Action.REFUSAL_EXCEPTION, approver="jyj"),
        THREE_JOINT,
    ),
    E(
        "refusal exception approved by a township account",
        "approver_is_county_account",
        False,
        act(0, Action.REFUSAL_EXCEPTION, approver="xz"),
        THREE_JOINT,
    ),
    E(
        "refusal exception approved by a typed name",
        "approver_is_county_account",
        False,
        act(0, Action.REFUSAL_EXCEPTION, approver="县扶贫工作领导小组"),
        THREE_JOINT,
    ),
    E(
        "销号 with no approver",
        "approver_is_county_account",
        False,
        act(5, Action.CLOSE_OTHER, evidence=["@1"], reason="death"),
        (START, visit(10)),
    ),
    E(
        "refusal exception after joint persuasions on three days",
        "transition_allowed",
        True,
        act(0, Action.REFUSAL_EXCEPTION, approver="jyj"),
        THREE_JOINT,
    ),
    E(
        "refusal exception after three joint persuasions on one afternoon",
        "transition_allowed",
        False,
        act(0, Action.REFUSAL_EXCEPTION, approver="jyj"),
        ONE_AFTERNOON,
    ),
    E(
        "confirming a suspected case with a cause",
        "dropout_has_cause",
        True,
        act(5, Action.CONFIRM_DROPOUT),
        (visit(10),),
        ledger="suspected",
    ),
    E(
        "confirming a suspected case with no cause",
        "dropout_has_cause",
        False,
        act(5, Action.CONFIRM_DROPOUT),
        (visit(10),),
        ledger="suspected",
        causes=(),
    ),
    # roles and required fields
    E("a village cadre logs a visit", "roles", True, visit(5), (START,), role="village_cadre"),
    E(
        "a village cadre issues a school notice",
        "roles",
        False,
        legal(5, "school_notice", -2),
        (START,),
        role="village_cadre",
    ),
    E(
        "a school notice with its deadline",
        "required",
        True,
        legal(5, "school_notice", -2),
        (START,),
    ),
    E("a school notice without a deadline", "required", False, legal(5, "school_notice"), (START,)),
)


def resolve(value: Any, ids: list[str], today: dt.date) -> Any:
    """ "@N" → the id of history step N; "d:N" → the date N days before today (N < 0: after)."""
    if isinstance(value, str) and value.startswith("@"):
        return ids[int(value[1:])]
    if isinstance(value, str) and value.startswith("d:"):
        return (today - dt.timedelta(days=int(value[2:]))).isoformat()
    if isinstance(value, list):
        return [resolve(v, ids, today) for v in value]
    return value


def day(step: Step, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=step.days_ago)
