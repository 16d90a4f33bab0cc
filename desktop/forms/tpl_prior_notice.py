"""行政处罚事先告知书: the prior notice of the legal ladder, before the 行政处罚决定书.

行政处罚法 §44: before deciding a penalty the office tells the party the penalty it intends, the
facts, the reasons and the basis, and the rights to state their case and defend themselves
(陈述、申辩) and to ask for a hearing (听证, §63–64). The decision may follow only after the
period for that has passed (desktop/domain/legal_ladder.py, STATEMENT_DAYS). Laid out as the
other notices (GB/T 9704, with a 送达回证); every fact comes from the record: the order notice
served and its deadline, the guardian, the fine's provincial article and amount. A field the
record lacks blocks issuing (documents.check_complete), never a blank line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain.legal_ladder import STATEMENT_DAYS
from desktop.domain.text import N_
from desktop.forms.base import BLANK_DATE, Source, Template, citations, fill
from desktop.forms.context import fmt_date
from desktop.forms.tpl_notices import (
    _addressee,
    _basis,
    _contact_note,
    _receipt,
    _values,
    draw_notice_with_receipt,
)

TEMPLATE_ID = "penalty_notice"
TITLE = "行政处罚事先告知书"
# the duty the guardian did not meet (the facts' reasons); the fine's basis is the penalty's
DUTY = ("edu5", "edu11")

TEXTS: dict[str, str] = {
    "penalty_notice.facts": (
        "经查，你系{child_name}（身份证号：{id_number}）的法定监护人。{child_name}自{dropout_date}"
        "起辍学，{order_issuer}于{order_date}向你送达责令改正通知书{order_no}，责令你于"
        "{order_deadline}前送{child_name}返校接受义务教育，你逾期仍未改正。"
    ),
    "penalty_notice.reasons": (
        "你的上述行为违反了{duty_citations}关于监护人应当送适龄儿童、少年入学接受并完成义务教育的"
        "规定。"
    ),
    "penalty_notice.intent": (
        "依据{basis_citations}的规定，本机关拟对你作出如下行政处罚：罚款人民币{amount}元。"
    ),
    "penalty_notice.rights": (
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩；"
        "根据该法第六十三条、第六十四条的规定，你有权要求举行听证。你如要求陈述、申辩或者听证，"
        "应当于{deadline}前向本机关提出；逾期未提出的，视为放弃上述权利，本机关将依法作出行政"
        "处罚决定。"
    ),
}
PARTS = ("facts", "reasons", "intent", "rights")


def text(src: Source, key: str) -> str:
    """A paragraph's text: the county's own wording (forms.texts) or the one here."""
    return src.cfg.values["forms.texts"].get(key) or TEXTS[key]


def statement_deadline(src: Source) -> str:
    """The last day to ask for a statement or a hearing (the county may set its own days)."""
    if src.blank:
        return BLANK_DATE
    given = src.options.get("deadline")
    if given:
        return fmt_date(given)
    days = src.cfg.values["forms.deadlines"].get(TEMPLATE_ID) or STATEMENT_DAYS
    return fmt_date(src.today + dt.timedelta(days=int(days)))


def build(src: Source) -> dict[str, Any]:
    case = src.need_case()
    values = _values(src, "penalty")  # the intended fine: the penalty's basis and amount
    values["duty_citations"] = citations([src.cfg.article(k) for k in DUTY])
    values["basis_citations"] = citations(_basis(src, "penalty"))
    values["deadline"] = statement_deadline(src)
    paragraphs = [fill(text(src, f"{TEMPLATE_ID}.{p}"), values, src) for p in PARTS]
    if not case.guardian["name"]:
        src.lack(N_("监护人姓名"), N_("请在案件页“修改学生信息…”的监护人一栏填写"))
    return {
        "heading": src.issuer.name,
        "title": TITLE,
        "addressee": _addressee(case),
        "paragraphs": paragraphs,
        "closing": "特此告知。",
        "issuer": src.issuer.name,
        "notes": _contact_note(src),
        "receipt": _receipt(src, TITLE),
        "deadline": values["deadline"],
    }


TEMPLATES = [
    Template(
        TEMPLATE_ID,
        TITLE,
        "case",
        "罚告字",
        build,
        draw_notice_with_receipt,
        page_numbers="gb",
        notice=True,
        description="作出行政处罚决定前告知拟处罚的事实、理由、依据和陈述申辩、听证权利，附送达回证",
    ),
]
