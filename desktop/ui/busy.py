"""Show at once that the app is working: the busy cursor and a message in the status bar, from
the click until the result is on screen.

A background job's progress dialog (desktop/ui/ops.py) appears only after SHOW_AFTER_MS, so a
job that ends sooner never flashes a dialog; without this, the first print preview of a cold
start (fonts still loading) would show nothing at all for that time.

    done = busy.show(window, "正在生成文书…")   # before the job starts
    … the job's success and failure callbacks call done() (once is enough; more is harmless)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def show(window: QWidget | None, text: str) -> Callable[[], None]:
    """Turn the indicator on now; returns the function that turns it off."""
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    bar = window.statusBar() if isinstance(window, QMainWindow) else None
    if bar is not None:
        bar.showMessage(text)
    ended = False

    def done() -> None:
        nonlocal ended
        if ended:
            return
        ended = True
        QApplication.restoreOverrideCursor()
        if bar is not None and bar.currentMessage() == text:
            bar.clearMessage()

    return done
