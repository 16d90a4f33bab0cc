"""Grid forms of one case: 家访记录表, 一人一案, 复学登记表, 延缓入学/休学审批表 (三联),
残疾儿童入学评估意见表 (保密), 送教上门记录表 and 学期送教计划."""

from __future__ import annotations

from typing import Any

from desktop.domain import codes
from desktop.forms.base import BLANK, BLANK_DATE, Source, Template
from desktop.forms.context import CaseData, fmt_date, short_date
from desktop.forms.flow import (
    SIZE_WUHAO,
    Cell,
    Flow,
    L,
    Line,
    Para,
    Signatures,
    Table,
    Title,
    V,
    checks,
    portrait_frame,
)
from desktop.forms.layout import Doc, mm

COLS6 = [24, 31, 20, 31, 24, 38]
SIGN_DATE = "签字：　　　　　　　　　　　　　　　　年　　月　　日"
SEAL_DATE = "（盖章）　　　　　　　　　　　　　　　年　　月　　日"


def _head(content: dict[str, Any], title: str, *, left: str = "") -> list[Any]:
    number = content.get("number") or BLANK
    return [
        Title(title),
        Line(left=left or f"填表单位：{content['issuer']}", right=f"编号：{number}"),
    ]


def _section(text: str) -> list[Cell]:
    return [L(text, 6, align="left", shade=True, keep_with_next=True)]


def _identity(case: CaseData) -> dict[str, str]:
    g = case.guardian
    return {
        "name": case.child["name"],
        "sex": case.child["sex"],
        "birth": case.child["birth_date"],
        "ethnicity": case.child["ethnicity"],
        "id_number": case.child["id_number"],
        "xueji_no": case.child["xueji_no"],
        "school": case.school["name"] or case.case["school"],
        "grade": case.case["grade"],
        "class_name": case.child["class_name"],
        "address": case.child["address"],
        "hukou": case.child["hukou"],
        "flags": case.child["flags"],
        "guardian": f"{g['name']}（{g['relation']}）" if g["name"] else "",
        "guardian_phone": g["phone"],
        "guardian_id": g["id_number"],
        "guardian_work": g["work_place"],
        "township": case.places["township"],
        "village": case.places["village"],
        "case_no": case.case_no,
        "dropout_date": case.case["dropout_date"],
        "causes": case.case["causes"],
    }


def _identity_rows(i: dict[str, str]) -> list[list[Cell]]:
    return [
        [L("学生姓名"), V(i["name"]), L("性别"), V(i["sex"]), L("出生日期"), V(i["birth"])],
        [L("身份证号"), V(i["id_number"], 3), L("民族"), V(i["ethnicity"])],
        [L("学籍号"), V(i["xueji_no"], 3), L("年级"), V(i["grade"])],
        [L("就读学校"), V(i["school"], 5)],
        [L("家庭住址"), V(i["address"], 5)],
        [
            L("监护人"),
            V(i["guardian"]),
            L("联系电话"),
            V(i["guardian_phone"]),
            L("务工地点"),
            V(i["guardian_work"]),
        ],
    ]


def _base(src: Source) -> tuple[CaseData, dict[str, Any]]:
    case = src.need_case()
    return case, {"issuer": src.issuer.name, "id": _identity(case), "blank": src.blank}


# --- 家访（入户劝返）记录表 -------------------------------------------------------------------


