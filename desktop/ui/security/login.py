"""Signing in at start-up: first-run setup, the sign-in dialog, forgotten passwords, damage.

    from desktop.ui.security.login import unlock
    session = unlock(db_path)          # None: the user cancelled (quit the app)

`unlock()` loops until there is a session: on a database with no account it runs the first-run
setup (county admin → encrypt → show the recovery key to print); otherwise the sign-in dialog
(wrong passwords are answered in the dialog and slowed down; "忘记密码" takes the recovery key);
a damaged database offers its backups; a first sign-in with a reset password must change it.
Afterwards every Store opened in the process obeys the session (desktop.security.session).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the sign-in dialog itself shows: PySide builds a class's enum types when the
# class is first imported, and the Qt namespace alone has ~94 (the dialogs for first run,
# recovery and restore import the rest when they are made).
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.security.state import DbState, db_state
from desktop.ui.labels import domain_text, user_message

if TYPE_CHECKING:
    from desktop.security.integrity import DatabaseDamaged
    from desktop.security.session import Session

# The session's modules (accounts, roles, the store; ~60 ms) are imported when a dialog's OK is
# pressed, not before the first dialog is shown: desktop.ui.app loads them on a thread while the
# user types.


def exec_dialog(dialog: QDialog) -> int:
    """The one place these dialogs run modally (tests replace it to drive them)."""
    return dialog.exec()


def _busy(fn, *args, **kwargs):
    """Run a short blocking step (Argon2id: a few tenths of a second) with a wait cursor."""
    from PySide6.QtCore import Qt

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn(*args, **kwargs)
    finally:
        QGuiApplication.restoreOverrideCursor()


def elide_folder(path: str, width_of: Callable[[str], int], width: int) -> str:
    """`path` within `width` pixels (as `width_of` measures text): the file's name in full,
    its folder shortened in the middle with "…" if need be. (QFontMetrics.elidedText would
    need the Qt namespace, whose ~94 enum types PySide builds on its first import: ~25 ms
    before the first window.)"""
    if width_of(path) <= width:
        return path
    cut = max(path.rfind("/"), path.rfind("\\"))
    if cut <= 0:  # no folder to shorten
        return path
    folder, name = path[:cut], path[cut:]

    def shortened(keep: int) -> str:  # `keep` characters of the folder, half at each end
        return folder[: (keep + 1) // 2] + "…" + folder[len(folder) - keep // 2 :] + name

    lo, hi = 0, len(folder) - 1
    while lo < hi:  # the most characters that fit
        mid = (lo + hi + 1) // 2
        if width_of(shortened(mid)) <= width:
            lo = mid
        else:
            hi = mid - 1
    return shortened(lo)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color:#b3261e")
    label.setWordWrap(True)
    return label


class _Form(QDialog):
    """A dialog with a form, an error line and OK/Cancel; `attempt()` does the work."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = _error_label()
        # (Buttons set after construction: choosing among the constructor's overloads would
        # make PySide build the whole Qt namespace's enum types before the first window.)
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_value: object = None
        self.damaged: DatabaseDamaged | None = None

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def _ok(self) -> None:
        from desktop.security.integrity import DatabaseDamaged

        self.error.clear()
        try:
            self.result_value = _busy(self.attempt)
        except DatabaseDamaged as exc:
            self.damaged = exc
            self.reject()
            return
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()

    def attempt(self) -> object:  # pragma: no cover - overridden
        raise NotImplementedError


