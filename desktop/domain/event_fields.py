"""Every recorded field of an event, labelled in Chinese, in the order a person reads it
(the timeline's detail pane shows all of them, not a summary)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain import codes
from desktop.domain.model import CORRECTION_REASON, EVENT_KINDS, parse_event
from desktop.domain.text import LIST, N_, Joined

# kind -> (field, label, code list or None)
FIELDS: dict[str, tuple[tuple[str, str, codes.CodeList | None], ...]] = {
    "contact": (
        ("kind", N_("方式"), codes.CONTACT_KINDS),
        ("start_time", N_("时间"), None),
        ("place", N_("地点"), None),
        ("participants", N_("参与人员"), None),
        ("departments", N_("参与部门"), codes.DEPARTMENTS),
        ("met", N_("见到的人"), None),
        ("findings", N_("了解情况"), None),
        ("child_attitude", N_("学生态度"), codes.ATTITUDES),
        ("guardian_attitude", N_("监护人态度"), codes.ATTITUDES),
        ("methods", N_("劝返方式"), codes.METHODS),
        ("result", N_("结果"), codes.CONTACT_RESULTS),
        ("next_step", N_("下一步"), None),
        ("next_date", N_("下次走访日期"), None),
        ("guardian_signed", N_("监护人已签字"), None),
    ),
    "legal_step": (
        ("step", N_("程序"), codes.LEGAL_STEPS),
        ("doc_no", N_("文书编号"), None),
        ("issuer", N_("发文单位"), None),
        ("addressee", N_("受文人"), None),
        ("summary", N_("内容摘要"), None),
        ("deadline", N_("期限"), None),
        ("amount", N_("罚款金额（元）"), None),
    ),
    "service_receipt": (
        ("doc_name", N_("文书名称"), None),
        ("doc_no", N_("文书编号"), None),
        ("recipient", N_("受送达人"), None),
        ("place", N_("送达地点"), None),
        ("served_at", N_("送达时间"), None),
        ("method", N_("送达方式"), codes.SERVICE_METHODS),
        ("recipient_signed", N_("受送达人已签收"), None),
        ("server", N_("送达人"), None),
        ("witness", N_("见证人"), None),
    ),
    "deferral": (
        ("kind", N_("类别"), None),
        ("reason", N_("原因"), None),
        ("start", N_("开始日期"), None),
        ("until", N_("截止日期"), None),
        ("proof", N_("证明单位/材料"), None),
        ("approver", N_("审批人"), None),
        ("refusal_exception", N_("拒不返校特殊情形"), None),
    ),
    "assessment": (
        ("category", N_("残疾类别"), codes.DISABILITY_CATEGORIES),
        ("degree", N_("残疾等级"), None),
        ("cert_no", N_("残疾证号"), None),
        ("conclusion", N_("评估结论"), None),
        ("placement_advice", N_("安置建议"), codes.PLACEMENTS),
        ("members", N_("评估专家"), None),
        ("guardian_consent", N_("监护人同意"), None),
    ),
    "home_teaching": (
        ("hours", N_("课时"), None),
        ("teachers", N_("送教教师"), None),
        ("content", N_("送教内容"), None),
        ("response", N_("学生反应"), None),
        ("next_goal", N_("下次目标"), None),
    ),
    "return": (
        ("return_date", N_("复学日期"), None),
        ("school_id", N_("复学学校"), None),
        ("grade", N_("年级"), codes.GRADES),
        ("class_name", N_("班级"), None),
        ("placement", N_("安置方式"), codes.PLACEMENTS),
        ("xueji_action", N_("学籍处理"), None),
        ("support", N_("帮扶措施"), codes.HELP_MEASURES),
    ),
    "follow_up": (
        ("attending", N_("学生在校"), None),
        ("note", N_("情况"), None),
        ("help_given", N_("帮扶措施"), codes.HELP_MEASURES),
        ("risk", N_("反弹风险"), None),
    ),
    "support": (
        ("kind", N_("资助类别"), codes.SUPPORT_KINDS),
        ("amount", N_("金额（元）"), None),
        ("period", N_("期间"), None),
        ("note", N_("备注"), None),
    ),
    "notice": (
        ("direction", N_("方向"), None),
        ("counterpart", N_("对方单位"), None),
        ("doc_no", N_("文号"), None),
        ("content", N_("内容"), None),
    ),
    "transition": (
        ("approver", N_("审批人"), None),
        ("reason", N_("原因"), None),
        ("until", N_("截止日期"), None),
    ),
    "void": (("reason", N_("作废原因"), None),),
}

_WORDS = {
    ("deferral", "kind"): {"defer_entry": N_("延缓入学"), "suspend": N_("休学")},
    ("notice", "direction"): {"sent": N_("发出"), "received": N_("收到"), "receipt": N_("回执")},
    ("follow_up", "risk"): {"low": N_("低"), "medium": N_("中"), "high": N_("高")},
}


def _text(value: Any, code_list: codes.CodeList | None, words: dict[str, str] | None) -> str:
    if isinstance(value, bool):
        return N_("是") if value else N_("否")
    if isinstance(value, (list, tuple)):
        return Joined(LIST, [_text(v, code_list, words) for v in value])
    if value is None:
        return ""
    text = str(value)
    if code_list is not None and text:
        return code_list.label(text)
    if words is not None:
        return words.get(text, text)
    return text


def describe(
    kind: str,
    payload: dict[str, Any],
    *,
    name_of: Callable[[str, str], str] | None = None,
) -> list[tuple[str, str]]:
    """(label, text) of every field of the event that was filled in; booleans always shown.
    `name_of(field, value)` turns an id into a name (a school id into the school's name)."""
    known = FIELDS.get(kind, ())
    if kind in EVENT_KINDS:
        full = {**parse_event(kind, payload).to_record(), **payload}
    else:
        full = dict(payload)
    out = []
    for field, label, code_list in known:
        value = full.get(field)
        if value is None or value == "" or value == [] or value == ():
            continue
        if name_of is not None and isinstance(value, str):
            value = name_of(field, value) or value
        out.append((label, _text(value, code_list, _WORDS.get((kind, field)))))
    if payload.get(CORRECTION_REASON):
        out.append((N_("更正原因"), str(payload[CORRECTION_REASON])))
    return out