def build_home_visit(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    wanted = src.options.get("event_id")
    event = case.event(wanted) if wanted else case.last("contact")
    p = event.payload if event else {}
    when = ""
    if event:
        when = fmt_date(event.on) + (f" {p['start_time']}" if p.get("start_time") else "")
    content.update(
        when=when,
        place=p.get("place", ""),
        kind=codes.CONTACT_KINDS.label(p["kind"]) if p.get("kind") else "",
        participants="；".join(p.get("participants", ())),
        departments="、".join(codes.DEPARTMENTS.label(d) for d in p.get("departments", ())),
        met=p.get("met", ""),
        findings=p.get("findings", ""),
        child_attitude=codes.ATTITUDES.label(p["child_attitude"])
        if p.get("child_attitude")
        else "",
        guardian_attitude=codes.ATTITUDES.label(p["guardian_attitude"])
        if p.get("guardian_attitude")
        else "",
        methods=[codes.METHODS.label(m) for m in p.get("methods", ())],
        result=codes.CONTACT_RESULTS.label(p["result"]) if p.get("result") else "",
        next_step=(
            p.get("next_step", "")
            + (f"（{fmt_date(p['next_date'])}前）" if p.get("next_date") else "")
        ),
        count=case.case["persuasion_count"],
    )
    return content


def draw_home_visit(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    room = 1.35 if c.get("blank") else 1.0  # a paper form needs room to write by hand
    labels_of = lambda cl: [lbl for _, lbl in cl.items]  # noqa: E731
    rows = [
        *_identity_rows(i),
        [
            L("走访时间"),
            V(c["when"] or "\u3000\u3000年\u3000\u3000月\u3000\u3000日\u3000\u3000时", 2),
            L("走访地点"),
            V(c["place"], 2),
        ],
        [L("走访形式"), V(checks(labels_of(codes.CONTACT_KINDS), c["kind"]), 5)],
        [L("参与人员\n（单位）"), V(c["participants"], 5, min_height=mm(12) * room)],
        [L("参与部门"), V(c["departments"], 5)],
        [L("见到的人"), V(c["met"], 5)],
        [L("了解到的\n情况"), V(c["findings"], 5, min_height=mm(32) * room)],
        [L("学生态度"), V(checks(labels_of(codes.ATTITUDES), c["child_attitude"]), 5)],
        [L("监护人态度"), V(checks(labels_of(codes.ATTITUDES), c["guardian_attitude"]), 5)],
        [L("劝返方式"), V(checks(labels_of(codes.METHODS), c["methods"]), 5)],
        [L("劝返结果"), V(checks(labels_of(codes.CONTACT_RESULTS), c["result"]), 5)],
        [L("下一步工作\n及时间"), V(c["next_step"], 5, min_height=mm(16) * room)],
        [L("走访人员\n签名"), V("", 2, min_height=mm(16)), L("监护人\n签名"), V("", 2)],
    ]
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(
                c,
                "家访（入户劝返）记录表",
                left=f"{i['township']}　{i['village']}　案件编号：{i['case_no']}",
            ),
            Table(COLS6, rows),
            Para(
                "注：每次入户劝返均应填写本表，由走访人员和监护人签字，与照片等材料一并归入“一人一案”档案。",
                size=SIZE_WUHAO,
            ),
        ]
    )


# --- 一人一案工作方案 ------------------------------------------------------------------------


