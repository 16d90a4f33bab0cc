"""The main window's own menu entries and their shortcuts (one table, so nothing clashes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.core.changes import ALL
from desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# name, menu, label, shortcut. Record dialogs act on the current case.
ACTIONS = (
    ("new_child", "file", QT_TRANSLATE_NOOP("Actions", "新建学生…"), "Ctrl+N"),
    ("new_case", "file", QT_TRANSLATE_NOOP("Actions", "为当前学生建案…"), "Ctrl+Shift+N"),
    ("quit", "file", QT_TRANSLATE_NOOP("Actions", "退出"), "Ctrl+Q"),
    ("open_case", "case", QT_TRANSLATE_NOOP("Actions", "打开选中案件"), "Ctrl+O"),
    ("contact", "case", QT_TRANSLATE_NOOP("Actions", "记录走访/联系…"), "Ctrl+R"),
    ("joint", "case", QT_TRANSLATE_NOOP("Actions", "记录联合劝返…"), "Ctrl+J"),
    ("plan", "case", QT_TRANSLATE_NOOP("Actions", "编辑一人一案…"), "Ctrl+Shift+P"),
    ("legal_step", "case", QT_TRANSLATE_NOOP("Actions", "记录法律程序…"), "Ctrl+L"),
    ("service_receipt", "case", QT_TRANSLATE_NOOP("Actions", "登记送达回证…"), "Ctrl+Shift+L"),
    ("return", "case", QT_TRANSLATE_NOOP("Actions", "复学登记…"), "Ctrl+Shift+R"),
    ("follow_up", "case", QT_TRANSLATE_NOOP("Actions", "跟踪回访…"), "Ctrl+U"),
    ("support", "case", QT_TRANSLATE_NOOP("Actions", "资助帮扶…"), "Ctrl+Shift+M"),
    ("deferral", "case", QT_TRANSLATE_NOOP("Actions", "延缓/休学申请…"), "Ctrl+Shift+D"),
    ("assessment", "case", QT_TRANSLATE_NOOP("Actions", "残疾评估意见…"), "Ctrl+Shift+E"),
    ("home_teaching", "case", QT_TRANSLATE_NOOP("Actions", "送教上门记录…"), "Ctrl+Shift+H"),
    ("notice", "case", QT_TRANSLATE_NOOP("Actions", "告知函/回执…"), "Ctrl+Shift+T"),
    ("attach", "case", QT_TRANSLATE_NOOP("Actions", "添加附件（照片/扫描件）…"), "Ctrl+Shift+A"),
    ("undo", "case", QT_TRANSLATE_NOOP("Actions", "撤销刚才登记的记录"), "Ctrl+Z"),
    ("refresh", "case", QT_TRANSLATE_NOOP("Actions", "刷新"), "F5"),
    ("settings", "tools", QT_TRANSLATE_NOOP("Actions", "工作周期设置…"), ""),
    ("drafts", "tools", QT_TRANSLATE_NOOP("Actions", "未保存的草稿…"), ""),
    ("guide", "help", QT_TRANSLATE_NOOP("Actions", "使用指南"), "F1"),
    ("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "快捷键一览"), ""),
    ("about", "help", QT_TRANSLATE_NOOP("Actions", "关于"), ""),
)
EVENT_ACTIONS = (
    "contact",
    "joint",
    "legal_step",
    "service_receipt",
    "return",
    "follow_up",
    "support",
    "deferral",
    "assessment",
    "home_teaching",
    "notice",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def install(window: MainWindow) -> None:
    handlers = _handlers(window)
    for name, menu_key, label, shortcut in ACTIONS:
        action = QAction(_t(label), window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{_t(label)} ({shortcut})")
        action.triggered.connect(handlers[name])
        window.menu(menu_key).addAction(action)
        window.named_actions[name] = action
        if name in ("new_case", "open_case", "plan", "attach", "settings", "about"):
            window.menu(menu_key).addSeparator()
    _language_menu(window)


def _need_case(window: MainWindow, fn: Callable[[str], object]) -> Callable[[], None]:
    def run() -> None:
        case_id = window.current_case_id()
        if not case_id:
            QMessageBox.information(
                window,
                _t(QCoreApplication.translate("Actions", "请选择案件")),
                _t(QCoreApplication.translate("Actions", "请先在台账中选中或打开一个案件。")),
            )
            return
        fn(case_id)

    return run


def _handlers(window: MainWindow) -> dict[str, Callable[[], object]]:
    def record(kind: str) -> Callable[[], None]:
        return _need_case(window, lambda case_id: window.case_view.record(kind, case_id))

    def new_child() -> None:
        from desktop.ui.child_dialog import new_child as run

        run(window)

    def new_case() -> None:
        from desktop.ui.child_dialog import new_case_for

        child_id = window.case_view.child_id if window.current_page() == "case" else None
        if not child_id:
            QMessageBox.information(
                window,
                _t(QCoreApplication.translate("Actions", "请选择学生")),
                _t(
                    QCoreApplication.translate(
                        "Actions", "请先打开一名学生（在“适龄儿童”中查找），再为其建案。"
                    )
                ),
            )
            return
        new_case_for(window, child_id)

    def open_case() -> None:
        case_id = window.current_case_id()
        if case_id:
            window.open_case(case_id)

    def guide() -> None:
        from desktop.ui.help import show_guide

        show_guide(window)

    def shortcuts() -> None:
        from desktop.ui.help import show_shortcuts

        show_shortcuts(window)

    def about() -> None:
        from desktop import __version__

        QMessageBox.about(
            window,
            _t(QCoreApplication.translate("Actions", "关于")),
            _t(QCoreApplication.translate("Actions", "控辍保学工作台"))
            + f" {__version__}\n\n"
            + _t(
                QCoreApplication.translate(
                    "Actions", "离线优先的控辍保学工作软件。演示数据均为虚构。"
                )
            ),
        )

    def settings() -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.workbench, window)
        if dialog.exec() and dialog.changes.touched:
            window.notify(dialog.changes)

    def undo() -> None:
        from desktop.ui.corrections_ui import undo_last

        undo_last(window)

    def drafts() -> None:
        from desktop.ui.drafts_ui import show_drafts

        show_drafts(window)

    handlers: dict[str, Callable[[], object]] = {
        "new_child": new_child,
        "new_case": new_case,
        "quit": window.close,
        "open_case": open_case,
        "plan": _need_case(window, lambda cid: window.case_view.edit_plan(cid)),
        "attach": _need_case(window, lambda cid: window.case_view.attach(cid)),
        "undo": undo,
        "refresh": lambda: window.notify(ALL),
        "settings": settings,
        "drafts": drafts,
        "guide": guide,
        "shortcuts": shortcuts,
        "about": about,
    }
    for kind in EVENT_ACTIONS:
        handlers[kind] = record(kind)
    return handlers


def _language_menu(window: MainWindow) -> None:
    from desktop.ui import i18n

    menu = window.menu("tools").addMenu(_t(QCoreApplication.translate("Actions", "界面语言")))
    group = QActionGroup(window)
    current = i18n.configured_language()
    for code, label in i18n.LANGUAGES:
        action = QAction(label, window, checkable=True)
        action.setChecked(code == current)
        group.addAction(action)
        menu.addAction(action)

        def choose(_checked: bool = False, code: str = code) -> None:
            i18n.set_configured_language(code)
            QMessageBox.information(
                window,
                _t(QCoreApplication.translate("Actions", "界面语言")),
                _t(QCoreApplication.translate("Actions", "界面语言将在重新启动程序后生效。")),
            )

        action.triggered.connect(choose)
