"""Feature module: prevention in the main window (desktop/prevention).

`install(window)` adds, through the MainWindow contract only:
- pages "absence_register" (缺勤登记) and "at_risk" (重点关注), built on first show;
- 数据 menu: 缺勤登记, 重点关注学生
The pages refresh when a write or a sync changes data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop.ui.lazy_page import LazyPage

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _register(window: MainWindow):
    from desktop.ui.prevention_register import RegisterPage

    return RegisterPage(window)


def _at_risk(window: MainWindow):
    from desktop.ui.prevention_risk import AtRiskPage

    return AtRiskPage(window)


def install(window: MainWindow) -> None:
    register_page = LazyPage(lambda: _register(window))
    risk_page = LazyPage(lambda: _at_risk(window))
    window.add_page(
        "absence_register",
        QCoreApplication.translate("PreventionScreens", "缺勤登记"),
        register_page,
    )
    window.add_page(
        "at_risk", QCoreApplication.translate("PreventionScreens", "重点关注"), risk_page
    )
    window.prevention_pages = {"absence_register": register_page, "at_risk": risk_page}
    menu = window.menu("data")
    menu.addSeparator()
    for label, key in (
        (QCoreApplication.translate("PreventionScreens", "缺勤登记"), "absence_register"),
        (QCoreApplication.translate("PreventionScreens", "重点关注学生（防辍学）"), "at_risk"),
    ):
        action = QAction(label, window)
        action.triggered.connect(lambda _c=False, k=key: window.show_page(k))
        menu.addAction(action)
    action = QAction(
        QCoreApplication.translate("PreventionScreens", "导入学校缺勤表（Excel）…"), window
    )
    action.triggered.connect(lambda _c=False: import_absences(window))
    menu.addAction(action)

    def changed(changes: Any) -> None:
        if risk_page.built and (changes.everything or not changes.affects("absence_registers")):
            risk_page.page.mark_stale()
        if register_page.built and (changes.everything or changes.affects("cases")):
            register_page.page.refresh_dues()

    window.changed.connect(changed)


def import_absences(window: MainWindow) -> None:
    from desktop.ui.case_view import exec_dialog
    from desktop.ui.prevention_import import ImportAbsencesDialog

    exec_dialog(ImportAbsencesDialog(window))
