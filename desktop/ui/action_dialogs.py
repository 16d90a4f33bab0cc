"""Moving a case on (state-machine actions) and writing its 一人一案 plan.

The action dialog asks only what the action needs (approver, evidence, reason, end date);
the workbench (`core.Workbench.take_action`) checks role, scope and the rules — a date before
the case's previous state change included — and refuses with the reason in Chinese; files
attached here are stored as evidence in the same transaction as the action.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from desktop.domain import model
from desktop.domain.states import (
    ACTION_LABELS,
    CLOSING_OUTCOME,
    OTHER_CLOSE_REASONS,
    Action,
    ActionParams,
)
from desktop.store import cases, queries
from desktop.ui.form_widgets import CodeCombo, DateField, TextArea
from desktop.ui.labels import domain_text
from desktop.ui.record_dialog import RecordDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

NEEDS_APPROVER = {
    Action.REFUSAL_EXCEPTION,
    Action.APPROVE_DEFERRAL,
    Action.RENEW_DEFERRAL,
    *CLOSING_OUTCOME,
}
NEEDS_UNTIL = {Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL}
EVIDENCE_KINDS = (
    "return",
    "document",
    "attachment",
    "notice",
    "legal_step",
    "service_receipt",
    "assessment",
)


class ActionDialog(RecordDialog):
    kind = "action"

    def __init__(self, window: MainWindow, case_id: str, action: Action) -> None:
        self.action = action
        case = window.workbench.case(case_id)
        super().__init__(
            window,
            title=QCoreApplication.translate("State", ACTION_LABELS[action]),
            case_id=case_id,
            child_id=case["child_id"],
            draft_key=f"action:{action.value}:{case_id}",
        )
        hint = QLabel(self._hint())
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.on = self.add("on", self.tr("办理日期"), DateField())
        self.approver: CodeCombo | None = None
        self.evidence: QListWidget | None = None
        self.until: DateField | None = None
        self.reason: CodeCombo | TextArea | None = None
        if action in NEEDS_APPROVER:
            # a county user account, picked from the users (recorded as the account)
            choices = [
                (
                    a.username,
                    QCoreApplication.translate("ActionDialog", "{0}（{1}）").format(
                        a.display_name, a.username
                    ),
                )
                for a in cases.approvers(window.workbench.store)
            ]
            self.approver = self.add(
                "approver",
                self.tr("审批人（县级账户）"),
                CodeCombo(
                    choices,
                    empty=self.tr("请选择县级审批人") if choices else self.tr("本机没有县级账户"),
                ),
            )
        if action in NEEDS_UNTIL:
            self.until = self.add(
                "until",
                self.tr("延缓/休学截止日期"),
                DateField(dt.date.today() + dt.timedelta(days=180)),
            )
        if action is Action.CLOSE_OTHER:
            self.reason = self.add(
                "reason", self.tr("销号原因"), CodeCombo(tuple(OTHER_CLOSE_REASONS.items()))
            )
        elif action in (
            Action.APPROVE_DEFERRAL,
            Action.RENEW_DEFERRAL,
            Action.RELAPSE,
            Action.RESUME_PERSUASION,
        ):
            self.reason = self.add("reason", self.tr("原因"), TextArea(2))
        if action in CLOSING_OUTCOME:
            self.evidence = self.add("evidence", self.tr("佐证材料"), QListWidget())
            self.evidence.setMinimumHeight(140)
            # Long records wrap onto a second line rather than scroll sideways.
            self.evidence.setWordWrap(True)
            self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            for entry in self.workbench.timeline(case_id):
                if entry.kind in EVIDENCE_KINDS and not entry.superseded:
                    item = QListWidgetItem(
                        QCoreApplication.translate("ActionDialog", "{0} {1}：{2}").format(
                            entry.occurred_on[:10],
                            domain_text(entry.label),
                            domain_text(entry.summary),
                        )[:120]
                    )
                    item.setData(Qt.ItemDataRole.UserRole, entry.event_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked
                        if entry.kind in ("return", "document")
                        else Qt.CheckState.Unchecked
                    )
                    self.evidence.addItem(item)
            self.evidence.itemChanged.connect(self._changed)
        self.finish()
        self.resize(560, 420)

    def _hint(self) -> str:
        if self.action is Action.REFUSAL_EXCEPTION:
            return self.tr(
                "经相关部门联合劝返三次以上或经司法判决裁定，监护人已履行法定义务但学生仍拒不返校的，"
                "经县级领导小组核实同意后认定。认定后劝返工作继续进行。"
            )
        if self.action in CLOSING_OUTCOME:
            return self.tr("销号需要佐证材料和审批人。附件可在下方添加，作为佐证一并保存。")
        return ""

    def evidence_ids(self) -> tuple[str, ...]:
        if self.evidence is None:
            return ()
        out = []
        for i in range(self.evidence.count()):
            item = self.evidence.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(out)

    def draft_fields(self) -> dict:
        values = super().draft_fields()
        values.pop("evidence", None)
        return values

    def save(self) -> str:
        assert self.case_id is not None
        reason = ""
        if isinstance(self.reason, CodeCombo):
            reason = self.reason.code()
        elif self.reason is not None:
            reason = self.reason.text()
        params = ActionParams(
            approver=self.approver.code() if self.approver else "",
            evidence=self.evidence_ids(),
            reason=reason,
            until=self.until.date_value() if self.until else None,
            on=self.on.date_value(),
        )
        # Files attached here are evidence of the action, written with it.
        self.changes = self.workbench.take_action(
            self.case_id, self.action, params, attachments=self.take_files()
        )
        return self.case_id


class PlanDialog(RecordDialog):
    """一人一案工作方案 (one per case, revised in place)."""

    kind = "plan"
    accepts_attachments = False

    def __init__(self, window: MainWindow, case_id: str) -> None:
        case = window.workbench.case(case_id)
        child = window.workbench.child(case["child_id"])
        super().__init__(
            window,
            title=QCoreApplication.translate("PlanDialog", "一人一案工作方案")
            + f" — {child['name']}",
            case_id=case_id,
            child_id=case["child_id"],
        )
        self.family = self.add("family_situation", self.tr("家庭情况"), TextArea(3))
        self.analysis = self.add("cause_analysis", self.tr("辍学原因分析"), TextArea(3))
        self.measures = self.add("measures", self.tr("劝返措施"), TextArea(3))
        self.deadline = self.add(
            "deadline", self.tr("劝返时限"), DateField(dt.date.today() + dt.timedelta(days=30))
        )
        self.support = self.add("support_plan", self.tr("资助帮扶"), TextArea(2))
        self.placement = self.add("placement_plan", self.tr("复学安置方案"), TextArea(2))
        self.made_by = self.add("made_by", self.tr("制定人"), QLineEdit())
        self.made_on = self.add("made_on", self.tr("制定日期"), DateField())
        existing = self.workbench.plan(case_id)
        if existing is not None:
            for name in (
                "family_situation",
                "cause_analysis",
                "measures",
                "support_plan",
                "placement_plan",
                "made_by",
            ):
                field = self.fields[name]
                if isinstance(field, TextArea):
                    field.setPlainText(existing[name])
                elif isinstance(field, QLineEdit):
                    field.setText(existing[name])
            self.deadline.set_date(existing["deadline"])
            self.made_on.set_date(existing["made_on"])
            self._dirty = False
        else:
            self.analysis.setPlainText(queries.causes_text(case["causes"]))
            self.made_by.setText(case["admin_name"])
            self._dirty = False
        self.finish()
        self.resize(640, 620)

    def save(self) -> str:
        assert self.case_id is not None
        self.changes = self.workbench.save_plan(
            model.Plan(
                case_id=self.case_id,
                family_situation=self.family.text(),
                cause_analysis=self.analysis.text(),
                measures=self.measures.text(),
                deadline=self.deadline.date_value(),
                support_plan=self.support.text(),
                placement_plan=self.placement.text(),
                made_by=self.made_by.text().strip(),
                made_on=self.made_on.date_value(),
            ),
        )
        return self.changes.id
