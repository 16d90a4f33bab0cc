"""Dialogs that record what happened in a case. Every write goes through the workbench
(core.Workbench.record_event: role, scope, then the policy's rules — 一人一案 before
persuasion, closed cases…), with the attached files in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit

from desktop.core.actor import LOCAL_NAME
from desktop.domain import codes, model
from desktop.store import cases, queries
from desktop.ui.form_widgets import (
    CodeChecks,
    CodeCombo,
    DateField,
    DateTimeField,
    NamesEdit,
    TextArea,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text
from desktop.ui.record_dialog import RecordDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class EventDialog(RecordDialog):
    """Records one event of `kind` on a case, dated by its 日期 field."""

    event_kind = ""
    heading = ""

    def __init__(self, window: MainWindow, case_id: str, *, draft_key: str | None = None) -> None:
        case = window.workbench.case(case_id)
        name = window.workbench.child(case["child_id"])["name"]
        super().__init__(
            window,
            title=f"{QCoreApplication.translate('Dialogs', self.heading)} — {name}",
            case_id=case_id,
            child_id=case["child_id"],
            draft_key=draft_key,
        )
        self.case_row = case
        self.date = self.add("occurred_on", self.tr("日期"), DateField())
        self.build()
        self.finish()

    def build(self) -> None:
        raise NotImplementedError

    def payload(self) -> model.Record:
        raise NotImplementedError

    check_duplicate = True  # a correction (corrections_ui) turns it off

    def save(self) -> str:
        assert self.case_id is not None
        if self.check_duplicate:  # the same record saved a moment ago: ask first
            from desktop.ui.corrections_ui import guard_duplicate

            guard_duplicate(
                self,
                case_id=self.case_id,
                kind=self.event_kind,
                payload=self.payload(),
                occurred_on=self.date.iso(),
            )
        self.changes = self.workbench.record_event(
            self.case_id,
            self.event_kind,
            self.payload(),
            occurred_on=self.date.iso(),
            attachments=self.take_files(),
        )
        return self.changes.id

    def events_of_kind(self, kind: str) -> list[tuple[str, str]]:
        """(event id, label) of this case's events of a kind, newest first (for pickers)."""
        out = []
        for e in self.workbench.timeline(self.case_id or ""):
            if e.kind == kind and not e.superseded:
                out.append((e.event_id, f"{e.occurred_on[:10]} {domain_text(e.summary)}"[:60]))
        return out


class ContactDialog(EventDialog):
    kind = "contact"
    event_kind = "contact"
    heading = QT_TRANSLATE_NOOP("Dialogs", "记录走访/联系")
    default_kind = "home_visit"

    def build(self) -> None:
        self.start_time = self.add("start_time", self.tr("时间"), QLineEdit())
        self.start_time.setPlaceholderText("HH:MM")
        self.contact_kind = self.add("kind", self.tr("方式"), CodeCombo(codes.CONTACT_KINDS))
        self.contact_kind.set_code(self.default_kind)
        self.place = self.add("place", self.tr("地点"), QLineEdit())
        self.participants = self.add("participants", self.tr("参与人员"), NamesEdit())
        self.participants.setPlaceholderText(self.tr("姓名（单位），多人用顿号分隔"))
        self.participants.setText(self.store.actor if self.store.actor != LOCAL_NAME else "")
        self.departments = self.add(
            "departments", self.tr("参与部门"), CodeChecks(codes.DEPARTMENTS, columns=4)
        )
        self.met = self.add("met", self.tr("见到的人"), QLineEdit())
        self.child_attitude = self.add(
            "child_attitude", self.tr("学生态度"), CodeCombo(codes.ATTITUDES, empty="")
        )
        self.guardian_attitude = self.add(
            "guardian_attitude", self.tr("监护人态度"), CodeCombo(codes.ATTITUDES, empty="")
        )
        self.findings = self.add("findings", self.tr("了解情况"), TextArea(3))
        self.methods = self.add("methods", self.tr("劝返方式"), CodeChecks(codes.METHODS))
        self.outcome = self.add(
            "result", self.tr("结果"), CodeCombo(codes.CONTACT_RESULTS, empty="")
        )
        self.next_step = self.add("next_step", self.tr("下一步"), QLineEdit())
        self.next_date = self.add("next_date", self.tr("下次走访日期"), DateField(optional=True))
        self.signed = self.add("guardian_signed", self.tr("监护人已签字"), QCheckBox())

    def payload(self) -> model.Record:
        return model.Contact(
            kind=self.contact_kind.code(),
            participants=self.participants.names(),
            departments=self.departments.codes(),
            met=self.met.text().strip(),
            findings=self.findings.text(),
            child_attitude=self.child_attitude.code(),
            guardian_attitude=self.guardian_attitude.code(),
            methods=self.methods.codes(),
            result=self.outcome.code(),
            next_step=self.next_step.text().strip(),
            next_date=self.next_date.date_value(),
            guardian_signed=self.signed.isChecked(),
            place=self.place.text().strip(),
            start_time=self.start_time.text().strip(),
        )


