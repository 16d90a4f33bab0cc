"""重点关注学生 (children at risk): per school, township or the county, each child with the
reasons it is listed (no score without reasons), its 帮扶 plan and the plan's monthly review."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.prevention import RISK_FACT_KINDS, SUPPORT_METHODS
from desktop.prevention import risk
from desktop.ui.labels import domain_text, user_message
from desktop.ui.prevention_register import pydate, qdate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ChildRole = Qt.ItemDataRole.UserRole + 1


class AtRiskPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.rows: list[risk.AtRisk] = []
        title = QLabel(self.tr("重点关注学生"))
        title.setObjectName("pageTitle")
        self.school_box = QComboBox()
        self.school_box.setMinimumWidth(220)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("范围")))
        top.addWidget(self.school_box)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("学校"),
                self.tr("班级"),
                self.tr("关注原因"),
                self.tr("帮扶计划"),
                self.tr("下次复查"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_plan())
        self.fact_button = QPushButton(self.tr("登记学有困难/心理问题…"))
        self.fact_button.clicked.connect(self.record_fact)
        self.plan_button = QPushButton(self.tr("制定/修改帮扶计划…"))
        self.plan_button.clicked.connect(self.edit_plan)
        self.review_button = QPushButton(self.tr("帮扶复查…"))
        self.review_button.clicked.connect(self.review_plan)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.fact_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.school_box.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill_schools()
        self.refresh()

    @property
    def bench(self):
        return self.window_.workbench

    def _fill_schools(self) -> None:
        from desktop.prevention import register

        scope = self.bench.actor.scope
        whole = (
            self.tr("全县")
            if scope.is_everything
            else (self.tr("本校") if scope.schools is not None else self.tr("本乡镇"))
        )
        self.school_box.blockSignals(True)
        self.school_box.clear()
        self.school_box.addItem(whole, None)
        seen: dict[str, str] = {}
        for c in register.classes(self.bench):
            seen.setdefault(c.key.school_id, c.school_name)
        if len(seen) > 1:
            for sid, name in sorted(seen.items(), key=lambda x: x[1]):
                self.school_box.addItem(name, sid)
        self.school_box.blockSignals(False)

    def mark_stale(self) -> None:
        """Data changed: recompute now if shown, else when next shown (a county's list takes
        seconds; a write elsewhere must not wait for it)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if getattr(self, "_stale", False):
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.rows = risk.at_risk(self.bench)
        self._fill()

    def _fill(self) -> None:
        school = self.school_box.currentData()
        rows = [r for r in self.rows if school is None or r.school_id == school]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            plan = (
                QCoreApplication.translate("AtRiskPage", "{0}：{1}，{2}").format(
                    r.plan.helper, domain_text(r.plan.methods_label), r.plan.frequency
                )
                if r.plan
                else self.tr("未制定")
            )
            cells = [
                r.name,
                r.school_name,
                domain_text(r.klass),
                domain_text(r.reasons_text),
                plan,
                r.plan.next_review_on if r.plan else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ChildRole, r.child_id)
                if c == 3:
                    item.setToolTip("\n".join(domain_text(x.text) for x in r.reasons))
                self.table.setItem(i, c, item)
        self.table.resizeRowsToContents()
        with_plan = sum(1 for r in rows if r.plan)
        self.summary.setText(
            self.tr("共 %1 名学生需要重点关注，其中 %2 名已有帮扶计划。每名学生列出关注原因。")
            .replace("%1", str(len(rows)))
            .replace("%2", str(with_plan))
        )
        if rows:
            self.table.setCurrentCell(0, 0)

    def current_child(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(ChildRole)) if item is not None else None

    def select_child(self, child_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ChildRole) == child_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def _run(self, dialog: QDialog) -> None:
        from desktop.ui.case_view import exec_dialog

        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.window_.notify(dialog.changes)  # type: ignore[attr-defined]
            chosen = self.current_child()
            self.refresh()
            if chosen:
                self.select_child(chosen)

    def record_fact(self) -> None:
        child = self.current_child()
        if child:
            self._run(RiskFactDialog(self, self.bench, child))

    def edit_plan(self) -> None:
        child = self.current_child()
        if child:
            self._run(SupportPlanDialog(self, self.bench, child))

    def review_plan(self) -> None:
        child = self.current_child()
        if not child:
            return
        plan = risk.active_plan(self.bench, child)
        if plan is None:
            self.status.setText(self.tr("该学生还没有帮扶计划，请先制定"))
            return
        self._run(ReviewDialog(self, self.bench, plan))


