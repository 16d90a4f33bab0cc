"""Notices of the legal ladder (GB/T 9704 layout), each with its 送达回证, and the 跨省告知函
with its attachment and 回执."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain import codes
from desktop.domain.text import N_
from desktop.forms import flow
from desktop.forms.base import (
    BLANK,
    BLANK_DATE,
    Source,
    Template,
    citations,
    fill,
    or_blank,
)
from desktop.forms.context import CaseData, fmt_date, township_government
from desktop.forms.flow import Flow, L, Line, Para, Table, Title, V
from desktop.forms.layout import A4, Doc, Marks, mm
from desktop.forms.notice import Notice, block_rect, draw_notice

RECEIPT_NOTE = (
    "受送达人拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上"
    "记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达。"
)


def _deadline(src: Source, template_id: str) -> str:
    if src.blank:
        return BLANK_DATE
    given = src.options.get("deadline")
    if given:
        return fmt_date(given)
    return fmt_date(src.today + dt.timedelta(days=src.cfg.deadline(template_id)))


# the guardian's relation (label) -> what the child is to them, as a notice addresses them
WARD_OF = {
    "父亲": "子女",
    "母亲": "子女",
    "祖父": "孙子女",
    "祖母": "孙子女",
    "外祖父": "外孙子女",
    "外祖母": "外孙子女",
    "兄姐": "弟妹",
    "其他亲属": "被监护人",
    "其他监护人": "被监护人",
}


def ward_word(relation: str) -> str:
    """你的{ward}: 子女 to a parent, 孙子女 to a grandparent… ('' if the relation is unknown)."""
    return WARD_OF.get(relation, "被监护人" if relation else "")


def home_visits(case: CaseData) -> int:
    """上门劝返 as the record holds it: home visits only (calls, video, remote work are not)."""
    return sum(1 for e in case.of("contact") if e.payload.get("kind") == "home_visit")


def _basis(src: Source, template_id: str) -> list[tuple[str, str]]:
    """The template's legal basis; an article the county has not set is noted as missing."""
    out = []
    for citation, text in src.cfg.basis(template_id):
        if not citation:
            src.lack(*src.cfg.penalty_missing())
            continue
        out.append((citation, text))
    return out


def _values(src: Source, template_id: str) -> dict[str, Any]:
    """The fields notice texts may use."""
    case = src.need_case()
    g = case.guardian
    basis = _basis(src, template_id)
    school_step = case.last("legal_step", step="school_notice")
    order_step = case.last("legal_step", step="order_notice")
    penalty_step = case.last("legal_step", step="penalty")
    amount = (
        src.options.get("amount")
        or (penalty_step.payload.get("amount") if penalty_step else "")
        or (src.cfg.penalty_amount() if template_id == "penalty" else "")
    )
    visits = home_visits(case)
    return {
        "child_name": case.child["name"],
        "sex": case.child["sex"],
        "birth_date": case.child["birth_date"],
        "id_number": case.child["id_number"],
        "xueji_no": case.child["xueji_no"],
        "hukou": case.child["hukou"],
        "school": case.school["name"] or case.case["school"],
        "grade": case.case["grade"],
        "dropout_date": case.case["dropout_date"],
        "persuasion_count": case.case["persuasion_count"] if not case.blank else "",
        "home_visits": str(visits) if visits else "",
        "visits_clause": f"乡村干部和学校教师已先后{visits}次上门劝返，" if visits else "",
        "ward": ward_word(g["relation"]) if not case.blank else "子女（被监护人）",
        "guardian_name": g["name"],
        "guardian_relation": g["relation"],
        "guardian_id": g["id_number"],
        "guardian_address": g["address"] or case.child["address"],
        "township_government": township_government(case.places["township"]),
        "bureau": src.cfg.bureau,
        "basis_citations": citations(basis),
        "deadline": _deadline(src, template_id),
        "review_body": src.cfg.review_body(),
        "school_notice_date": fmt_date(school_step.on) if school_step else "",
        "school_notice_no": school_step.payload.get("doc_no", "") if school_step else "",
        "school_notice_clause": _school_notice_clause(case, school_step),
        "order_date": fmt_date(order_step.on) if order_step else "",
        "order_no": order_step.payload.get("doc_no", "") if order_step else "",
        "order_issuer": (order_step.payload.get("issuer") or _order_issuer(src, case))
        if order_step
        else "",
        "order_deadline": fmt_date(order_step.payload.get("deadline")) if order_step else "",
        "penalty_date": fmt_date(penalty_step.on) if penalty_step else "",
        "penalty_no": penalty_step.payload.get("doc_no", "") if penalty_step else "",
        "amount": amount,
    }


