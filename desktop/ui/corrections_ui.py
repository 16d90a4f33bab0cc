"""更正 and 作废 on the case timeline: a context menu and buttons under the timeline, the reason
dialog, the corrected record in the event's own dialog (prefilled), undo (Ctrl+Z) of the last
record saved in this session, the guard against saving the same record twice, and the full
record of the selected event (every field, labelled) with its corrections.

The rules (who may, which kinds, a reason) are the store's and the domain's
(store/corrections.py, domain/corrections.py); this module only asks and shows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.domain import event_fields
from desktop.domain.corrections import UNDO_REASON
from desktop.domain.errors import UserError
from desktop.domain.model import EVENT_LABELS, Record
from desktop.store import corrections
from desktop.store.queries_case import TimelineEntry
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text, user_message

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# The case view (desktop.ui.case_view imports this module, so it is not imported back).
CaseView = Any

EventRole = Qt.ItemDataRole.UserRole + 1  # as in case_view
AttachmentRole = Qt.ItemDataRole.UserRole + 2
# Printable kinds: kind -> (template, label). The 家访记录表 of any visit, not only the latest.
PRINTABLE = {"contact": ("home_visit", QT_TRANSLATE_NOOP("CorrectionsUi", "打印家访记录表…"))}
SESSION_ATTR = "_recorded_this_session"


# --- the reason dialog ---------------------------------------------------------------------------


class ReasonDialog(QDialog):
    """Asks the reason of a voiding; OK writes it (a refusal is shown here, nothing written)."""

    def __init__(self, parent: QWidget, *, title: str, what: str, action: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._action = action
        self.done_id: Any = None  # what the action returned (the core's Changes)
        intro = QLabel(what)
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：重复登记、记错了学生、日期填错"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e; font-weight:bold")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("作废"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("作废原因（必填，会留在记录中）：")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 180)

    def try_ok(self) -> bool:
        try:
            self.done_id = self._action(self.reason.text())
        except UserError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            return False
        self.accept()
        return True


# --- on the case view ---------------------------------------------------------------------------


def install(view: CaseView, timeline_box: QSplitter) -> None:
    """Add the context menu and the 更正/作废/打印 buttons to the view's timeline."""
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 2, 0, 2)
    view.correct_button = QPushButton(QCoreApplication.translate("CorrectionsUi", "更正…"))
    view.correct_button.setToolTip(
        QCoreApplication.translate(
            "CorrectionsUi", "改正所选记录的内容或日期（原记录保留，注明原因）"
        )
    )
    view.void_button = QPushButton(QCoreApplication.translate("CorrectionsUi", "作废…"))
    view.void_button.setToolTip(
        QCoreApplication.translate(
            "CorrectionsUi", "作废所选记录，例如重复登记（原记录保留，注明原因）"
        )
    )
    view.print_event_button = QPushButton(QCoreApplication.translate("CorrectionsUi", "打印…"))
    view.print_event_button.setToolTip(
        QCoreApplication.translate("CorrectionsUi", "打印所选走访的家访记录表")
    )
    view.correct_button.clicked.connect(lambda: correct(view, selected_event(view)))
    view.void_button.clicked.connect(lambda: void(view, selected_event(view)))
    view.print_event_button.clicked.connect(lambda: print_event(view, selected_event(view)))
    for b in (view.correct_button, view.void_button, view.print_event_button):
        b.setEnabled(False)
        row.addWidget(b)
    row.addStretch(1)
    timeline_box.insertWidget(1, bar)
    timeline_box.setCollapsible(1, False)
    view.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.timeline.customContextMenuRequested.connect(lambda pos: _menu(view, pos))
    view.timeline.currentItemChanged.connect(lambda item, _prev: _enable(view, item))


def selected_event(view: CaseView) -> str | None:
    return event_of(view, view.timeline.currentItem())


def event_of(view: CaseView, item: QTreeWidgetItem | None) -> str | None:
    """The event a timeline row stands for: the event itself, or the link of an attached file
    (a file under its event, or one attached to the case itself)."""
    if item is None:
        return None
    event_id = item.data(0, EventRole)
    if event_id:
        return str(event_id)
    found = item.data(0, AttachmentRole)
    if not found:
        return None
    parent = item.parent()
    target = parent.data(0, EventRole) if parent is not None else view.case_id
    return corrections.attachment_link(view.store, target, found[0]) if target else None


