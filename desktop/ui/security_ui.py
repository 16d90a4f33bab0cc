"""The security feature of the main window (`install(window)`, called by features.py).

Adds, according to the signed-in user's role: 工具 → 锁定 (Ctrl+L), 修改密码, 用户管理,
审计记录, 加密数据库; 文件 → 备份与恢复; a status-bar label with who is signed in; the idle
lock; and, after the window is up, a background integrity check and the daily backup.
With no session (a plaintext database opened without signing in) only the backup entries
are added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.security import session as session_mod
from desktop.ui.labels import domain_text, user_message

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _action(
    window: MainWindow, menu: str, text: str, slot, *, shortcut: str | None = None
) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.menu(menu).addAction(action)
    return action


def install(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer

    from desktop.ui.security import backups

    session = session_mod.current()
    window.security_session = session
    window.menu("file").addSeparator()
    _action(
        window,
        "file",
        QCoreApplication.translate("SecurityUi", "备份与恢复…"),
        lambda: backups.open_backups(window, session),
    )
    if session is None:
        return
    from desktop.ui.security.lock import Locker

    window.locker = Locker(window, session)
    tools = window.menu("tools")
    tools.addSeparator()
    _action(
        window,
        "tools",
        QCoreApplication.translate("SecurityUi", "锁定"),
        window.locker.lock,
        shortcut="Ctrl+L",
    )
    _action(
        window,
        "tools",
        QCoreApplication.translate("SecurityUi", "修改密码…"),
        lambda: change_password(window, session),
    )
    from desktop.ui.lazy_page import LazyPage

    # The admin pages are built when first shown or used (start-up does not pay for them).
    if session.can("users"):

        def users_page() -> Any:
            from desktop.ui.security.pages import UsersPage

            return UsersPage(window, session)

        window.add_page(
            "security.users",
            QCoreApplication.translate("SecurityUi", "用户管理"),
            LazyPage(users_page),
        )
        _action(
            window,
            "tools",
            QCoreApplication.translate("SecurityUi", "用户管理"),
            lambda: window.show_page("security.users"),
        )
    if session.can("audit.view"):

        def audit_page() -> Any:
            from desktop.ui.security.pages import AuditPage

            return AuditPage(window, session)

        window.add_page(
            "security.audit",
            QCoreApplication.translate("SecurityUi", "审计记录"),
            LazyPage(audit_page),
        )
        _action(
            window,
            "tools",
            QCoreApplication.translate("SecurityUi", "审计记录"),
            lambda: window.show_page("security.audit"),
        )
    if session.can("encrypt") and not session.encrypted:
        _action(
            window,
            "tools",
            QCoreApplication.translate("SecurityUi", "加密数据库…"),
            lambda: encrypt_now(window, session),
        )
    who = QLabel(
        QCoreApplication.translate("SecurityUi", "{0}（{1}）").format(
            session.user.display_name, domain_text(session.user.role_label)
        )
        + ("" if session.encrypted else QCoreApplication.translate("SecurityUi", " · 未加密"))
    )
    who.setObjectName("securityUser")
    window.add_status_widget(who)
    # Owned by the window, so it never fires after the window is gone.
    window.security_checks_timer = timer = QTimer(window)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: backups.start_checks(window, session))
    timer.start(3000)


def change_password(window: MainWindow, session: Any) -> None:
    from desktop.ui.security.login import ChangePasswordDialog, exec_dialog

    if exec_dialog(ChangePasswordDialog(session, window)):
        QMessageBox.information(
            window,
            QCoreApplication.translate("SecurityUi", "修改密码"),
            QCoreApplication.translate("SecurityUi", "密码已修改"),
        )


def encrypt_now(window: MainWindow, session: Any) -> None:
    """Encrypt a plaintext database: needs the admin's password, closes the app afterwards."""
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    from desktop.domain.errors import UserError
    from desktop.ui.security.login import RecoveryKeyDialog, _busy, exec_dialog

    password, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("SecurityUi", "加密数据库"),
        QCoreApplication.translate(
            "SecurityUi",
            "加密后，其他用户需由您重设密码才能登录；完成后程序将关闭。\n请输入您的密码确认：",
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return
    try:
        window.store.close()
        text = _busy(session.encrypt_database, password)
    except UserError as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("SecurityUi", "无法加密"), user_message(exc)
        )
        QApplication.instance().quit()  # type: ignore[union-attr]
        return
    exec_dialog(
        RecoveryKeyDialog(
            text, window, database=window.db_path, county=window.store.setting("county.name") or ""
        )
    )
    QApplication.instance().quit()  # type: ignore[union-attr]