def _order_issuer(src: Source, case: CaseData) -> str:
    """Who issues 责令改正通知书 by the county's settings (for a step recorded without it)."""
    if src.cfg.issuer_kind("order_notice") == "county":
        return src.cfg.bureau
    return src.cfg.county + township_government(case.places["township"])


def _school_notice_clause(case: CaseData, step: Any) -> str:
    """学校已于…送达劝返复学通知书（…）， — blanks on a blank form; nothing if none was sent."""
    school = case.school["name"] or "学校"
    if case.blank:
        return f"{school}已于{BLANK}向你送达劝返复学通知书（{BLANK}），"
    if step is None:
        return ""
    number = step.payload.get("doc_no", "")
    return f"{school}已于{fmt_date(step.on)}向你送达劝返复学通知书{f'（{number}）' if number else ''}，"


def _addressee(case: CaseData) -> str:
    g = case.guardian
    relation = f"之{g['relation']}" if g["relation"] and g["name"] else "的监护人"
    return f"{or_blank(g['name'])}（学生{case.child['name']}{relation}）："


def _contact_note(src: Source) -> list[str]:
    contact = src.cfg.contact(src.issuer.key)
    if not contact and src.case is not None and not src.blank:
        case = src.case
        if src.issuer.key.startswith("township") and case.case["admin_name"]:
            contact = f"{case.case['admin_name']}，联系电话：{case.case['admin_phone']}"
        elif src.issuer.key.startswith("school") and case.case["edu_name"]:
            contact = f"{case.case['edu_name']}，联系电话：{case.case['edu_phone']}"
    return [f"（联系人：{contact}）"] if contact else []


def _quoted(basis: list[tuple[str, str]]) -> list[str]:
    return [f"{citation}规定：“{text}”" for citation, text in basis if text]


def _receipt(src: Source, title: str) -> dict[str, str]:
    case = src.need_case()
    g = case.guardian
    return {
        "doc": title,
        "recipient": g["name"],
        "address": g["address"] or case.child["address"],
        "issuer": src.issuer.name,
    }


def _notice_content(
    src: Source,
    template_id: str,
    title: str,
    parts: list[str],
    *,
    quote: bool,
    closing: str = "特此通知。",
) -> dict[str, Any]:
    case = src.need_case()
    values = _values(src, template_id)
    paragraphs = [fill(src.cfg.text(f"{template_id}.{p}"), values, src) for p in parts]
    if not case.guardian["name"]:
        src.lack(N_("监护人姓名"), N_("请在案件页“修改学生信息…”的监护人一栏填写"))
    if quote:
        # the articles are quoted after the paragraph that cites them (the second)
        paragraphs[2:2] = _quoted(_basis(src, template_id))
    return {
        "heading": src.issuer.name,
        "title": title,
        "addressee": _addressee(case),
        "paragraphs": paragraphs,
        "closing": closing,
        "issuer": src.issuer.name,
        "notes": _contact_note(src),
        "receipt": _receipt(src, title),
        "deadline": values["deadline"],
    }


def build_school_notice(src: Source) -> dict[str, Any]:
    return _notice_content(
        src, "school_notice", "劝返复学通知书", ["facts", "order", "consequence"], quote=False
    )


def build_order_notice(src: Source) -> dict[str, Any]:
    content = _notice_content(
        src,
        "order_notice",
        "责令改正通知书",
        ["facts", "order", "consequence", "rights"],
        quote=True,
    )
    content["title"] = src.options.get("title") or "责令改正通知书"
    content["receipt"]["doc"] = content["title"]
    return content


def build_penalty(src: Source) -> dict[str, Any]:
    case = src.need_case()
    content = _notice_content(
        src,
        "penalty",
        "行政处罚决定书",
        ["facts", "evidence", "decision", "payment", "rights"],
        quote=False,
        closing="",
    )
    g = case.guardian
    content["addressee"] = ""
    values = _values(src, "penalty")
    fill("{guardian_name}{guardian_relation}{guardian_id}{guardian_address}", values, src)
    party = (
        f"当事人：{or_blank(g['name'])}，与学生{case.child['name']}关系：{or_blank(g['relation'])}，"
        f"身份证号：{or_blank(g['id_number'])}，住址：{or_blank(g['address'] or case.child['address'])}。"
    )
    content["paragraphs"] = [party, *content["paragraphs"]]
    return content


def build_demand(src: Source) -> dict[str, Any]:
    content = _notice_content(
        src,
        "demand",
        "催告书",
        ["facts", "order", "consequence"],
        quote=False,
        closing="特此催告。",
    )
    return content


