"""The first print preview shows at once that it is being made (busy cursor, status message)
before any work starts, and the indicator goes when the preview or the error is shown."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import UserError
from desktop.forms import documents
from desktop.ui import busy, printing

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def a_case(store) -> str:
    return store.conn.execute(
        "SELECT c.id FROM cases c WHERE c.state='persuading' ORDER BY c.case_no LIMIT 1"
    ).fetchone()[0]


def request(case_id: str) -> dict:
    return {"template": "school_notice", "case_id": case_id, "options": {}, "blank": False}


def test_the_indicator_is_on_before_the_draft_starts_and_off_with_the_preview(
    window, monkeypatch
) -> None:
    seen: dict = {}
    real_draft = documents.draft

    real_show = busy.show

    def show(*args):
        seen["after"] = time.perf_counter() - seen["clicked"]
        return real_show(*args)

    def draft(*args, **kwargs):
        seen["cursor"] = QApplication.overrideCursor() is not None
        seen["message"] = window.statusBar().currentMessage()
        return real_draft(*args, **kwargs)

    monkeypatch.setattr(busy, "show", show)
    monkeypatch.setattr(documents, "draft", draft)
    shown = []
    monkeypatch.setattr(printing, "preview", lambda w, rendered, req: shown.append(rendered))
    seen["clicked"] = time.perf_counter()
    printing._make(window, request(a_case(window.store)))
    assert seen["cursor"] and seen["message"] == "正在生成文书…"
    assert seen["after"] < 0.1  # on at the click, before any work
    assert shown and shown[0].pages == 2
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_the_indicator_goes_when_the_draft_is_refused(window, monkeypatch) -> None:
    def refused(*args, **kwargs):
        assert QApplication.overrideCursor() is not None
        raise UserError("缺少监护人身份证号")

    monkeypatch.setattr(documents, "draft", refused)
    told = []
    monkeypatch.setattr("desktop.ui.errors.show_error", lambda parent, exc: told.append(str(exc)))
    printing._make(window, request(a_case(window.store)))
    assert told == ["缺少监护人身份证号"]
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_opening_the_print_menu_starts_loading_the_fonts(window, monkeypatch) -> None:
    started = []
    monkeypatch.setattr(printing, "_warmed", [])
    monkeypatch.setattr("threading.Thread.start", lambda thread: started.append(thread.name))
    printing.install(window)
    window.menu("print").aboutToShow.emit()
    window.menu("print").aboutToShow.emit()  # once per process
    assert started == ["kcbx-fonts"]
