"""The security screens driven as a user would (offscreen): first run, sign-in, damage and
restore, lock and unlock, users and audit pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from security_helpers import ADMIN, PASSWORD

from desktop.security import backup, cipher, session
from desktop.store.repo import Store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


class Driver:
    """Replaces login.exec_dialog: each dialog goes to the next queued function."""

    def __init__(self) -> None:
        self.queue: list[Callable] = []
        self.seen: list = []

    def then(self, fn: Callable) -> Driver:
        self.queue.append(fn)
        return self

    def __call__(self, dialog) -> int:
        self.seen.append(type(dialog).__name__)
        assert self.queue, f"unexpected dialog {type(dialog).__name__}"
        dialog.show()
        self.queue.pop(0)(dialog)
        if dialog.isVisible():
            dialog.close()
        return dialog.result()


@pytest.fixture
def driver(monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import ops
    from desktop.ui.security import login

    d = Driver()
    monkeypatch.setattr(login, "exec_dialog", d)
    for module in ("lock", "pages", "backups"):
        monkeypatch.setattr(f"desktop.ui.security.{module}.exec_dialog", d)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    ops.set_synchronous(True)
    yield d
    ops.set_synchronous(False)


def _ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_sets_up_the_admin_and_shows_the_recovery_key(demo_db, driver):
    from desktop.ui.security.login import unlock

    def setup(d) -> None:
        d.display_name.setText("县管理员")
        d.password.setText("first-password-1")
        d.again.setText("first-password-2")
        _ok(d)
        assert "不一致" in d.error.text() and d.isVisible()
        d.again.setText("first-password-1")
        _ok(d)

    def recovery(d) -> None:
        ok = d.buttons.buttons()[0]
        assert not ok.isEnabled()  # cannot be dismissed before confirming it was written down
        d.saved.setChecked(True)
        ok.click()

    driver.then(setup).then(recovery)
    s = unlock(demo_db)
    assert s is not None and s.encrypted and s.user.username == "admin"
    assert driver.seen == ["SetupDialog", "RecoveryKeyDialog"]
    assert not cipher.is_plaintext_sqlite(demo_db)


def test_sign_in_answers_a_wrong_password_in_the_dialog(encrypted, driver):
    from desktop.ui.security.login import unlock

    def login(d) -> None:
        assert d.username.findText(ADMIN) >= 0
        d.username.setCurrentText(ADMIN)
        d.password.setText("wrong")
        _ok(d)
        assert "用户名或密码错误" in d.error.text()
        d.password.setText(PASSWORD)
        _ok(d)

    driver.then(login)
    s = unlock(encrypted.path)
    assert s is not None and s.user.username == ADMIN


def test_modules_load_while_the_sign_in_dialog_is_shown(encrypted, driver, qtbot):
    """unlock() calls while_shown once the dialog is up (desktop.ui.app loads the session's
    and the main window's modules then, while the user types); signing in works as before."""
    from desktop.ui.security.login import unlock

    calls: list[bool] = []

    def login(d) -> None:
        qtbot.waitUntil(lambda: bool(calls), timeout=5000)
        assert d.isVisible()
        d.username.setCurrentText(ADMIN)
        d.password.setText(PASSWORD)
        _ok(d)

    driver.then(login)
    s = unlock(encrypted.path, while_shown=lambda: calls.append(True))
    assert calls == [True]
    assert s is not None and s.user.username == ADMIN


def test_a_damaged_database_offers_its_backups(encrypted, driver):
    from desktop.ui.security.login import unlock

    session.login(encrypted.path, ADMIN, PASSWORD)
    backup.make_backup(encrypted.path, reason="manual")
    session.sign_out()
    encrypted.path.write_bytes(encrypted.path.read_bytes()[:5000])

    def login(d) -> None:
        d.username.setCurrentText(ADMIN)
        d.password.setText(PASSWORD)
        _ok(d)

    def offer(d) -> None:
        assert d.list.count() == 1
        _ok(d)

    driver.then(login).then(offer).then(login)
    s = unlock(encrypted.path)
    assert s is not None
    assert driver.seen == ["LoginDialog", "RestoreOfferDialog", "LoginDialog"]
    with s.open_store() as store:
        assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] > 0


