"""Every recorded field of an event, labelled in Chinese, in the order a person reads it
(the timeline's detail pane shows all of them, not a summary)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain import codes
from desktop.domain.model import CORRECTION_REASON, EVENT_KINDS, parse_event

# kind -> (field, label, code list or None)
FIELDS: dict[str, tuple[tuple[str, str, codes.CodeList | None], ...]] = {
    "contact": (
        ("kind", "方式", codes.CONTACT_KINDS),
        ("start_time", "时间", None),
        ("place", "地点", None),
        ("participants", "参与人员", None),
        ("departments", "参与部门", codes.DEPARTMENTS),
        ("met", "见到的人", None),
        ("findings", "了解情况", None),
        ("child_attitude", "学生态度", codes.ATTITUDES),
        ("guardian_attitude", "监护人态度", codes.ATTITUDES),
        ("methods", "劝返方式", codes.METHODS),
        ("result", "结果", codes.CONTACT_RESULTS),
        ("next_step", "下一步", None),
        ("next_date", "下次走访日期", None),
        ("guardian_signed", "监护人已签字", None),
    ),
    "legal_step": (
        ("step", "程序", codes.LEGAL_STEPS),
        ("doc_no", "文书编号", None),
        ("issuer", "发文单位", None),
        ("addressee", "受文人", None),
        ("summary", "内容摘要", None),
        ("deadline", "期限", None),
        ("amount", "罚款金额（元）", None),
    ),
    "service_receipt": (
        ("doc_name", "文书名称", None),
        ("doc_no", "文书编号", None),
        ("recipient", "受送达人", None),
        ("place", "送达地点", None),
        ("served_at", "送达时间", None),
        ("method", "送达方式", codes.SERVICE_METHODS),
        ("recipient_signed", "受送达人已签收", None),
        ("server", "送达人", None),
        ("witness", "见证人", None),
    ),
    "deferral": (
        ("kind", "类别", None),
        ("reason", "原因", None),
        ("start", "开始日期", None),
        ("until", "截止日期", None),
        ("proof", "证明单位/材料", None),
        ("approver", "审批人", None),
        ("refusal_exception", "拒不返校特殊情形", None),
    ),
    "assessment": (
        ("category", "残疾类别", codes.DISABILITY_CATEGORIES),
        ("degree", "残疾等级", None),
        ("cert_no", "残疾证号", None),
        ("conclusion", "评估结论", None),
        ("placement_advice", "安置建议", codes.PLACEMENTS),
        ("members", "评估专家", None),
        ("guardian_consent", "监护人同意", None),
    ),
    "home_teaching": (
        ("hours", "课时", None),
        ("teachers", "送教教师", None),
        ("content", "送教内容", None),
        ("response", "学生反应", None),
        ("next_goal", "下次目标", None),
    ),
    "return": (
        ("return_date", "复学日期", None),
        ("school_id", "复学学校", None),
        ("grade", "年级", codes.GRADES),
        ("class_name", "班级", None),
        ("placement", "安置方式", codes.PLACEMENTS),
        ("xueji_action", "学籍处理", None),
        ("support", "帮扶措施", codes.HELP_MEASURES),
    ),
    "follow_up": (
        ("attending", "学生在校", None),
        ("note", "情况", None),
        ("help_given", "帮扶措施", codes.HELP_MEASURES),
        ("risk", "反弹风险", None),
    ),
    "support": (
        ("kind", "资助类别", codes.SUPPORT_KINDS),
        ("amount", "金额（元）", None),
        ("period", "期间", None),
        ("note", "备注", None),
    ),
    "notice": (
        ("direction", "方向", None),
        ("counterpart", "对方单位", None),
        ("doc_no", "文号", None),
        ("content", "内容", None),
    ),
    "transition": (
        ("approver", "审批人", None),
        ("reason", "原因", None),
        ("until", "截止日期", None),
    ),
    "void": (("reason", "作废原因", None),),
}

_WORDS = {
    ("deferral", "kind"): {"defer_entry": "延缓入学", "suspend": "休学"},
    ("notice", "direction"): {"sent": "发出", "received": "收到", "receipt": "回执"},
    ("follow_up", "risk"): {"low": "低", "medium": "中", "high": "高"},
}


def _text(value: Any, code_list: codes.CodeList | None, words: dict[str, str] | None) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        return "、".join(_text(v, code_list, words) for v in value)
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
        out.append(("更正原因", str(payload[CORRECTION_REASON])))
    return out
