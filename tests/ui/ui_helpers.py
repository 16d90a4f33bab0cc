"""Helpers for GUI tests (imported by the test modules of this folder)."""

from __future__ import annotations


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does: ASCII as key presses, Chinese as a pinyin IME commits it."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for chunk_is_ascii, chunk in _chunks(text):
        if chunk_is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _chunks(text: str):
    out: list[tuple[bool, str]] = []
    for ch in text:
        a = ch.isascii()
        if out and out[-1][0] == a:
            out[-1] = (a, out[-1][1] + ch)
        else:
            out.append((a, ch))
    return out