@pytest.fixture
def admin_window(encrypted, qtbot, driver):
    from desktop.ui import security_ui
    from desktop.ui.main_window import MainWindow

    session.login(encrypted.path, ADMIN, PASSWORD)
    store = Store.open(encrypted.path)
    window = MainWindow(store, db_path=encrypted.path, install_features=False)
    qtbot.addWidget(window)
    security_ui.install(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.locker.timer.stop()
    window.security_checks_timer.stop()
    store.close()


def _menu_texts(window, key: str) -> list[str]:
    return [a.text() for a in window.menu(key).actions()]


def test_install_adds_the_admin_screens(admin_window):
    assert {"锁定", "修改密码…", "用户管理", "审计记录"} <= set(_menu_texts(admin_window, "tools"))
    assert "备份与恢复…" in _menu_texts(admin_window, "file")
    admin_window.show_page("security.users")
    page = admin_window._pages["security.users"]
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "县管理员"


def test_lock_hides_the_data_and_the_password_unlocks(admin_window, driver):
    def unlock_dialog(d) -> None:
        assert not admin_window.isVisible()  # nothing of the data on screen
        d.password.setText("wrong")
        d.try_unlock()
        assert "密码错误" in d.error.text() and d.isVisible()
        d.password.setText(PASSWORD)
        d.try_unlock()

    driver.then(unlock_dialog)
    admin_window.locker.lock()
    assert admin_window.isVisible() and not admin_window.locker.locked
    # idle: no input for longer than the setting
    admin_window.locker.minutes = 0.0001
    admin_window.locker.last_input -= 60
    driver.then(unlock_dialog)
    admin_window.locker.check_idle()
    assert driver.seen == ["UnlockDialog", "UnlockDialog"]


def test_input_in_the_focused_window_counts_as_activity(admin_window, qtbot):
    """The idle lock sees key and mouse input through the focused window (not through an
    application-wide filter, which would slow every event), also in a dialog's window."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

    locker = admin_window.locker
    admin_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is admin_window.windowHandle())
    locker.last_input -= 600
    QTest.keyClick(admin_window.windowHandle(), Qt.Key.Key_Shift)
    assert locker.idle_seconds() < 5
    # typing into a dialog for a long time must not lock the app
    dialog = QDialog(admin_window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    locker.last_input -= 600
    QTest.mouseMove(dialog.windowHandle(), QPoint(5, 5))
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert locker.idle_seconds() < 5
    assert locker._watched is dialog.windowHandle()
    dialog.close()


def test_users_page_adds_a_teacher(admin_window, driver):
    page = admin_window._pages["security.users"]
    admin_window.show_page("security.users")

    def fill(d) -> None:
        d.username.setText("liu")
        d.display_name.setText("刘老师")
        d.role.setCurrentIndex(d.role.findData("teacher"))
        d.schools.setCurrentIndex(1)
        d.password.setText("teacher-pw-1")
        _ok(d)

    driver.then(fill)
    page.add()
    assert page.table.rowCount() == 2
    session.sign_out()
    teacher = session.login(admin_window.db_path, "liu", "teacher-pw-1")
    assert teacher.user.must_change and not teacher.scope.is_everything


def test_audit_page_lists_and_exports(admin_window, tmp_path):
    admin_window.store.audit("print", detail={"template": "劝返复学通知书"})
    admin_window.show_page("security.audit")
    page = admin_window._pages["security.audit"]
    page.source.setCurrentIndex(page.source.findData("action"))
    page.refresh()
    whats = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert "打印" in whats and "登录" in whats
    out = tmp_path / "audit.csv"
    page.export(str(out))
    assert "打印" in out.read_bytes().decode("utf-8-sig")
    actions = [e.what for e in page._query(50)]
    assert "查看审计记录" in actions and "导出审计记录" in actions


def test_background_check_then_daily_backup(admin_window):
    from desktop.ui.security import backups

    assert backup.list_backups(admin_window.db_path) == []
    backups.start_checks(admin_window, session.current())  # ops run inline in tests
    made = backup.list_backups(admin_window.db_path)
    assert [b.reason for b in made] == ["daily"] and made[0].encrypted
    backups.start_checks(admin_window, session.current())
    assert len(backup.list_backups(admin_window.db_path)) == 1  # at most one a day
