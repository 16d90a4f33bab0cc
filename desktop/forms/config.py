"""County configuration of documents: settings under ``forms.`` with defaults declared here.

Local rules differ, so a county sets (through ``Store.set_setting``, synced like any setting):

- ``forms.issuers``: names of issuing bodies, ``{issuer_key: {"name": …, "short": …}}``;
  issuer keys are ``county``, ``township:<code>``, ``school:<id>``.
- ``forms.patterns`` / ``forms.series``: number pattern and sequence of a template
  (``{template_id: "…"}``), see numbering.py.
- ``forms.issuer_of``: which body issues a template, ``{template_id: "township"|"county"|"school"}``.
- ``forms.articles``: legal-basis paragraphs by key (``{key: [citation, text]}``).
- ``forms.basis``: the article keys each template cites (``{template_id: [keys]}``).
- ``forms.texts``: the standard paragraphs of notices (``{"<template>.<part>": text}``).
- ``forms.deadlines``: days given by a template (``{template_id: days}``); 劝返复学通知书 and
  责令改正通知书 default to the county setting ``legal.deadline_days`` (7).
- ``forms.signatories``: names printed in sign-off fields (``{issuer_key: {role: name}}``).
- ``forms.contacts``: contact person and phone printed on notices (``{issuer_key: "…"}``).
- ``forms.number_slots``, ``forms.number_block``: number blocks of devices (numbering.py).
- ``forms.next_numbers``: the next number per issuer, series and year, set to continue the
  office's paper register (numbering.set_next_number).
- ``forms.penalty``: the fine: ``{"article": "第××条", "text": "…", "amount": "…"}`` cited in
  the province's regulation (its title by province, provinces.py), or the whole
  ``"citation": "《…》第××条"`` where the title is not known or the county cites another.
  The article and amount have no default: a 行政处罚决定书 or 催告书 is not issued without them.

The default legal texts are the articles as published (义务教育法 2018年修正, 未成年人保护法
2020年修订, 行政处罚法 2021年修订, 行政强制法); a county's legal adviser should review them and
set the province's regulation on fines (``forms.penalty``).
"""

from __future__ import annotations

from typing import Any

from desktop.forms import provinces
from desktop.store import db
from desktop.store.repo import Store

ARTICLES: dict[str, tuple[str, str]] = {
    "edu5": (
        "《中华人民共和国义务教育法》第五条",
        "适龄儿童、少年的父母或者其他法定监护人应当依法保证其按时入学接受并完成义务教育。",
    ),
    "edu11": (
        "《中华人民共和国义务教育法》第十一条",
        "凡年满六周岁的儿童，其父母或者其他法定监护人应当送其入学接受并完成义务教育；条件不具备"
        "的地区的儿童，可以推迟到七周岁。适龄儿童、少年因身体状况需要延缓入学或者休学的，其父母"
        "或者其他法定监护人应当提出申请，由当地乡镇人民政府或者县级人民政府教育行政部门批准。",
    ),
    "edu13": (
        "《中华人民共和国义务教育法》第十三条",
        "县级人民政府教育行政部门和乡镇人民政府组织和督促适龄儿童、少年入学，帮助解决适龄儿童、"
        "少年接受义务教育的困难，采取措施防止适龄儿童、少年辍学。居民委员会和村民委员会协助政府"
        "做好工作，督促适龄儿童、少年入学。",
    ),
    "edu14": (
        "《中华人民共和国义务教育法》第十四条",
        "禁止用人单位招用应当接受义务教育的适龄儿童、少年。",
    ),
    "edu58": (
        "《中华人民共和国义务教育法》第五十八条",
        "适龄儿童、少年的父母或者其他法定监护人无正当理由未依照本法规定送适龄儿童、少年入学接受"
        "义务教育的，由当地乡镇人民政府或者县级人民政府教育行政部门给予批评教育，责令限期改正。",
    ),
    "minor28": (
        "《中华人民共和国未成年人保护法》第二十八条",
        "学校应当对尚未完成义务教育的辍学未成年学生进行登记并劝返复学；劝返无效的，应当及时向"
        "教育行政部门书面报告。",
    ),
    "civil26": (
        "《中华人民共和国民法典》第二十六条",
        "父母对未成年子女负有抚养、教育和保护的义务。",
    ),
    "labour15": (
        "《中华人民共和国劳动法》第十五条",
        "禁止用人单位招用未满十六周岁的未成年人。",
    ),
    "child_labour2": (
        "《禁止使用童工规定》第二条",
        "不满16周岁的未成年人的父母或者其他监护人应当保护其身心健康，保障其接受义务教育的权利，"
        "不得允许其被用人单位非法招用。",
    ),
    "religion4": (
        "《宗教事务条例》第四条",
        "任何组织或者个人不得利用宗教进行妨碍国家教育制度等违法活动。",
    ),
    "family": (
        "《中华人民共和国家庭教育促进法》",
        "父母或者其他监护人应当依法履行家庭教育职责，保障未成年人接受并完成义务教育。",
    ),
    # The province's regulation that sets the fine (each province's 义务教育条例/实施办法 has
    # its own article and amounts): no default, the county sets it (``forms.penalty``); a
    # penalty without it is not issued (行政处罚法 §38: a penalty without a basis is void).
    "penalty_province": ("", ""),
}