class JointDialog(ContactDialog):
    kind = "joint"
    heading = QT_TRANSLATE_NOOP("Dialogs", "记录联合劝返（多部门）")
    default_kind = "joint"


class LegalStepDialog(EventDialog):
    kind = event_kind = "legal_step"
    heading = QT_TRANSLATE_NOOP("Dialogs", "记录法律程序")

    def build(self) -> None:
        self.step = self.add("step", self.tr("程序"), CodeCombo(codes.LEGAL_STEPS))
        self.doc_no = self.add("doc_no", self.tr("文书编号"), QLineEdit())
        self.issuer = self.add("issuer", self.tr("发文单位"), QLineEdit())
        self.addressee = self.add("addressee", self.tr("受文人（监护人）"), QLineEdit())
        self.summary = self.add("summary", self.tr("内容摘要"), TextArea(3))
        days = int(self.store.setting("legal.deadline_days"))
        self.deadline = self.add(
            "deadline",
            self.tr("限期"),
            DateField(dt.date.today() + dt.timedelta(days=days), optional=True),
        )
        self.amount = self.add("amount", self.tr("罚款金额（元）"), QLineEdit())

    def payload(self) -> model.Record:
        return model.LegalStep(
            step=self.step.code(),
            doc_no=self.doc_no.text().strip(),
            issuer=self.issuer.text().strip(),
            addressee=self.addressee.text().strip(),
            summary=self.summary.text(),
            deadline=self.deadline.date_value(),
            amount=self.amount.text().strip(),
        )


class ServiceReceiptDialog(EventDialog):
    kind = event_kind = "service_receipt"
    heading = QT_TRANSLATE_NOOP("Dialogs", "登记送达回证")

    def build(self) -> None:
        self.legal = self.add("legal_step_id", self.tr("送达的文书"), QComboBox())
        self.legal.addItem(self.tr("（未关联）"), "")
        for eid, label in self.events_of_kind("legal_step"):
            self.legal.addItem(label, eid)
        self.doc_name = self.add("doc_name", self.tr("文书名称"), QLineEdit())
        self.doc_no = self.add("doc_no", self.tr("文书编号"), QLineEdit())
        self.recipient = self.add("recipient", self.tr("受送达人"), QLineEdit())
        self.place = self.add("place", self.tr("送达地点"), QLineEdit())
        self.served_at = self.add("served_at", self.tr("送达时间"), DateTimeField())
        self.method = self.add("method", self.tr("送达方式"), CodeCombo(codes.SERVICE_METHODS))
        self.signed = self.add("recipient_signed", self.tr("受送达人已签收"), QCheckBox())
        self.server = self.add("server", self.tr("送达人"), QLineEdit())
        self.witness = self.add("witness", self.tr("见证人（留置送达必填）"), QLineEdit())
        self.legal.currentIndexChanged.connect(self._fill_from_step)

    def _fill_from_step(self) -> None:
        eid = self.legal.currentData()
        if not eid or self.doc_name.text():
            return
        step = self.workbench.event(eid)
        if step is not None:
            p = step.payload
            self.doc_name.setText(codes.LEGAL_STEPS.label(p.get("step", "")))
            self.doc_no.setText(p.get("doc_no", ""))
            self.recipient.setText(p.get("addressee", ""))

    def payload(self) -> model.Record:
        return model.ServiceReceipt(
            legal_step_id=self.legal.currentData() or "",
            doc_name=self.doc_name.text().strip(),
            doc_no=self.doc_no.text().strip(),
            recipient=self.recipient.text().strip(),
            place=self.place.text().strip(),
            served_at=self.served_at.iso(),
            method=self.method.code(),
            recipient_signed=self.signed.isChecked(),
            server=self.server.text().strip(),
            witness=self.witness.text().strip(),
        )


