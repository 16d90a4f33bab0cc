"""一县一案 and 挂牌督战 on screen (county accounts; the county administrator edits): per
township the target 劝返率/人数, the person responsible, the phone and the deadline; and the
townships and villages under 挂牌督战. Saved through the core (desktop/core/county.py), which
validates every row: a bad row is named and nothing is written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import county
from desktop.domain import county_plan as rules
from desktop.domain.errors import UserError
from desktop.ui import intake_screens as screens
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text, user_message

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CodeRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("CountyPlan", "乡镇"),
    QT_TRANSLATE_NOOP("CountyPlan", "目标劝返率(%)"),
    QT_TRANSLATE_NOOP("CountyPlan", "目标劝返人数"),
    QT_TRANSLATE_NOOP("CountyPlan", "责任人"),
    QT_TRANSLATE_NOOP("CountyPlan", "联系电话"),
    QT_TRANSLATE_NOOP("CountyPlan", "完成时限"),
    QT_TRANSLATE_NOOP("CountyPlan", "备注"),
)


class CountyPlanDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        import datetime as dt

        self.bench = window.workbench
        self.editable = county.may_edit_plan(self.bench)
        self.setWindowTitle(QCoreApplication.translate("CountyPlan", "一县一案与挂牌督战"))
        self.tabs = QTabWidget()
        self.tabs.addTab(
            self._plan_tab(rules.school_year_of(dt.date.today())),
            QCoreApplication.translate("CountyPlan", "一县一案"),
        )
        self.tabs.addTab(
            self._priority_tab(), QCoreApplication.translate("CountyPlan", "挂牌督战地区")
        )
        close = QPushButton(QCoreApplication.translate("CountyPlan", "关闭"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        if not self.editable:
            bottom.addWidget(
                QLabel(QCoreApplication.translate("CountyPlan", "只读：只有县级管理员可以修改。"))
            )
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    # --- the county plan -------------------------------------------------------------------

    def _plan_tab(self, year: int) -> QWidget:
        page = QWidget()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setSuffix(QCoreApplication.translate("CountyPlan", " 学年起"))
        self.year_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("CountyPlan", "学年：")))
        top.addWidget(self.year)
        top.addWidget(self.year_label)
        top.addStretch(1)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CountyPlan", str(c)) for c in COLUMNS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        if not self.editable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for c, width in enumerate((130, 100, 100, 150, 110, 100)):
            self.table.setColumnWidth(c, width)
        note = QLabel(
            QCoreApplication.translate(
                "CountyPlan",
                "每个乡镇填写目标劝返率或目标劝返人数（至少一项）、责任人和完成时限（如 2027-06-30，"
                "须在该学年内）；整行留空的乡镇不列入工作方案。督导报告按此衡量各乡镇的完成情况。",
            )
        )
        note.setWordWrap(True)
        self.save_plan_button = QPushButton(
            QCoreApplication.translate("CountyPlan", "保存工作方案")
        )
        self.save_plan_button.setEnabled(self.editable)
        self.save_plan_button.clicked.connect(self.save_plan)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_plan_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.year.valueChanged.connect(self.load_plan)
        self.load_plan()
        return page

    def load_plan(self) -> None:
        year = self.year.value()
        self.year_label.setText(domain_text(rules.year_label(year)))
        targets = {t.township_code: t for t in county.plan(self.bench, year)}
        towns = county.townships(self.bench)
        self.table.setRowCount(len(towns))
        for r, (code, name) in enumerate(towns):
            t = targets.get(code)
            values = (
                name,
                f"{t.target_rate:g}" if t and t.target_rate is not None else "",
                t.returns_text() if t else "",
                t.responsible if t else "",
                t.phone if t else "",
                t.deadline.isoformat() if t else "",
                t.note if t else "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(CodeRole, code)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def targets(self) -> list[rules.Target]:
        """The rows filled in, as targets (a row that cannot be read raises, naming it)."""
        year = self.year.value()
        out = []
        for r in range(self.table.rowCount()):
            values = [self._cell(r, c) for c in range(1, len(COLUMNS))]
            if not any(values):
                continue
            rate, returns, responsible, phone, deadline, note = values
            name = self._cell(r, 0)
            try:
                out.append(
                    rules.Target(
                        school_year=year,
                        township_code=self.table.item(r, 0).data(CodeRole),  # type: ignore[union-attr]
                        target_rate=rules.parse_rate(rate),
                        target_returns=rules.parse_count(returns),
                        responsible=responsible,
                        deadline=rules.parse_date(deadline),
                        phone=phone,
                        note=note,
                    )
                )
            except UserError as exc:
                raise type(exc)(
                    QCoreApplication.translate("CountyPlan", "{0}：{1}").format(
                        name, user_message(exc)
                    )
                ) from None
        return out

    def save_plan(self) -> bool:
        from desktop.ui.errors import show_error

        try:
            county.save_plan(self.bench, self.year.value(), self.targets())
        except UserError as exc:
            show_error(self, exc)
            return False
        self.load_plan()
        screens.inform(
            self,
            QCoreApplication.translate("CountyPlan", "一县一案"),
            QCoreApplication.translate("CountyPlan", "已保存{0}的工作方案。").format(
                domain_text(rules.year_label(self.year.value()))
            ),
        )
        return True

    # --- priority regions ------------------------------------------------------------------

    def _priority_tab(self) -> QWidget:
        page = QWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("CountyPlan", "乡镇 / 村"),
                QCoreApplication.translate("CountyPlan", "区划代码"),
            ]
        )
        self.tree.setColumnWidth(0, 320)
        listed = set(county.priority_regions(self.bench))
        names = county.region_names(self.bench)
        self._items: dict[str, QTreeWidgetItem] = {}
        for code, town in county.townships(self.bench):
            top = self._item(self.tree.invisibleRootItem(), code, town, code in listed)
            villages = sorted(
                (c, n)
                for c, (n, level, parent) in names.items()
                if level == "village" and parent == code
            )
            for vcode, vname in villages:
                self._item(top, vcode, vname, vcode in listed)
            if any(v in listed for v, _ in villages):
                top.setExpanded(True)
        note = QLabel(
            QCoreApplication.translate(
                "CountyPlan",
                "勾选县里挂牌督战的乡镇或村（教基〔2020〕5号 二.1）。各台账可按“挂牌督战”筛选，"
                "报表列出挂牌督战地区。",
            )
        )
        note.setWordWrap(True)
        self.save_priority_button = QPushButton(
            QCoreApplication.translate("CountyPlan", "保存挂牌督战地区")
        )
        self.save_priority_button.setEnabled(self.editable)
        self.save_priority_button.clicked.connect(self.save_priority)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_priority_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        return page

    def _item(self, parent: Any, code: str, name: str, checked: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, code])
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if not self.editable:
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, CodeRole, code)
        self._items[code] = item
        return item

    def set_checked(self, code: str, checked: bool) -> None:
        self._items[code].setCheckState(
            0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def checked_codes(self) -> list[str]:
        return [c for c, it in self._items.items() if it.checkState(0) == Qt.CheckState.Checked]

    def save_priority(self) -> bool:
        from desktop.ui.errors import show_error

        try:
            county.set_priority_regions(self.bench, self.checked_codes())
        except UserError as exc:
            show_error(self, exc)
            return False
        window = self.parent()
        if window is not None and hasattr(window, "notify"):
            window.notify()
        screens.inform(
            self,
            QCoreApplication.translate("CountyPlan", "挂牌督战地区"),
            QCoreApplication.translate("CountyPlan", "已保存挂牌督战地区。"),
        )
        return True
