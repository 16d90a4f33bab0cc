"""No character of any name or address of the demo county is printed blank.

Every character of the children's and guardians' names, addresses and 户籍 addresses, the
villages, townships and schools is drawn the way documents draw text (``Doc.text`` →
``fonts.draw_string``, each role), and the PDF is read back: each character is in the text,
and the embedded font that draws it has an outline for it (a glyph with ink, not .notdef).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_fonts import embedded_glyphs

from desktop.forms import documents, fonts
from desktop.forms.base import Area
from desktop.forms.layout import Doc, mm
from desktop.store.repo import Store


def county_chars(path: Path) -> str:
    conn = sqlite3.connect(path)
    texts = []
    for sql in (
        "SELECT name, address, hukou_address FROM children",
        "SELECT name, address, work_place FROM guardians",
        "SELECT name, official_name FROM regions",
        "SELECT name, principal FROM schools",
        "SELECT admin_name, edu_name FROM cases",
    ):
        for row in conn.execute(sql):
            texts.extend(v for v in row if v)
    conn.close()
    chars = set("".join(texts)) - set(" \t\r\n")
    return "".join(sorted(chars))


def check_glyphs(pdf_path: Path, expected: str) -> None:
    import pdfplumber

    glyphs = embedded_glyphs(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    drawn = {c["text"] for c in chars}
    missing = [ch for ch in expected if ch not in drawn]
    assert missing == [], f"not in the PDF text: {missing[:20]}"
    empty = sorted(
        {
            c["text"]
            for c in chars
            if not c["text"].isspace()
            and glyphs.get((c["fontname"].split("+", 1)[-1], c["text"]), 0) == 0
        }
    )
    assert empty == [], f"drawn with an empty glyph: {empty[:20]}"
    # a placeholder box writes hex digits instead of the character: it fails `missing` above
    assert fonts.uncovered_chars(expected) == [], "a placeholder box"


def test_demo_county_names_are_covered_by_the_shipped_fonts(demo_master: Path) -> None:
    chars = county_chars(demo_master)
    assert len(chars) > 500
    assert fonts.uncovered_chars(chars) == []


@pytest.mark.parametrize("role", fonts.ROLES)
def test_every_name_and_address_character_prints_with_ink(demo_master, tmp_path, role) -> None:
    chars = county_chars(demo_master)
    doc = Doc()
    doc.new_page()
    y = doc.height - mm(15)
    for start in range(0, len(chars), 40):
        if y < mm(15):
            doc.new_page()
            y = doc.height - mm(15)
        doc.text(mm(15), y, chars[start : start + 40], role=role, size=12)
        y -= 16
    out = tmp_path / f"specimen-{role}.pdf"
    out.write_bytes(doc.render())
    check_glyphs(out, chars)


def test_documents_print_the_names_they_list(demo_db, tmp_path) -> None:
    """The real path: the county ledger and a 劝返清单 read back glyph by glyph."""
    store = Store.open(demo_db)
    try:
        ledger = documents.draft(store, "ledger_dropout", area=Area())
        names = "".join(
            r[0]
            for r in store.conn.execute(
                "SELECT ch.name || ch.address || ch.hukou_address FROM cases c JOIN children ch"
                " ON ch.id = c.child_id WHERE c.state IN ('dropout','persuading','transferred_pending')"
            )
        )
    finally:
        store.close()
    out = tmp_path / "ledger.pdf"
    out.write_bytes(ledger.pdf)
    check_glyphs(out, "".join(sorted(set(names))))