BASIS: dict[str, list[str]] = {
    "school_notice": ["edu5", "edu11", "minor28"],
    "order_notice": ["edu5", "edu11", "edu13", "edu58"],
    "penalty": ["edu58", "penalty_province"],
    "demand": ["edu58", "penalty_province"],
    "cross_province": ["edu13", "minor28"],
}

TEXTS: dict[str, str] = {
    # {placeholders} come from the document's fields; a missing one prints as a blank line.
    "school_notice.facts": (
        "你的{ward}{child_name}（{sex}，身份证号：{id_number}）系我校{grade}学生，自{dropout_date}"
        "起未到校上课。经学校多次联系和家访，至今未返校。"
    ),
    "school_notice.order": (
        "根据{basis_citations}的规定，监护人应当依法保证适龄儿童、少年按时入学接受并完成义务教育。"
        "请你于{deadline}前送{child_name}到{school}报到复学。学校将做好复学安置和学习帮扶。"
    ),
    "school_notice.consequence": (
        "逾期未返校的，学校将书面报告{township_government}和{bureau}，由其依法责令限期改正。"
    ),
    "order_notice.facts": (
        "经查，你的{ward}{child_name}（{sex}，{birth_date}出生，身份证号：{id_number}），"
        "原就读于{school}{grade}，自{dropout_date}起辍学。{school_notice_clause}{visits_clause}"
        "你至今未送其返校。"
    ),
    "order_notice.order": (
        "你的上述行为违反了{basis_citations}的规定。现责令你立即改正，于{deadline}前将{child_name}"
        "送到{school}复学，接受并完成义务教育。"
    ),
    "order_notice.consequence": (
        "逾期不改正的，本机关将依法给予行政处罚，并可申请人民法院依法处理；用人单位非法招用的，"
        "由有关部门依法查处。"
    ),
    "order_notice.rights": (
        "如不服本通知，可以在收到本通知之日起六十日内向{review_body}申请行政复议，或者在六个月内"
        "依法向人民法院提起行政诉讼。"
    ),
    "penalty.facts": (
        "当事人系{child_name}（身份证号：{id_number}）的法定监护人。{child_name}自{dropout_date}起辍学，"
        "{order_issuer}于{order_date}向当事人送达责令改正通知书{order_no}，责令其于{order_deadline}前送{child_name}返校。"
        "当事人逾期仍未改正。"
    ),
    "penalty.evidence": "以上事实有学校辍学报告、家访记录、送达回证、调查笔录等证据证实。",
    "penalty.decision": (
        "依据{basis_citations}，本机关决定对当事人作出如下行政处罚：罚款人民币{amount}元。"
    ),
    "penalty.payment": (
        "当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。到期不缴纳罚款的，依据"
        "《中华人民共和国行政处罚法》第七十二条的规定，每日按罚款数额的百分之三加处罚款。"
    ),
    "penalty.rights": (
        "当事人如不服本决定，可以在收到本决定书之日起六十日内向{review_body}申请行政复议，或者在"
        "六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。"
    ),
    "demand.facts": (
        "本机关于{penalty_date}对你作出行政处罚决定书{penalty_no}，决定对你罚款人民币{amount}元，"
        "并已依法送达。你在法定期限内未申请行政复议或者提起行政诉讼，又不履行该决定，且"
        "{child_name}（身份证号：{id_number}）仍未返校。"
    ),
    "demand.order": (
        "根据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告你于{deadline}前"
        "履行上述行政处罚决定，缴纳罚款人民币{amount}元，并送{child_name}到{school}复学。"
    ),
    "demand.consequence": (
        "逾期仍不履行的，本机关将依法申请人民法院强制执行。你有权进行陈述和申辩，可在收到本催告书"
        "之日起三日内向本机关提出；逾期未提出的，视为放弃陈述和申辩的权利。"
    ),
    "cross_province.opening": (
        "我县{school}学生{child_name}（学籍号：{xueji_no}）已辍学。经核实，该生户籍地为{hukou}，"
        "目前已随家人跨省流动。根据{basis_citations}和《关于进一步加强控辍保学工作健全义务教育"
        "有保障长效机制的若干意见》（教基〔2020〕5号）关于随迁子女辍学后跨省流动的规定，现将该生"
        "有关情况函告贵单位，请会同其现流入地教育部门做好劝返复学工作。"
    ),
    "cross_province.request": (
        "请贵单位收到本函后填写回执并于三十日内寄回我局，以便我县办理销号手续。"
    ),
}

