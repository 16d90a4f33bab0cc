"""Listing and reopening unsaved drafts (after a crash, a closed lid, or “保留草稿”)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from desktop.domain.states import Action
from desktop.store import drafts

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.record_dialog import RecordDialog


def reopen_draft(window: MainWindow, key: str) -> int:
    """Open the dialog a draft belongs to; it restores the draft itself."""
    from desktop.ui.action_dialogs import ActionDialog, PlanDialog
    from desktop.ui.case_dialogs import DIALOGS
    from desktop.ui.case_view import exec_dialog
    from desktop.ui.child_dialog import NewCaseDialog, NewChildDialog

    draft = drafts.load_draft(window.store, key)
    if draft is None:
        return 0
    case_id, child_id = draft.case_id, draft.child_id
    if case_id and not window.workbench.can_see_case(case_id):
        drafts.delete_draft(window.store, key)
        return 0
    dialog: RecordDialog
    if draft.kind in DIALOGS and case_id:
        window.open_case(case_id)
        dialog = DIALOGS[draft.kind](window, case_id, draft_key=key)
    elif draft.kind == "plan" and case_id:
        window.open_case(case_id)
        dialog = PlanDialog(window, case_id)
    elif draft.kind == "action" and case_id:
        window.open_case(case_id)
        dialog = ActionDialog(window, case_id, Action(key.split(":")[1]))
    elif draft.kind == "new_child":
        dialog = NewChildDialog(window)
    elif draft.kind == "new_case" and child_id:
        dialog = NewCaseDialog(window, child_id)
    else:
        drafts.delete_draft(window.store, key)
        return 0
    result = exec_dialog(dialog)
    window.today_page.schedule_refresh()
    return result


def show_drafts(window: MainWindow) -> None:
    saved = drafts.list_drafts(window.store)
    if not saved:
        QMessageBox.information(
            window,
            QCoreApplication.translate("DraftsUi", "草稿"),
            QCoreApplication.translate("DraftsUi", "没有未保存的草稿。"),
        )
        return
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("DraftsUi", "未保存的草稿"))
    items = QListWidget()
    for d in saved:
        item = QListWidgetItem(
            QCoreApplication.translate("DraftsUi", "{0}　{1}").format(
                d.updated_at.replace("T", " "), d.title
            )
        )
        item.setData(Qt.ItemDataRole.UserRole, d.key)
        items.addItem(item)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close
    )
    layout = QVBoxLayout(dialog)
    layout.addWidget(items)
    layout.addWidget(buttons)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    items.itemDoubleClicked.connect(lambda _i: dialog.accept())
    dialog.resize(520, 320)
    if dialog.exec() and items.currentItem() is not None:
        reopen_draft(window, items.currentItem().data(Qt.ItemDataRole.UserRole))