class SetupDialog(_Form):
    """First run: the county administrator's account, then encryption (recommended)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox

        super().__init__(self.tr("首次使用：设置县级管理员"), parent)
        self.db_path = db_path
        self.set_intro(
            self.tr(
                "这台电脑上的数据涉及未成年人的个人信息。请先设置县级管理员账户；"
                "数据库将用密码加密，丢失电脑或U盘时他人无法读取。"
            )
        )
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("如：县教育局 张伟"))
        self.password = _password_field()
        self.again = _password_field()
        self.encrypt = QCheckBox(self.tr("加密数据库（强烈建议）"))
        self.encrypt.setChecked(True)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("密码（至少8位）"), self.password)
        self.form.addRow(self.tr("再次输入密码"), self.again)
        self.form.addRow("", self.encrypt)

    def attempt(self) -> tuple[Session, str | None]:
        if self.password.text() != self.again.text():
            raise UserError(self.tr("两次输入的密码不一致"))
        if not self.display_name.text().strip():
            raise UserError(self.tr("请填写姓名"))
        from desktop.security import session as session_mod

        return session_mod.setup(
            self.db_path,
            username=self.username.text(),
            display_name=self.display_name.text(),
            password=self.password.text(),
            encrypt_db=self.encrypt.isChecked(),
        )


class LoginDialog(_Form):
    """Username and password; wrong ones are answered here (and slowed down)."""

    def __init__(self, state: DbState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("控辍保学工作台 — 登录"), parent)
        self.state = state
        # One line: the file's name in full, its folder shortened in the middle if long
        # (the whole path in the tooltip).
        self.setMinimumWidth(460)
        path = str(state.path)
        shown = elide_folder(path, self.intro.fontMetrics().horizontalAdvance, 420)
        self.set_intro(self.tr("数据库：%1").replace("%1", shown))
        self.intro.setWordWrap(False)
        self.intro.setToolTip(path)
        self.username = QComboBox()
        self.username.setEditable(True)
        self.username.addItems(list(state.usernames))
        self.password = _password_field()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)
        self.forgot = QPushButton(self.tr("忘记密码…"))
        self.forgot.setFlat(True)
        self.forgot.setVisible(state.encrypted)
        self.forgot.clicked.connect(self._forgot)
        self.form.addRow("", self.forgot)
        self.password.setFocus()

    def attempt(self) -> Session:
        from desktop.security import session as session_mod

        return session_mod.login(self.state.path, self.username.currentText(), self.password.text())

    def _forgot(self) -> None:
        dialog = RecoveryDialog(self.state.path, self)
        dialog.username.setText(self.username.currentText())
        if exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.result_value = dialog.result_value
            self.accept()


class RecoveryDialog(_Form):
    """Forgotten password: the printed recovery key, and a new password."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        from PySide6.QtGui import QFont

        super().__init__(self.tr("用恢复密钥重设密码"), parent)
        self.db_path = db_path
        self.set_intro(self.tr("请输入县教育局保管的恢复密钥（36个字母和数字，每4个一组）。"))
        self.key = QLineEdit()
        self.key.setFont(QFont("monospace"))
        self.username = QLineEdit()
        self.password = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("恢复密钥"), self.key)
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("新密码"), self.password)
        self.form.addRow(self.tr("再次输入"), self.again)

    def attempt(self) -> Session:
        if self.password.text() != self.again.text():
            raise UserError(self.tr("两次输入的密码不一致"))
        from desktop.security import session as session_mod

        return session_mod.recover(
            self.db_path,
            self.key.text(),
            username=self.username.text().strip(),
            new_password=self.password.text(),
        )


