"""Code lists used across the app: (code, Chinese label) pairs.

These are defaults [DOMAIN.md]; a county can extend them through its configuration
(`settings` table, key ``codes.<list>``), which `CodeList.with_extra` merges in.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        ("10", "学习困难"),
        ("11", "学习困难—厌学"),
        ("12", "学习困难—跟不上进度"),
        ("20", "外出打工"),
        ("30", "早婚早育"),
        ("40", "信教"),
        ("50", "身体原因"),
        ("51", "身体原因—残疾"),
        ("52", "身体原因—重大疾病"),
        ("60", "随迁流动"),
        ("61", "随迁流动—跨省流动"),
        ("70", "因疫情"),
        ("80", "非法办学替代"),
        ("81", "非法办学替代—国学班/读经班/私塾"),
        ("90", "家庭经济困难"),
        ("91", "上学远/上学难"),
        ("92", "家庭变故/单亲/留守"),
        ("93", "监护缺失（孤儿、事实无人抚养）"),
        ("94", "家长观念（“读书无用”）"),
        ("95", "网瘾"),
        ("96", "心理问题"),
        ("99", "其他"),
    ),
)

CAUSE_GROUPS = CodeList(
    "cause_groups", tuple((c, label) for c, label in CAUSES.items if c.endswith("0"))
)


def cause_group(code: str) -> str:
    """The first-level cause a code belongs to ('11' → '10'); 9x codes are their own group."""
    return code if code.startswith("9") else code[0] + "0"


LEDGER_KINDS = CodeList("ledger_kinds", (("suspected", "疑似辍学"), ("dropout", "辍学")))

CONTACT_KINDS = CodeList(
    "contact_kinds",
    (
        ("home_visit", "家访"),
        ("phone", "电话"),
        ("video", "视频"),
        ("remote", "异地劝返"),
        ("joint", "联合劝返"),
    ),
)

METHODS = CodeList(
    "methods",
    (
        ("emotional", "感情的"),
        ("economic", "经济的"),
        ("administrative", "行政的"),
        ("legal", "法律的"),
    ),
)

ATTITUDES = CodeList(
    "attitudes",
    (
        ("willing", "愿意复学"),
        ("hesitant", "犹豫"),
        ("refuses", "拒绝"),
        ("unreachable", "未能联系"),
    ),
)

CONTACT_RESULTS = CodeList(
    "contact_results",
    (
        ("agreed_return", "同意返校"),
        ("returned", "已返校"),
        ("considering", "考虑中"),
        ("refused", "拒绝返校"),
        ("not_met", "未见到本人"),
        ("verified_enrolled", "核实在读"),
    ),
)

DEPARTMENTS = CodeList(
    "departments",
    (
        ("education", "教育部门"),
        ("school", "学校"),
        ("township", "乡镇人民政府"),
        ("village", "村（居）委会"),
        ("police", "公安"),
        ("civil_affairs", "民政"),
        ("justice", "司法"),
        ("hr", "人力资源社会保障"),
        ("poverty", "乡村振兴（扶贫）"),
        ("women", "妇联"),
        ("disability", "残联"),
        ("united_front", "统战/宗教事务"),
        ("health", "卫生健康"),
        ("court", "人民法院"),
    ),
)

LEGAL_STEPS = CodeList(
    "legal_steps",
    (
        ("education", "宣传教育/批评教育"),
        ("school_notice", "劝返复学通知书"),
        ("order_notice", "限期返校/责令改正通知书"),
        ("penalty_notice", "行政处罚事先告知书"),
        ("penalty", "行政处罚决定书"),
        ("demand", "催告书"),
        ("lawsuit", "起诉/申请强制执行"),
        ("mediation", "调解"),
        ("judgment", "判决/裁定"),
    ),
)

SERVICE_METHODS = CodeList(
    "service_methods", (("direct", "直接送达"), ("left", "留置送达"), ("post", "邮寄送达"))
)

PLACEMENTS = CodeList(
    "placements",
    (
        ("insert_class", "插班"),
        ("separate_class", "单独编班"),
        ("vocational", "普职融合"),
        ("individual", "个别辅导"),
        ("inclusive", "随班就读"),
        ("special_class", "特教班"),
        ("special_school", "特殊教育学校"),
    ),
)

HELP_MEASURES = CodeList(
    "help_measures",
    (
        ("after_school", "课后辅导"),
        ("one_to_one", "教师一对一"),
        ("peer", "同学手拉手"),
        ("counselling", "心理辅导"),
    ),
)

SUPPORT_KINDS = CodeList(
    "support_kinds",
    (
        ("two_free_one_subsidy", "两免一补"),
        ("living_allowance", "生活补助"),
        ("nutrition", "营养改善计划"),
        ("dibao", "低保"),
        ("tekun", "特困供养"),
        ("temporary_relief", "临时救助"),
        ("other", "其他资助"),
    ),
)

FLAGS = CodeList(
    "flags",
    (
        ("poverty_registered", "建档立卡"),
        ("dibao", "低保"),
        ("disabled", "残疾"),
        ("left_behind", "留守"),
        ("migrant", "随迁"),
        ("orphan", "孤儿"),
        ("monitored", "防返贫监测"),
    ),
)

DISABILITY_CATEGORIES = CodeList(
    "disability_categories",
    (
        ("visual", "视力残疾"),
        ("hearing", "听力残疾"),
        ("speech", "言语残疾"),
        ("physical", "肢体残疾"),
        ("intellectual", "智力残疾"),
        ("mental", "精神残疾"),
        ("multiple", "多重残疾"),
    ),
)

RELATIONS = CodeList(
    "relations",
    (
        ("father", "父亲"),
        ("mother", "母亲"),
        ("grandfather", "祖父"),
        ("grandmother", "祖母"),
        ("maternal_grandfather", "外祖父"),
        ("maternal_grandmother", "外祖母"),
        ("sibling", "兄姐"),
        ("other_relative", "其他亲属"),
        ("guardian", "其他监护人"),
    ),
)

WHEREABOUTS = CodeList(
    "whereabouts",
    (
        ("home", "在家"),
        ("working_in_province", "省内务工"),
        ("working_out_province", "省外务工"),
        ("with_parents_away", "随父母外出"),
        ("married", "已婚在家"),
        ("religious", "宗教场所"),
        ("private_school", "国学班/私塾"),
        ("unknown", "去向不明"),
    ),
)

SCHOOL_KINDS = CodeList(
    "school_kinds",
    (
        ("primary", "小学"),
        ("teaching_point", "教学点"),
        ("junior", "初级中学"),
        ("nine_year", "九年一贯制学校"),
        ("complete_secondary", "完全中学"),
        ("special", "特殊教育学校"),
    ),
)

SCHOOL_SYSTEMS = CodeList("school_systems", (("6-3", "六三制"), ("5-4", "五四制")))

GRADES = CodeList(
    "grades",
    tuple(
        (str(g), label)
        for g, label in enumerate(
            [
                "一年级",
                "二年级",
                "三年级",
                "四年级",
                "五年级",
                "六年级",
                "七年级",
                "八年级",
                "九年级",
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
                "汉族",
                "蒙古族",
                "回族",
                "藏族",
                "维吾尔族",
                "苗族",
                "彝族",
                "壮族",
                "布依族",
                "朝鲜族",
                "满族",
                "侗族",
                "瑶族",
                "白族",
                "土家族",
                "哈尼族",
                "哈萨克族",
                "傣族",
                "黎族",
                "傈僳族",
                "佤族",
                "畲族",
                "高山族",
                "拉祜族",
                "水族",
                "东乡族",
                "纳西族",
                "景颇族",
                "柯尔克孜族",
                "土族",
                "达斡尔族",
                "仫佬族",
                "羌族",
                "布朗族",
                "撒拉族",
                "毛南族",
                "仡佬族",
                "锡伯族",
                "阿昌族",
                "普米族",
                "塔吉克族",
                "怒族",
                "乌孜别克族",
                "俄罗斯族",
                "鄂温克族",
                "德昂族",
                "保安族",
                "裕固族",
                "京族",
                "塔塔尔族",
                "独龙族",
                "鄂伦春族",
                "赫哲族",
                "门巴族",
                "珞巴族",
                "基诺族",
            ],
            start=1,
        )
    ),
)

ENROLMENT_STATUS = CodeList(
    "enrolment_status",
    (
        ("enrolled", "在读"),
        ("suspended", "休学"),
        ("deferred", "延缓入学"),
        ("transferred_out", "转出"),
        ("graduated", "毕业"),
        ("dropped", "辍学"),
        ("home_teaching", "送教上门"),
    ),
)

# Titles of the documents kcbx prints (desktop/forms templates; a test keeps them the same),
# for where a template id must be shown to a person (the timeline) below the forms package.
DOCUMENT_TITLES = CodeList(
    "documents",
    (
        ("ledger_dropout", "辍学学生台账"),
        ("ledger_suspected", "疑似辍学学生台账"),
        ("return_list", "劝返清单"),
        ("monthly_report", "月报/专项行动统计表"),
        ("case_plan", "一人一案工作方案"),
        ("home_visit", "家访（入户劝返）记录表"),
        ("return_register", "复学登记表"),
        ("deferral", "延缓入学/休学申请审批表"),
        ("assessment", "残疾儿童入学评估意见表"),
        ("home_teaching_record", "送教上门记录表"),
        ("home_teaching_plan", "学期送教计划"),
        ("school_notice", "劝返复学通知书"),
        ("order_notice", "限期返校/责令改正通知书"),
        ("penalty", "行政处罚决定书"),
        ("demand", "催告书"),
        ("cross_province", "跨省辍学学生情况告知函"),
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