def draw_notice_with_receipt(doc: Doc, content: dict[str, Any]) -> None:
    notice = Notice(
        heading=content["heading"],
        title=content["title"],
        number=content.get("number", ""),
        addressee=content.get("addressee", ""),
        paragraphs=content["paragraphs"],
        closing=content.get("closing", ""),
        issuer=content["issuer"],
        date=content.get("date", "") or BLANK_DATE,
        notes=content.get("notes", ()),
    )
    draw_notice(doc, notice)
    receipt = content.get("receipt")
    if receipt:
        doc.begin_section(_receipt_marks(doc.marks), A4)
        draw_service_receipt(doc, receipt, number=content.get("number", ""))


def _receipt_marks(marks: Marks, *, attachment: bool = False) -> Marks:
    """The 送达回证 (a paper of its own, returned to the office: numbered from — 1 —) or an
    attachment bound with the letter (its page numbers go on from the letter's)."""
    return Marks(
        qr_text=marks.qr_text,
        caption=marks.caption,
        page_numbers="gb",
        page_number_top=marks.page_number_top,
        continue_numbers=attachment,
        watermark=marks.watermark,
    )


def draw_service_receipt(doc: Doc, r: dict[str, str], *, number: str) -> None:
    f = Flow(doc, block_rect(A4))
    f.start_page()
    doc_line = f"{r['doc']}　{number}" if number else f"{r['doc']}　（文号：{BLANK}）"
    f.add(
        [
            Title("送达回证", size=22),
            Line(left=f"送达机关：{r['issuer']}", size=12),
            Table(
                [46, 110],
                [
                    [L("送达文书名称及文号"), V(doc_line)],
                    [L("受送达人"), V(r["recipient"])],
                    [L("送达地点"), V(r["address"])],
                    [L("送达时间"), V("　　　　年　　月　　日　　时　　分")],
                    [
                        L("送达方式"),
                        V(flow.checks([lbl for _, lbl in codes.SERVICE_METHODS.items])),
                    ],
                    [
                        L("受送达人签名或盖章"),
                        V(
                            "\n\n　　　　　　　　　　　　　　　　年　　月　　日",
                            min_height=mm(26),
                            valign="top",
                        ),
                    ],
                    [L("代收人签名\n及代收理由"), V("", min_height=mm(18))],
                    [L("送达人签名"), V("", min_height=mm(14))],
                    [L("见证人签名\n（留置送达时）"), V("", min_height=mm(14))],
                    [L("备注"), V(RECEIPT_NOTE, size=10.5)],
                ],
                size=12,
                min_row_height=mm(11),
            ),
        ]
    )


# --- 跨省辍学学生情况告知函 ---------------------------------------------------------------------


MUNICIPALITIES = ("11", "12", "31", "50")  # 北京 天津 上海 重庆: 市教育委员会


def education_department(src: Source, case: CaseData) -> str:
    """The 户籍 province's education department, from the 户籍 division code; refused (UserError)
    for a child whose 户籍 is in this province; noted as missing without a code."""
    from desktop.domain.errors import UserError
    from desktop.forms.context import region_full

    code = case.child["hukou_code"] or ""
    if len(code) < 2 or not code[:2].isdigit():
        src.lack(N_("户籍地行政区划代码"), N_("请在案件页“修改学生信息…”的户籍地一栏填写"))
        return ""
    own = (src.store.setting("county.code") or "")[:2]
    if code[:2] == own:
        raise UserError(
            f"{case.child['name']}的户籍在本省（{case.child['hukou'] or code}），"
            "跨省辍学学生情况告知函只发往外省；本省学生请按县内流程办理"
        )
    province = region_full(src.store, code[:2] + "0" * 10)
    if not province or province.isdigit():
        src.lack(
            N_("户籍地所在省份（区划代码无法识别）"),
            N_("请在案件页“修改学生信息…”的户籍地一栏改正"),
        )
        return ""
    return province + ("教育委员会" if code[:2] in MUNICIPALITIES else "教育厅")