class _Dialog(QDialog):
    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.changes: Any = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def _save(self) -> None:
        try:
            self.changes = self.save()
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()

    def save(self) -> Any:
        raise NotImplementedError


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(qdate(value))
    return edit


class SupportPlanDialog(_Dialog):
    """帮扶计划: who helps, how, how often; reviewed monthly."""

    def __init__(self, parent: QWidget, bench: Any, child_id: str) -> None:
        child = bench.child(child_id)
        super().__init__(parent, self.tr("帮扶计划 — ") + child["name"])
        self.bench, self.child_id = bench, child_id
        current = risk.active_plan(bench, child_id) or {}
        from desktop.store import db

        chosen = set(db.loads(current.get("methods") or "[]") or ())
        self.helper = QLineEdit(current.get("helper", ""))
        self.helper.setPlaceholderText(self.tr("帮扶责任人（如班主任张老师）"))
        self.phone = QLineEdit(current.get("helper_phone", ""))
        self.methods: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code, label in SUPPORT_METHODS.items:
            box = QCheckBox(domain_text(label))
            box.setChecked(code in chosen)
            self.methods[code] = box
            row.addWidget(box)
        self.frequency = QLineEdit(current.get("frequency", ""))
        self.frequency.setPlaceholderText(self.tr("如：每周两次"))
        self.goal = QLineEdit(current.get("goal", ""))
        start = current.get("started_on")
        self.starts = _date_edit(dt.date.fromisoformat(start) if start else dt.date.today())
        self.form.addRow(self.tr("帮扶责任人"), self.helper)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.form.addRow(self.tr("帮扶方式"), row)
        self.form.addRow(self.tr("频次"), self.frequency)
        self.form.addRow(self.tr("帮扶目标"), self.goal)
        self.form.addRow(self.tr("开始日期"), self.starts)

    def save(self) -> Any:
        return risk.save_support_plan(
            self.bench,
            self.child_id,
            helper=self.helper.text(),
            helper_phone=self.phone.text(),
            methods=[c for c, box in self.methods.items() if box.isChecked()],
            frequency=self.frequency.text(),
            goal=self.goal.text(),
            starts=pydate(self.starts.date()),
        )


class ReviewDialog(_Dialog):
    def __init__(self, parent: QWidget, bench: Any, plan: dict) -> None:
        child = bench.child(plan["child_id"])
        super().__init__(parent, self.tr("帮扶复查 — ") + child["name"])
        self.bench, self.plan = bench, plan
        self.on = _date_edit(dt.date.today())
        self.on.setMaximumDate(qdate(dt.date.today()))
        self.progress = QPlainTextEdit()
        self.progress.setPlaceholderText(self.tr("学习、出勤、情绪有什么变化；下一步"))
        self.form.addRow(self.tr("应复查日期"), QLabel(plan["next_review_on"]))
        self.form.addRow(self.tr("复查日期"), self.on)
        self.form.addRow(self.tr("帮扶效果"), self.progress)

    def save(self) -> Any:
        return risk.review_support_plan(
            self.bench,
            self.plan["id"],
            on=pydate(self.on.date()),
            progress=self.progress.toPlainText(),
        )


class RiskFactDialog(_Dialog):
    def __init__(self, parent: QWidget, bench: Any, child_id: str) -> None:
        child = bench.child(child_id)
        super().__init__(parent, self.tr("登记关注情况 — ") + child["name"])
        self.bench, self.child_id = bench, child_id
        self.kind = QComboBox()
        for code, label in RISK_FACT_KINDS.items:
            self.kind.addItem(domain_text(label), code)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("如：数学、语文连续两次不及格"))
        self.form.addRow(self.tr("情况"), self.kind)
        self.form.addRow(self.tr("说明"), self.detail)

    def save(self) -> Any:
        return risk.record_risk_fact(
            self.bench, self.child_id, self.kind.currentData(), detail=self.detail.text()
        )
