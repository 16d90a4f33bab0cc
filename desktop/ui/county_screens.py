"""The county office's screens (数据 menu, county accounts only): the rule check (the same list
as `kcbx check --rules`), the county plan (一县一案) with the 挂牌督战 regions, and the oversight
report (督导) on screen, as .xlsx and as PDF.

All data comes through the core (desktop/core/county.py, desktop/reports/oversight.py with the
window's Workbench); nothing here reads the database itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import county
from desktop.ui import intake_screens as screens
from desktop.ui.labels import domain_text
from desktop.ui.ops import Op, worker

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CaseRole = Qt.ItemDataRole.UserRole + 1


def install(window: MainWindow) -> None:
    """Add the county office's entries to the 数据 menu, for county accounts only."""
    if not county.is_county(window.workbench):
        return
    menu = window.menu("data")
    menu.addSeparator()
    for label, tip, slot in (
        (
            QCoreApplication.translate("CountyScreens", "规则检查…"),
            QCoreApplication.translate("CountyScreens", "列出不符合现行规则的案件记录"),
            lambda: open_violations(window),
        ),
        (
            QCoreApplication.translate("CountyScreens", "一县一案与挂牌督战…"),
            QCoreApplication.translate(
                "CountyScreens", "各乡镇的目标、责任人、完成时限；挂牌督战地区"
            ),
            lambda: open_plan(window),
        ),
        (
            QCoreApplication.translate("CountyScreens", "督导报告…"),
            QCoreApplication.translate(
                "CountyScreens", "按乡镇、按包保责任人：逾期未走访、无一人一案、方案逾期"
            ),
            lambda: open_oversight(window),
        ),
    ):
        action = QAction(label, window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        menu.addAction(action)


def open_violations(window: MainWindow) -> None:
    def job(_progress: Any) -> list[Any]:
        with worker(window) as bench:
            return county.violations(bench)

    def done(found: list[Any]) -> None:
        from desktop.ui.case_view import exec_dialog

        dialog = ViolationsDialog(window, found)
        exec_dialog(dialog)
        case_id = dialog.case_id()
        if case_id:
            window.open_case(case_id)

    Op(window, job).success(done).with_progress(
        QCoreApplication.translate("CountyScreens", "正在按现行规则检查全部案件…")
    ).run_in_background()


def open_plan(window: MainWindow) -> None:
    from desktop.ui.case_view import exec_dialog
    from desktop.ui.county_plan_ui import CountyPlanDialog

    exec_dialog(CountyPlanDialog(window))


def open_oversight(window: MainWindow) -> None:
    def job(_progress: Any) -> Any:
        from desktop.reports import oversight

        with worker(window) as bench:
            return oversight.report(bench)

    def done(built: Any) -> None:
        from desktop.ui.case_view import exec_dialog

        exec_dialog(OversightDialog(window, built))

    Op(window, job).success(done).with_progress(
        QCoreApplication.translate("CountyScreens", "正在统计督导情况…")
    ).run_in_background()


def _table(heads: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(heads))
    table.setHorizontalHeaderLabels(heads)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]], *, numbers_from: int = 99) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(domain_text(value))
            if c >= numbers_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)


