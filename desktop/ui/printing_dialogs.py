"""Dialogs of the printing feature: choose a document, an area, a batch; the PDF preview."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.states import STATE_LABELS, State
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text, state_text

IdRole = Qt.ItemDataRole.UserRole + 1


def _templates(scope: str) -> list[tuple[str, str]]:
    from desktop.forms import documents

    return [
        (t.id, domain_text(t.title)) for t in documents.templates().values() if t.scope == scope
    ]


def _ok_cancel(dialog: QDialog, ok: str, cancel: str) -> QDialogButtonBox:
    """OK (named `ok`: 预览, 生成…) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TemplateDialog(QDialog):
    """Which document of a case, and how: issued (numbered) or a blank form."""

    def __init__(self, parent: QWidget | None, *, case_label: str, blank: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印文书"))
        self.templates = QListWidget()
        for template_id, title in _templates("case"):
            item = QListWidgetItem(title)
            item.setData(IdRole, template_id)
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.blank = QCheckBox(self.tr("空白表（只填学生身份信息，供入户手填，不编号）"))
        self.blank.setChecked(blank)
        self.deadline = QDateEdit(QDate.currentDate().addDays(7))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(QCoreApplication.translate("TemplateDialog", "yyyy年M月d日"))
        self.use_deadline = QCheckBox(self.tr("指定限期"))
        self.deadline.setEnabled(False)
        self.use_deadline.toggled.connect(self.deadline.setEnabled)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("行政处罚决定书、催告书：罚款金额（元）"))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.use_deadline)
        row.addWidget(self.deadline)
        form.addRow(self.tr("限期"), row)
        form.addRow(self.tr("罚款"), self.amount)
        buttons = _ok_cancel(self, self.tr("预览"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(case_label))
        layout.addWidget(self.templates)
        layout.addWidget(self.blank)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 520)

    def choose(self, template_id: str) -> None:
        for row in range(self.templates.count()):
            if self.templates.item(row).data(IdRole) == template_id:
                self.templates.setCurrentRow(row)
                return
        raise KeyError(template_id)

    def template_id(self) -> str:
        return self.templates.currentItem().data(IdRole)

    def options(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.use_deadline.isChecked():
            out["deadline"] = self.deadline.date().toString("yyyy-MM-dd")
        if self.amount.text().strip():
            out["amount"] = self.amount.text().strip()
        return out


class AreaPicker(QWidget):
    """Township and village pickers over the county's divisions."""

    def __init__(self, store: Any, *, whole_county: bool = True) -> None:
        super().__init__()
        from desktop.store.county import townships

        self.store = store
        self.township = QComboBox()
        if whole_county:
            self.township.addItem(self.tr("全县"), "")
        for code, name in townships(store):
            self.township.addItem(name, code)
        self.village = QComboBox()
        self.township.currentIndexChanged.connect(self._fill_villages)
        self._fill_villages()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.township, 1)
        layout.addWidget(self.village, 1)

    def _fill_villages(self) -> None:
        from desktop.store.county import villages

        self.village.clear()
        self.village.addItem(self.tr("全部村"), "")
        code = self.township.currentData()
        if code:
            for vcode, name in villages(self.store, code):
                self.village.addItem(name, vcode)
        self.village.setEnabled(bool(code))

    def select(self, township: str, village: str = "") -> None:
        self.township.setCurrentIndex(max(0, self.township.findData(township)))
        if village:
            self.village.setCurrentIndex(max(0, self.village.findData(village)))

    def codes(self) -> tuple[str, str]:
        return self.township.currentData() or "", self.village.currentData() or ""


class AreaDialog(QDialog):
    """A ledger, a 劝返清单 or a monthly report: which area and month."""

    def __init__(self, parent: QWidget | None, store: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("台账与统计表"))
        self.template = QComboBox()
        for template_id, title in _templates("area"):
            self.template.addItem(title, template_id)
        self.area = AreaPicker(store)
        self.period = QDateEdit(QDate.currentDate())
        self.period.setDisplayFormat(QCoreApplication.translate("AreaDialog", "yyyy年M月"))
        self.blank = QCheckBox(self.tr("空白表"))
        form = QFormLayout(self)
        form.addRow(self.tr("文书"), self.template)
        form.addRow(self.tr("范围"), self.area)
        form.addRow(self.tr("统计月份"), self.period)
        form.addRow("", self.blank)
        buttons = _ok_cancel(self, self.tr("预览"), self.tr("取消"))
        form.addRow(buttons)

    def choose(self, template_id: str) -> None:
        self.template.setCurrentIndex(self.template.findData(template_id))

    def request(self) -> tuple[str, Any]:
        from desktop.forms.base import Area

        township, village = self.area.codes()
        period = self.period.date().toString("yyyy-MM")
        return self.template.currentData(), Area(township=township, village=village, period=period)


