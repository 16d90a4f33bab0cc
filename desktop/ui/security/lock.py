"""Locking: after a configurable idle time, or on demand (Ctrl+L); the password unlocks.

While locked every window of the app is hidden (the data is not on screen) and only the
unlock dialog shows; wrong passwords are slowed down like sign-ins. "退出程序" is always
possible. The idle time is the setting `ui.idle_lock_minutes` (default 10; 0 = never).
Background jobs keep running while the screen is locked.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.security.session import Session
from desktop.ui.labels import domain_text, user_message
from desktop.ui.security.login import _busy, _error_label, _password_field, exec_dialog

SETTING = "ui.idle_lock_minutes"
DEFAULT_MINUTES = 10
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class UnlockDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.quit_requested = False
        self.setWindowTitle(self.tr("已锁定"))
        who = QCoreApplication.translate("UnlockDialog", "{0}（{1}）").format(
            session.user.display_name, domain_text(session.user.role_label)
        )
        label = QLabel(self.tr("程序已锁定。请输入 %1 的密码解锁。").replace("%1", who))
        label.setWordWrap(True)
        self.password = _password_field()
        self.error = _error_label()
        buttons = QDialogButtonBox()
        unlock = buttons.addButton(self.tr("解锁"), QDialogButtonBox.ButtonRole.AcceptRole)
        unlock.setDefault(True)
        quit_button = QPushButton(self.tr("退出程序"))
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.try_unlock)
        quit_button.clicked.connect(self._quit)
        layout = QVBoxLayout(self)
        for w in (label, self.password, self.error, buttons):
            layout.addWidget(w)

    def try_unlock(self) -> None:
        self.error.clear()
        try:
            _busy(self.session.unlock, self.password.text())
        except UserError as exc:
            self.error.setText(user_message(exc))
            self.password.clear()
            return
        self.accept()

    def _quit(self) -> None:
        self.quit_requested = True
        self.accept()

    def reject(self) -> None:  # Esc does not unlock
        pass


class Locker(QObject):
    """Watches for input; locks after the idle time or when asked.

    Input is watched on the focused top-level window's QWindow only (Qt hands every key,
    mouse and touch event to a window before its widgets), following the focus from window
    to window. An application-wide event filter would see the same input but would also call
    into Python for every event of every object, and make PySide wrap each of them: a cost on
    every paint, timer and scroll, and ~30 ms at start-up."""

    def __init__(self, window, session: Session, *, minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.minutes = minutes if minutes is not None else _minutes(window)
        self.last_input = time.monotonic()
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self._watched: QWindow | None = None
        app = QApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._watch)  # type: ignore[attr-defined]
        # The main window to begin with, then whichever window the focus moves to. (Not the
        # focus window of the moment: that can be a dialog's window on its way out, whose
        # focus-out is still queued, and a filter on it would be called as it is destroyed.)
        if window.windowHandle() is None:
            window.winId()  # its platform window, made now rather than at show()
        self._watch(window.windowHandle())
        self.timer.start()

    def _watch(self, handle: QWindow | None) -> None:
        if handle is None or handle is self._watched:
            return
        self._unwatch()
        self._watched = handle
        handle.installEventFilter(self)
        handle.destroyed.connect(self._forget)

    def _unwatch(self) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # that window is gone
                self._watched.destroyed.disconnect(self._forget)
                self._watched.removeEventFilter(self)
        self._watched = None

    def _forget(self) -> None:
        self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def check_idle(self) -> None:
        if self.minutes and not self.locked and self.idle_seconds() >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Hide every window, ask for the password; quit the app if the user chooses to."""
        if self.locked:
            return
        self.locked = True
        self.session.lock()
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for w in hidden:
            w.hide()
        try:
            store = self.window.store
            store.audit("lock")
        except Exception:
            pass
        dialog = UnlockDialog(self.session, None)
        exec_dialog(dialog)
        if dialog.quit_requested:
            QApplication.instance().quit()  # type: ignore[union-attr]
            return
        for w in hidden:
            w.show()
        self.locked = False
        self.last_input = time.monotonic()


def _minutes(window) -> float:
    try:
        value = window.store.setting(SETTING)
    except Exception:
        value = None
    try:
        return max(0.0, float(value)) if value is not None else DEFAULT_MINUTES
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
