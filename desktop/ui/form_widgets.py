"""Small input widgets shared by the dialogs: dates that may be empty, code lists, ID numbers.

Every widget here can report and restore its value as plain JSON (`get_value`/`set_value`),
which is how drafts are saved and restored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import CodeList
from desktop.domain.errors import ValidationError
from desktop.domain.ids import IdInfo, parse_id_number
from desktop.ui.labels import domain_text, user_message

EARLIEST = dt.date(1950, 1, 1)
LATEST = dt.date(2100, 12, 31)
_FULL = re.compile(r"^(\d{4})\s*[-./年\s]\s*(\d{1,2})\s*[-./月\s]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date as people type it: 2026-12-17, 2026.12.17, 2026/12/17, 20261217,
    2026年12月17日, or 12月17日 / 12-17 (this year). None for an empty text; ValueError
    (with a Chinese message) for anything else."""
    text = text.strip().translate(_FULLWIDTH)
    if not text:
        return None
    today = today or dt.date.today()
    m = _FULL.match(text) or _COMPACT.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _MONTH_DAY.match(text)
        if not m:
            raise ValueError(
                _tr(
                    QCoreApplication.translate(
                        "FormWidgets",
                        "无法识别的日期“%1”：请写成 2026-12-17、2026.12.17、20261217 或 12月17日",
                    )
                ).replace("%1", text)
            )
        y, (mo, d) = today.year, (int(g) for g in m.groups())
    try:
        value = dt.date(y, mo, d)
    except ValueError:
        raise ValueError(
            _tr(QCoreApplication.translate("FormWidgets", "没有这一天：%1")).replace("%1", text)
        ) from None
    if not EARLIEST <= value <= LATEST:
        raise ValueError(
            _tr(QCoreApplication.translate("FormWidgets", "日期超出范围（%1 至 %2）：%3"))
            .replace("%1", EARLIEST.isoformat())
            .replace("%2", LATEST.isoformat())
            .replace("%3", text)
        )
    return value


_FULLWIDTH = str.maketrans("０１２３４５６７８９－．／", "0123456789-./")


class DateField(QWidget):
    """A date typed or picked from a calendar; may be left empty when `optional`.

    Empty means empty (no 1900 stand-in); the calendar opens at the date shown, or today. A
    typed date is read when the field is left (see `parse_date`); one that cannot be read is
    marked in red with the reason, and `date_value()` refuses it (UserError) so a save says so.
    """

    dateChanged = Signal(object)

    def __init__(self, value: dt.date | None = None, *, optional: bool = False) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QToolButton

        super().__init__()
        self.optional = optional
        self.field_label = ""  # set by the dialog's form (names the field in messages)
        self._value: dt.date | None = None
        self._problem = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("未填（如 2026-12-17）") if optional else "2026-12-17")
        self.edit.editingFinished.connect(self._read)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("从日历选择"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(row)
        box.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setMinimumWidth(140)
        # As tall as its box (and its message, when shown): in a form with spare height the
        # field must not grow and leave its box far below its label.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.set_date(value if value is not None or optional else dt.date.today())

    # --- value ------------------------------------------------------------------------

    def date_value(self) -> dt.date | None:
        """The date, or None when empty and optional; UserError when it cannot be used."""
        from desktop.domain.errors import UserError

        if self.edit.text().strip() != self._shown():
            self._read()
        label = self.field_label or self.tr("日期")
        if self._problem:
            raise UserError(
                QCoreApplication.translate("DateField", "{0}：{1}").format(label, self._problem)
            )
        if self._value is None and not self.optional:
            raise UserError(self.tr("请填写%1（如 2026-12-17）").replace("%1", label))
        return self._value

    def set_date(self, value: dt.date | str | None) -> None:
        if isinstance(value, str):
            typed = value
            try:
                value = parse_date(typed[:10] if _ISO.match(typed) else typed)
            except ValueError as exc:  # a draft's unfinished typing: kept, and marked
                self.edit.setText(typed)
                self._set(self._value, user_message(exc))
                return
        self._set(value, "")
        self.edit.setText(self._shown())

    def iso(self) -> str:
        d = self.date_value()
        return d.isoformat() if d else ""

    def text(self) -> str:
        return self.edit.text()

    # --- typing and picking -----------------------------------------------------------

    def _shown(self) -> str:
        return self._value.isoformat() if self._value else ""

    def _read(self) -> None:
        try:
            value = parse_date(self.edit.text())
        except ValueError as exc:
            self._set(self._value, user_message(exc))
            return
        self._set(value, "")
        self.edit.setText(self._shown())

    def _set(self, value: dt.date | None, problem: str) -> None:
        changed = value != self._value
        self._value = value
        self._problem = problem
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.edit.setStyleSheet("border:1px solid #b3261e" if problem else "")
        if changed:
            self.dateChanged.emit(value)

    def calendar_start(self) -> dt.date:
        return self._value or dt.date.today()

    def open_calendar(self) -> None:
        menu = self.calendar_menu()
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def calendar_menu(self):
        """The calendar drop-down, at the date shown or today (not yet shown)."""
        from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        calendar.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        calendar.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
        start = self.calendar_start()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            self.set_date(dt.date(day.year(), day.month(), day.day()))
            menu.close()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        self._calendar = calendar
        return menu


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T.*)?$")