BATCH_STATES = (
    ("", QT_TRANSLATE_NOOP("PrintingDialogs", "全部未销号案件")),
    ("persuading", STATE_LABELS[State.PERSUADING]),
    ("dropout", STATE_LABELS[State.DROPOUT]),
    ("suspected", STATE_LABELS[State.SUSPECTED]),
    ("monitoring", STATE_LABELS[State.MONITORING]),
    ("deferred", STATE_LABELS[State.DEFERRED]),
    ("home_teaching", STATE_LABELS[State.HOME_TEACHING]),
)


class BatchDialog(QDialog):
    """Many case documents in one PDF: a template over a township or village."""

    def __init__(self, parent: QWidget | None, store: Any, *, selected: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量打印"))
        self.template = QComboBox()
        for template_id, title in _templates("case"):
            self.template.addItem(title, template_id)
        self.area = AreaPicker(store)
        self.state = QComboBox()
        for code, label in BATCH_STATES:
            shown = QCoreApplication.translate("PrintingDialogs", label) if not code else None
            self.state.addItem(shown or state_text(label), code)
        self.use_selection = QCheckBox(self.tr("只打印台账中选中的{0}个案件").format(selected))
        self.use_selection.setEnabled(selected > 0)
        self.use_selection.setChecked(selected > 1)
        self.blank = QCheckBox(self.tr("空白表（不编号）"))
        self.duplex = QCheckBox(self.tr("双面打印（每份文书补足偶数页，下一份从新的一张纸开始）"))
        form = QFormLayout(self)
        form.addRow(self.tr("文书"), self.template)
        form.addRow(self.tr("范围"), self.area)
        form.addRow(self.tr("案件状态"), self.state)
        form.addRow("", self.use_selection)
        form.addRow("", self.blank)
        form.addRow("", self.duplex)
        note = QLabel(
            self.tr(
                "正式出具的每份文书都编号存档；生成过程中可以取消，已出具的文书保留，可在“已出具文书”中重印。"
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = _ok_cancel(self, self.tr("生成"), self.tr("取消"))
        form.addRow(buttons)

    def choose(self, template_id: str) -> None:
        self.template.setCurrentIndex(self.template.findData(template_id))

    def request(self) -> dict[str, Any]:
        township, village = self.area.codes()
        state = self.state.currentData()
        return {
            "template": self.template.currentData(),
            "township": township,
            "village": village,
            "states": [state] if state else [s.value for s in State if s is not State.CLOSED],
            "selection": self.use_selection.isChecked(),
            "mode": "blank" if self.blank.isChecked() else "issue",
            "duplex": self.duplex.isChecked(),
        }


class IssuedDialog(QDialog):
    """Documents already issued (of a case, or all): pick one to reprint."""

    def __init__(self, parent: QWidget | None, rows: list[dict[str, Any]]) -> None:
        super().__init__(parent)
        from desktop.forms import documents

        self.setWindowTitle(self.tr("已出具文书"))
        self.list = QListWidget()
        titles = {t.id: t.title for t in documents.templates().values()}
        for row in rows:
            text = QCoreApplication.translate("IssuedDialog", "{0}　{1}　{2}").format(
                row["on"], row["number"], titles.get(row["template"], row["template"])
            )
            if row.get("voided"):
                text += QCoreApplication.translate("IssuedDialog", "　【作废】{0}").format(
                    row.get("void_reason", "")
                )
            item = QListWidgetItem(text)
            item.setData(IdRole, row["id"])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("重印"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.action = "reprint"
        self.void_button = buttons.addButton(
            self.tr("作废…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.void_button.setEnabled(bool(rows))
        self.void_button.clicked.connect(self._void)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(self.tr("还没有出具过文书。")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _void(self) -> None:
        self.action = "void"
        self.accept()

    def doc_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item else None


class PreviewDialog(QDialog):
    """A PDF shown as it will print (QtPdf), with the actions that fit it.

    ``mode``: draft (样稿: 出具 makes it official), issue / reprint / blank / batch (打印, 另存为).
    """

    issue_requested = Signal()
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None, *, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #a04000;")
        self.note.hide()
        self.issue_button = QPushButton(self.tr("出具文书（编号并存档）"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为PDF…"))
        close = QPushButton(self.tr("关闭"))
        self.issue_button.clicked.connect(self.issue_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        close.clicked.connect(self.accept)
        self.pages_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        for button in (self.issue_button, self.print_button, self.save_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.resize(820, 960)

    def show_pdf(self, pdf: bytes, *, mode: str, note: str = "") -> None:
        self.document.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pages_label.setText(self.tr("共{0}页").format(self.document.pageCount()))
        draft = mode == "draft"
        self.issue_button.setVisible(draft)
        self.print_button.setEnabled(not draft)
        self.save_button.setEnabled(not draft)
        self.print_button.setToolTip(self.tr("样稿不能打印，请先出具") if draft else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def page_count(self) -> int:
        return self.document.pageCount()


def today() -> dt.date:
    return dt.date.today()
