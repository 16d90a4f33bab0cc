"""Printing in the app: preview a 样稿, issue it, print it (to PDF here) and save it; batch
printing into one PDF; reprint; ledgers. Dialogs are driven as a user would."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.store import db
from desktop.ui import printing

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def pages_of(path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def text_of(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join((p.extract_text() or "") for p in pdf.pages)


@pytest.fixture
def printing_window(window, monkeypatch, tmp_path):
    printing.install(window)
    told: list[str] = []
    monkeypatch.setattr(printing, "inform", lambda parent, title, text: told.append(text))
    window.told = told
    return window


def a_case(store) -> str:
    return store.conn.execute(
        "SELECT c.id FROM cases c JOIN guardians g ON g.child_id = c.child_id"
        " WHERE c.state='persuading' ORDER BY c.case_no LIMIT 1"
    ).fetchone()[0]


def to_pdf_printer(path):
    def ask(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    return ask


def test_menu_and_case_actions_are_installed(printing_window) -> None:
    labels = [a.text() for a in printing_window.menu("print").actions()]
    for label in (
        "打印本案文书…",
        "打印空白表…",
        "台账与统计表…",
        "批量打印…",
        "已出具文书（重印）…",
    ):
        assert label in labels
    assert "打印文书…" in [label for label, _, _ in printing_window._case_actions]


def test_preview_issue_print_and_save(printing_window, dialogs, monkeypatch, tmp_path, qtbot):
    window = printing_window
    case_id = a_case(window.store)
    window.open_case(case_id)
    printed, saved = tmp_path / "printed.pdf", tmp_path / "saved.pdf"
    monkeypatch.setattr(printing, "ask_printer", to_pdf_printer(printed))
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, title, name: str(saved))
    changed = []
    window.data_changed.connect(lambda: changed.append(1))
    state = {}

    def choose(dialog):
        # the first step of the legal ladder (an order needs a school notice served first)
        dialog.choose("school_notice")
        dialog.accept()

    def preview(dialog):
        assert dialog.issue_button.isVisible() and not dialog.print_button.isEnabled()
        assert dialog.page_count() == 2
        assert "样稿" in dialog.note.text()
        assert "正文：Kcbx Fang" in dialog.note.text()  # the fonts the document uses
        dialog.issue_button.click()  # 出具: numbered and stored
        assert not dialog.issue_button.isVisible() and dialog.print_button.isEnabled()
        assert "劝通字" in dialog.windowTitle()
        state["title"] = dialog.windowTitle()
        dialog.print_button.click()
        dialog.save_button.click()
        dialog.accept()

    dialogs.then(choose).then(preview)
    window.menu("print").actions()[0].trigger()

    assert changed, "views were not told about the new document"
    row = window.store.conn.execute(
        "SELECT payload FROM events WHERE kind='document' AND case_id=?", (case_id,)
    ).fetchone()
    number = db.loads(row[0])["number"]
    assert number in state["title"]
    assert pages_of(printed) == 2
    assert number in text_of(saved.read_bytes())
    targets = [
        db.loads(r[0])["target"]
        for r in window.store.conn.execute("SELECT detail FROM audit WHERE action='print'")
    ]
    assert targets == [f"printer:{printed}", f"pdf:{saved}"]


def test_blank_form_for_a_village_visit(printing_window, dialogs, monkeypatch, tmp_path):
    window = printing_window
    case_id = a_case(window.store)
    saved = tmp_path / "blank.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, title, name: str(saved))

    def choose(dialog):
        dialog.choose("home_visit")
        assert dialog.blank.isChecked()
        dialog.accept()

    def preview(dialog):
        assert not dialog.issue_button.isVisible() and dialog.save_button.isEnabled()
        dialog.save_button.click()
        dialog.accept()

    dialogs.then(choose).then(preview)
    printing.print_case(window, case_id, blank=True)
    name = window.store.conn.execute(
        "SELECT ch.name FROM cases c JOIN children ch ON ch.id=c.child_id WHERE c.id=?", (case_id,)
    ).fetchone()[0]
    assert name in text_of(saved.read_bytes())
    assert (
        window.store.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]
        == 0
    )


def test_no_case_chosen_is_explained(printing_window):
    printing.print_case(printing_window, None)
    assert "请先打开" in printing_window.told[0]


def test_batch_for_a_village_makes_one_pdf(printing_window, dialogs, monkeypatch, tmp_path):
    window = printing_window
    township, village, n = window.store.conn.execute(
        "SELECT township_code, village_code, count(*) FROM cases WHERE state='persuading'"
        " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1"
    ).fetchone()
    saved = tmp_path / "batch.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, title, name: str(saved))

    def choose(dialog):
        dialog.choose("school_notice")
        dialog.area.select(township, village)
        dialog.state.setCurrentIndex(dialog.state.findData("persuading"))
        dialog.accept()

    def preview(dialog):
        assert dialog.page_count() == 2 * n
        assert f"共{n}份" in dialog.windowTitle()
        dialog.save_button.click()
        dialog.accept()

    dialogs.then(choose).then(preview)
    printing.print_batch(window)
    issued = window.store.conn.execute(
        "SELECT count(*) FROM events WHERE kind='document'"
    ).fetchone()[0]
    assert issued == n
    assert pages_of(saved) == 2 * n
    detail = db.loads(
        window.store.conn.execute("SELECT detail FROM audit WHERE action='print'").fetchone()[0]
    )
    assert detail["documents"] == n and detail["mode"] == "issue"


def test_reprint_from_the_issued_list(printing_window, dialogs, monkeypatch, tmp_path):
    from desktop.forms import documents

    window = printing_window
    case_id = a_case(window.store)
    issued = documents.issue(window.store, "case_plan", case_id=case_id)
    saved = tmp_path / "again.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, title, name: str(saved))

    def pick(dialog):
        assert dialog.list.count() == 1
        dialog.accept()

    def preview(dialog):
        assert "注意" not in dialog.note.text()  # same bytes as issued: no warning
        dialog.save_button.click()
        dialog.accept()

    dialogs.then(pick).then(preview)
    printing.reprint_dialog(window, case_id)
    assert saved.read_bytes() == issued.pdf


def test_ledger_of_a_township(printing_window, dialogs, monkeypatch, tmp_path):
    window = printing_window
    township = window.store.conn.execute(
        "SELECT township_code FROM cases WHERE state='persuading' LIMIT 1"
    ).fetchone()[0]

    def choose(dialog):
        dialog.choose("ledger_dropout")
        dialog.area.select(township)
        dialog.accept()

    def preview(dialog):
        # a ledger is a list, not a numbered document: printable at once, no 样稿, no 出具
        assert dialog.page_count() >= 1 and "样稿" not in dialog.windowTitle()
        assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
        assert not dialog.issue_button.isVisible()
        dialog.accept()

    dialogs.then(choose).then(preview)
    printing.print_area(window)


def test_number_slot_is_set_for_this_laptop(printing_window, monkeypatch):
    from desktop.forms import numbering

    monkeypatch.setattr(printing, "ask_slot", lambda parent, current: 2)
    printing.set_slot(printing_window)
    assert numbering.slot_of(printing_window.store) == 2
    assert "2001" in printing_window.told[-1]


def test_double_sided_batch_pads_each_document(printing_window, dialogs, monkeypatch, tmp_path):
    window = printing_window
    township, village, n = window.store.conn.execute(
        "SELECT township_code, village_code, count(*) FROM cases WHERE state='persuading'"
        " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1"
    ).fetchone()
    saved = tmp_path / "duplex.pdf"
    monkeypatch.setattr(printing, "ask_save_path", lambda parent, title, name: str(saved))

    def choose(dialog):
        dialog.choose("order_notice")  # notice (2 pages) + 送达回证 (1): 3, odd
        dialog.area.select(township, village)
        dialog.state.setCurrentIndex(dialog.state.findData("persuading"))
        dialog.blank.setChecked(True)
        dialog.duplex.setChecked(True)
        dialog.accept()

    def preview(dialog):
        assert dialog.page_count() == 4 * n
        dialog.save_button.click()
        dialog.accept()

    dialogs.then(choose).then(preview)
    printing.print_batch(window)
    assert pages_of(saved) == 4 * n


def test_void_from_the_register_keeps_the_number(printing_window, dialogs, monkeypatch):
    from desktop.forms import documents, numbering

    window = printing_window
    case_id = a_case(window.store)
    issued = documents.issue(window.store, "case_plan", case_id=case_id)
    monkeypatch.setattr(printing, "ask_void_reason", lambda parent: "计划内容有误")

    def pick(dialog):
        assert dialog.list.count() == 1
        dialog.void_button.click()

    dialogs.then(pick)
    printing.reprint_dialog(window, case_id)
    row = numbering.issued(window.store, case_id=case_id)[0]
    assert row["id"] == issued.doc_id and row["voided"] and row["void_reason"] == "计划内容有误"
    assert "作废" in window.told[-1]
    rows = numbering.issued(window.store, case_id=case_id)
    from desktop.ui.printing_dialogs import IssuedDialog

    listed = IssuedDialog(window, rows)
    assert "【作废】计划内容有误" in listed.list.item(0).text()
    listed.deleteLater()
