"""Feature module: roster import, registry comparison, dashboard and reports in the main window.

`install(window)` adds, through the MainWindow contract only:
- 数据 menu: 导入名册…, 数据比对（精准摸排）, 统计看板, 生成统计报表…, 导出台账到Excel…
- pages: "dashboard" (统计看板, QtCharts) and "compare" (数据比对).
Long work runs through `desktop.ui.ops` (background thread, progress, cancel) with its own
connection (ops.worker_store); after a write the window's `notify(changes)` is called, and
the pages refresh when `window.changed` says children or cases changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.ui import ops

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# Dialog hooks: tests replace these (a real user answers them).
def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def _action(
    window: MainWindow, menu_key: str, label: str, callback: Callable[[], None], *, tip: str = ""
) -> QAction:
    action = QAction(label, window)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: callback())
    window.menu(menu_key).addAction(action)
    return action


class LazyPage(QWidget):
    """A page built the first time it is shown (QtCharts and the statistics stay off the
    start-up path)."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self.page: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> Any:
        if self.page is None:
            self.page = self._factory()
            self._layout.addWidget(self.page)
        return self.page

    def showEvent(self, event: Any) -> None:
        self.ensure()
        super().showEvent(event)


def _dashboard(window: MainWindow) -> QWidget:
    from desktop.ui.intake_dashboard import DashboardPage

    return DashboardPage(window)


def _compare(window: MainWindow) -> QWidget:
    from desktop.ui.intake_compare import ComparePage

    return ComparePage(window)


def install(window: MainWindow) -> None:
    dashboard = LazyPage(lambda: _dashboard(window))
    compare = LazyPage(lambda: _compare(window))
    window.add_page("dashboard", QCoreApplication.translate("IntakeScreens", "统计看板"), dashboard)
    window.add_page("compare", QCoreApplication.translate("IntakeScreens", "数据比对"), compare)
    window.intake_pages = {"dashboard": dashboard, "compare": compare}
    menu = window.menu("data")
    menu.addSeparator()
    _action(
        window,
        "data",
        QCoreApplication.translate("IntakeScreens", "导入名册（学籍/户籍/监测/适龄儿童）…"),
        lambda: open_import(window),
        tip=QCoreApplication.translate("IntakeScreens", "从Excel或CSV导入名册，先检查再导入"),
    )
    _action(
        window,
        "data",
        QCoreApplication.translate("IntakeScreens", "数据比对（精准摸排）"),
        lambda: window.show_page("compare"),
        tip=QCoreApplication.translate(
            "IntakeScreens", "把户籍、防返贫监测、适龄儿童名单与学籍比对，找出适龄未在学的儿童"
        ),
    )
    menu.addSeparator()
    _action(
        window,
        "data",
        QCoreApplication.translate("IntakeScreens", "统计看板"),
        lambda: window.show_page("dashboard"),
    )
    _action(
        window,
        "data",
        QCoreApplication.translate("IntakeScreens", "生成统计报表（月报/专项行动）…"),
        lambda: open_report(window),
    )
    _action(
        window,
        "data",
        QCoreApplication.translate("IntakeScreens", "导出台账到Excel…"),
        lambda: export_current_ledger(window),
    )

    def changed(changes: Changes) -> None:
        """The intake pages count and list children and cases: other writes leave them be."""
        if not (changes.everything or changes.affects("children", "cases")):
            return
        if dashboard.page is not None:
            dashboard.page.mark_stale()
        if compare.page is not None:
            compare.page.refresh()

    window.changed.connect(changed)


def open_import(window: MainWindow) -> None:
    from desktop.ui.intake_import import ImportDialog

    dialog = ImportDialog(window)
    dialog.open()


def open_report(window: MainWindow) -> None:
    from desktop.ui.intake_reports import ReportDialog

    dialog = ReportDialog(window)
    dialog.open()


def ledger_choice(window: MainWindow) -> tuple[list[str] | None, tuple[str, ...] | None, str]:
    """What the export covers: the cases the view shows (if the window offers them), the
    selection, or the current ledger's states; and a title."""
    from desktop.store import queries

    key = window.current_page() if hasattr(window, "current_page") else ""
    visible = getattr(window, "visible_case_ids", None)
    selected = window.selected_case_ids()
    if len(selected) > 1:
        return selected, None, QCoreApplication.translate("IntakeScreens", "所选案件台账")
    if callable(visible):
        ids = visible()
        if ids:
            return list(ids), None, ""
    states = queries.LEDGER_STATES.get(key) if key in queries.LEDGER_STATES else None
    if key in queries.LEDGER_STATES:
        return None, states, ""
    return None, tuple(queries.LEDGER_STATES["active"] or ()), ""


def export_current_ledger(window: MainWindow) -> None:
    from desktop.reports.exports import export_ledger
    from desktop.ui.ops import Op

    case_ids, states, title = ledger_choice(window)
    path = ask_save_path(
        window,
        QCoreApplication.translate("IntakeScreens", "导出台账"),
        str(Path.home() / QCoreApplication.translate("IntakeScreens", "台账.xlsx")),
        QCoreApplication.translate("IntakeScreens", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"

    def job(progress: Any) -> int:
        with ops.worker_store(window) as store:
            return export_ledger(
                store,
                path,
                case_ids=case_ids,
                states=states,
                title=title or None,
                progress=progress,
            )

    (
        Op(window, job)
        .success(
            lambda n: inform(
                window,
                QCoreApplication.translate("IntakeScreens", "导出完成"),
                QCoreApplication.translate("IntakeScreens", "已导出 {0} 件案件到\n{1}").format(
                    n, path
                ),
            )
        )
        .with_progress(QCoreApplication.translate("IntakeScreens", "正在导出台账…"))
        .run_in_background()
    )
