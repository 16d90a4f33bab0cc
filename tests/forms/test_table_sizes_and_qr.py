"""Read back from the PDFs: every table of every form is set in 五号 (10.5 pt) or 小四 (12 pt)
as DOMAIN.md asks (not 8–9 pt), and the QR code's caption stays within the text block's
columns (the 版心 of a notice), below the text and clear of the page number, never out in the
side margin."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from test_templates import TODAY, area_for, complete, pick_case

from desktop.forms import documents
from desktop.forms.layout import CAPTION_SIZE, mm

TEMPLATES = list(documents.templates())
GRID_SIZES = (10.5, 12.0)  # 五号, 小四
BLOCK = (mm(28), mm(28 + 156))  # the GB/T 9704 版心's columns


def issued(store, template_id: str):
    template = documents.get_template(template_id)
    if template.scope == "area":
        return documents.issue(store, template_id, area=area_for(store, template_id), today=TODAY)
    case_id = pick_case(store, template_id)
    complete(store, template_id, case_id)
    return documents.issue(store, template_id, case_id=case_id, today=TODAY)


def inside(box: tuple[float, float, float, float], char: dict) -> bool:
    x0, top, x1, bottom = box
    return (
        x0 - 0.5 <= char["x0"]
        and char["x1"] <= x1 + 0.5
        and top - 0.5 <= char["top"]
        and char["bottom"] <= bottom + 0.5
    )


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_table_text_is_wuhao_or_xiaosi(demo_store, template_id: str) -> None:
    rendered = issued(demo_store, template_id)
    checked = 0
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        for number, page in enumerate(pdf.pages[:4]):  # a long ledger repeats its first pages
            boxes = [t.bbox for t in page.find_tables()]
            for char in page.chars:
                if char["text"].isspace() or not any(inside(b, char) for b in boxes):
                    continue
                checked += 1
                assert any(abs(char["size"] - s) < 0.05 for s in GRID_SIZES), (
                    f"{template_id} p{number + 1}: “{char['text']}” at {char['size']:.1f} pt"
                )
    if template_id not in ("school_notice", "order_notice", "penalty", "demand"):
        assert checked > 50, f"{template_id}: no table text found"
    else:
        assert checked > 10  # the 送达回证


@pytest.mark.parametrize(
    "template_id", ["school_notice", "penalty", "case_plan", "cross_province", "ledger_suspected"]
)
def test_the_qr_caption_stays_in_the_text_blocks_columns(demo_store, template_id: str) -> None:
    rendered = issued(demo_store, template_id)
    notice = documents.get_template(template_id).notice
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        for number, page in enumerate(pdf.pages):
            where = f"{template_id} p{number + 1}"
            caption = [c for c in page.chars if abs(c["size"] - CAPTION_SIZE) < 0.05]
            assert "".join(c["text"] for c in caption) == rendered.number, where
            others = [c for c in page.chars if c not in caption and not c["text"].isspace()]
            if notice:
                left, right = BLOCK
            else:  # the page's own text block: its text and tables
                boxes = [t.bbox for t in page.find_tables()]
                left = min([c["x0"] for c in others] + [b[0] for b in boxes])
                # the right edge of the frames the page's content was laid out in (a short
                # last page's text need not reach it)
                right = max(
                    [c["x1"] for c in others]
                    + [b[2] for b in boxes]
                    + [rendered.doc.pages[number].block_right]
                )
            x0, x1 = min(c["x0"] for c in caption), max(c["x1"] for c in caption)
            top, bottom = min(c["top"] for c in caption), max(c["bottom"] for c in caption)
            assert left - 0.5 <= x0 and x1 <= right + 0.5, (where, x0 / mm(1), x1 / mm(1))
            assert page.height - bottom >= mm(5), where  # inside what printers print
            qr = [r for r in page.rects if r["top"] > page.height - mm(25)]
            assert qr and x1 <= min(r["x0"] for r in qr), where  # beside the code, not on it
            assert max(r["x1"] for r in qr) <= right + 0.5, where
            for c in others:  # below the text, clear of the page number
                assert c["bottom"] <= top or c["x1"] <= x0 or c["x0"] >= x1, (where, c["text"])
