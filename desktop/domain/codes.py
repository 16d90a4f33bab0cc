"""Code lists used across the app: (code, Chinese label) pairs.

These are defaults [DOMAIN.md]; a county can extend them through its configuration
(`settings` table, key ``codes.<list>``), which `CodeList.with_extra` merges in.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.text import N_


@dataclass(frozen=True)
class CodeList:
    name: str
    items: tuple[tuple[str, str], ...]

    def label(self, code: str | None) -> str:
        if code is None:
            return ""
        return dict(self.items).get(code, code)

    def codes(self) -> list[str]:
        return [c for c, _ in self.items]

    def __contains__(self, code: object) -> bool:
        return any(c == code for c, _ in self.items)

    def with_extra(self, extra: list[tuple[str, str]]) -> CodeList:
        known = {c for c, _ in self.items}
        return CodeList(self.name, self.items + tuple(x for x in extra if x[0] not in known))


# 辍学原因: two levels; the first two characters are the group. Several per case.
CAUSES = CodeList(
    "causes",
    (
        ("10", N_("学习困难")),
        ("11", N_("学习困难—厌学")),
        ("12", N_("学习困难—跟不上进度")),
        ("20", N_("外出打工")),
        ("30", N_("早婚早育")),
        ("40", N_("信教")),
        ("50", N_("身体原因")),
        ("51", N_("身体原因—残疾")),
        ("52", N_("身体原因—重大疾病")),
        ("60", N_("随迁流动")),
        ("61", N_("随迁流动—跨省流动")),
        ("70", N_("因疫情")),
        ("80", N_("非法办学替代")),
        ("81", N_("非法办学替代—国学班/读经班/私塾")),
        ("90", N_("家庭经济困难")),
        ("91", N_("上学远/上学难")),
        ("92", N_("家庭变故/单亲/留守")),
        ("93", N_("监护缺失（孤儿、事实无人抚养）")),
        ("94", N_("家长观念（“读书无用”）")),
        ("95", N_("网瘾")),
        ("96", N_("心理问题")),
        ("99", N_("其他")),
    ),
)

CAUSE_GROUPS = CodeList(
    "cause_groups", tuple((c, label) for c, label in CAUSES.items if c.endswith("0"))
)


def cause_group(code: str) -> str:
    """The first-level cause a code belongs to ('11' → '10'); 9x codes are their own group."""
    return code if code.startswith("9") else code[0] + "0"


LEDGER_KINDS = CodeList("ledger_kinds", (("suspected", N_("疑似辍学")), ("dropout", N_("辍学"))))

CONTACT_KINDS = CodeList(
    "contact_kinds",
    (
        ("home_visit", N_("家访")),
        ("phone", N_("电话")),
        ("video", N_("视频")),
        ("remote", N_("异地劝返")),
        ("joint", N_("联合劝返")),
    ),
)

METHODS = CodeList(
    "methods",
    (
        ("emotional", N_("感情的")),
        ("economic", N_("经济的")),
        ("administrative", N_("行政的")),
        ("legal", N_("法律的")),
    ),
)

ATTITUDES = CodeList(
    "attitudes",
    (
        ("willing", N_("愿意复学")),
        ("hesitant", N_("犹豫")),
        ("refuses", N_("拒绝")),
        ("unreachable", N_("未能联系")),
    ),
)

CONTACT_RESULTS = CodeList(
    "contact_results",
    (
        ("agreed_return", N_("同意返校")),
        ("returned", N_("已返校")),
        ("considering", N_("考虑中")),
        ("refused", N_("拒绝返校")),
        ("not_met", N_("未见到本人")),
        ("verified_enrolled", N_("核实在读")),
    ),
)

DEPARTMENTS = CodeList(
    "departments",
    (
        ("education", N_("教育部门")),
        ("school", N_("学校")),
        ("township", N_("乡镇人民政府")),
        ("village", N_("村（居）委会")),
        ("police", N_("公安")),
        ("civil_affairs", N_("民政")),
        ("justice", N_("司法")),
        ("hr", N_("人力资源社会保障")),
        ("poverty", N_("乡村振兴（扶贫）")),
        ("women", N_("妇联")),
        ("disability", N_("残联")),
        ("united_front", N_("统战/宗教事务")),
        ("health", N_("卫生健康")),
        ("court", N_("人民法院")),
    ),
)

LEGAL_STEPS = CodeList(
    "legal_steps",
    (
        ("education", N_("宣传教育/批评教育")),
        ("school_notice", N_("劝返复学通知书")),
        ("order_notice", N_("限期返校/责令改正通知书")),
        ("penalty_notice", N_("行政处罚事先告知书")),
        ("penalty", N_("行政处罚决定书")),
        ("demand", N_("催告书")),
        ("lawsuit", N_("起诉/申请强制执行")),
        ("mediation", N_("调解")),
        ("judgment", N_("判决/裁定")),
    ),
)

SERVICE_METHODS = CodeList(
    "service_methods",
    (("direct", N_("直接送达")), ("left", N_("留置送达")), ("post", N_("邮寄送达"))),
)

PLACEMENTS = CodeList(
    "placements",
    (
        ("insert_class", N_("插班")),
        ("separate_class", N_("单独编班")),
        ("vocational", N_("普职融合")),
        ("individual", N_("个别辅导")),
        ("inclusive", N_("随班就读")),
        ("special_class", N_("特教班")),
        ("special_school", N_("特殊教育学校")),
    ),
)

HELP_MEASURES = CodeList(
    "help_measures",
    (
        ("after_school", N_("课后辅导")),
        ("one_to_one", N_("教师一对一")),
        ("peer", N_("同学手拉手")),
        ("counselling", N_("心理辅导")),
    ),
)

SUPPORT_KINDS = CodeList(
    "support_kinds",
    (
        ("two_free_one_subsidy", N_("两免一补")),
        ("living_allowance", N_("生活补助")),
        ("nutrition", N_("营养改善计划")),
        ("dibao", N_("低保")),
        ("tekun", N_("特困供养")),
        ("temporary_relief", N_("临时救助")),
        ("other", N_("其他资助")),
    ),
)

FLAGS = CodeList(
    "flags",
    (
        ("poverty_registered", N_("建档立卡")),
        ("dibao", N_("低保")),
        ("disabled", N_("残疾")),
        ("left_behind", N_("留守")),
        ("migrant", N_("随迁")),
        ("orphan", N_("孤儿")),
        ("monitored", N_("防返贫监测")),
    ),
)

DISABILITY_CATEGORIES = CodeList(
    "disability_categories",
    (
        ("visual", N_("视力残疾")),
        ("hearing", N_("听力残疾")),
        ("speech", N_("言语残疾")),
        ("physical", N_("肢体残疾")),
        ("intellectual", N_("智力残疾")),
        ("mental", N_("精神残疾")),
        ("multiple", N_("多重残疾")),
    ),
)

RELATIONS = CodeList(
    "relations",
    (
        ("father", N_("父亲")),
        ("mother", N_("母亲")),
        ("grandfather", N_("祖父")),
        ("grandmother", N_("祖母")),
        ("maternal_grandfather", N_("外祖父")),
        ("maternal_grandmother", N_("外祖母")),
        ("sibling", N_("兄姐")),
        ("other_relative", N_("其他亲属")),
        ("guardian", N_("其他监护人")),
    ),
)

WHEREABOUTS = CodeList(
    "whereabouts",
    (
        ("home", N_("在家")),
        ("working_in_province", N_("省内务工")),
        ("working_out_province", N_("省外务工")),
        ("with_parents_away", N_("随父母外出")),
        ("married", N_("已婚在家")),
        ("religious", N_("宗教场所")),
        ("private_school", N_("国学班/私塾")),
        ("unknown", N_("去向不明")),
    ),
)

SCHOOL_KINDS = CodeList(
    "school_kinds",
    (
        ("primary", N_("小学")),
        ("teaching_point", N_("教学点")),
        ("junior", N_("初级中学")),
        ("nine_year", N_("九年一贯制学校")),
        ("complete_secondary", N_("完全中学")),
        ("special", N_("特殊教育学校")),
    ),
)

SCHOOL_SYSTEMS = CodeList("school_systems", (("6-3", N_("六三制")), ("5-4", N_("五四制"))))

GRADES = CodeList(
    "grades",
    tuple(
        (str(g), label)
        for g, label in enumerate(
            [
                N_("一年级"),
                N_("二年级"),
                N_("三年级"),
                N_("四年级"),
                N_("五年级"),
                N_("六年级"),
                N_("七年级"),
                N_("八年级"),
                N_("九年级"),
            ],
            start=1,
        )
    ),
)

ETHNICITIES = CodeList(
    "ethnicities",
    tuple(
        (f"{i:02d}", n)
        for i, n in enumerate(
            [
                N_("汉族"),
                N_("蒙古族"),
                N_("回族"),
                N_("藏族"),
                N_("维吾尔族"),
                N_("苗族"),
                N_("彝族"),
                N_("壮族"),
                N_("布依族"),
                N_("朝鲜族"),
                N_("满族"),
                N_("侗族"),
                N_("瑶族"),
                N_("白族"),
                N_("土家族"),
                N_("哈尼族"),
                N_("哈萨克族"),
                N_("傣族"),
                N_("黎族"),
                N_("傈僳族"),
                N_("佤族"),
                N_("畲族"),
                N_("高山族"),
                N_("拉祜族"),
                N_("水族"),
                N_("东乡族"),
                N_("纳西族"),
                N_("景颇族"),
                N_("柯尔克孜族"),
                N_("土族"),
                N_("达斡尔族"),
                N_("仫佬族"),
                N_("羌族"),
                N_("布朗族"),
                N_("撒拉族"),
                N_("毛南族"),
                N_("仡佬族"),
                N_("锡伯族"),
                N_("阿昌族"),
                N_("普米族"),
                N_("塔吉克族"),
                N_("怒族"),
                N_("乌孜别克族"),
                N_("俄罗斯族"),
                N_("鄂温克族"),
                N_("德昂族"),
                N_("保安族"),
                N_("裕固族"),
                N_("京族"),
                N_("塔塔尔族"),
                N_("独龙族"),
                N_("鄂伦春族"),
                N_("赫哲族"),
                N_("门巴族"),
                N_("珞巴族"),
                N_("基诺族"),
            ],
            start=1,
        )
    ),
)

ENROLMENT_STATUS = CodeList(
    "enrolment_status",
    (
        ("enrolled", N_("在读")),
        ("suspended", N_("休学")),
        ("deferred", N_("延缓入学")),
        ("transferred_out", N_("转出")),
        ("graduated", N_("毕业")),
        ("dropped", N_("辍学")),
        ("home_teaching", N_("送教上门")),
    ),
)

# Titles of the documents kcbx prints (desktop/forms templates; a test keeps them the same),
# for where a template id must be shown to a person (the timeline) below the forms package.
DOCUMENT_TITLES = CodeList(
    "documents",
    (
        ("ledger_dropout", N_("辍学学生台账")),
        ("ledger_suspected", N_("疑似辍学学生台账")),
        ("return_list", N_("劝返清单")),
        ("monthly_report", N_("月报/专项行动统计表")),
        ("case_plan", N_("一人一案工作方案")),
        ("home_visit", N_("家访（入户劝返）记录表")),
        ("return_register", N_("复学登记表")),
        ("deferral", N_("延缓入学/休学申请审批表")),
        ("assessment", N_("残疾儿童入学评估意见表")),
        ("home_teaching_record", N_("送教上门记录表")),
        ("home_teaching_plan", N_("学期送教计划")),
        ("school_notice", N_("劝返复学通知书")),
        ("order_notice", N_("限期返校/责令改正通知书")),
        ("penalty", N_("行政处罚决定书")),
        ("demand", N_("催告书")),
        ("cross_province", N_("跨省辍学学生情况告知函")),
        ("penalty_notice", N_("行政处罚事先告知书")),
    ),
)

ALL_LISTS = {
    cl.name: cl
    for cl in (
        CAUSES,
        LEDGER_KINDS,
        CONTACT_KINDS,
        METHODS,
        ATTITUDES,
        CONTACT_RESULTS,
        DEPARTMENTS,
        LEGAL_STEPS,
        SERVICE_METHODS,
        PLACEMENTS,
        HELP_MEASURES,
        SUPPORT_KINDS,
        FLAGS,
        DISABILITY_CATEGORIES,
        RELATIONS,
        WHEREABOUTS,
        SCHOOL_KINDS,
        SCHOOL_SYSTEMS,
        GRADES,
        ETHNICITIES,
        ENROLMENT_STATUS,
    )
}
