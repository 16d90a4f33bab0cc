"""A draft reopened by double-click opens once (Cancel → 保留草稿 does not bring it back); a
name that is too long is refused with a message saying the limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import type_text

from desktop.domain.model import NAME_MAX
from desktop.store import drafts
from desktop.ui import record_dialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_double_click_on_a_draft_opens_it_once(qtbot, window, dialogs, monkeypatch):
    store = window.store
    case_id = store.conn.execute(
        "SELECT id FROM cases WHERE state='persuading' ORDER BY case_no LIMIT 1"
    ).fetchone()[0]
    window.open_case(case_id)

    def type_then_leave(d):
        type_text(qtbot, d.findings, "外出务工，下周回来")
        d.save_draft_if_dirty()
        d.hide()

    dialogs.then(type_then_leave)
    window.trigger("contact")
    assert len(drafts.list_drafts(store)) == 1
    window.show_page("today")
    page = window.today_page
    page.refresh()
    section = page.tree.topLevelItem(0)
    item = section.child(0)
    assert item is not None
    # Cancel → 保留草稿 (keep the draft)
    monkeypatch.setattr(
        record_dialog, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Save
    )
    opened = []

    def cancel_keep(d):
        opened.append(d)
        assert d.findings.toPlainText() == "外出务工，下周回来"
        d.reject()

    dialogs.then(cancel_keep)
    rect = page.tree.visualItemRect(item)
    at = rect.topLeft() + QPoint(20, rect.height() // 2)
    viewport = page.tree.viewport()
    # a double-click as a mouse makes it: press, release, then the double-click
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert len(opened) == 1  # a second would fail the driver: "unexpected dialog"
    assert len(drafts.list_drafts(store)) == 1


def test_a_too_long_name_is_refused_with_the_limit(qtbot, empty_window, dialogs):
    window = empty_window
    before = window.store.conn.execute("SELECT count(*) FROM children").fetchone()[0]
    seen = []

    def fill(d):
        type_text(qtbot, d.name, "阿" * (NAME_MAX + 1))
        type_text(qtbot, d.guardian, "阿大")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen.append(d.error.text())
        d.done(0)

    dialogs.then(fill)
    window.trigger("new_child")
    assert f"最多{NAME_MAX}个字" in seen[0]
    assert window.store.conn.execute("SELECT count(*) FROM children").fetchone()[0] == before