def _why_not(
    view: CaseView, event_id: str | None, verb: str, *, correcting: bool = False
) -> str | None:
    """None if the signed-in user may correct/void the event now, else the reason."""
    from desktop.ui.case_dialogs import DIALOGS

    if not event_id:
        return QCoreApplication.translate("CorrectionsUi", "请先在时间线上选择一条记录")
    try:
        ev = corrections.check(view.store, event_id, verb=verb)
    except UserError as exc:
        return user_message(exc)
    if correcting and ev.kind not in DIALOGS:
        return QCoreApplication.translate(
            "CorrectionsUi", "这类记录没有可更正的内容，如有错误请作废后重新登记（或重新添加附件）"
        )
    return None


def _enable(view: CaseView, item: QTreeWidgetItem | None) -> None:
    event_id = event_of(view, item)
    for button, verb, correcting in (
        (view.correct_button, QCoreApplication.translate("CorrectionsUi", "更正"), True),
        (view.void_button, QCoreApplication.translate("CorrectionsUi", "作废"), False),
    ):
        why = _why_not(view, event_id, verb, correcting=correcting)
        button.setEnabled(why is None)
        button.setToolTip(why or button.toolTip())
    view.print_event_button.setEnabled(_printable(view, event_id) is not None)


def _printable(view: CaseView, event_id: str | None) -> str | None:
    if not event_id:
        return None
    try:
        ev = corrections.get_event(view.store, event_id)
    except UserError:
        return None
    if ev.kind not in PRINTABLE or corrections.successors(view.store, event_id):
        return None
    return PRINTABLE[ev.kind][0]


def _menu(view: CaseView, pos: QPoint) -> None:
    item = view.timeline.itemAt(pos)
    event_id = event_of(view, item)
    if not event_id:
        return
    view.timeline.setCurrentItem(item)
    menu = build_menu(view, event_id)
    menu.exec(view.timeline.viewport().mapToGlobal(pos))


def build_menu(view: CaseView, event_id: str) -> QMenu:
    """The timeline's context menu for one event (disabled entries say why in their tip)."""
    menu = QMenu(view.timeline)
    menu.setToolTipsVisible(True)
    for label, verb, fn in (
        (
            QCoreApplication.translate("CorrectionsUi", "更正…"),
            QCoreApplication.translate("CorrectionsUi", "更正"),
            correct,
        ),
        (
            QCoreApplication.translate("CorrectionsUi", "作废…"),
            QCoreApplication.translate("CorrectionsUi", "作废"),
            void,
        ),
    ):
        action = menu.addAction(label)
        why = _why_not(view, event_id, verb, correcting=fn is correct)
        action.setEnabled(why is None)
        if why:
            action.setToolTip(why)
        action.triggered.connect(lambda _c=False, f=fn: f(view, event_id))
    template = _printable(view, event_id)
    if template is not None:
        menu.addSeparator()
        kind = corrections.get_event(view.store, event_id).kind
        action = menu.addAction(QCoreApplication.translate("CorrectionsUi", PRINTABLE[kind][1]))
        action.triggered.connect(lambda: print_event(view, event_id))
    return menu


def inform(parent: QWidget, title: str, text: str) -> None:
    """A plain message (tests patch this)."""
    QMessageBox.information(parent, title, text)


def void(view: CaseView, event_id: str | None) -> int:
    why = _why_not(view, event_id, QCoreApplication.translate("CorrectionsUi", "作废"))
    if why or not event_id:
        inform(view, QCoreApplication.translate("CorrectionsUi", "不能作废"), why or "")
        return 0
    ev = corrections.get_event(view.store, event_id)
    what = QCoreApplication.translate(
        "CorrectionsUi",
        "作废这条记录：%1 %2。\n原记录仍保留在时间线上（灰色划线），不再计入次数和统计。",
    )
    what = what.replace("%1", ev.occurred_on[:10]).replace(
        "%2", domain_text(EVENT_LABELS.get(ev.kind, ev.kind))
    )
    dialog = ReasonDialog(
        view.window_,
        title=QCoreApplication.translate("CorrectionsUi", "作废记录"),
        what=what,
        action=lambda reason: view.window_.workbench.void(event_id, reason=reason),
    )
    result = view._run(dialog)
    if result:
        view.window_.notify(dialog.done_id)  # the Changes of the voiding
    return int(result)


def correct(view: CaseView, event_id: str | None) -> int:
    """Open the event's own dialog, filled with the record, plus the reason; saving writes the
    corrected version."""
    why = _why_not(
        view, event_id, QCoreApplication.translate("CorrectionsUi", "更正"), correcting=True
    )
    if why or not event_id:
        inform(view, QCoreApplication.translate("CorrectionsUi", "不能更正"), why or "")
        return 0
    dialog = correction_dialog(view, event_id)
    if dialog is None:
        inform(
            view,
            QCoreApplication.translate("CorrectionsUi", "不能更正"),
            QCoreApplication.translate(
                "CorrectionsUi", "这类记录没有可更正的内容，如有错误请作废后重新登记"
            ),
        )
        return 0
    return int(view._run(dialog))