class DateTimeField(QDateTimeEdit):
    def __init__(self) -> None:
        super().__init__(QDateTime.currentDateTime())
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")

    def iso(self) -> str:
        return self.dateTime().toString("yyyy-MM-ddTHH:mm")


class CodeCombo(QComboBox):
    """Pick one code of a code list (labels shown); optionally allow none."""

    def __init__(
        self, code_list: CodeList | Sequence[tuple[str, str]], *, empty: str | None = None
    ) -> None:
        super().__init__()
        items = code_list.items if isinstance(code_list, CodeList) else tuple(code_list)
        if empty is not None:
            self.addItem(empty, "")
        for code, label in items:
            self.addItem(domain_text(label), code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str | None) -> None:
        at = self.findData(code or "")
        if at >= 0:
            self.setCurrentIndex(at)


class CodeChecks(QWidget):
    """Pick several codes of a list (check boxes in columns)."""

    changed = Signal()

    def __init__(
        self, code_list: CodeList | Sequence[tuple[str, str]], *, columns: int = 4
    ) -> None:
        super().__init__()
        items = code_list.items if isinstance(code_list, CodeList) else tuple(code_list)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(items):
            box = QCheckBox(domain_text(label))
            box.toggled.connect(lambda _c: self.changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // columns, i % columns)

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, b in self.boxes.items() if b.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        for c, b in self.boxes.items():
            b.setChecked(c in codes)


class NamesEdit(QLineEdit):
    """Several names in one line, separated by 、，, or spaces."""

    def names(self) -> tuple[str, ...]:
        text = self.text()
        for sep in (
            QCoreApplication.translate("NamesEdit", "，"),
            ",",
            ";",
            QCoreApplication.translate("NamesEdit", "；"),
            " ",
            QCoreApplication.translate("NamesEdit", "　"),
        ):
            text = text.replace(sep, QCoreApplication.translate("NamesEdit", "、"))
        return tuple(
            n.strip()
            for n in text.split(QCoreApplication.translate("NamesEdit", "、"))
            if n.strip()
        )


class TextArea(QPlainTextEdit):
    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setFixedHeight(12 + lines * self.fontMetrics().lineSpacing())

    def text(self) -> str:
        return self.toPlainText().strip()


class IdNumberEdit(QWidget):
    """A 身份证号 field that says at once whether the number is valid (checksum, date)."""

    parsed = Signal(object)  # IdInfo or None

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setMaxLength(20)
        self.edit.setPlaceholderText(self.tr("18位身份证号，录入后自动填出生日期和性别"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._check)
        self.info: IdInfo | None = None
        self.error = ""

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _check(self, text: str) -> None:
        text = text.strip()
        self.info, self.error = None, ""
        if not text:
            self.status.clear()
        elif len(text.replace(" ", "")) < 18:
            self.status.setStyleSheet("color: #6b6b6b")
            self.status.setText(
                self.tr("还差 %1 位").replace("%1", str(18 - len(text.replace(" ", ""))))
            )
        else:
            try:
                self.info = parse_id_number(text)
            except ValidationError as exc:
                self.error = user_message(exc)
                self.status.setStyleSheet("color: #b3261e; font-weight: bold")
                self.status.setText("✗ " + self.error)
            else:
                self.status.setStyleSheet("color: #1b5e20")
                self.status.setText(
                    "✓ "
                    + self.tr("出生日期 %1，%2")
                    .replace("%1", self.info.birth_date.isoformat())
                    .replace("%2", self.info.sex)
                )
        self.parsed.emit(self.info)


def get_value(widget: QWidget) -> Any:
    """A widget's value as JSON (for drafts)."""
    if isinstance(widget, DateField):
        return widget.text().strip()  # as typed (a draft keeps unfinished typing)
    if isinstance(widget, DateTimeField):
        return widget.iso()
    if isinstance(widget, CodeCombo):
        return widget.code()
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else widget.currentText()
    if isinstance(widget, CodeChecks):
        return list(widget.codes())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, (QLineEdit, IdNumberEdit)):
        return widget.text()
    return None


def set_value(widget: QWidget, value: Any) -> None:
    """Restore a value saved by get_value."""
    if value is None:
        return
    if isinstance(widget, DateField):
        widget.set_date(value or None)
    elif isinstance(widget, DateTimeField):
        if value:
            widget.setDateTime(QDateTime.fromString(value, "yyyy-MM-ddTHH:mm"))
    elif isinstance(widget, CodeCombo):
        widget.set_code(value)
    elif isinstance(widget, QComboBox):
        at = widget.findData(value)
        if at < 0:
            at = widget.findText(str(value))
        if at >= 0:
            widget.setCurrentIndex(at)
    elif isinstance(widget, CodeChecks):
        widget.set_codes(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, (QLineEdit, IdNumberEdit)):
        widget.setText(value)


def change_signal(widget: QWidget):
    """The signal a widget emits when the user changes it."""
    if isinstance(widget, DateField):
        return widget.edit.textChanged
    if isinstance(widget, (QDateEdit, QDateTimeEdit)):
        return widget.dateChanged if isinstance(widget, QDateEdit) else widget.dateTimeChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, CodeChecks):
        return widget.changed
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, IdNumberEdit):
        return widget.edit.textChanged
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    return None


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
