"""Feature module: official documents in the app — preview, print, save as PDF, batch print.

`install(window)` adds, through the MainWindow contract only:
- 打印 menu: 打印本案文书… (Ctrl+P), 打印空白表…, 台账与统计表…, 批量打印…, 已出具文书（重印）…,
  本机文书编号段…
- case actions: 打印文书…, 已出具文书…

A case document is first shown as a 样稿 (unnumbered, nothing stored); 出具 numbers and stores
it (desktop.forms.documents.issue), and only then can it be printed or saved. Every print and
export is audited. Documents are made off the GUI thread (desktop.ui.ops, each job with its
own Store); printing renders the PDF pages with QtPdf onto the system printer (QPrinter).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.core.changes import ALL, Changes
from desktop.domain.errors import UserError
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:  # QtPdf and QtPrintSupport load when a document is first printed
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.main_window import MainWindow

PRINT_DPI = 300  # pages are rasterised for the printer at most at this resolution


# --- hooks: a user answers these; tests replace them -------------------------------------


def exec_dialog(dialog: Any) -> int:
    from desktop.ui import case_view

    return case_view.exec_dialog(dialog)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("Printing", "PDF 文件 (*.pdf)")
    )
    return path


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "打印"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def ask_reissue(parent: QWidget | None, message: str) -> bool:
    """The case already has this document: take a new number? (a reprint is the default)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Printing", "重新出具"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_slot(parent: QWidget | None, current: int | None) -> int | None:
    value, ok = QInputDialog.getInt(
        parent,
        QCoreApplication.translate("Printing", "本机文书编号段"),
        QCoreApplication.translate(
            "Printing", "本机的编号段（0—99，每台电脑不同；由县教育局统一分配）："
        ),
        0 if current is None else current,
        0,
        99,
    )
    return value if ok else None


# --- install ---------------------------------------------------------------------------------