def correction_dialog(view: CaseView, event_id: str) -> Any:
    """The event's dialog filled with the record and a 更正原因 field (None for a kind that has
    no dialog); saving it writes the corrected version."""
    from desktop.ui.case_dialogs import DIALOGS

    ev = corrections.get_event(view.store, event_id)
    if ev.kind not in DIALOGS or not ev.case_id:
        return None
    dialog = DIALOGS[ev.kind](view.window_, ev.case_id, draft_key=f"correct:{event_id}")
    prefill(dialog, ev)
    reason = QLineEdit()
    dialog.add("correction_reason", QCoreApplication.translate("CorrectionsUi", "更正原因"), reason)
    reason.setPlaceholderText(
        QCoreApplication.translate("CorrectionsUi", "必填，例如：日期填错、见到的人写错")
    )
    dialog.setWindowTitle(
        QCoreApplication.translate("CorrectionsUi", "更正：") + dialog.windowTitle()
    )

    def save() -> str:  # through the core, as every write (role, scope, then the rules)
        dialog.changes = view.window_.workbench.correct(
            event_id,
            payload=dialog.payload(),
            occurred_on=dialog_date(dialog),
            reason=reason.text(),
        )
        return str(dialog.changes.id)

    dialog.save = save  # type: ignore[method-assign]
    dialog.check_duplicate = False
    return dialog


def dialog_date(dialog: Any) -> str:
    """The 日期 of an event dialog (its DateField), ISO."""
    return str(dialog.fields["occurred_on"].iso())


def prefill(dialog: Any, ev: corrections.EventRow) -> None:
    """Fill an event dialog with a recorded event (unless a draft of this correction came back)."""
    from desktop.ui import form_widgets

    if not dialog.discard_button.isHidden():
        return  # the user's unsaved draft of this correction wins
    dialog._restoring = True
    values: dict[str, Any] = {**ev.payload, "occurred_on": ev.occurred_on[:10]}
    for name, widget in dialog.fields.items():
        if name not in values:
            continue
        value = values[name]
        if isinstance(value, list) and isinstance(widget, form_widgets.NamesEdit):
            value = QCoreApplication.translate("CorrectionsUi", "、").join(value)
        form_widgets.set_value(widget, value)
    dialog._restoring = False
    dialog._dirty = False


def print_event(view: CaseView, event_id: str | None) -> None:
    from desktop.ui import printing

    template = _printable(view, event_id)
    if template is None or not view.case_id or not event_id:
        inform(
            view,
            QCoreApplication.translate("CorrectionsUi", "打印"),
            QCoreApplication.translate("CorrectionsUi", "请先在时间线上选择一次走访"),
        )
        return
    printing.print_event(view.window_, view.case_id, template, event_id)


# --- the timeline's rows and detail ----------------------------------------------------------------


def style_item(item: QTreeWidgetItem, e: TimelineEntry) -> None:
    """Voided rows struck through and grey with the reason; corrected rows grey; corrections say so."""
    if e.status in ("voided", "corrected"):
        grey = QBrush(QColor("#888888"))
        for col in range(item.columnCount()):
            item.setForeground(col, grey)
    if e.status == "voided":
        for col in range(item.columnCount()):
            font = item.font(col)
            font.setStrikeOut(True)
            item.setFont(col, font)
        item.setText(
            1,
            QCoreApplication.translate("CorrectionsUi", "已作废·{0}").format(domain_text(e.label)),
        )
        item.setToolTip(
            3,
            QCoreApplication.translate("CorrectionsUi", "作废原因：{0}\n{1}").format(
                e.note, domain_text(e.summary)
            ),
        )
    elif e.status == "corrected":
        item.setText(
            1,
            QCoreApplication.translate("CorrectionsUi", "已更正·{0}").format(domain_text(e.label)),
        )
    elif e.status == "correction":
        item.setText(
            1, QCoreApplication.translate("CorrectionsUi", "更正·{0}").format(domain_text(e.label))
        )
        item.setToolTip(
            3,
            QCoreApplication.translate("CorrectionsUi", "更正原因：{0}\n{1}").format(
                e.note, domain_text(e.summary)
            ),
        )


