"""Entities (merged field by field) and events (immutable, merged by union).

Entities and event payloads are plain dataclasses; `validate()` raises ValidationError with a
Chinese message; `to_record()` gives the dict the store writes (dates as ISO strings).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from desktop.domain import codes
from desktop.domain.errors import ValidationError
from desktop.domain.ids import parse_id_number, parse_xueji_no
from desktop.domain.text import N_, Msg


def _iso(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_iso(v) for v in value]
    return value


def _need(value: Any, label: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()) or value == ():
        raise ValidationError(Msg("请填写{what}", what=label))


# Length limits [default]: a name with an ethnic-minority transcription fits in 30 characters.
NAME_MAX = 30
SHORT_TEXT_MAX = 100
LONG_TEXT_MAX = 2000


def _max_len(value: str | None, label: str, limit: int) -> None:
    if value and len(value) > limit:
        raise ValidationError(
            Msg(
                "{what}最多{limit}个字（现为{length}个字），请精简",
                what=label,
                limit=limit,
                length=len(value),
            )
        )


def _in(code: str | None, code_list: codes.CodeList, label: str) -> None:
    if code is not None and code not in code_list:
        raise ValidationError(Msg("{what}“{code}”不在代码表中", what=label, code=code))


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class Record:
    """Common conversion for entities and event payloads."""

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ()

    def to_record(self) -> dict[str, Any]:
        return {f.name: _iso(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_record(cls, data: dict[str, Any]):
        names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue
            if key in cls.DATE_FIELDS:
                value = _date(value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)

    def validate(self) -> None:
        """Raise ValidationError if the record is not acceptable."""


# --- entities ---------------------------------------------------------------------------


@dataclass
class School(Record):
    name: str
    code: str = ""  # 10-digit 学校标识码
    kind: str = "primary"
    system: str = "6-3"
    region_code: str = ""  # 12-digit village/township code where it stands
    township_code: str = ""
    address: str = ""
    principal: str = ""
    phone: str = ""

    def validate(self) -> None:
        _need(self.name, N_("学校名称"))
        _in(self.kind, codes.SCHOOL_KINDS, N_("学校类别"))
        _in(self.system, codes.SCHOOL_SYSTEMS, N_("学制"))


@dataclass
class Child(Record):
    name: str
    sex: str = ""  # 男/女
    birth_date: dt.date | None = None
    id_number: str = ""
    xueji_no: str = ""
    ethnicity: str = "01"
    hukou_code: str = ""  # 户籍地 division code (12 digits, village where known)
    hukou_address: str = ""
    township_code: str = ""  # where the child lives (scope)
    village_code: str = ""
    address: str = ""
    phone: str = ""
    school_id: str | None = None  # current or last school
    grade: str = ""
    class_name: str = ""
    flags: tuple[str, ...] = ()
    disability_category: str = ""
    disability_grade: str = ""
    disability_cert_no: str = ""
    notes: str = ""

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("birth_date",)

    def validate(self) -> None:
        _need(self.name, N_("姓名"))
        _max_len(self.name, N_("姓名"), NAME_MAX)
        _max_len(self.address, N_("住址"), SHORT_TEXT_MAX)
        _max_len(self.notes, N_("备注"), LONG_TEXT_MAX)
        if self.sex not in ("男", "女", ""):
            raise ValidationError(N_("性别应为“男”或“女”"))
        if self.id_number:
            info = parse_id_number(self.id_number)
            self.id_number = info.number
            if self.birth_date and self.birth_date != info.birth_date:
                raise ValidationError(
                    Msg(
                        "出生日期 {day} 与身份证号中的 {id_day} 不一致",
                        day=self.birth_date.isoformat(),
                        id_day=info.birth_date.isoformat(),
                    )
                )
            if self.sex and self.sex != info.sex:
                raise ValidationError(
                    Msg("性别“{sex}”与身份证号（{id_sex}）不一致", sex=self.sex, id_sex=info.sex)
                )
            self.birth_date, self.sex = info.birth_date, info.sex
        if self.xueji_no:
            self.xueji_no = parse_xueji_no(self.xueji_no).number
        _in(self.ethnicity or None, codes.ETHNICITIES, N_("民族"))
        for flag in self.flags:
            _in(flag, codes.FLAGS, N_("标识"))
        if self.grade:
            _in(self.grade, codes.GRADES, N_("年级"))


@dataclass
class Guardian(Record):
    child_id: str
    name: str
    relation: str = "father"
    id_number: str = ""
    phone: str = ""
    address: str = ""
    work_place: str = ""
    is_primary: bool = True

    def validate(self) -> None:
        _need(self.name, N_("监护人姓名"))
        _max_len(self.name, N_("监护人姓名"), NAME_MAX)
        _max_len(self.address, N_("住址"), SHORT_TEXT_MAX)
        _max_len(self.work_place, N_("工作单位"), SHORT_TEXT_MAX)
        _in(self.relation, codes.RELATIONS, N_("与学生关系"))
        if self.id_number:
            self.id_number = parse_id_number(self.id_number).number


@dataclass
class Enrolment(Record):
    child_id: str
    school_id: str
    grade: str
    term: str  # e.g. 2026-2027-1
    class_name: str = ""
    status: str = "enrolled"

    def validate(self) -> None:
        _in(self.status, codes.ENROLMENT_STATUS, N_("学籍状态"))
        _in(self.grade, codes.GRADES, N_("年级"))


@dataclass
class Case(Record):
    """The case header: mutable, merged field by field. Its state comes from transitions."""

    child_id: str
    ledger_kind: str = "suspected"  # suspected | dropout (the ledger it entered)
    causes: tuple[str, ...] = ()
    found_on: dt.date | None = None
    dropout_date: dt.date | None = None
    school_id: str | None = None  # school at dropout
    grade: str = ""
    township_code: str = ""
    village_code: str = ""
    whereabouts: str = ""
    whereabouts_detail: str = ""
    # 包保责任人, 双线: 行政线 (乡镇/村) and 教育线 (校长/班主任)
    admin_name: str = ""
    admin_title: str = ""
    admin_phone: str = ""
    edu_name: str = ""
    edu_title: str = ""
    edu_phone: str = ""
    notes: str = ""

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("found_on", "dropout_date")

    def validate(self) -> None:
        _in(self.ledger_kind, codes.LEDGER_KINDS, N_("台账类别"))
        for cause in self.causes:
            _in(cause, codes.CAUSES, N_("辍学原因"))
        if self.ledger_kind == "dropout" and not self.causes:
            raise ValidationError(N_("确认辍学的案件需要至少一项辍学原因"))
        _in(self.whereabouts or None, codes.WHEREABOUTS, N_("去向"))


@dataclass
class Plan(Record):
    """一人一案工作方案."""

    case_id: str
    family_situation: str = ""
    cause_analysis: str = ""
    measures: str = ""  # 劝返措施
    deadline: dt.date | None = None  # 时限
    support_plan: str = ""  # 资助帮扶
    placement_plan: str = ""  # 复学安置方案
    made_by: str = ""
    made_on: dt.date | None = None

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("deadline", "made_on")

    def validate(self) -> None:
        _need(self.cause_analysis, N_("辍学原因分析"))
        _need(self.measures, N_("劝返措施"))
        _need(self.deadline, N_("劝返时限"))


ENTITIES: dict[str, type[Record]] = {
    "schools": School,
    "children": Child,
    "guardians": Guardian,
    "enrolments": Enrolment,
    "cases": Case,
    "plans": Plan,
}


# --- events -----------------------------------------------------------------------------


@dataclass
class Contact(Record):
    """One dated contact: 家访/电话/视频/异地/联合劝返."""

    kind: str = "home_visit"
    participants: tuple[str, ...] = ()  # "姓名（单位）"
    departments: tuple[str, ...] = ()
    met: str = ""  # who was met
    findings: str = ""
    child_attitude: str = ""
    guardian_attitude: str = ""
    methods: tuple[str, ...] = ()
    result: str = ""
    next_step: str = ""
    next_date: dt.date | None = None
    guardian_signed: bool = False
    place: str = ""
    start_time: str = ""  # HH:MM

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("next_date",)

    def validate(self) -> None:
        _in(self.kind, codes.CONTACT_KINDS, N_("联系方式"))
        _need(self.participants, N_("参与人员"))
        for m in self.methods:
            _in(m, codes.METHODS, N_("劝返方式"))
        for d in self.departments:
            _in(d, codes.DEPARTMENTS, N_("参与部门"))
        _in(self.child_attitude or None, codes.ATTITUDES, N_("学生态度"))
        _in(self.guardian_attitude or None, codes.ATTITUDES, N_("监护人态度"))
        _in(self.result or None, codes.CONTACT_RESULTS, N_("结果"))
        if self.kind == "joint" and len(set(self.departments)) < 2:
            raise ValidationError(N_("联合劝返需要至少两个部门共同参与，请选择参与部门"))


@dataclass
class LegalStep(Record):
    step: str = "education"
    doc_no: str = ""  # 文书编号
    issuer: str = ""
    addressee: str = ""
    summary: str = ""
    deadline: dt.date | None = None  # 限期
    amount: str = ""  # fine, where applicable

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("deadline",)

    def validate(self) -> None:
        _in(self.step, codes.LEGAL_STEPS, N_("法律程序"))


@dataclass
class ServiceReceipt(Record):
    """送达回证 for a served document."""

    legal_step_id: str = ""
    doc_name: str = ""
    doc_no: str = ""
    recipient: str = ""
    place: str = ""
    served_at: str = ""  # ISO datetime
    method: str = "direct"
    recipient_signed: bool = False
    server: str = ""
    witness: str = ""

    def validate(self) -> None:
        _need(self.doc_name, N_("送达文书名称"))
        _need(self.recipient, N_("受送达人"))
        _need(self.served_at, N_("送达时间"))
        _in(self.method, codes.SERVICE_METHODS, N_("送达方式"))
        if self.method == "left" and not self.witness.strip():
            raise ValidationError(N_("留置送达需要见证人"))


@dataclass
class Deferral(Record):
    """延缓入学/休学 application and decision."""

    kind: str = "suspend"  # defer_entry (延缓入学) | suspend (休学)
    reason: str = ""
    start: dt.date | None = None
    until: dt.date | None = None
    proof: str = ""  # 证明单位/材料
    approver: str = ""  # the approving county account (username); empty: an application
    approver_name: str = ""  # its display name (printed on the form)
    refusal_exception: bool = False

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("start", "until")

    def validate(self) -> None:
        _need(self.reason, N_("延缓/休学原因"))
        _need(self.until, N_("截止日期"))
        if self.start and self.until and self.until <= self.start:
            raise ValidationError(N_("截止日期应晚于开始日期"))


@dataclass
class Assessment(Record):
    """残疾儿童入学评估 by the county 残疾人教育专家委员会 (confidential)."""

    category: str = ""
    degree: str = ""
    cert_no: str = ""
    conclusion: str = ""
    placement_advice: str = ""
    members: tuple[str, ...] = ()
    guardian_consent: bool = False
    recommends_deferral: bool = False  # the committee advises 延缓入学/休学 (a deferral's ground)

    def validate(self) -> None:
        _in(self.category or None, codes.DISABILITY_CATEGORIES, N_("残疾类别"))
        _need(self.conclusion, N_("评估结论"))
        _in(self.placement_advice or None, codes.PLACEMENTS, N_("安置建议"))


@dataclass
class HomeTeachingSession(Record):
    """送教上门: one session."""

    hours: float = 2.0
    teachers: tuple[str, ...] = ()
    content: str = ""
    response: str = ""
    next_goal: str = ""

    def validate(self) -> None:
        _need(self.teachers, N_("送教教师"))
        if self.hours <= 0:
            raise ValidationError(N_("课时应大于0"))


@dataclass
class ReturnRecord(Record):
    """复学登记."""

    return_date: dt.date | None = None
    school_id: str = ""
    grade: str = ""
    class_name: str = ""
    placement: str = "insert_class"
    xueji_action: str = ""  # 学籍 action (恢复学籍/转入)
    support: tuple[str, ...] = ()  # help measures

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("return_date",)

    def validate(self) -> None:
        _need(self.return_date, N_("复学日期"))
        _need(self.school_id, N_("复学学校"))
        _in(self.placement, codes.PLACEMENTS, N_("安置方式"))
        _in(self.grade or None, codes.GRADES, N_("年级"))
        for s in self.support:
            _in(s, codes.HELP_MEASURES, N_("帮扶措施"))


@dataclass
class FollowUp(Record):
    """A follow-up of a returned student (防反弹)."""

    attending: bool = True
    note: str = ""
    help_given: tuple[str, ...] = ()
    risk: str = ""  # low/medium/high

    def validate(self) -> None:
        for h in self.help_given:
            _in(h, codes.HELP_MEASURES, N_("帮扶措施"))


@dataclass
class SupportMeasure(Record):
    kind: str = "living_allowance"
    amount: str = ""  # yuan, text to keep exact
    period: str = ""
    note: str = ""

    def validate(self) -> None:
        _in(self.kind, codes.SUPPORT_KINDS, N_("资助类别"))


@dataclass
class CrossNotice(Record):
    """跨省/跨部门 notice: sent or received; a receipt (回执) answers a sent one."""

    direction: str = "sent"  # sent | received | receipt
    kind: str = "cross_province"  # cross_province | child_labour
    counterpart: str = ""  # the other body
    doc_no: str = ""
    content: str = ""
    replies_to: str = ""  # event id of the notice a receipt answers

    def validate(self) -> None:
        if self.direction not in ("sent", "received", "receipt"):
            raise ValidationError(N_("告知函方向应为发出、收到或回执"))
        _need(self.counterpart, N_("对方单位"))
        if self.direction == "receipt" and not self.replies_to:
            raise ValidationError(N_("回执需要对应的告知函"))


@dataclass
class Transition(Record):
    action: str = ""
    from_state: str = ""
    to_state: str = ""
    approver: str = ""  # the approving user account (username), never free text
    approver_name: str = ""  # its display name when approved (printed on forms)
    approver_role: str = ""  # its role when approved (checked again on every replay)
    ground: str = ""  # a deferral's ground: disability | refusal (domain/rules.py)
    evidence: tuple[str, ...] = ()
    reason: str = ""
    until: dt.date | None = None

    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("until",)


@dataclass
class AttachmentLink(Record):
    """Attaches a stored file (by hash) to an event or a case."""

    target_id: str = ""
    sha256: str = ""
    filename: str = ""
    mime: str = ""
    caption: str = ""

    def validate(self) -> None:
        _need(self.sha256, N_("附件"))


@dataclass
class PrintedDocument(Record):
    """A printed official document: its number, content snapshot and PDF hash are frozen."""

    template: str = ""
    issuer: str = ""
    year: int = 0
    seq: int = 0
    number: str = ""  # e.g. 义劝通字〔2026〕第5号
    snapshot: dict[str, Any] = field(default_factory=dict)
    pdf_sha256: str = ""


@dataclass
class Void(Record):
    """作废: the event it supersedes no longer counts; the reason stays in the trail."""

    reason: str = ""
    voided_kind: str = ""

    def validate(self) -> None:
        _need(self.reason, N_("作废原因"))


# The payload key a correcting event keeps its reason under (not a field of the kind's record).
CORRECTION_REASON = "correction_reason"


EVENT_KINDS: dict[str, type[Record]] = {
    "contact": Contact,
    "legal_step": LegalStep,
    "service_receipt": ServiceReceipt,
    "deferral": Deferral,
    "assessment": Assessment,
    "home_teaching": HomeTeachingSession,
    "return": ReturnRecord,
    "follow_up": FollowUp,
    "support": SupportMeasure,
    "notice": CrossNotice,
    "transition": Transition,
    "attachment": AttachmentLink,
    "document": PrintedDocument,
    "void": Void,
}

EVENT_LABELS = {
    "contact": N_("劝返联系"),
    "legal_step": N_("法律程序"),
    "service_receipt": N_("送达回证"),
    "deferral": N_("延缓/休学"),
    "assessment": N_("残疾评估"),
    "home_teaching": N_("送教上门"),
    "return": N_("复学登记"),
    "follow_up": N_("跟踪回访"),
    "support": N_("资助帮扶"),
    "notice": N_("告知函"),
    "transition": N_("状态变更"),
    "attachment": N_("附件"),
    "document": N_("打印文书"),
    "void": N_("作废"),
}


def parse_event(kind: str, payload: dict[str, Any]) -> Record:
    try:
        cls = EVENT_KINDS[kind]
    except KeyError:
        raise ValidationError(Msg("未知的事件类型“{kind}”", kind=kind)) from None
    return cls.from_record(payload)
