"""Feature module: sync in the app — status in the status bar, a 同步 page (overview and
transports, the review queue, the history of bundles), the 同步 menu, and syncing by itself
whenever a configured folder (USB stick, share) or the hub is reachable.

`install(window)` uses the MainWindow contract only. Sync work runs off the GUI thread
(desktop.ui.ops, each job opening its own Store); the page and the status refresh on the GUI
thread afterwards and `window.data_changed` is emitted when data came in.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from desktop.core.changes import ALL
from desktop.store.repo import Store
from desktop.ui.labels import domain_text, user_message
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TICK_MS = 15_000  # how often reachability is checked
log = logging.getLogger("kcbx.sync")

# --- hooks: a user answers these; tests replace them -------------------------------------------


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_open_files(parent: QWidget | None, title: str, filter_: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_)
    return paths


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filter_: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_)
    return path


def ask_folder(parent: QWidget | None, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    choice, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(choice) if ok and choice in items else None


# --- time -------------------------------------------------------------------------------------


def ago(iso: str | None, *, now: dt.datetime | None = None) -> str:
    """'3 分钟前' for an ISO time (local), or '从未'."""
    if not iso:
        return QCoreApplication.translate("SyncPanel", "从未")
    try:
        then = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    now = now or dt.datetime.now().astimezone()
    if then.tzinfo is None:
        then = then.astimezone()
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("SyncPanel", "刚刚")
    if seconds < 3600:
        return QCoreApplication.translate("SyncPanel", "{0} 分钟前").format(int(seconds // 60))
    if seconds < 86400:
        return QCoreApplication.translate("SyncPanel", "{0} 小时前").format(int(seconds // 3600))
    return then.strftime("%Y-%m-%d %H:%M")


# --- the controller: runs syncs in the background ----------------------------------------------


class SyncController(QObject):
    """Owns the schedule; runs a sync job at most one at a time."""

    # what the background job is doing (emitted from the worker thread, delivered queued)
    progressed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self._scheduler: Any = None  # desktop.sync.runner is imported at the first tick
        self.running = False
        self.doing = ""  # the job's latest progress text
        self.last_messages: list[str] = []
        self.listeners: list[Any] = []
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.first = QTimer(self)  # a first look soon after start-up
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        self.first.start(2000)

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()

    @property
    def scheduler(self) -> Any:
        if self._scheduler is None:
            from desktop.sync.runner import Scheduler

            self._scheduler = Scheduler()
        return self._scheduler

    @property
    def store(self) -> Store:
        return self.main.store

    @property
    def db_path(self) -> Path:
        if self.main.db_path is None:  # an in-memory database cannot be synced
            raise RuntimeError("sync needs the window's database file")
        return Path(self.main.db_path)

    def changed(self) -> None:
        for listener in self.listeners:
            listener()

    def tick(self) -> None:
        """Sync over each configured transport that is due (it just became reachable, its
        interval passed, or the backoff after a failure is over). Never raises: it runs from a
        timer."""
        try:
            self._tick()
        except Exception:  # a closed or locked database, an unplugged stick: try next time
            log.warning("sync tick failed", exc_info=True)

    def _tick(self) -> None:
        from desktop.sync import enrol, marks, runner

        if self.running or enrol.enrolment_of(self.store) is None:
            return
        pending = marks.summary(self.store)["unsent"] > 0
        due = []
        for row in runner.transports(self.store):
            if not row.enabled:
                continue
            if row.kind == "folder":
                available = runner.make_transport(self.store, row).available()
            else:
                available = True  # the job itself finds out (no network on the GUI thread)
            if self.scheduler.due(row.id, available=available, pending=pending):
                due.append(row.id)
        if due:
            self.run(only=set(due), quiet=True)

    def run(self, *, only: set[int] | None = None, quiet: bool = False, folder: str = "") -> None:
        """Sync now (over the configured transports, or one folder)."""
        if self.running:
            return
        self.running = True
        self.changed()

        def job(progress: Any) -> list[Any]:
            from desktop.sync import runner
            from desktop.sync.transports import FolderTransport

            with worker_store(self.main) as store:

                def say(text: str) -> None:
                    text = domain_text(text)
                    progress.set(0, 0, text)
                    self.progressed.emit(text)

                if folder:
                    return [runner.sync_over(store, FolderTransport(folder), progress=say)]
                return runner.run_configured(store, only=only, progress=say)

        def done(reports: list[Any]) -> None:
            self.running = False
            self.doing = ""
            for report in reports:
                if report.key is None:
                    continue
                if report.unreachable:
                    self.scheduler.unreachable(report.key)
                elif report.error:
                    self.scheduler.failed(report.key)
                else:
                    self.scheduler.succeeded(report.key)
            self.last_messages = [domain_text(r.message) for r in reports] or [
                QCoreApplication.translate("SyncController", "没有可用的同步通道")
            ]
            self.store.invalidate_caches()
            if any(r.received for r in reports):
                self.main.notify(ALL)  # bundles: not described per row
            self.changed()
            if not quiet:
                inform(
                    self.main,
                    QCoreApplication.translate("SyncController", "同步"),
                    "\n".join(self.last_messages),
                )

        def failed(exc: BaseException) -> None:
            self.running = False
            self.doing = ""
            for key in only or ():
                self.scheduler.failed(key)
            self.last_messages = [
                QCoreApplication.translate("SyncController", "同步失败：{0}").format(
                    user_message(exc)
                )
            ]
            self.changed()
            if not quiet:
                from desktop.ui.errors import show_error

                show_error(self.main, exc)

        op = Op(self.main, job).success(done).failure(failed)
        if not quiet:
            op = op.with_progress(QCoreApplication.translate("SyncController", "正在同步…"))
        op.run_in_background()


# --- the status bar -----------------------------------------------------------------------------


class SyncStatus(QPushButton):
    """“同步：3 分钟前 · 待发送 5 · 待审核 1”; a click opens the 同步 page."""

    def __init__(self, window: MainWindow, controller: SyncController) -> None:
        super().__init__()
        self.main = window
        self.controller = controller
        self.setFlat(True)
        self.setObjectName("syncStatus")
        self.clicked.connect(lambda: window.show_page("sync"))
        from desktop.ui import ops

        if ops.is_synchronous():
            self.refresh()
        else:  # after start-up: the sync modules are imported then, not before the first paint
            self.setText(QCoreApplication.translate("SyncStatus", "同步：…"))
            QTimer.singleShot(800, self, self.refresh)

    def refresh(self) -> None:
        try:
            self._refresh()
        except sqlite3.Error:  # the window's database was closed under us
            log.warning("sync status not refreshed", exc_info=True)

    def _refresh(self) -> None:
        from desktop.sync import enrol, marks

        store = self.main.store
        if enrol.enrolment_of(store) is None:
            self.setText(QCoreApplication.translate("SyncStatus", "同步：本机未注册"))
            self.setToolTip(
                QCoreApplication.translate(
                    "SyncStatus",
                    "本机尚未注册到县教育局，不能同步。菜单“同步 → 生成注册申请”开始注册。",
                )
            )
            return
        s = marks.summary(store)
        doing = self.controller.doing
        parts = [
            (
                QCoreApplication.translate("SyncStatus", "正在同步：{0}").format(doing)
                if doing
                else QCoreApplication.translate("SyncStatus", "正在同步…")
            )
            if self.controller.running
            else QCoreApplication.translate("SyncStatus", "同步：{0}").format(ago(s["last_sync"]))
        ]
        if s["unsent"]:
            parts.append(QCoreApplication.translate("SyncStatus", "待发送 {0}").format(s["unsent"]))
        elif s["unconfirmed"]:
            parts.append(
                QCoreApplication.translate("SyncStatus", "待确认 {0}").format(s["unconfirmed"])
            )
        review = s["conflicts"] + s["cases_review"]
        if review:
            parts.append(QCoreApplication.translate("SyncStatus", "待审核 {0}").format(review))
        self.setText(" · ".join(parts))
        tip = [
            QCoreApplication.translate("SyncStatus", "上次收到：{0}").format(
                s["last_in"] or QCoreApplication.translate("SyncStatus", "无")
            ),
            QCoreApplication.translate("SyncStatus", "上次发出：{0}").format(
                s["last_out"] or QCoreApplication.translate("SyncStatus", "无")
            ),
            QCoreApplication.translate(
                "SyncStatus", "本机变更未发出 {0} 项，已发出未确认 {1} 项"
            ).format(s["unsent"], s["unconfirmed"] - s["unsent"]),
            QCoreApplication.translate("SyncStatus", "修改冲突 {0} 处，状态异常案件 {1} 件").format(
                s["conflicts"], s["cases_review"]
            ),
            *self.controller.last_messages,
        ]
        self.setToolTip("\n".join(tip))


# --- install ------------------------------------------------------------------------------------


def install(window: MainWindow) -> SyncController:
    from desktop.ui.lazy_page import LazyPage

    controller = SyncController(window)

    def make_page() -> QWidget:
        from desktop.ui.sync_pages import SyncPage

        return SyncPage(window, controller)

    # Built when first shown or used: start-up does not pay for its widgets and queries.
    page = LazyPage(make_page)
    window.add_page("sync", QCoreApplication.translate("SyncPanel", "同步"), page)
    status = SyncStatus(window, controller)
    window.add_status_widget(status)
    controller.listeners += [status.refresh, page.refresh]

    def doing(text: str) -> None:
        controller.doing = text
        status.refresh()

    controller.progressed.connect(doing)
    window.data_changed.connect(status.refresh)
    window.data_changed.connect(page.refresh)

    menu = window.menu("sync")

    def add(label: str, callback: Any, shortcut: str | None = None) -> QAction:
        action = QAction(label, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(callback)
        menu.addAction(action)
        return action

    add(QCoreApplication.translate("SyncPanel", "立即同步"), lambda: controller.run(), "F9")
    add(QCoreApplication.translate("SyncPanel", "同步中心…"), lambda: window.show_page("sync"))
    add(QCoreApplication.translate("SyncPanel", "待审核的冲突…"), lambda: page.show_review())
    menu.addSeparator()
    add(QCoreApplication.translate("SyncPanel", "导出同步包…"), lambda: page.export_by_hand())
    add(QCoreApplication.translate("SyncPanel", "导入同步包…"), lambda: page.import_by_hand())
    add(
        QCoreApplication.translate("SyncPanel", "添加同步文件夹（U盘/共享）…"),
        lambda: page.add_folder(),
    )
    menu.addSeparator()
    add(QCoreApplication.translate("SyncPanel", "生成注册申请…"), lambda: page.write_request())
    add(QCoreApplication.translate("SyncPanel", "导入注册文件…"), lambda: page.import_enrolment())

    def case_state(case_id: str) -> None:
        from desktop.sync import marks

        state = marks.case_states(window.store, [case_id])[case_id]
        text = {
            marks.LOCAL: QCoreApplication.translate(
                "SyncPanel", "本案件有修改还只在本机，尚未发出。插入同步U盘或连上网络后会自动发出。"
            ),
            marks.SENT: QCoreApplication.translate(
                "SyncPanel", "本案件的修改已发出，等待县里（或对方电脑）确认收到。"
            ),
            marks.CONFIRMED: QCoreApplication.translate(
                "SyncPanel", "本案件的修改已被县里（或对方电脑）确认收到。"
            ),
            marks.NONE: QCoreApplication.translate("SyncPanel", "本机没有修改过这个案件。"),
        }[state]
        inform(window, QCoreApplication.translate("SyncPanel", "同步状态"), text)

    window.add_case_action(QCoreApplication.translate("SyncPanel", "同步状态"), case_state)
    window._sync_controller = controller  # keep it alive with the window
    controller.start()
    return controller
