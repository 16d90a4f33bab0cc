"""One small API for every long job (import, export, sync, batch printing, reports).

    Op(parent, fn).success(on_done).failure(on_error).with_progress("正在导入…").run_in_background()

`fn(progress)` runs on a single background worker (so database writes never race) and must open
its own database connection (SQLite connections belong to one thread). It may call
`progress.set(done, total, text)` and should call `progress.check()` between steps, which raises
Cancelled once the user pressed 取消. Callbacks run on the GUI thread. A progress dialog
appears only if the job lasts longer than SHOW_AFTER_MS. With no failure callback, errors are
shown: a UserError as a plain message, anything else in the crash dialog.
Tests call `set_synchronous(True)` to run jobs inline.

A job opens the database with `worker(window)` (a Workbench on its own connection, acting as
the signed-in user of the window's workbench) or `worker_store(window)` (its Store): the one
way background work gets a connection.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.workbench import Workbench
from desktop.store.repo import Store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHOW_AFTER_MS = 600
_pool: QThreadPool | None = None
_synchronous = False
# Ops between run_in_background() and their callback. An Op without a parent (Op(None, fn)) is
# owned by its Python wrapper; if the last reference went with the worker's runnable, the
# wrapper would die on the worker thread while the GUI thread delivers the op's result to it
# (a crash, or a callback silently lost). Kept here until the result is handed over, and
# released one event-loop pass later (never inside the op's own slot).
_running: set[Op] = set()


class Cancelled(Exception):
    """The user cancelled the job."""


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


def is_synchronous() -> bool:
    return _synchronous


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


@contextlib.contextmanager
def worker(window: MainWindow) -> Iterator[Workbench]:
    """A Workbench for a background job: its own connection (a SQLite connection belongs to
    one thread), the same actor as the window's (`window.workbench`); closed after the job.
    A window without a workbench (a test's stand-in) gives its store's user."""
    bench = getattr(window, "workbench", None)
    if bench is not None:
        with bench.worker() as job:
            yield job
        return
    from desktop.security.actor import actor_for

    if window.db_path is None:  # an in-memory database has no second connection
        raise RuntimeError("a worker needs the window's database file")
    with Workbench.open(window.db_path, actor_for(window.store)) as job:
        yield job


@contextlib.contextmanager
def worker_store(window: MainWindow) -> Iterator[Store]:
    """The Store of `worker(window)`, for jobs written against the store's functions."""
    with worker(window) as job:
        yield job.store


def wait_for_idle(msecs: int = 30000) -> bool:
    """Block until background jobs are done (tests, quitting)."""
    return _worker_pool().waitForDone(msecs)


class Progress:
    """Passed to the job; thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def set(self, done: int, total: int = 0, text: str = "") -> None:
        from desktop.ui.labels import domain_text

        self._emit(done, total, domain_text(text))  # a marked text of the core, translated

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op: Op | None = op

    def run(self) -> None:
        op, self.op = self.op, None  # the worker's references end here, not when Qt frees us
        assert op is not None
        done = op._worker_done
        try:
            op._execute()
        finally:
            del op
            done.set()


class Op(QObject):
    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[Any], object] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._cancellable = True
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._signals = _Signals()
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._signals.progressed.emit)
        self._last = (0, 0, "")
        self._worker_done = threading.Event()

    def success(self, cb: Callable[[Any], object]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._on_failure = cb
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op:
        self._label, self._cancellable = label, cancellable
        return self

    def run_in_background(self) -> None:
        if _synchronous:
            try:
                result = self._fn(self.progress)
            except BaseException as exc:  # reported to the failure callback
                self._failed(exc, traceback.format_exc())
            else:
                self._finished(result)
            return
        if self._label is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(SHOW_AFTER_MS)
        _running.add(self)
        _worker_pool().start(_Runnable(self))

    def _release(self) -> None:
        if self in _running:
            QTimer.singleShot(0, self._drop)

    def _drop(self) -> None:
        self._worker_done.wait(5)  # set right after the result was emitted
        _running.discard(self)

    def _execute(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # crosses to the GUI thread
            args: tuple[object, ...] = (exc, traceback.format_exc())
            emit = self._signals.failed.emit
        else:
            emit, args = self._signals.finished.emit, (result,)
        # RuntimeError: the window that asked was closed meanwhile (quitting).
        with contextlib.suppress(RuntimeError):
            emit(*args)

    def _show_dialog(self) -> None:
        dialog = QProgressDialog(
            self._label or "",
            QCoreApplication.translate("Op", "取消") if self._cancellable else "",
            0,
            0,
            self._parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("Op", "请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.progress.cancel)
        self._dialog = dialog
        self._progressed(*self._last)
        dialog.show()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, result: Any) -> None:
        self._release()
        self._close_dialog()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._release()
        self._close_dialog()
        if isinstance(exc, Cancelled):
            return
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        from desktop.ui.errors import show_error

        show_error(self._parent, exc, details)