class ChangePasswordDialog(_Form):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, forced: bool = False
    ) -> None:
        super().__init__(self.tr("修改密码"), parent)
        self.session = session
        if forced:
            self.set_intro(self.tr("管理员为您设置了初始密码，请先改成只有您知道的密码。"))
        self.old = _password_field()
        self.new = _password_field()
        self.again = _password_field()
        self.form.addRow(self.tr("原密码"), self.old)
        self.form.addRow(self.tr("新密码"), self.new)
        self.form.addRow(self.tr("再次输入"), self.again)

    def attempt(self) -> None:
        if self.new.text() != self.again.text():
            raise UserError(self.tr("两次输入的密码不一致"))
        self.session.change_password(self.old.text(), self.new.text())


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, to print or copy by hand; closing needs a confirmation.

    打印 goes through the system's print dialog (with no printer, it says so); 另存为PDF saves
    only where the user chooses, after a warning that the file is not encrypted. The sheet names
    the county, the database file and the date, so a drawer of sheets can be told apart.
    """

    def __init__(
        self,
        text: str,
        parent: QWidget | None = None,
        *,
        database: Path | None = None,
        county: str | None = None,
    ) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QCheckBox, QHBoxLayout

        super().__init__(parent)
        self.text = text
        self.database = Path(database) if database else None
        self.county = county if county is not None else _county_of(self.database)
        self.setWindowTitle(self.tr("恢复密钥"))
        intro = QLabel(
            self.tr(
                "这是数据库的恢复密钥。忘记所有密码时，只有它能打开数据库。\n"
                "请打印或工整抄写，交县教育局妥善保管（不要和电脑放在一起）。它只显示这一次。"
            )
        )
        intro.setWordWrap(True)
        where = QLabel(
            self.tr("单位：%1\n数据库：%2")
            .replace("%1", self.county or self.tr("（未设置）"))
            .replace("%2", str(self.database) if self.database else self.tr("（未知）"))
        )
        where.setWordWrap(True)
        key = QLabel(text)
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setPointSize(15)
        font.setBold(True)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("另存为PDF…"))
        self.save_button.setToolTip(
            self.tr("PDF文件没有加密：只存到U盘，打印后删除，不要留在这台电脑上")
        )
        self.save_button.clicked.connect(self.save_key)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        self.saved = QCheckBox(self.tr("我已打印或抄写并妥善保管"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.saved.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (intro, where, key):
            layout.addWidget(w)
        layout.addLayout(row)
        for widget in (self.status, self.saved, self.buttons):
            layout.addWidget(widget)

    def reject(self) -> None:  # Esc must not skip writing the key down
        if self.saved.isChecked():
            super().reject()

    def sheet(self) -> str:
        return recovery_sheet_html(self.text, county=self.county, database=self.database)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinters():
            self._say(
                self.tr(
                    "这台电脑没有可用的打印机。可以工整抄写，或“另存为PDF…”存到U盘，"
                    "到有打印机的电脑上打印（打印后删除文件）。"
                )
            )
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # "Print to file" in the system dialog: a file like any other, same warning.
            path = printer.outputFileName()
            if not path or not confirm_unencrypted(self, path):
                return
        self._render(printer)
        self._say(self.tr("已送去打印。"))

    def save_key(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        path = choose_pdf_path(self, self._suggested_name())
        if not path:
            return
        if not confirm_unencrypted(self, path):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._render(printer)
        self._say(self.tr("已保存：%1。打印后请删除这个文件。").replace("%1", path))

    def _suggested_name(self) -> str:
        import datetime as dt

        return self.tr("恢复密钥-%1.pdf").replace(
            "%1", f"{self.county or ''}{dt.date.today():%Y%m%d}"
        )

    def _render(self, printer) -> None:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.sheet())
        doc.print_(printer)


def choose_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the recovery sheet: only where the user chooses ("" = cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Login", "恢复密钥另存为PDF（请存到U盘）"),
        suggested,
        QCoreApplication.translate("Login", "PDF文件 (*.pdf)"),
    )
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def confirm_unencrypted(parent: QWidget, path: str) -> bool:
    """The saved sheet is not encrypted: say so before writing it."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Login", "恢复密钥文件没有加密"),
        QCoreApplication.translate(
            "Login",
            "将保存到：%1\n\n这个PDF文件没有加密：拿到它的人可以重设密码、打开全部学生信息。"
            "请只存到U盘，打印后删除，不要留在这台电脑或网盘上。\n\n继续保存吗？",
        ).replace("%1", path),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def _county_of(database: Path | None) -> str:
    """The county (or unit) a database belongs to, for the sheet ("" if it cannot be read)."""
    if database is None:
        return ""
    try:
        from desktop.store.repo import Store

        with Store.open(database) as store:
            return str(store.setting("county.name") or "")
    except Exception:  # the sheet is still useful without it
        return ""


