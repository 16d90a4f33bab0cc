"""Grid forms of special arrangements: 延缓入学/休学申请审批表 (三联), 残疾儿童入学评估意见表
(保密), 送教上门记录表 and 学期送教计划."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from desktop.domain import codes
from desktop.domain.text import N_
from desktop.forms.base import BLANK_DATE, Source, Template
from desktop.forms.context import fmt_date, short_date
from desktop.forms.flow import (
    SIZE_WUHAO,
    Cell,
    Flow,
    L,
    Para,
    Signatures,
    Table,
    V,
    checks,
    portrait_frame,
)
from desktop.forms.layout import Doc, mm
from desktop.forms.tpl_records import COLS6, SEAL_DATE, SIGN_DATE, _base, _head, _identity_rows

# --- 延缓入学/休学申请审批表 (三联) --------------------------------------------------------------

COPIES = ("第一联　存根（县教育局留存）", "第二联　学校留存", "第三联　申请人（监护人）留存")


def _entry_date(birth_iso: str) -> str:
    """应入学时间: 1 September of the year the child is six by 31 August."""
    if not birth_iso:
        return ""
    birth = dt.date.fromisoformat(birth_iso)
    year = birth.year + 6 if (birth.month, birth.day) <= (8, 31) else birth.year + 7
    return fmt_date(dt.date(year, 9, 1))


def build_deferral(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    event = case.last("deferral")
    p = event.payload if event else {}
    kind = {"defer_entry": "延缓入学", "suspend": "休学"}.get(p.get("kind", ""), "")
    content.update(
        kind=kind,
        entry=_entry_date(case.child["birth_iso"]),
        reason=p.get("reason", ""),
        start=fmt_date(p.get("start")),
        until=fmt_date(p.get("until")),
        proof=p.get("proof", ""),
        approver=p.get("approver_name") or p.get("approver", ""),
        exception="（属联合劝返三次以上仍拒不返校的特殊情形）"
        if p.get("refusal_exception")
        else "",
        applied_on=fmt_date(event.on) if event else "",
    )
    return content


def draw_deferral(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    period = (
        f"自{c['start'] or BLANK_DATE}至{c['until'] or BLANK_DATE}"
        "（不超过一年，期满仍需延缓或休学的应重新申请）"
    )
    rows = [
        *_identity_rows(i),
        [
            L("应入学时间"),
            V(c["entry"], 2),
            L("申请类别"),
            V(checks(["延缓入学", "休学"], c["kind"]), 2),
        ],
        [L("申请理由"), V(c["reason"] + c["exception"], 5, min_height=mm(30))],
        [L("申请期限"), V(period, 5)],
        [
            L("证明材料"),
            V(c["proof"] or "□医院诊断证明\u3000□残疾人教育专家委员会评估意见\u3000□其他", 5),
        ],
        [L("申请人\n（监护人）"), V("\n" + SIGN_DATE, 5, min_height=mm(22), valign="top")],
        [L("证明单位\n意见"), V("\n" + SEAL_DATE, 5, min_height=mm(22), valign="top")],
        [L("学校意见"), V("\n" + SEAL_DATE, 5, min_height=mm(22), valign="top")],
        [
            L("教育部门\n审批意见"),
            V(
                ("审批人：" + c["approver"] if c["approver"] else "") + "\n" + SEAL_DATE,
                5,
                min_height=mm(26),
                valign="top",
            ),
        ],
    ]
    for n, label in enumerate(COPIES):
        if n == 0:
            doc.marks.copy_label = _fixed(label)
        else:
            doc.begin_section(
                dataclasses.replace(doc.marks, copy_label=_fixed(label)), doc.pagesize
            )
        f = Flow(doc, portrait_frame())
        f.add(
            [
                *_head(c, "适龄儿童少年延缓入学（休学）申请审批表"),
                Table(COLS6, rows, min_row_height=mm(7.5)),
                Para(
                    "本表一式三联，经审批后县教育局、学校、申请人各执一联。延缓入学或休学期满，"
                    "学校应及时通知监护人送学生入学或复学。",
                    size=SIZE_WUHAO,
                ),
            ]
        )


def _fixed(text: str):
    return lambda _page: text


# --- 残疾儿童入学评估意见表 (保密) ------------------------------------------------------------

PLACEMENT_OPTIONS = ["随班就读", "特教班", "特殊教育学校", "送教上门", "延缓入学"]


def build_assessment(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    event = case.last("assessment")
    if event is None:
        src.lack(
            N_("残疾儿童入学评估记录"),
            N_("请先在案件页记录县残疾人教育专家委员会的评估（结论、安置建议、成员）"),
        )
    p = event.payload if event else {}
    # the committee's recorded advice, as recorded: the conclusion's wording never changes it
    advice = codes.PLACEMENTS.label(p["placement_advice"]) if p.get("placement_advice") else ""
    content.update(
        category=codes.DISABILITY_CATEGORIES.label(p["category"])
        if p.get("category")
        else case.child["disability_category"],
        degree=p.get("degree") or case.child["disability_grade"],
        cert_no=p.get("cert_no") or case.child["disability_cert_no"],
        conclusion=p.get("conclusion", ""),
        advice=advice,
        members="、".join(p.get("members", ())),
        consent="同意" if p.get("guardian_consent") else "",
        assessed_on=fmt_date(event.on) if event else "",
        committee=f"{src.cfg.county}残疾人教育专家委员会",
    )
    return content


def draw_assessment(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    rows = [
        *_identity_rows(i),
        [L("残疾类别"), V(c["category"]), L("残疾等级"), V(c["degree"], 3)],
        [L("残疾证号"), V(c["cert_no"], 5)],
        [L("评估时间"), V(c["assessed_on"] or BLANK_DATE, 2), L("评估机构"), V(c["committee"], 2)],
        [L("评估情况\n及结论"), V(c["conclusion"], 5, min_height=mm(30))],
        [L("安置建议"), V(checks(PLACEMENT_OPTIONS, c["advice"]), 5)],
        [L("评估小组\n成员签名"), V(c["members"] + "\n\n", 5, min_height=mm(22), valign="top")],
        [
            L("监护人意见"),
            V(checks(["同意", "不同意"], c["consent"]) + "\u3000\u3000\u3000" + SIGN_DATE, 5),
        ],
        [L("专家委员会\n意见"), V("\n" + SEAL_DATE, 5, min_height=mm(20), valign="top")],
    ]
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(c, "残疾儿童少年入学评估意见表", left=f"评估机构：{c['committee']}"),
            Table(COLS6, rows),
            Para(
                "保密：本表含残疾儿童个人信息和评估结果，依照《残疾人教育条例》予以保密，仅限入学安置"
                "使用，不得公开或转作他用。",
                size=SIZE_WUHAO,
            ),
        ]
    )


# --- 送教上门记录表 / 学期送教计划 -------------------------------------------------------------


def build_home_teaching_record(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    sessions = [
        [
            short_date(e.on),
            f"{e.payload.get('hours', '')}",
            "、".join(e.payload.get("teachers", ())),
            e.payload.get("content", ""),
            e.payload.get("response", ""),
            e.payload.get("next_goal", ""),
        ]
        for e in case.of("home_teaching")
    ]
    if not sessions:
        src.lack(N_("送教上门记录"), N_("请先在案件页记录送教上门（日期、课时、送教教师、内容）"))
    hours = sum(float(e.payload.get("hours") or 0) for e in case.of("home_teaching"))
    content.update(
        category=case.child["disability_category"],
        degree=case.child["disability_grade"],
        sessions=sessions,
        summary=(f"累计送教{len(sessions)}次，共{hours:g}课时。" if sessions else ""),
    )
    return content


def draw_home_teaching_record(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    info = Table(
        COLS6,
        [
            [L("学生姓名"), V(i["name"]), L("性别"), V(i["sex"]), L("残疾类别"), V(c["category"])],
            [L("身份证号"), V(i["id_number"], 3), L("学籍学校"), V(i["school"])],
            [L("家庭住址"), V(i["address"], 3), L("监护人"), V(i["guardian"])],
        ],
    )
    rows: list[list[Cell]] = [
        [
            L(t)
            for t in (
                "次数",
                "日期",
                "课时",
                "送教教师",
                "送教内容",
                "学生反应",
                "下一步目标",
                "监护人签字",
            )
        ]
    ]
    sessions = c["sessions"] + [["", "", "", "", "", ""]] * max(0, 8 - len(c["sessions"]))
    for n, s in enumerate(sessions, start=1):
        rows.append(
            [
                V(str(n), align="centre"),
                V(s[0]),
                V(s[1], align="centre"),
                V(s[2]),
                V(s[3]),
                V(s[4]),
                V(s[5]),
                V(""),
            ]
        )
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(
                c,
                "送教上门记录表",
                left=f"{i['township']}　{i['village']}　案件编号：{i['case_no']}",
            ),
            info,
            Table(
                [9, 21, 9, 18, 32, 24, 24, 19],
                rows,
                header_rows=1,
                size=SIZE_WUHAO,
                label_size=SIZE_WUHAO,
                min_row_height=mm(11),
            ),
            Para(
                (c["summary"] + "　" if c["summary"] else "")
                + "要求：每月送教不少于2次，每次不少于2课时；每次送教后由监护人签字确认。",
                size=SIZE_WUHAO,
            ),
        ]
    )


def _term(today: dt.date) -> tuple[str, list[int]]:
    if today.month >= 8 or today.month == 1:
        year = today.year if today.month >= 8 else today.year - 1
        return f"{year}—{year + 1}学年第一学期", [9, 10, 11, 12, 1]
    return f"{today.year - 1}—{today.year}学年第二学期", [3, 4, 5, 6, 7]


def build_home_teaching_plan(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    term, months = _term(src.today)
    assessment = case.last("assessment")
    teachers = sorted({t for e in case.of("home_teaching") for t in e.payload.get("teachers", ())})
    last = case.last("home_teaching")
    content.update(
        term=term,
        months=months,
        category=case.child["disability_category"],
        degree=case.child["disability_grade"],
        status=assessment.payload.get("conclusion", "") if assessment else "",
        teachers="、".join(teachers),
        goal=last.payload.get("next_goal", "") if last else "",
        content_hint=last.payload.get("content", "") if last else "",
    )
    return content


def draw_home_teaching_plan(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    rows = [
        [L("学生姓名"), V(i["name"]), L("性别"), V(i["sex"]), L("出生日期"), V(i["birth"])],
        [
            L("身份证号"),
            V(i["id_number"], 3),
            L("残疾类别\n及等级"),
            V(f"{c['category']} {c['degree']}".strip()),
        ],
        [L("学籍学校"), V(i["school"], 3), L("年级"), V(i["grade"])],
        [
            L("家庭住址"),
            V(i["address"], 3),
            L("监护人\n及电话"),
            V(f"{i['guardian']} {i['guardian_phone']}".strip()),
        ],
        [L("送教教师"), V(c["teachers"], 5)],
        [L("学生现状\n评估"), V(c["status"], 5, min_height=mm(18))],
        [L("学期目标"), V(c["goal"], 5, min_height=mm(18))],
        [L("最近一次\n送教内容"), V(c["content_hint"], 5)],
        [
            L("送教安排"),
            V(
                "每月送教不少于2次，每次不少于2课时；内容包括生活自理、康复训练、文化知识和"
                "社会适应等。",
                5,
            ),
        ],
        [L("月份"), L("计划次数"), L("主要内容", 2), L("阶段目标", 2)],
    ]
    for month in c["months"]:
        rows.append(
            [
                V(f"{month}月", align="centre"),
                V("2次", align="centre"),
                V("", 2, min_height=mm(13)),  # planned by the teacher, month by month
                V("", 2),
            ]
        )
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(
                c,
                f"送教上门学期计划（{c['term']}）",
                left=f"{i['township']}　{i['village']}　案件编号：{i['case_no']}",
            ),
            Table(COLS6, rows),
            Signatures(["送教教师：", "学校负责人：", "监护人："], per_line=3),
        ]
    )


TEMPLATES = [
    Template(
        "deferral",
        "延缓入学/休学申请审批表",
        "case",
        "延字",
        build_deferral,
        draw_deferral,
        page_numbers="",
        description="一式三联",
    ),
    Template(
        "assessment",
        "残疾儿童入学评估意见表",
        "case",
        "评字",
        build_assessment,
        draw_assessment,
        confidential=True,
        description="保密",
    ),
    Template(
        "home_teaching_record",
        "送教上门记录表",
        "case",
        "送记字",
        build_home_teaching_record,
        draw_home_teaching_record,
    ),
    Template(
        "home_teaching_plan",
        "学期送教计划",
        "case",
        "送计字",
        build_home_teaching_plan,
        draw_home_teaching_plan,
    ),
]
