"""Lists and reports (台账, 清单, statistics tables) print without being issued: they are not
numbered documents, so no number, no 样稿 mark, and 打印 is enabled in the preview at once."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from desktop.domain.errors import UserError
from desktop.forms import documents

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def text_of(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "".join((p.extract_text() or "") for p in pdf.pages)


def test_a_ledger_prints_unnumbered_without_a_draft_mark(demo_store):
    before = demo_store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    rendered = documents.listing(demo_store, "ledger_dropout")
    text = text_of(rendered.pdf)
    assert rendered.mode == "list" and rendered.number == ""
    assert "样稿" not in text and "打印日期" in text
    # nothing stored: a list is not an issued document
    assert demo_store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_a_numbered_document_still_needs_issuing(demo_store):
    with pytest.raises(UserError, match="编号文书"):
        documents.listing(demo_store, "school_notice")


def test_preview_of_a_list_enables_print_and_save(qtbot):
    from desktop.ui.printing_dialogs import PreviewDialog

    dialog = PreviewDialog(None, title="辍学学生台账")
    qtbot.addWidget(dialog)
    dialog.show_pdf(b"%PDF-1.4\n%%EOF", mode="list")
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.issue_button.isHidden()
    dialog.show_pdf(b"%PDF-1.4\n%%EOF", mode="draft")
    assert not dialog.print_button.isEnabled() and not dialog.issue_button.isHidden()
