"""Background jobs that step aside while the user types.

Python runs one thread at a time (the GIL). A background job in pure Python (Today's items:
~2 s of CPU at county size, most of it in the prevention register's histories) holds it, and
the GUI thread then waits up to the interpreter's switch interval (5 ms) each time it comes
back into Python from Qt: a paint, a slot, a model call. A letter typed into the search box
while Today was being summed up took 3–5× its CPU time to show (65 ms of wall time for a
15 ms paint, profiled in the app's process).

So the GUI says when the user is typing (`note_input`), and a job run through `background`
pauses at its next Python function call until the user has stopped for `HOLD` seconds. The
pause is a sleep (the GIL is free, and so is a core); it is bounded by a deadline, never by
the GUI thread: a GUI thread that waits for the jobs (`ops.wait_for_idle`) cannot block them
for longer than `HOLD`. A job's own connection pauses its statements too (`pausing`). GUI-side follow-ups of a job (filling a list, drawing glyphs ahead)
wait for the same quiet through `when_idle`.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer

HOLD = 0.4  # seconds after the last key press during which background jobs pause
_SLICE = 0.05  # a paused job looks at the deadline this often
_SQL_STEPS = 20_000  # SQLite virtual machine steps between two looks (~0.1 ms)

_until = 0.0  # monotonic deadline of the current pause (0.0: none); written by the GUI thread
T = TypeVar("T")


def note_input() -> None:
    """The user pressed a key that the GUI answers at once (the search box): background jobs
    pause until HOLD seconds after the last such key."""
    global _until
    _until = time.monotonic() + HOLD


def busy() -> bool:
    """True while background jobs are paused for the user's typing."""
    return _until > time.monotonic()


def _pause() -> None:
    global _until
    while True:
        deadline = _until
        left = deadline - time.monotonic()
        if left <= 0:
            if _until == deadline:  # a newer key press keeps its own deadline
                _until = 0.0
            return
        time.sleep(min(left, _SLICE))


def _on_call(_frame: Any, _event: str, _arg: Any) -> None:
    # A global trace function sees only calls of Python functions ('call' events) and, by
    # returning None, traces no lines: the cheapest check a running job can make.
    if _until:
        _pause()


def _sql_check() -> int:
    if _until:
        _pause()
    return 0  # go on


def pausing(conn: sqlite3.Connection) -> sqlite3.Connection:
    """`conn` (a background job's own connection) with its statements pausing too while the
    user types: SQLite runs without the GIL, but on a core the GUI needs (2 here, shared)."""
    conn.set_progress_handler(_sql_check, _SQL_STEPS)
    return conn


def background(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn` for a worker thread that pauses while the user types (see the module's doc). On
    the GUI thread (jobs run synchronously in tests), or under a debugger's or coverage's
    tracer, `fn` runs as it is."""

    def run(*args: Any, **kwargs: Any) -> T:
        if threading.current_thread() is threading.main_thread() or sys.gettrace() is not None:
            return fn(*args, **kwargs)
        sys.settrace(_on_call)
        try:
            return fn(*args, **kwargs)
        finally:
            sys.settrace(None)

    return run


def when_idle(owner: QObject, fn: Callable[[], object]) -> None:
    """Run `fn` on the GUI thread now, or once the user has stopped typing (never after
    `owner` is gone). Jobs run synchronously (tests): now."""
    from desktop.ui import ops

    left = _until - time.monotonic()
    if left <= 0 or ops.is_synchronous():
        fn()
        return
    QTimer.singleShot(int(left * 1000) + 1, owner, lambda: when_idle(owner, fn))