class ReturnDialog(EventDialog):
    kind = event_kind = "return"
    heading = QT_TRANSLATE_NOOP("Dialogs", "复学登记")

    def build(self) -> None:
        self.return_date = self.add("return_date", self.tr("复学日期"), DateField())
        self.school = self.add("school_id", self.tr("复学学校"), QComboBox())
        town = self.case_row["township_code"] if self.case_row else ""
        for sid, name in queries.schools(self.store.conn, town) + [
            s
            for s in queries.schools(self.store.conn)
            if s[0] not in dict(queries.schools(self.store.conn, town))
        ]:
            self.school.addItem(name, sid)
        if self.case_row and self.case_row["school_id"]:
            self.school.setCurrentIndex(max(0, self.school.findData(self.case_row["school_id"])))
        self.grade = self.add("grade", self.tr("年级"), CodeCombo(codes.GRADES))
        if self.case_row and self.case_row["grade"]:
            self.grade.set_code(self.case_row["grade"])
        self.class_name = self.add("class_name", self.tr("班级"), QLineEdit())
        self.placement = self.add("placement", self.tr("安置方式"), CodeCombo(codes.PLACEMENTS))
        self.xueji = self.add("xueji_action", self.tr("学籍处理"), QComboBox())
        self.xueji.addItems([self.tr("恢复学籍"), self.tr("转入"), self.tr("新建学籍")])
        self.support = self.add("support", self.tr("帮扶措施"), CodeChecks(codes.HELP_MEASURES))

    def payload(self) -> model.Record:
        return model.ReturnRecord(
            return_date=self.return_date.date_value(),
            school_id=self.school.currentData() or "",
            grade=self.grade.code(),
            class_name=self.class_name.text().strip(),
            placement=self.placement.code(),
            xueji_action=self.xueji.currentText(),
            support=self.support.codes(),
        )


class FollowUpDialog(EventDialog):
    kind = event_kind = "follow_up"
    heading = QT_TRANSLATE_NOOP("Dialogs", "跟踪回访")

    def build(self) -> None:
        self.attending = self.add("attending", self.tr("学生在校"), QCheckBox())
        self.attending.setChecked(True)
        self.note = self.add("note", self.tr("情况"), TextArea(4))
        self.help = self.add("help_given", self.tr("帮扶措施"), CodeChecks(codes.HELP_MEASURES))
        self.risk = self.add(
            "risk",
            self.tr("反弹风险"),
            CodeCombo(
                (("low", self.tr("低")), ("medium", self.tr("中")), ("high", self.tr("高"))),
                empty="",
            ),
        )

    def payload(self) -> model.Record:
        return model.FollowUp(
            attending=self.attending.isChecked(),
            note=self.note.text(),
            help_given=self.help.codes(),
            risk=self.risk.code(),
        )


class SupportDialog(EventDialog):
    kind = event_kind = "support"
    heading = QT_TRANSLATE_NOOP("Dialogs", "资助帮扶")

    def build(self) -> None:
        self.support_kind = self.add("kind", self.tr("资助类别"), CodeCombo(codes.SUPPORT_KINDS))
        self.amount = self.add("amount", self.tr("金额（元）"), QLineEdit())
        self.period = self.add("period", self.tr("期间"), QLineEdit())
        self.period.setPlaceholderText(self.tr("如 2026年春季学期"))
        self.note = self.add("note", self.tr("备注"), TextArea(2))

    def payload(self) -> model.Record:
        return model.SupportMeasure(
            kind=self.support_kind.code(),
            amount=self.amount.text().strip(),
            period=self.period.text().strip(),
            note=self.note.text(),
        )


class DeferralDialog(EventDialog):
    kind = event_kind = "deferral"
    heading = QT_TRANSLATE_NOOP("Dialogs", "延缓入学/休学申请")

    def build(self) -> None:
        self.deferral_kind = self.add(
            "kind",
            self.tr("类别"),
            CodeCombo((("suspend", self.tr("休学")), ("defer_entry", self.tr("延缓入学")))),
        )
        self.reason = self.add("reason", self.tr("原因"), TextArea(2))
        self.start = self.add("start", self.tr("开始日期"), DateField())
        self.until = self.add(
            "until", self.tr("截止日期"), DateField(dt.date.today() + dt.timedelta(days=180))
        )
        self.proof = self.add("proof", self.tr("证明单位/材料"), QLineEdit())
        # an application until a county account approves it (picked, never typed)
        choices = [(a.username, a.display_name) for a in cases.approvers(self.store)]
        self.approver = self.add(
            "approver",
            self.tr("审批人（县级账户）"),
            CodeCombo(choices, empty=self.tr("（申请，尚未审批）")),
        )
        self.refusal = self.add("refusal_exception", self.tr("拒不返校特殊情形"), QCheckBox())

    def payload(self) -> model.Record:
        return model.Deferral(
            kind=self.deferral_kind.code(),
            reason=self.reason.text(),
            start=self.start.date_value(),
            until=self.until.date_value(),
            proof=self.proof.text().strip(),
            approver=self.approver.code(),
            refusal_exception=self.refusal.isChecked(),
        )


