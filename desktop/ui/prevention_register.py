"""缺勤登记 (the class absence register): a teacher marks a day's absences with the keyboard.

The class list is navigable with the arrows (PageUp/PageDown, Home/End); on the current pupil
1 病假, 2 事假, 3 无故, 4 不明 set the reason and move down, 0 or Space clears it; G, the pupil's
number and Enter jump to that pupil; everyone unmarked was present; Ctrl+S saves. A class of 50
with a few absences is marked in well under 30 keys.

Below, what the register asks for (电话, 家访, 疑似辍学上报): 记录跟进… and 上报疑似辍学 (opens the
case through the normal path, the absence history attached as evidence).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.prevention import FOLLOWUP_METHODS, FOLLOWUP_OUTCOMES, REASONS
from desktop.prevention import register
from desktop.ui.labels import code_label, domain_text, sex_text, user_message

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

REASON_KEYS = {
    Qt.Key.Key_1: "sick",
    Qt.Key.Key_2: "personal",
    Qt.Key.Key_3: "unexplained",
    Qt.Key.Key_4: "unknown",
}
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
DIGITS = {getattr(Qt.Key, f"Key_{i}"): str(i) for i in range(10)}
REASON_COLOURS = {
    "sick": "#1f6feb",
    "personal": "#6e7781",
    "unexplained": "#b3261e",
    "unknown": "#9a6700",
}
DATE_ROLE = Qt.ItemDataRole.UserRole + 1


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class MarkTable(QTableWidget):
    """The class list: the keys of the register (see the module's text)."""

    marked = Signal()
    jumping = Signal(str)  # the number typed after G ('' when done)
    save_requested = Signal()  # Ctrl+S (also the page's shortcut, for focus elsewhere)

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("姓名"), self.tr("性别"), self.tr("缺勤原因")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.reasons: list[str | None] = []
        self._jump: str | None = None

    def set_pupils(self, pupils: list[register.Pupil], marks: dict[str, str]) -> None:
        self.setRowCount(len(pupils))
        self.reasons = []
        for row, p in enumerate(pupils):
            number = QTableWidgetItem(str(row + 1))
            number.setData(Qt.ItemDataRole.UserRole, p.child_id)
            self.setItem(row, 0, number)
            self.setItem(row, 1, QTableWidgetItem(p.name))
            self.setItem(row, 2, QTableWidgetItem(sex_text(p.sex)))
            self.setItem(row, 3, QTableWidgetItem(""))
            self.reasons.append(None)
            self._show(row, marks.get(p.child_id))
        if pupils:
            self.setCurrentCell(0, 1)

    def child_id(self, row: int) -> str:
        item = self.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def marks(self) -> dict[str, str]:
        return {self.child_id(r): m for r, m in enumerate(self.reasons) if m}

    def _show(self, row: int, reason: str | None) -> None:
        self.reasons[row] = reason
        cell = self.item(row, 3)
        if cell is None:
            return
        cell.setText(code_label(REASONS, reason) if reason else "")
        cell.setForeground(QBrush(QColor(REASON_COLOURS.get(reason or "", "#000000"))))

    def set_reason(self, row: int, reason: str | None) -> None:
        if 0 <= row < self.rowCount():
            self._show(row, reason)
            self.marked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.matches(QKeySequence.StandardKey.Save) or (
            key == Qt.Key.Key_S and mods == Qt.KeyboardModifier.ControlModifier
        ):
            self.save_requested.emit()
            return
        if mods != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if self._jump is not None:
            if key in DIGITS:
                self._jump += DIGITS[key]
                self.jumping.emit(self._jump)
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                number = int(self._jump or 0)
                self._jump = None
                self.jumping.emit("")
                if 1 <= number <= self.rowCount():
                    self.setCurrentCell(number - 1, 1)
            else:
                self._jump = None
                self.jumping.emit("")
            return
        row = self.currentRow()
        if key == Qt.Key.Key_G:
            self._jump = ""
            self.jumping.emit(self._jump)
        elif key in REASON_KEYS or key in CLEAR_KEYS:
            self.set_reason(row, REASON_KEYS.get(key))
            if row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, 1)
        else:
            super().keyPressEvent(event)


class RegisterPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.classes: list[register.ClassRow] = []
        self.dues: list[register.ChildDue] = []
        self.dirty = False
        self._loaded_for: tuple[Any, dt.date] | None = None
        title = QLabel(self.tr("缺勤登记"))
        title.setObjectName("pageTitle")
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(260)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(qdate(dt.date.today()))
        self.date_edit.setDate(qdate(dt.date.today()))
        self.save_button = QPushButton(self.tr("保存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        self.fact_button = QPushButton(self.tr("登记学有困难/心理问题…"))
        self.fact_button.setToolTip(
            self.tr("为当前选中的学生登记需要关注的情况（列入重点关注学生）")
        )
        self.fact_button.clicked.connect(self.record_fact)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("班级")))
        top.addWidget(self.class_box)
        top.addWidget(QLabel(self.tr("日期")))
        top.addWidget(self.date_edit)
        top.addStretch(1)
        top.addWidget(self.fact_button)
        top.addWidget(self.save_button)
        self.help = QLabel(
            self.tr(
                "↑↓ 选择学生，按 1 病假、2 事假、3 无故、4 不明（自动移到下一名），0 或空格清除；"
                "按 G、序号、回车跳到该学生。未标记的学生均为出勤。Ctrl+S 保存；切换班级或日期时自动保存。"
            )
        )
        self.help.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = MarkTable()
        self.table.marked.connect(self._marked)
        self.table.jumping.connect(self._jumping)
        self.table.save_requested.connect(self.save)
        sc = QShortcut(QKeySequence("Ctrl+S"), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.save)

        self.due_table = QTableWidget(0, 4)
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("学生"), self.tr("班级"), self.tr("待办"), self.tr("日期")]
        )
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().setVisible(False)
        self.due_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.followup_button = QPushButton(self.tr("记录跟进（电话/家访）…"))
        self.followup_button.clicked.connect(self.record_followup)
        self.propose_button = QPushButton(self.tr("上报疑似辍学并立案"))
        self.propose_button.setToolTip(self.tr("按疑似辍学开立案件，缺勤记录作为佐证附在案件中"))
        self.propose_button.clicked.connect(self.propose)
        self.due_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("缺勤跟进待办")))
        buttons.addStretch(1)
        buttons.addWidget(self.followup_button)
        buttons.addWidget(self.propose_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.due_table, 2)
        self.class_box.currentIndexChanged.connect(lambda _i: self._switch())
        self.date_edit.dateChanged.connect(lambda _d: self._switch())
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    @property
    def bench(self):
        return self.window_.workbench

    def current_key(self) -> register.ClassKey | None:
        i = self.class_box.currentIndex()
        return self.classes[i].key if 0 <= i < len(self.classes) else None

    def current_date(self) -> dt.date:
        return pydate(self.date_edit.date())

    def refresh(self) -> None:
        key = self.current_key()
        self.classes = register.classes(self.bench)
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for c in self.classes:
            self.class_box.addItem(
                QCoreApplication.translate("RegisterPage", "{0} {1}（{2}人）").format(
                    c.school_name, domain_text(c.key.label), c.pupils
                )
            )
        keys = [c.key for c in self.classes]
        self.class_box.setCurrentIndex(keys.index(key) if key in keys else 0 if keys else -1)
        self.class_box.blockSignals(False)
        self._load_day()
        self.refresh_dues()

    def _load_day(self) -> None:
        key, on = self.current_key(), self.current_date()
        self._loaded_for = (key, on) if key else None
        self.dirty = False
        if key is None:
            self.table.set_pupils([], {})
            self.status.setText(self.tr("没有可登记的班级（请先导入学籍名册）"))
            return
        self.table.set_pupils(
            register.pupils(self.bench, key), register.day_marks(self.bench, key, on)
        )
        taken = register.register_taken(self.bench, key, on)
        self.status.setText(
            self.tr("本日考勤已登记，可修改后再保存。") if taken else self.tr("本日尚未登记考勤。")
        )
        self.table.setFocus()

    def _switch(self) -> None:
        if self.dirty and self._loaded_for is not None:
            self.save(key=self._loaded_for[0], on=self._loaded_for[1])
        self._load_day()

    def _marked(self) -> None:
        self.dirty = True
        n = len(self.table.marks())
        self.status.setText(self.tr("已标记缺勤 %1 人（未保存）").replace("%1", str(n)))

    def _jumping(self, number: str) -> None:
        if number or self.table._jump is not None:
            self.status.setText(self.tr("跳到序号：") + number)

    # --- saving ---------------------------------------------------------------------------

    def save(self, *, key: register.ClassKey | None = None, on: dt.date | None = None) -> bool:
        key = key or self.current_key()
        on = on or self.current_date()
        if key is None:
            return False
        marks = self.table.marks()
        try:
            changes = register.mark_day(self.bench, key, on, marks)
        except UserError as exc:
            self.status.setText(self.tr("未保存：") + user_message(exc))
            return False
        self.dirty = False
        self.status.setText(
            self.tr("已保存：%1 %2，缺勤 %3 人，其余出勤。")
            .replace("%1", domain_text(key.label))
            .replace("%2", on.isoformat())
            .replace("%3", str(len(marks)))
        )
        self.window_.notify(changes)
        self.refresh_dues()
        return True

    # --- what is due ----------------------------------------------------------------------

    def refresh_dues(self) -> None:
        key = self.current_key()
        self.dues = register.dues(self.bench, school_id=key.school_id if key else None)
        rows = [(d, due) for d in self.dues for due in d.dues]
        self.due_table.setRowCount(len(rows))
        labels = {
            "phone": self.tr("电话联系"),
            "visit": self.tr("家访"),
            "propose": self.tr("上报疑似辍学"),
        }
        today = dt.date.today()
        for r, (d, due) in enumerate(rows):
            cells = [
                d.name,
                domain_text(d.klass),
                QCoreApplication.translate("RegisterPage", "{0}：{1}").format(
                    labels[due.kind], domain_text(due.detail)
                ),
                due.due.isoformat(),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.child_id)
                item.setData(DATE_ROLE, due.kind)
                if due.due < today:
                    item.setForeground(QBrush(QColor("#b3261e")))
                self.due_table.setItem(r, c, item)
        if rows:
            self.due_table.setCurrentCell(0, 0)
        self._update_buttons()

    def selected_due(self) -> tuple[str, str] | None:
        item = self.due_table.item(self.due_table.currentRow(), 0)
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(item.data(DATE_ROLE))

    def _update_buttons(self) -> None:
        chosen = self.selected_due()
        self.followup_button.setEnabled(chosen is not None)
        proposable = chosen is not None and any(
            d.child_id == chosen[0] and d.due("propose") for d in self.dues
        )
        self.propose_button.setEnabled(proposable)
        if chosen is not None and not proposable:
            self.propose_button.setToolTip(self.tr("该学生的无故缺勤尚未达到县定的上报标准"))

    def record_fact(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        from desktop.ui.case_view import exec_dialog
        from desktop.ui.prevention_risk import RiskFactDialog

        dialog = RiskFactDialog(self, self.bench, self.table.child_id(row))
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.window_.notify(dialog.changes)
            self.status.setText(self.tr("已登记，该学生列入重点关注学生。"))

    def record_followup(self) -> None:
        chosen = self.selected_due()
        if chosen is None:
            return
        from desktop.ui.case_view import exec_dialog

        dialog = FollowUpDialog(
            self, self.bench, chosen[0], "visit" if chosen[1] == "visit" else "phone"
        )
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.window_.notify(dialog.changes)
            self._load_day()
            self.refresh_dues()

    def propose(self) -> None:
        chosen = self.selected_due()
        if chosen is None:
            return
        try:
            changes = register.propose(self.bench, chosen[0])
        except UserError as exc:
            self.status.setText(self.tr("未能上报：") + user_message(exc))
            return
        self.window_.notify(changes)
        self.refresh()
        self.window_.open_case(changes.id)


class FollowUpDialog(QDialog):
    """电话/家访 about an absence: when, how, what came of it."""

    def __init__(self, parent: QWidget, bench: Any, child_id: str, method: str) -> None:
        super().__init__(parent)
        self.bench = bench
        self.child_id = child_id
        self.changes: Any = None
        child = bench.child(child_id)
        self.setWindowTitle(self.tr("记录缺勤跟进 — ") + child["name"])
        self.method = QComboBox()
        for code, label in FOLLOWUP_METHODS.items:
            self.method.addItem(domain_text(label), code)
        self.method.setCurrentIndex(FOLLOWUP_METHODS.codes().index(method))
        self.outcome = QComboBox()
        for code, label in FOLLOWUP_OUTCOMES.items:
            self.outcome.addItem(domain_text(label), code)
        self.explained = QComboBox()
        self.explained.addItem(self.tr("（不改缺勤原因）"), None)
        self.explained.addItem(code_label(REASONS, "sick"), "sick")
        self.explained.addItem(code_label(REASONS, "personal"), "personal")
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(qdate(dt.date.today()))
        self.on.setDate(qdate(dt.date.today()))
        self.result_text = QPlainTextEdit()
        self.result_text.setPlaceholderText(self.tr("联系了谁、了解到什么、约定了什么"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("日期"), self.on)
        form.addRow(self.tr("结果"), self.outcome)
        form.addRow(self.tr("查明的缺勤原因"), self.explained)
        form.addRow(self.tr("情况"), self.result_text)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        self.explained.setEnabled(self.outcome.currentData() == "explained")

    def save(self) -> None:
        try:
            self.changes = register.record_followup(
                self.bench,
                self.child_id,
                on=pydate(self.on.date()),
                method=self.method.currentData(),
                outcome=self.outcome.currentData(),
                result=self.result_text.toPlainText(),
                explained_as=self.explained.currentData() if self.explained.isEnabled() else None,
            )
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()
