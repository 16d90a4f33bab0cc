"""Small input widgets shared by the dialogs: dates that may be empty, code lists, ID numbers.

Every widget here can report and restore its value as plain JSON (`get_value`/`set_value`),
which is how drafts are saved and restored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import CodeList
from desktop.domain.errors import ValidationError
from desktop.domain.ids import IdInfo, parse_id_number

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date with a calendar; may be left empty (shown as “未填”) when `optional`."""

    def __init__(self, value: dt.date | None = None, *, optional: bool = False) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.optional = optional
        if optional:
            self.setMinimumDate(_EMPTY)
            self.setSpecialValueText(self.tr("未填"))
        else:
            self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_date(value if value is not None or optional else dt.date.today())
        self.setMinimumWidth(120)

    def date_value(self) -> dt.date | None:
        d = self.date()
        if self.optional and d == _EMPTY:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_date(self, value: dt.date | str | None) -> None:
        if value is None or value == "":
            self.setDate(_EMPTY if self.optional else QDate.currentDate())
            return
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        self.setDate(QDate(value.year, value.month, value.day))

    def iso(self) -> str:
        d = self.date_value()
        return d.isoformat() if d else ""


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
            self.addItem(label, code)

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
            box = QCheckBox(label)
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
        for sep in ("，", ",", ";", "；", " ", "　"):
            text = text.replace(sep, "、")
        return tuple(n.strip() for n in text.split("、") if n.strip())


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
                self.error = str(exc)
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
        return widget.iso()
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


def change_signal(widget: QWidget):  # type: ignore[no-untyped-def]
    """The signal a widget emits when the user changes it."""
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