class AssessmentDialog(EventDialog):
    kind = event_kind = "assessment"
    heading = QT_TRANSLATE_NOOP("Dialogs", "残疾儿童入学评估意见（保密）")

    def build(self) -> None:
        self.category = self.add(
            "category", self.tr("残疾类别"), CodeCombo(codes.DISABILITY_CATEGORIES, empty="")
        )
        self.degree = self.add("degree", self.tr("残疾等级"), QLineEdit())
        self.cert_no = self.add("cert_no", self.tr("残疾证号"), QLineEdit())
        self.conclusion = self.add("conclusion", self.tr("评估结论"), TextArea(3))
        self.advice = self.add(
            "placement_advice", self.tr("安置建议"), CodeCombo(codes.PLACEMENTS, empty="")
        )
        self.members = self.add("members", self.tr("评估专家"), NamesEdit())
        self.consent = self.add("guardian_consent", self.tr("监护人同意"), QCheckBox())
        self.recommends = self.add("recommends_deferral", self.tr("建议延缓入学/休学"), QCheckBox())

    def payload(self) -> model.Record:
        return model.Assessment(
            category=self.category.code(),
            degree=self.degree.text().strip(),
            cert_no=self.cert_no.text().strip(),
            conclusion=self.conclusion.text(),
            placement_advice=self.advice.code(),
            members=self.members.names(),
            guardian_consent=self.consent.isChecked(),
            recommends_deferral=self.recommends.isChecked(),
        )


class HomeTeachingDialog(EventDialog):
    kind = event_kind = "home_teaching"
    heading = QT_TRANSLATE_NOOP("Dialogs", "送教上门记录")

    def build(self) -> None:
        self.hours = self.add("hours", self.tr("课时"), QDoubleSpinBox())
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2)
        self.teachers = self.add("teachers", self.tr("送教教师"), NamesEdit())
        self.content = self.add("content", self.tr("送教内容"), TextArea(3))
        self.response = self.add("response", self.tr("学生反应"), TextArea(2))
        self.next_goal = self.add("next_goal", self.tr("下次目标"), QLineEdit())

    def payload(self) -> model.Record:
        return model.HomeTeachingSession(
            hours=float(self.hours.value()),
            teachers=self.teachers.names(),
            content=self.content.text(),
            response=self.response.text(),
            next_goal=self.next_goal.text().strip(),
        )


class NoticeDialog(EventDialog):
    kind = event_kind = "notice"
    heading = QT_TRANSLATE_NOOP("Dialogs", "告知函/回执")

    def build(self) -> None:
        self.direction = self.add(
            "direction",
            self.tr("类别"),
            CodeCombo(
                (
                    ("sent", self.tr("发出告知函")),
                    ("received", self.tr("收到告知函")),
                    ("receipt", self.tr("收到回执")),
                )
            ),
        )
        self.notice_kind = self.add(
            "kind",
            self.tr("事项"),
            CodeCombo(
                (
                    ("cross_province", self.tr("跨省辍学学生情况告知")),
                    ("child_labour", self.tr("未满16周岁务工告知")),
                )
            ),
        )
        self.counterpart = self.add("counterpart", self.tr("对方单位"), QLineEdit())
        self.doc_no = self.add("doc_no", self.tr("文号"), QLineEdit())
        self.content = self.add("content", self.tr("内容"), TextArea(3))
        self.replies_to = self.add("replies_to", self.tr("回执对应的告知函"), QComboBox())
        self.replies_to.addItem(self.tr("（不是回执）"), "")
        for eid, label in self.events_of_kind("notice"):
            self.replies_to.addItem(label, eid)

    def payload(self) -> model.Record:
        return model.CrossNotice(
            direction=self.direction.code(),
            kind=self.notice_kind.code(),
            counterpart=self.counterpart.text().strip(),
            doc_no=self.doc_no.text().strip(),
            content=self.content.text(),
            replies_to=self.replies_to.currentData() or "",
        )


DIALOGS: dict[str, type[EventDialog]] = {
    "contact": ContactDialog,
    "joint": JointDialog,
    "legal_step": LegalStepDialog,
    "service_receipt": ServiceReceiptDialog,
    "return": ReturnDialog,
    "follow_up": FollowUpDialog,
    "support": SupportDialog,
    "deferral": DeferralDialog,
    "assessment": AssessmentDialog,
    "home_teaching": HomeTeachingDialog,
    "notice": NoticeDialog,
}