def recovery_sheet_html(
    text: str, *, county: str = "", database: Path | None = None, today: object = None
) -> str:
    import datetime as dt
    from html import escape

    from PySide6.QtCore import QCoreApplication

    unset = QCoreApplication.translate("RecoverySheet", "（未设置）")
    unknown = QCoreApplication.translate("RecoverySheet", "（未知）")
    lines = [
        QCoreApplication.translate("RecoverySheet", "单位：%1").replace("%1", county or unset),
        QCoreApplication.translate("RecoverySheet", "数据库文件：%1").replace(
            "%1", str(database) if database else unknown
        ),
        QCoreApplication.translate("RecoverySheet", "生成日期：%1").replace(
            "%1", str(today or dt.date.today())
        ),
    ]
    note = QCoreApplication.translate(
        "RecoverySheet",
        "忘记所有密码时，用此密钥在登录界面“忘记密码”处重设密码。"
        "请交县教育局保管，不要与电脑放在一起；生成新的恢复密钥后，本页作废。",
    )
    title = QCoreApplication.translate("RecoverySheet", "控辍保学工作台 数据库恢复密钥")
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p style='font-family:monospace;font-size:20pt'><b>{escape(text)}</b></p>"
        f"<p>{'<br>'.join(escape(line) for line in lines)}</p>"
        f"<p>{escape(note)}</p>"
    )


class RestoreOfferDialog(QDialog):
    """The database is damaged: say what was found, offer the newest backups."""

    def __init__(self, damaged: DatabaseDamaged, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        super().__init__(parent)
        self.setWindowTitle(self.tr("数据库已损坏"))
        self.backups = damaged.backups
        label = QLabel("\n".join(map(domain_text, damaged.report.lines())))
        label.setWordWrap(True)
        self.list = QListWidget()
        for b in self.backups:
            item = QListWidgetItem(domain_text(b.label))
            item.setData(Qt.ItemDataRole.UserRole, b)
            self.list.addItem(item)
        if self.backups:
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("从所选备份恢复"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(
            QLabel(
                self.tr("可用的备份（最新的在前）：") if self.backups else self.tr("没有找到备份。")
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def chosen(self):
        item = self.list.currentItem()
        from PySide6.QtCore import Qt

        return item.data(Qt.ItemDataRole.UserRole) if item else None


def offer_restore(db_path: Path, damaged: DatabaseDamaged, parent: QWidget | None = None) -> bool:
    """Ask which backup to restore; True if one was restored."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.security import restore
    from desktop.ui.errors import show_error

    dialog = RestoreOfferDialog(damaged, parent)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return False
    chosen = dialog.chosen()
    try:
        key = None
        if chosen.encrypted:
            key = restore.backup_key(chosen, db_path=db_path)
        previous = _busy(restore.restore, db_path, chosen, key=key)
    except UserError as exc:
        show_error(parent, exc)
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Login", "已恢复"),
        QCoreApplication.translate(
            "Login", "已从备份恢复（{0}）。\n损坏的文件已另存为：{1}"
        ).format(chosen.label, previous),
    )
    return True


def unlock(
    db_path: str | Path,
    parent: QWidget | None = None,
    *,
    while_shown: Callable[[], object] | None = None,
) -> Session | None:
    """Sign in (or set up) for `db_path`; the active Session, or None if the user cancelled.

    `while_shown` is called once, shortly after the first dialog is on screen (desktop.ui.app
    starts loading the main window's modules then, while the user types)."""
    from desktop.ui.errors import show_error

    path = Path(db_path)
    if while_shown is not None:
        QTimer.singleShot(100, while_shown)  # runs once the dialog's event loop runs
    for _ in range(20):  # each round: setup, sign-in, or a restore and then again
        try:
            state = db_state(path)
        except UserError as exc:  # DatabaseDamaged is one
            from desktop.security.integrity import DatabaseDamaged

            if not isinstance(exc, DatabaseDamaged):
                show_error(parent, exc)
                return None
            if not offer_restore(path, exc, parent):
                return None
            continue
        if state.needs_setup:
            dialog: _Form = SetupDialog(path, parent)
            if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
                return None
            made: tuple[Session, str | None] = dialog.result_value  # type: ignore[assignment]
            if made[1]:
                exec_dialog(RecoveryKeyDialog(made[1], parent, database=path))
            return made[0]
        dialog = LoginDialog(state, parent)
        accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
        if dialog.damaged is not None:
            if not offer_restore(path, dialog.damaged, parent):
                return None
            continue
        if not accepted:
            return None
        from desktop.security import session as session_mod

        session = dialog.result_value
        assert isinstance(session, session_mod.Session)
        if session.user.must_change:
            change = ChangePasswordDialog(session, parent, forced=True)
            if exec_dialog(change) != QDialog.DialogCode.Accepted:
                session_mod.sign_out()
                return None
        return session
    return None
