"""Help: the Chinese guide to the daily tasks (resources/help/guide.html) and the shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class GuideDialog(QDialog):
    def __init__(self, window: MainWindow, *, page: str = "guide.html") -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("使用指南"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        folder = resource_path("help")
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / page)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(900, 680)


def show_guide(window: MainWindow) -> GuideDialog:
    dialog = GuideDialog(window)
    dialog.show()
    return dialog


def shortcuts_html() -> str:
    from desktop.ui.actions import ACTIONS, _t
    from desktop.ui.main_window import NAV
    from desktop.ui.main_window import _t as nav_t

    rows = [
        (
            QCoreApplication.translate("Help", "Ctrl+F　/"),
            QCoreApplication.translate("Help", "查找学生（搜索框）"),
        ),
        ("Esc", QCoreApplication.translate("Help", "清空搜索框")),
        (
            QCoreApplication.translate("Help", "↓ 或 回车"),
            QCoreApplication.translate("Help", "从搜索框进入结果列表"),
        ),
        (
            QCoreApplication.translate("Help", "回车 / 双击"),
            QCoreApplication.translate("Help", "打开选中的案件或学生"),
        ),
        ("Alt+←", QCoreApplication.translate("Help", "返回上一页")),
        ("Ctrl+S", QCoreApplication.translate("Help", "保存对话框")),
    ]
    rows += [(f"Ctrl+{i}", nav_t(title)) for i, (_k, title) in enumerate(NAV[:9], start=1)]
    rows += [(sc, _t(label)) for _n, _m, label, sc in ACTIONS if sc]
    body = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return QCoreApplication.translate(
        "Help", "<h3>快捷键</h3><table cellspacing=6>{0}</table>"
    ).format(body)


def show_shortcuts(window: MainWindow) -> QDialog:
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("Help", "快捷键一览"))
    browser = QTextBrowser()
    browser.setHtml(shortcuts_html())
    QVBoxLayout(dialog).addWidget(browser)
    dialog.resize(520, 620)
    dialog.show()
    return dialog