def build_case_plan(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    progress = []
    for e in case.events:
        p = e.payload
        if e.kind == "contact":
            what = p.get("findings", "")
            if p.get("result"):
                what += f"（结果：{codes.CONTACT_RESULTS.label(p['result'])}）"
            progress.append(
                [
                    short_date(e.on),
                    codes.CONTACT_KINDS.label(p.get("kind", "")),
                    "、".join(p.get("participants", ())),
                    what,
                ]
            )
        elif e.kind == "legal_step":
            progress.append(
                [
                    short_date(e.on),
                    codes.LEGAL_STEPS.label(p.get("step", "")),
                    p.get("issuer", ""),
                    " ".join(x for x in (p.get("summary", ""), p.get("doc_no", "")) if x),
                ]
            )
        elif e.kind == "return":
            progress.append(
                [
                    short_date(e.on),
                    "复学登记",
                    "",
                    f"复学，{codes.PLACEMENTS.label(p.get('placement', ''))}",
                ]
            )
    supports = [
        f"{codes.SUPPORT_KINDS.label(e.payload.get('kind', ''))} {e.payload.get('amount', '')}元"
        f"（{e.payload.get('period', '')}）"
        for e in case.of("support")
    ]
    k = case.case
    content.update(
        guardians=[
            [g["name"], g["relation"], g["phone"], g["id_number"], g["work_place"]]
            for g in case.guardians
        ],
        family=case.plan["family_situation"],
        whereabouts="　".join(x for x in (k["whereabouts"], k["whereabouts_detail"]) if x),
        analysis=case.plan["cause_analysis"],
        admin=[k["admin_name"], k["admin_title"], k["admin_phone"]],
        edu=[k["edu_name"], k["edu_title"], k["edu_phone"]],
        measures=case.plan["measures"],
        deadline=case.plan["deadline"],
        support=case.plan["support_plan"]
        + ("\n已落实：" + "；".join(supports) if supports else ""),
        placement=case.plan["placement_plan"],
        progress=progress,
        made_by=case.plan["made_by"],
        made_on=case.plan["made_on"],
    )
    return content


def draw_case_plan(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    rows: list[list[Cell]] = [_section("一、学生基本信息"), *_identity_rows(i)[:5]]
    rows += [
        [L("户籍地"), V(i["hukou"], 5)],
        [L("辍学时间"), V(i["dropout_date"]), L("目前去向"), V(c["whereabouts"], 3)],
        [L("特殊情况"), V(i["flags"] or "　", 5)],
        _section("二、家庭情况"),
        [L("监护人"), L("联系电话"), L("关系"), L("身份证号", 2), L("务工地点")],
    ]
    guardians = c["guardians"] or [["", "", "", "", ""]]
    for name, relation, phone, idno, work in guardians:
        rows.append(
            [V(name, align="centre"), V(phone), V(relation, align="centre"), V(idno, 2), V(work)]
        )
    rows += [
        [L("家庭情况"), V(c["family"], 5, min_height=mm(14))],
        _section("三、辍学原因分析"),
        [L("辍学原因"), V(i["causes"], 5)],
        [L("原因分析"), V(c["analysis"], 5, min_height=mm(18))],
        _section("四、包保责任人（双线）"),
        [L("行政线"), V(c["admin"][0]), L("职务"), V(c["admin"][1]), L("电话"), V(c["admin"][2])],
        [L("教育线"), V(c["edu"][0]), L("职务"), V(c["edu"][1]), L("电话"), V(c["edu"][2])],
        _section("五、劝返措施与时限"),
        [L("劝返措施"), V(c["measures"], 5, min_height=mm(18))],
        [L("完成时限"), V(c["deadline"] or BLANK_DATE, 5)],
        _section("六、资助帮扶"),
        [L("资助帮扶"), V(c["support"], 5, min_height=mm(12))],
        _section("七、复学安置方案"),
        [L("安置方案"), V(c["placement"], 5, min_height=mm(12))],
        _section("八、进展记录"),
        [L("日期", keep_with_next=True), L("方式/环节"), L("参与人员/单位", 2), L("情况及结果", 2)],
    ]
    progress = c["progress"] or [["", "", "", ""]] * (10 if c.get("blank") else 4)
    for day, what, who, result in progress:
        rows.append(
            [
                V(day, size=SIZE_WUHAO),
                V(what, size=SIZE_WUHAO),
                V(who, 2, size=SIZE_WUHAO),
                V(result, 2, size=SIZE_WUHAO),
            ]
        )
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(
                c,
                "控辍保学“一人一案”工作方案",
                left=f"{i['township']}　{i['village']}　案件编号：{i['case_no']}",
            ),
            Table(COLS6, rows),
            Line(
                left=f"方案制定人：{c['made_by'] or '　' * 6}",
                right=f"制定日期：{c['made_on'] or BLANK_DATE}",
            ),
            Signatures(["包保责任人签字：", "校长签字：", "乡镇分管领导签字："], per_line=3),
            Line(right="乡镇人民政府（盖章）　　　　　　", size=12),
        ]
    )


