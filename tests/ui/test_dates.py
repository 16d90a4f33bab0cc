"""Date fields: empty means empty, the calendar opens at today, dates typed as people type them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt

from desktop.domain.errors import UserError
from desktop.ui import form_widgets
from desktop.ui.form_widgets import DateField, parse_date

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-17",
        "2026.12.17",
        "20261217",
        "2026/12/17",
        "2026年12月17日",
        "2026-12-17 ",
        "１２月１７日",
        "12月17日",
        "12-17",
    ],
)
def test_typed_forms_are_read(text):
    assert parse_date(text, TODAY) == dt.date(2026, 12, 17)


def test_short_forms_mean_this_year():
    assert parse_date("3月5日", TODAY) == dt.date(2026, 3, 5)
    assert parse_date("2027-1-5", TODAY) == dt.date(2027, 1, 5)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("明天", "无法识别的日期"),
        ("2026-13-01", "没有这一天"),
        ("2026-02-30", "没有这一天"),
        ("17.12.2026", "无法识别的日期"),
        ("1900-01-01", "超出范围"),
    ],
)
def test_unreadable_dates_are_refused_with_a_reason(text, says):
    with pytest.raises(ValueError, match=says):
        parse_date(text, TODAY)


def test_empty_is_empty():
    assert parse_date("  ", TODAY) is None


def test_optional_field_starts_empty_and_stays_empty(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.text() == "" and field.date_value() is None and field.iso() == ""
    assert "1900" not in field.text()
    # The calendar opens at today, not at January 1900
    assert field.calendar_start() == dt.date.today()
    field.calendar_menu()
    shown = field._calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == dt.date.today().timetuple()[:3]
    field.set_date(dt.date(2026, 5, 1))
    field.calendar_menu()
    assert field._calendar.selectedDate().month() == 5


def test_typing_a_date_keeps_it(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    seen = []
    field.dateChanged.connect(seen.append)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "20261217")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    field.edit.editingFinished.emit()
    assert field.date_value() == dt.date(2026, 12, 17)
    assert field.text() == "2026-12-17" and seen == [dt.date(2026, 12, 17)]
    # and read even if the field was never left (saving reads it)
    field.edit.setText("2026.1.9")
    assert field.iso() == "2026-01-09"


def test_a_date_that_cannot_be_read_is_shown_and_refused(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.field_label = "复学日期"
    field.show()
    field.edit.setText("下周一")
    field.edit.editingFinished.emit()
    assert field.message.isVisible() and "无法识别的日期" in field.message.text()
    with pytest.raises(UserError, match="复学日期"):
        field.date_value()
    field.edit.setText("12月17日")
    field.edit.editingFinished.emit()
    assert not field.message.isVisible()
    assert field.date_value() == dt.date(dt.date.today().year, 12, 17)


def test_a_required_date_left_empty_is_refused(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.field_label = "日期"
    assert field.date_value() == dt.date.today()  # a required date starts at today
    field.edit.clear()
    with pytest.raises(UserError, match="请填写日期"):
        field.date_value()


def test_drafts_keep_what_was_typed(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.edit.setText("12月")
    assert form_widgets.get_value(field) == "12月"
    other = DateField(optional=True)
    qtbot.addWidget(other)
    form_widgets.set_value(other, "12月")
    assert other.text() == "12月" and other.message.text()
    form_widgets.set_value(other, "2026-12-03")
    assert other.date_value() == dt.date(2026, 12, 3) and not other.message.text()


def test_a_dialog_refuses_to_save_an_unreadable_date(qtbot, window, dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import record_dialog

    monkeypatch.setattr(
        record_dialog, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard
    )
    store = window.store
    case_id = store.conn.execute(
        "SELECT id FROM cases WHERE state='persuading' ORDER BY case_no LIMIT 1"
    ).fetchone()[0]
    before = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def fill(d):
        d.date.edit.setText("昨天")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.isVisible() and "无法识别的日期" in d.error.text() and "日期" in d.error.text()
        d.reject()

    window.open_case(case_id)
    dialogs.then(fill)
    window.trigger("contact")
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_a_date_field_keeps_its_height_in_a_tall_form(qtbot, window):
    """In a form taller than its fields (the 一人一案 dialog at 1366×768) a date field does not
    take the spare height, which left its box far below its label."""
    from desktop.ui.action_dialogs import PlanDialog

    case_id = window.store.conn.execute(
        "SELECT id FROM cases WHERE state = 'persuading' LIMIT 1"
    ).fetchone()[0]
    dialog = PlanDialog(window, case_id)
    qtbot.addWidget(dialog)
    dialog.resize(640, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.deadline, dialog.made_on):
        assert field.height() <= field.edit.sizeHint().height() + 4
    # nor are the rows spread apart: the spare height is below the last field
    rows = [dialog.family, dialog.analysis, dialog.measures, dialog.deadline]
    gaps = [b.y() - (a.y() + a.height()) for a, b in itertools.pairwise(rows)]
    assert max(gaps) <= 12
    dialog.discard_draft()