def detail_html(view: CaseView, event_id: str, heading: str) -> str | None:
    """Every recorded field of the event, labelled, and what became of it."""
    try:
        ev = corrections.get_event(view.store, event_id)
    except UserError:
        return None

    def name_of(field: str, value: str) -> str:
        if field == "school_id":
            return view.window_.workbench.school_name(value) if value else value
        return value

    lines = [
        QCoreApplication.translate(
            "CorrectionsUi", "<b>{0}</b>　{1}　<span style='color:#666'>{2} 录入于 {3}</span>"
        ).format(
            _esc(heading),
            _esc(ev.occurred_on[:16].replace("T", " ")),
            _esc(ev.created_by),
            _esc(ev.created_at[:16].replace("T", " ")),
        )
    ]
    later = corrections.successors(view.store, event_id)
    for later_id, kind in later:
        other = corrections.get_event(view.store, later_id)
        if kind == "void":
            lines.append(
                QCoreApplication.translate(
                    "CorrectionsUi", "<span style='color:#b3261e'>已作废（{0}，{1}）：{2}</span>"
                ).format(
                    _esc(other.created_by),
                    _esc(other.created_at[:10]),
                    _esc(other.payload.get("reason", "")),
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "CorrectionsUi",
                    "<span style='color:#8a5a00'>已更正（{0}，{1}），以更正后的记录为准</span>",
                ).format(_esc(other.created_by), _esc(other.created_at[:10]))
            )
    rows = event_fields.describe(ev.kind, ev.payload, name_of=name_of)
    table = "".join(
        f"<tr><td style='color:#555; padding-right:8px'>{_esc(domain_text(k))}</td>"
        f"<td>{_esc(domain_text(v))}</td></tr>"
        for k, v in rows
    )
    files = corrections.attachments_of(view.store, event_id)
    if files:
        table += QCoreApplication.translate(
            "CorrectionsUi",
            "<tr><td style='color:#555; padding-right:8px'>附件</td><td>{0}</td></tr>",
        ).format(_esc(QCoreApplication.translate("CorrectionsUi", "、").join(files)))
    lines.append(f"<table cellspacing=1>{table}</table>")
    return "".join(f"<div>{line}</div>" for line in lines)


# --- undo and the double-save guard ----------------------------------------------------------------


def remember(window: MainWindow, event_id: str | None) -> None:
    """Note an event this session recorded (Ctrl+Z undoes the last one)."""
    if not event_id:
        return
    recorded = getattr(window, SESSION_ATTR, None)
    if recorded is None:
        recorded = []
        setattr(window, SESSION_ATTR, recorded)
    recorded.append(event_id)


def undo_last(window: MainWindow) -> str | None:
    """Undo (撤销) the last record saved in this session: a voiding with the reason 撤销."""
    recorded: list[str] = getattr(window, SESSION_ATTR, None) or []
    if not recorded:
        inform(
            window,
            QCoreApplication.translate("CorrectionsUi", "撤销"),
            QCoreApplication.translate(
                "CorrectionsUi", "本次打开软件后还没有登记过记录，没有可撤销的"
            ),
        )
        return None
    event_id = recorded[-1]
    try:
        ev = corrections.get_event(window.store, event_id)
        void_id = corrections.undo_event(window.store, event_id)
    except UserError as exc:
        inform(window, QCoreApplication.translate("CorrectionsUi", "不能撤销"), user_message(exc))
        return None
    recorded.pop()
    window.statusBar().showMessage(
        QCoreApplication.translate("CorrectionsUi", "已撤销：%1 %2（记录保留，标为作废，原因“%3”）")
        .replace("%1", ev.occurred_on[:10])
        .replace("%2", domain_text(EVENT_LABELS.get(ev.kind, ev.kind)))
        .replace("%3", UNDO_REASON),
        8000,
    )
    window.notify(
        Changes.of(
            void_id,
            events=[void_id, event_id],
            cases=[ev.case_id] if ev.case_id else [],
            children=[ev.child_id] if ev.child_id else [],
        )
    )
    return void_id


def ask_save_again(parent: QWidget, text: str) -> bool:
    """Save a record identical to one saved a moment ago? (Tests patch this.)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CorrectionsUi", "可能重复"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def guard_duplicate(
    dialog: Any, *, case_id: str, kind: str, payload: Record, occurred_on: str
) -> None:
    """Before saving: the same record (kind, case, day, content) saved in the last minute?
    Ask; if the user does not want a second one, refuse (nothing written)."""
    found = corrections.recent_duplicate(
        dialog.store, case_id=case_id, kind=kind, payload=payload, occurred_on=occurred_on
    )
    if found is None:
        return
    text = QCoreApplication.translate(
        "CorrectionsUi",
        "一分钟内刚保存过一条内容完全相同的%1（同一天）。\n\n确实要再登记一条吗？"
        "（如果只是重复点击了保存，请选“否”）",
    ).replace("%1", domain_text(EVENT_LABELS.get(kind, kind)))
    if not ask_save_again(dialog, text):
        raise UserError(
            QCoreApplication.translate(
                "CorrectionsUi",
                "没有保存：与刚才保存的记录相同。如需修改刚才的记录，请在时间线上选择它并“更正”",
            )
        )


def _esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