DEADLINES: dict[str, int] = {"demand": 10, "penalty": 15}

ISSUER_OF: dict[str, str] = {
    "school_notice": "school",
    "order_notice": "township",
    "penalty": "county",
    "demand": "county",
    "deferral": "county",
    "assessment": "county",
    "cross_province": "county",
    "home_teaching_record": "school",
    "home_teaching_plan": "school",
    "return_register": "school",
    "home_visit": "township",
    "case_plan": "township",
    "return_list": "township",
    "ledger_dropout": "township",
    "ledger_suspected": "township",
    "monthly_report": "township",
}

DEFAULTS: dict[str, Any] = {
    "forms.issuers": {},
    "forms.patterns": {},
    "forms.series": {},
    "forms.issuer_of": {},
    "forms.articles": {},
    "forms.basis": {},
    "forms.texts": {},
    "forms.deadlines": {},
    "forms.signatories": {},
    "forms.contacts": {},
    "forms.number_slots": {},
    "forms.number_block": 1000,
    "forms.next_numbers": {},  # {"<issuer>|<series>|<year>": next number} (numbering.py)
    "forms.review_body": "",
    # the fine: {"article": "第××条" | "citation": "《…》第××条", "text": …, "amount": …}
    "forms.penalty": {},
}

LABELS = {
    "forms.issuers": "出具单位名称与代字",
    "forms.patterns": "文书编号格式",
    "forms.series": "编号序列",
    "forms.issuer_of": "各类文书的出具单位",
    "forms.articles": "法律依据条文",
    "forms.basis": "各类文书引用的法律依据",
    "forms.texts": "通知书标准段落",
    "forms.deadlines": "期限（天）",
    "forms.signatories": "签字人",
    "forms.contacts": "联系人及电话",
    "forms.number_slots": "本机文书编号段",
    "forms.number_block": "每个编号段的号数",
    "forms.next_numbers": "下一个文号（接续纸质登记簿）",
    "forms.review_body": "行政复议机关",
    "forms.penalty": "罚款依据（本省条例条款）与默认金额",
}


def setting(store: Store, key: str) -> Any:
    """A forms setting (the store's value, else the default here)."""
    if key not in DEFAULTS:
        raise KeyError(key)
    row = store.conn.execute(
        "SELECT value FROM settings WHERE id=? AND deleted=0", (key,)
    ).fetchone()
    return db.loads(row[0]) if row else DEFAULTS[key]


class FormsConfig:
    """All forms settings of a store, read once (a document is built from one consistent view)."""

    def __init__(self, store: Store) -> None:
        self.values = {key: setting(store, key) for key in DEFAULTS}
        self.deadline_days = int(store.setting("legal.deadline_days"))
        self.county = store.setting("county.name") or ""
        self.bureau = store.setting("county.bureau") or f"{self.county}教育局"
        self.province = str(store.setting("county.code") or "")[:2]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def article(self, key: str) -> tuple[str, str]:
        override = self.values["forms.articles"].get(key)
        if override:
            return override[0], override[1]
        if key == "penalty_province":
            return provinces.penalty_basis(self.province, self.values["forms.penalty"])
        return ARTICLES.get(key, (key, ""))

    def penalty_missing(self) -> tuple[str, str]:
        """What a fine's missing basis is and where the county sets it (for the message)."""
        return provinces.missing_help(self.province, self.values["forms.penalty"])

    def penalty_amount(self) -> str:
        """The county's default fine (yuan), '' if none is set."""
        return str((self.values["forms.penalty"] or {}).get("amount", "") or "")

    def basis(self, template_id: str) -> list[tuple[str, str]]:
        keys = self.values["forms.basis"].get(template_id) or BASIS.get(template_id, [])
        return [self.article(k) for k in keys]

    def text(self, key: str) -> str:
        return self.values["forms.texts"].get(key) or TEXTS[key]

    def deadline(self, template_id: str) -> int:
        days = self.values["forms.deadlines"].get(template_id)
        if days:
            return int(days)
        return DEADLINES.get(template_id, self.deadline_days)

    def issuer_kind(self, template_id: str) -> str:
        return self.values["forms.issuer_of"].get(template_id) or ISSUER_OF.get(
            template_id, "county"
        )

    def signatory(self, issuer_key: str, role: str) -> str:
        return (self.values["forms.signatories"].get(issuer_key) or {}).get(role, "")

    def contact(self, issuer_key: str) -> str:
        return self.values["forms.contacts"].get(issuer_key, "")

    def review_body(self) -> str:
        """Where an administrative review goes (default: the county people's government)."""
        return self.values["forms.review_body"] or f"{self.county}人民政府"
