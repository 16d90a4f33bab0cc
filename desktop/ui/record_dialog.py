"""The base of every data-entry dialog: a form, inline errors, attachments, and drafts.

Never lose typing: while the dialog is open and changed, its fields are saved as a draft in the
database every few seconds, when focus leaves the dialog and when it closes; the draft comes
back the next time the same dialog is opened (also after a crash). Closing with unsaved
changes asks whether to keep the draft. A successful save deletes the draft.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ALL, Changes
from desktop.core.workbench import NewFile
from desktop.domain.errors import UserError
from desktop.store import drafts
from desktop.ui import form_widgets
from desktop.ui.labels import user_message
from desktop.ui.screen_fit import FormScroll, max_client_size

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("kcbx.ui")
W = TypeVar("W", bound=QWidget)  # add() returns the widget it was given, with its own type

AUTOSAVE_MS = 5000


class RecordDialog(QDialog):
    """Subclasses add fields with `add(name, label, widget)` and implement `save()`."""

    kind = "record"
    accepts_attachments = True

    def __init__(
        self,
        window: MainWindow,
        *,
        title: str,
        case_id: str | None = None,
        child_id: str | None = None,
        draft_key: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.workbench = window.workbench  # every write goes through the core
        self.changes: Changes | None = None  # what save() wrote, if it says
        self._taken = False  # save() took the attached files (take_files)
        self.case_id = case_id
        self.child_id = child_id
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.files: list[Path] = []
        self.saved_id: str | None = None
        self._dirty = False
        self._restoring = False
        self._grown = False
        self.draft_key = draft_key or f"{self.kind}:{case_id or child_id or 'new'}"
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff4ce; padding:4px")
        self.banner.hide()
        self.discard_button = QPushButton(self.tr("放弃草稿"))
        self.discard_button.hide()
        self.discard_button.clicked.connect(self.discard_draft)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e; font-weight:bold")
        self.error.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(self.form)
        column.addStretch(1)  # spare height below the fields, not spread between the rows
        scroll = FormScroll(body)  # the fields scroll (never sideways); the buttons stay
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("保存（Ctrl+S 或 Ctrl+回车）"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.try_save)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        if self.accepts_attachments:
            layout.addWidget(self._attachment_row())
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setAcceptDrops(self.accepts_attachments)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft_if_dirty)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self.resize(640, 560)

    # --- building ------------------------------------------------------------------------

    def add(self, name: str, label: str, widget: W) -> W:
        self.fields[name] = widget
        self.form.addRow(label, widget)
        if isinstance(widget, form_widgets.DateField):
            widget.field_label = label  # its messages name the field
        signal = form_widgets.change_signal(widget)
        if signal is not None:
            signal.connect(self._changed)
        return widget

    def finish(self) -> None:
        """Call at the end of a subclass's __init__: restores a draft if there is one."""
        self._dirty = False  # defaults filled in while building are not the user's typing
        draft = drafts.load_draft(self.store, self.draft_key)
        if draft is not None:
            self._restoring = True
            for name, value in draft.fields.items():
                if name in self.fields:
                    try:
                        form_widgets.set_value(self.fields[name], value)
                    except (ValueError, TypeError):
                        log.warning("draft field %s not restored", name)
            self.files = [Path(p) for p in draft.fields.get("__files__", []) if Path(p).exists()]
            self._show_files()
            self._restoring = False
            self._dirty = True
            self.banner.setText(
                self.tr("已恢复 %1 未保存的内容。").replace(
                    "%1", draft.updated_at.replace("T", " ")
                )
            )
            self.banner.show()
            self.discard_button.show()
        self._timer.start()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _attachment_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_list = QListWidget()
        self.file_list.setFixedHeight(44)
        add = QPushButton(self.tr("添加照片/扫描件…"))
        add.setToolTip(self.tr("也可以把文件拖到本窗口"))
        add.clicked.connect(self.pick_files)
        row.addWidget(QLabel(self.tr("附件：")))
        row.addWidget(self.file_list, 1)
        row.addWidget(add)
        return box

    # --- attachments ---------------------------------------------------------------------

    def pick_files(self) -> None:
        from desktop.ui.attachments import pick_files

        for path in pick_files(self):
            self.add_file(path)

    def add_file(self, path: Path) -> None:
        if path not in self.files:
            self.files.append(path)
            self._show_files()
            self._changed()

    def _show_files(self) -> None:
        if self.accepts_attachments:
            self.file_list.clear()
            self.file_list.addItems([p.name for p in self.files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # --- drafts --------------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if not self._restoring:
            self._dirty = True
            self.error.hide()

    def draft_title(self) -> str:
        return self.windowTitle()

    def draft_fields(self) -> dict[str, Any]:
        values = {n: form_widgets.get_value(w) for n, w in self.fields.items()}
        values["__files__"] = [str(p) for p in self.files]
        return values

    def save_draft_if_dirty(self) -> None:
        if self._dirty and self.saved_id is None:
            try:
                drafts.save_draft(
                    self.store,
                    self.draft_key,
                    kind=self.kind,
                    title=self.draft_title(),
                    fields=self.draft_fields(),
                    case_id=self.case_id,
                    child_id=self.child_id,
                )
            except Exception:  # a draft must never break typing
                log.exception("draft not saved")

    def discard_draft(self) -> None:
        drafts.delete_draft(self.store, self.draft_key)
        self._dirty = False
        self.banner.hide()
        self.discard_button.hide()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.isVisible():
            return
        if new is None or (new.window() is not self):
            self.save_draft_if_dirty()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> str:
        """Write through the workbench; return the id of what was written (and set
        `self.changes`). Raise UserError if refused. A save that writes the attached files
        with its record (one transaction) takes them with `take_files()`."""
        raise NotImplementedError

    def prepared_files(self) -> list[NewFile]:
        """The attached files, ready to store (images downscaled)."""
        from desktop.ui.attachments import prepare

        return [NewFile(*prepare(p)) for p in self.files]

    def take_files(self) -> list[NewFile]:
        """The attached files for the record being saved: stored with it, in its transaction."""
        files = self.prepared_files()
        self._taken = True
        return files

    def try_save(self) -> bool:
        self.changes = None
        self._taken = False
        try:
            self.saved_id = self.save()
            if self._taken:
                self.files = []
            elif self.files and self.case_id:  # a record that does not take files itself
                attached = self.workbench.attach(self.case_id, self.saved_id, self.prepared_files())
                self.changes = self.changes | attached if self.changes else ALL
        except UserError as exc:
            self.show_problem(user_message(exc))
            return False
        except Exception as exc:
            from desktop.ui.errors import show_error

            show_error(self, exc)
            return False
        drafts.delete_draft(self.store, self.draft_key)
        self._dirty = False
        self._timer.stop()
        self.window_.notify(self.changes or ALL)
        self.accept()
        return True

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def showEvent(self, event: QShowEvent) -> None:
        """Opened the first time: tall enough to show every field if the screen allows
        (the form scrolls only when it must; the buttons stay below it)."""
        if not self._grown:
            self._grown = True
            cap = max_client_size(self)
            want = max(self.height(), self.sizeHint().height())
            self.resize(
                min(max(self.width(), self.sizeHint().width()), cap.width()),
                min(want, cap.height()),
            )
        super().showEvent(event)

    def done(self, result: int) -> None:
        for timer in self.findChildren(QTimer):
            timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            QApplication.instance().focusChanged.disconnect(self._focus_changed)  # type: ignore[union-attr]
        super().done(result)

    def reject(self) -> None:
        if self._dirty and self.saved_id is None:
            answer = ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_draft_if_dirty()
            else:
                drafts.delete_draft(self.store, self.draft_key)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        if self.isVisible():
            event.ignore()


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Keep a draft, discard, or go back to editing? (Tests patch this.)"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecordDialog", "尚未保存"),
        QCoreApplication.translate(
            "RecordDialog",
            "录入的内容还没有保存。\n\n保留为草稿（下次打开时恢复）、放弃，还是继续编辑？",
        ),
        parent=parent,
    )
    keep = box.addButton(
        QCoreApplication.translate("RecordDialog", "保留草稿"), QMessageBox.ButtonRole.AcceptRole
    )
    drop = box.addButton(
        QCoreApplication.translate("RecordDialog", "放弃"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("RecordDialog", "继续编辑"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is keep:
        return QMessageBox.StandardButton.Save
    if box.clickedButton() is drop:
        return QMessageBox.StandardButton.Discard
    return QMessageBox.StandardButton.Cancel


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