def build_cross_province(src: Source) -> dict[str, Any]:
    case = src.need_case()
    values = _values(src, "cross_province")
    addressee = src.options.get("addressee") or ""
    if not src.blank:
        addressee = addressee or education_department(src, case)
    if not addressee:
        addressee = f"{BLANK}教育厅（教委）"
    contacts = [
        f"{e.on[:10]} {codes.CONTACT_KINDS.label(e.payload.get('kind', ''))}："
        f"{codes.CONTACT_RESULTS.label(e.payload.get('result', ''))}"
        for e in case.of("contact")
    ]
    guardians = "；".join(
        f"{g['name']}（{g['relation']}）{g['phone']} {g['work_place']}".strip()
        for g in case.guardians
    )
    return {
        "heading": src.issuer.name,
        "title": "关于跨省辍学学生情况的告知函",
        "addressee": f"{addressee}：",
        "paragraphs": [
            fill(src.cfg.text("cross_province.opening"), values, src),
            "该生基本情况、辍学原因和劝返经过见附件。",
            src.cfg.text("cross_province.request"),
        ],
        "closing": "特此函告。",
        "issuer": src.issuer.name,
        "notes": [*_contact_note(src)],
        "attachment": [
            ["姓名", case.child["name"]],
            ["性别", case.child["sex"]],
            ["出生日期", case.child["birth_date"]],
            ["身份证号", case.child["id_number"]],
            ["学籍号", case.child["xueji_no"]],
            ["户籍地址", case.child["hukou"]],
            ["户籍地区划代码", case.child["hukou_code"]],
            ["原就读学校及年级", f"{values['school']}{case.case['grade']}"],
            ["辍学时间", case.case["dropout_date"]],
            ["辍学原因", case.case["causes"]],
            ["劝返经过", "\n".join(contacts) if contacts else ""],
            [
                "目前去向",
                "　".join(
                    x for x in (case.case["whereabouts"], case.case["whereabouts_detail"]) if x
                ),
            ],
            ["监护人及联系方式", guardians],
        ],
        "reply_to": src.issuer.name,
        "child_name": case.child["name"],
        "xueji_no": case.child["xueji_no"],
    }


def draw_cross_province(doc: Doc, content: dict[str, Any]) -> None:
    notice = Notice(
        heading=content["heading"],
        title=content["title"],
        number=content.get("number", ""),
        addressee=content["addressee"],
        paragraphs=[*content["paragraphs"]],
        closing=content["closing"],
        issuer=content["issuer"],
        date=content.get("date", "") or BLANK_DATE,
        attachments=["跨省辍学学生情况表"],
        notes=content.get("notes", ()),
    )
    draw_notice(doc, notice)
    doc.begin_section(_receipt_marks(doc.marks, attachment=True), A4)
    f = Flow(doc, block_rect(A4))
    f.start_page()
    rows = [[L(k), V(v, valign="top" if "\n" in v else None)] for k, v in content["attachment"]]
    f.add(
        [
            Line(left="附件", size=16),
            Title("跨省辍学学生情况表", size=18),
            Table([40, 116], rows, size=12),
        ]
    )
    f.add([flow.PageBreak()])
    number = content.get("number", "") or BLANK
    f.add(
        [
            Title("回　执", size=22),
            Para(f"{content['reply_to']}：", size=14),
            Para(
                f"贵单位《关于跨省辍学学生情况的告知函》（{number}）收悉。我单位已知悉学生"
                f"{content['child_name']}（学籍号：{content['xueji_no'] or BLANK}）的辍学情况，将会同"
                "其现流入地教育部门做好劝返复学工作。",
                size=14,
                indent=2,
                leading=1.7,
            ),
            Table(
                [40, 116],
                [
                    [L("收函单位（盖章）"), V("", min_height=mm(22))],
                    [L("处理意见"), V("", min_height=mm(40))],
                    [L("经办人"), V("")],
                    [L("联系电话"), V("")],
                    [L("日期"), V("　　　　年　　月　　日")],
                ],
                size=12,
                min_row_height=mm(11),
            ),
            Para("请填写后寄回或传真至来函单位，以便办理销号手续。", size=10.5),
        ]
    )


TEMPLATES = [
    Template(
        "school_notice",
        "劝返复学通知书",
        "case",
        "劝通字",
        build_school_notice,
        draw_notice_with_receipt,
        page_numbers="gb",
        notice=True,
        description="学校向监护人发出，附送达回证",
    ),
    Template(
        "order_notice",
        "限期返校/责令改正通知书",
        "case",
        "责改字",
        build_order_notice,
        draw_notice_with_receipt,
        page_numbers="gb",
        notice=True,
        description="乡镇人民政府或县教育局依义务教育法第五十八条发出，附送达回证",
    ),
    Template(
        "penalty",
        "行政处罚决定书",
        "case",
        "罚决字",
        build_penalty,
        draw_notice_with_receipt,
        page_numbers="gb",
        notice=True,
        description="附送达回证；罚款依据按本省规定配置",
    ),
    Template(
        "demand",
        "催告书",
        "case",
        "催字",
        build_demand,
        draw_notice_with_receipt,
        page_numbers="gb",
        notice=True,
        description="行政强制法第三十五条、第五十四条；附送达回证",
    ),
    Template(
        "cross_province",
        "跨省辍学学生情况告知函",
        "case",
        "告字",
        build_cross_province,
        draw_cross_province,
        page_numbers="gb",
        notice=True,
        description="县教育局致户籍地省份，附学生情况表和回执",
    ),
]