def install(window: MainWindow) -> None:
    menu = window.menu("print")
    menu.aboutToShow.connect(warm_up)  # fonts load while the user picks what to print

    def add(label: str, callback: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = QAction(label, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: callback())
        menu.addAction(action)
        return action

    add(
        QCoreApplication.translate("Printing", "打印本案文书…"),
        lambda: print_case(window, window.current_case_id()),
        "Ctrl+P",
    )
    add(
        QCoreApplication.translate("Printing", "打印空白表…"),
        lambda: print_case(window, window.current_case_id(), blank=True),
    )
    add(QCoreApplication.translate("Printing", "台账与统计表…"), lambda: print_area(window))
    add(QCoreApplication.translate("Printing", "批量打印…"), lambda: print_batch(window))
    menu.addSeparator()
    add(
        QCoreApplication.translate("Printing", "已出具文书（重印）…"),
        lambda: reprint_dialog(window, window.current_case_id()),
    )
    add(QCoreApplication.translate("Printing", "本机文书编号段…"), lambda: set_slot(window))
    window.add_case_action(
        QCoreApplication.translate("Printing", "打印文书…"),
        lambda case_id: print_case(window, case_id),
    )
    window.add_case_action(
        QCoreApplication.translate("Printing", "已出具文书…"),
        lambda case_id: reprint_dialog(window, case_id),
    )


# --- one case -------------------------------------------------------------------------------


def _case_label(window: MainWindow, case_id: str) -> str:
    case = window.workbench.case(case_id)
    name = window.workbench.child(case["child_id"])["name"]
    return QCoreApplication.translate("Printing", "案件 {0}　{1}").format(case["case_no"], name)


_warmed: list[bool] = []


def warm_up() -> None:
    """Load reportlab and the print fonts in a background thread while the user picks what to
    print (once per process): parsing the fonts costs about a second on a cold start, which
    the first preview would otherwise wait for with nothing on screen."""
    if _warmed:
        return
    _warmed.append(True)
    import threading

    def load() -> None:
        import reportlab.pdfgen.canvas  # noqa: F401

        from desktop.forms import fonts

        for role in fonts.ROLES:
            fonts.primary_font(role)
        fonts.font_for_char(fonts.SONG, chr(0x4E00))  # any common character

    threading.Thread(target=load, name="kcbx-fonts", daemon=True).start()


def print_case(window: MainWindow, case_id: str | None, *, blank: bool = False) -> None:
    warm_up()
    if not case_id:
        inform(
            window,
            QCoreApplication.translate("Printing", "打印文书"),
            QCoreApplication.translate("Printing", "请先打开或在台账中选中一个案件。"),
        )
        return
    from desktop.ui.printing_dialogs import TemplateDialog

    dialog = TemplateDialog(window, case_label=_case_label(window, case_id), blank=blank)
    if not exec_dialog(dialog):
        return
    request = {
        "template": dialog.template_id(),
        "case_id": case_id,
        "options": dialog.options(),
        "blank": dialog.blank.isChecked(),
    }
    _make(window, request)


def print_event(window: MainWindow, case_id: str, template: str, event_id: str) -> None:
    """Draft the form of one chosen event (the 家访记录表 of any visit, not only the latest)."""
    _make(
        window,
        {
            "template": template,
            "case_id": case_id,
            "options": {"event_id": event_id},
            "blank": False,
        },
    )


def print_area(window: MainWindow) -> None:
    from desktop.ui.printing_dialogs import AreaDialog

    warm_up()
    dialog = AreaDialog(window, window.store)
    if not exec_dialog(dialog):
        return
    template_id, area = dialog.request()
    _make(
        window,
        {"template": template_id, "area": area, "blank": dialog.blank.isChecked(), "options": {}},
    )


def _make(window: MainWindow, request: dict[str, Any]) -> None:
    """Draft (or blank) in the background, then the preview."""
    from desktop.ui import busy
    from desktop.ui.errors import show_error

    label = QCoreApplication.translate("Printing", "正在生成文书…")
    # at the click, before anything is loaded (the progress dialog waits SHOW_AFTER_MS)
    done = busy.show(window, label)

    def job(_progress: Any) -> Any:
        from desktop.forms import documents  # loaded on the worker, not while the click waits

        kw: dict[str, Any] = {"case_id": request.get("case_id"), "area": request.get("area")}
        kw = {k: v for k, v in kw.items() if v is not None}
        with worker_store(window) as store:
            if request["blank"]:
                return documents.blank(store, request["template"], **kw)
            if documents.get_template(request["template"]).scope == "area":
                # a list or report is not a numbered document: printed as it is, no 出具 first
                return documents.listing(
                    store, request["template"], options=request["options"], **kw
                )
            return documents.draft(store, request["template"], options=request["options"], **kw)

    def shown(rendered: Any) -> None:
        done()
        preview(window, rendered, request)

    def failed(exc: BaseException) -> None:
        done()
        show_error(window, exc)

    Op(window, job).success(shown).failure(failed).with_progress(label).run_in_background()


class Session:
    """What a preview shows and can still do: a draft becomes an issued document."""

    def __init__(self, window: MainWindow, rendered: Any, request: dict[str, Any] | None) -> None:
        from desktop.ui.printing_dialogs import PreviewDialog

        self.window = window
        self.rendered = rendered
        self.request = request
        self.dialog = PreviewDialog(window, title=_title(rendered))
        self.dialog.issue_requested.connect(self.issue)
        self.dialog.print_requested.connect(self.print)
        self.dialog.save_requested.connect(self.save)
        self.show()

    def show(self) -> None:
        self.dialog.setWindowTitle(_title(self.rendered))
        self.dialog.show_pdf(self.rendered.pdf, mode=self.rendered.mode, note=_note(self.rendered))

    def issue(self, reissue: bool = False) -> None:
        from desktop.forms import documents

        request = self.request or {}

        def job(_progress: Any) -> Any:
            kw: dict[str, Any] = {"case_id": request.get("case_id"), "area": request.get("area")}
            kw = {k: v for k, v in kw.items() if v is not None}
            with worker_store(self.window) as store:
                try:
                    return documents.issue(
                        store,
                        request["template"],
                        options=request["options"],
                        reissue=reissue,
                        **kw,
                    )
                except documents.AlreadyIssued as asked:
                    return asked  # asked on the screen, not an error

        def done(rendered: Any) -> None:
            if isinstance(rendered, documents.AlreadyIssued):
                if ask_reissue(self.dialog, str(rendered)):
                    self.issue(reissue=True)
                return
            self.rendered = rendered
            self.show()
            if rendered.doc_id:  # issued: the document is an event of its case
                self.window.notify(
                    Changes.of(
                        rendered.doc_id,
                        events=[rendered.doc_id],
                        cases=[rendered.case_id] if rendered.case_id else [],
                    )
                )

        Op(self.dialog, job).success(done).with_progress(
            QCoreApplication.translate("Session", "正在出具文书…")
        ).run_in_background()

    def print(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(_title(self.rendered))
        if not ask_printer(self.dialog, printer):
            return
        try:
            pages = print_pdf(self.rendered.pdf, printer)
        except UserError as exc:
            from desktop.ui.errors import show_error

            show_error(self.dialog, exc)
            return
        target = (
            printer.outputFileName()
            or printer.printerName()
            or QCoreApplication.translate("Session", "打印机")
        )
        _audit(self.window, self.rendered, target=f"printer:{target}", pages=pages)

    def save(self) -> None:
        path = ask_save_path(
            self.dialog,
            QCoreApplication.translate("Session", "另存为PDF"),
            _suggested_name(self.rendered),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_file(Path(path), self.rendered.pdf)
        except UserError as exc:
            from desktop.ui.errors import show_error

            show_error(self.dialog, exc)
            return
        _audit(self.window, self.rendered, target=f"pdf:{path}")


def preview(window: MainWindow, rendered: Any, request: dict[str, Any] | None = None) -> Session:
    session = Session(window, rendered, request)
    exec_dialog(session.dialog)
    return session


def _title(rendered: Any) -> str:
    from desktop.forms import documents

    title = getattr(rendered, "title", None) or documents.get_template(rendered.template).title
    suffix = {
        "draft": QCoreApplication.translate("Printing", "（样稿）"),
        "blank": QCoreApplication.translate("Printing", "（空白表）"),
        "batch": QCoreApplication.translate("Printing", "（批量）"),
    }.get(rendered.mode, "")
    number = getattr(rendered, "number", "")
    return (
        title
        + suffix
        + (QCoreApplication.translate("Printing", "　{0}").format(number) if number else "")
    )


def _note(rendered: Any) -> str:
    notes = []
    if rendered.mode == "draft":
        notes.append(
            QCoreApplication.translate(
                "Printing", "这是样稿：核对无误后点“出具文书”，系统编号并存档，之后才能打印。"
            )
        )
    if rendered.mode == "reprint" and not rendered.matches:
        notes.append(
            QCoreApplication.translate(
                "Printing",
                "注意：重印的PDF与出具时不完全相同（可能是程序版本不同），内容以存档为准。",
            )
        )
    used = getattr(rendered, "fonts", None) or {}
    if used:
        labels = {
            "title": QCoreApplication.translate("Printing", "标题"),
            "body": QCoreApplication.translate("Printing", "正文"),
            "forms": QCoreApplication.translate("Printing", "表格"),
        }
        parts = [
            QCoreApplication.translate("Printing", "{0}：{1}").format(labels[k], used[k])
            for k in ("title", "body", "forms")
            if k in used
        ]
        notes.append(
            QCoreApplication.translate("Printing", "字体　{0}").format(
                QCoreApplication.translate("Printing", "；").join(parts)
            )
        )
    missing = _uncovered(getattr(rendered, "content", {}))
    if missing:
        from desktop.forms.fonts import char_name

        listed = QCoreApplication.translate("Printing", "、").join(
            QCoreApplication.translate("Printing", "{0}（{1}）").format(ch, char_name(ch))
            for ch in missing[:5]
        )
        notes.append(
            QCoreApplication.translate(
                "Printing", "字库中没有以下字符，将打印为方框中的编码，请在纸面上手写：{0}"
            ).format(listed)
        )
    return "\n".join(notes)


def _uncovered(content: Any) -> list[str]:
    from desktop.forms.fonts import uncovered_chars

    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    walk(content)
    return uncovered_chars("\n".join(texts))


def _suggested_name(rendered: Any) -> str:
    name = _title(rendered)
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name) + ".pdf"


def _audit(window: MainWindow, rendered: Any, *, target: str, pages: int | None = None) -> None:
    from desktop.forms import documents

    if isinstance(rendered, BatchRendered):
        rendered = rendered.result
    documents.record_output(window.store, rendered, target=target)


# --- batch ------------------------------------------------------------------------------------


class BatchRendered:
    """A batch result in the shape the preview expects."""

    mode = "batch"
    matches = True
    content: dict[str, Any] = {}  # noqa: RUF012 (read-only)

    def __init__(self, result: Any, title: str) -> None:
        self.result = result
        self.pdf = result.pdf
        self.template = result.template
        self.title = title
        self.number = (
            QCoreApplication.translate("BatchRendered", "共{0}份").format(len(result.doc_ids))
            if result.doc_ids
            else ""
        )


def print_batch(window: MainWindow) -> None:
    from desktop.ui.printing_dialogs import BatchDialog

    warm_up()
    selected = list(window.selected_case_ids())
    dialog = BatchDialog(window, window.store, selected=len(selected))
    if not exec_dialog(dialog):
        return
    run_batch(window, dialog.request(), selected if dialog.request()["selection"] else None)


def run_batch(
    window: MainWindow, request: dict[str, Any], case_ids: list[str] | None = None
) -> None:
    from desktop.forms import batches, documents

    def job(progress: Any) -> Any:
        with worker_store(window) as store:
            ids = case_ids or batches.select_cases(
                store,
                township=request["township"],
                village=request["village"],
                states=request["states"],
            )
            return batches.batch(
                store,
                request["template"],
                ids,
                mode=request["mode"],
                progress=progress.set,
                check=progress.check,
                duplex=bool(request.get("duplex")),
            )

    def done(result: Any) -> None:
        if result.doc_ids:  # legal steps recorded in many cases: everything is reloaded
            window.notify(ALL)
        title = documents.get_template(result.template).title
        rendered = BatchRendered(result, title)
        documents_session = Session(window, rendered, None)
        if result.skipped:
            lines = "\n".join(
                QCoreApplication.translate("Printing", "{0}：{1}").format(no, why)
                for no, why in result.skipped[:10]
            )
            inform(
                window,
                QCoreApplication.translate("Printing", "批量打印"),
                QCoreApplication.translate("Printing", "以下案件未能生成：\n{0}").format(lines),
            )
        exec_dialog(documents_session.dialog)

    Op(window, job).success(done).with_progress(
        QCoreApplication.translate("Printing", "正在批量生成文书…")
    ).run_in_background()


# --- reprint, number slot ------------------------------------------------------------------


def reprint_dialog(window: MainWindow, case_id: str | None) -> None:
    from desktop.forms import documents, numbering
    from desktop.ui.printing_dialogs import IssuedDialog

    rows = numbering.issued(window.store, case_id=case_id)
    dialog = IssuedDialog(window, rows)
    doc_id = dialog.doc_id() if exec_dialog(dialog) else None
    if not doc_id:
        return
    if dialog.action == "void":
        void_document(
            window, doc_id, case_id=next((r["case_id"] for r in rows if r["id"] == doc_id), None)
        )
        return

    def job(_progress: Any) -> Any:
        with worker_store(window) as store:
            return documents.reprint(store, doc_id)

    Op(window, job).success(lambda rendered: preview(window, rendered)).with_progress(
        QCoreApplication.translate("Printing", "正在重印…")
    ).run_in_background()


def ask_void_reason(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Printing", "作废文书"),
        QCoreApplication.translate(
            "Printing", "作废原因（文号保留不再使用，登记簿显示“作废”，重印时加盖“作废”）："
        ),
    )
    return text if ok else None


def void_document(window: MainWindow, doc_id: str, *, case_id: str | None = None) -> None:
    """作废 an issued document (the register's rule: numbering.void_document)."""
    from desktop.forms import numbering

    reason = ask_void_reason(window)
    if reason is None:
        return
    try:
        void_id = numbering.void_document(window.store, doc_id, reason=reason)
    except UserError as exc:
        from desktop.ui.errors import show_error

        show_error(window, exc)
        return
    window.notify(Changes.of(void_id, events=[void_id, doc_id], cases=[case_id] if case_id else []))
    inform(
        window,
        QCoreApplication.translate("Printing", "作废文书"),
        QCoreApplication.translate("Printing", "文书已作废，文号保留不再使用。"),
    )


def set_slot(window: MainWindow) -> None:
    from desktop.forms import numbering

    value = ask_slot(window, numbering.slot_of(window.store))
    if value is None:
        return
    try:
        numbering.assign_slot(window.store, value)
    except UserError as exc:
        from desktop.ui.errors import show_error

        show_error(window, exc)
        return
    window.notify(Changes.of("", settings=["forms.number_slots"]))
    inform(
        window,
        QCoreApplication.translate("Printing", "本机文书编号段"),
        QCoreApplication.translate("Printing", "本机出具的文书从 {0} 号起编号。").format(
            value * 1000 + 1 if value else 1
        ),
    )


# --- output -----------------------------------------------------------------------------------


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (rasterised at ≤ PRINT_DPI); page count."""
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    count = document.pageCount()
    if count == 0:
        raise UserError(QCoreApplication.translate("Printing", "文书PDF无法读取，未打印"))
    first = document.pagePointSize(0)
    printer.setFullPage(True)  # the PDF has its own margins (GB/T 9704): paint the whole sheet
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if first.width() > first.height()
        else QPageLayout.Orientation.Portrait
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate("Printing", "无法连接打印机，请检查打印机是否已开启")
        )
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for index in range(count):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            painter.drawImage(painter.viewport(), image)
    finally:
        painter.end()
        document.close()
    return count


def write_file(path: Path, data: bytes) -> None:
    """Atomic write: a reader never sees half a PDF; a full disk changes nothing."""
    from desktop.store.files import write_bytes

    write_bytes(path, data)