class ViolationsDialog(QDialog):
    """Each case whose stored records break a rule of today: case number, record, rule.
    Double-click (or 打开案件) opens the case."""

    def __init__(self, parent: QWidget | None, found: list[Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CountyScreens", "规则检查"))
        cases = len({v.case_id for v in found})
        summary = (
            QCoreApplication.translate("CountyScreens", "全部案件的记录均符合现行规则。")
            if not found
            else QCoreApplication.translate(
                "CountyScreens",
                "{0} 个案件的 {1} 条记录不符合现行规则。请在案件页更正或作废这些记录。",
            ).format(cases, len(found))
        )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = _table(
            [
                QCoreApplication.translate("CountyScreens", "案件编号"),
                QCoreApplication.translate("CountyScreens", "日期"),
                QCoreApplication.translate("CountyScreens", "记录"),
                QCoreApplication.translate("CountyScreens", "违反的规则"),
                QCoreApplication.translate("CountyScreens", "规则代码"),
            ]
        )
        _fill(
            self.table,
            [[v.case_no, v.occurred_on, v.kind_label, v.message, v.rule] for v in found],
        )
        for r, v in enumerate(found):
            item = self.table.item(r, 0)
            assert item is not None
            item.setData(CaseRole, v.case_id)
            self.table.item(r, 3).setToolTip(domain_text(v.message))  # type: ignore[union-attr]
        header = self.table.horizontalHeader()
        for c, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            header.setSectionResizeMode(c, mode)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        if found:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("CountyScreens", "关闭")
        )
        self.open_button = buttons.addButton(
            QCoreApplication.translate("CountyScreens", "打开案件"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.open_button.setEnabled(bool(found))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._case_id: str | None = None
        self.resize(960, 520)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        self._case_id = item.data(CaseRole)
        self.accept()

    def case_id(self) -> str | None:
        return self._case_id


class OversightDialog(QDialog):
    """The oversight report on screen (按乡镇, 按包保责任人), saved as .xlsx or PDF."""

    def __init__(self, window: MainWindow, built: Any) -> None:
        super().__init__(window)
        from desktop.reports import oversight

        self.window_ = window
        self.built = built
        o = built.meta["oversight"]
        self.setWindowTitle(QCoreApplication.translate("CountyScreens", "督导报告"))
        t = o.total
        self.summary = QLabel(
            QCoreApplication.translate(
                "CountyScreens",
                "截至{0}（{1}）：在办案件 {2}，逾期未走访 {3}，无一人一案 {4}，方案逾期 {5}。"
                "目标与责任人取自一县一案。",
            ).format(
                o.today.isoformat(),
                domain_text(built.sheets[0].subtitle),
                t.open_cases,
                t.overdue,
                t.without_plan,
                t.plan_overdue,
            )
        )
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tables: list[QTableWidget] = []
        for sheet, table in (
            (built.sheets[0], oversight.township_table(o)),
            (built.sheets[1], oversight.people_table(o)),
        ):
            view = _table([domain_text(c) for c in table.columns])
            rows = [*table.rows, table.total] if table.total else table.rows
            _fill(view, rows, numbers_from=table.text_columns)
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
            self.tables.append(view)
            self.tabs.addTab(view, domain_text(sheet.name))
        buttons = QHBoxLayout()
        self.xlsx_button = QPushButton(QCoreApplication.translate("CountyScreens", "导出Excel…"))
        self.pdf_button = QPushButton(QCoreApplication.translate("CountyScreens", "导出PDF…"))
        close = QPushButton(QCoreApplication.translate("CountyScreens", "关闭"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.saved: list[Path] = []
        self.resize(1180, 560)

    def export(self, suffix: str, path: str | None = None) -> None:
        from desktop.reports import oversight

        if not path:
            name = (
                QCoreApplication.translate("CountyScreens", "督导报告")
                + f"-{dt.date.today().isoformat()}{suffix}"
            )
            path = screens.ask_save_path(
                self,
                QCoreApplication.translate("CountyScreens", "保存督导报告"),
                str(Path.home() / name),
                QCoreApplication.translate("CountyScreens", "报表 (*{0})").format(suffix),
            )
            if not path:
                return
        if not path.lower().endswith(suffix):
            path += suffix
        built = self.built

        def job(_progress: Any) -> Path:
            with worker(self.window_) as bench:
                return oversight.export(bench, path, built=built)

        def done(out: Path) -> None:
            self.saved.append(out)
            screens.inform(
                self,
                QCoreApplication.translate("CountyScreens", "督导报告"),
                QCoreApplication.translate("CountyScreens", "已保存：{0}").format(out),
            )

        Op(self, job).success(done).with_progress(
            QCoreApplication.translate("CountyScreens", "正在写入文件…")
        ).run_in_background()