# --- 复学登记表 -------------------------------------------------------------------------------


def build_return_register(src: Source) -> dict[str, Any]:
    case, content = _base(src)
    event = case.last("return")
    p = event.payload if event else {}
    school = ""
    if p.get("school_id"):
        row = src.store.get("schools", p["school_id"])
        school = row["name"] if row else ""
    supports = [codes.SUPPORT_KINDS.label(e.payload.get("kind", "")) for e in case.of("support")]
    content.update(
        return_date=fmt_date(p.get("return_date")),
        school=school,
        grade=codes.GRADES.label(p["grade"]) if p.get("grade") else "",
        class_name=p.get("class_name", ""),
        placement=codes.PLACEMENTS.label(p["placement"]) if p.get("placement") else "",
        xueji_action=p.get("xueji_action", ""),
        help=[codes.HELP_MEASURES.label(h) for h in p.get("support", ())],
        supports="、".join(dict.fromkeys(supports)),
        persuasion=(
            f"共劝返{case.case['persuasion_count']}次，其中联合劝返{case.case['joint_count']}次"
            if not case.blank
            else ""
        ),
        admin=" ".join(x for x in (case.case["admin_name"], case.case["admin_phone"]) if x),
        edu=" ".join(x for x in (case.case["edu_name"], case.case["edu_phone"]) if x),
    )
    return content


def draw_return_register(doc: Doc, c: dict[str, Any]) -> None:
    i = c["id"]
    placements = [lbl for code, lbl in codes.PLACEMENTS.items][:4]
    rows = [
        *_identity_rows(i),
        [L("辍学时间"), V(i["dropout_date"]), L("辍学原因"), V(i["causes"], 3)],
        [L("劝返经过"), V(c["persuasion"], 5)],
        [L("复学时间"), V(c["return_date"] or BLANK_DATE, 2), L("复学学校"), V(c["school"], 2)],
        [L("年级"), V(c["grade"], 2), L("班级"), V(c["class_name"], 2)],
        [
            L("安置方式"),
            V(
                checks(placements, c["placement"])
                if c["placement"] in placements or not c["placement"]
                else c["placement"],
                5,
            ),
        ],
        [L("学籍处理"), V(checks(["恢复学籍", "转入学籍", "新建学籍"], c["xueji_action"]), 5)],
        [L("帮扶措施"), V(checks([lbl for _, lbl in codes.HELP_MEASURES.items], c["help"]), 5)],
        [L("资助情况"), V(c["supports"], 5)],
        [L("包保责任人"), V("行政线：" + c["admin"], 2), L("班主任"), V(c["edu"], 2)],
        [
            L("学生签字"),
            V("", 1, min_height=mm(14)),
            L("监护人签字"),
            V(""),
            L("班主任签字"),
            V(""),
        ],
        [L("学校意见"), V("\n" + SEAL_DATE, 5, min_height=mm(24), valign="top")],
    ]
    f = Flow(doc, portrait_frame())
    f.add(
        [
            *_head(
                c,
                "复学学生登记表",
                left=f"{i['township']}　{i['village']}　案件编号：{i['case_no']}",
            ),
            Table(COLS6, rows),
            Para(
                "注：复学后学校应落实“一生一策”帮扶，跟踪巩固期内每月至少回访一次，防止反弹。",
                size=SIZE_WUHAO,
            ),
        ]
    )


TEMPLATES = [
    Template(
        "case_plan",
        "一人一案工作方案",
        "case",
        "案字",
        build_case_plan,
        draw_case_plan,
        description="基本信息、家庭情况、原因分析、双线包保、措施时限、帮扶、安置、进展记录",
    ),
    Template(
        "home_visit",
        "家访（入户劝返）记录表",
        "case",
        "访字",
        build_home_visit,
        draw_home_visit,
        description="默认为最近一次联系记录；空白表供入户时手填",
    ),
    Template(
        "return_register", "复学登记表", "case", "复字", build_return_register, draw_return_register
    ),
]
