"""What printing refuses or adds: other schools' children, characters no font has, and the
empty back page that keeps double-sided batches one document per sheet."""

from __future__ import annotations

import io
import subprocess
import sys

import pdfplumber
import pytest
from test_templates import TODAY, complete

from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.forms import batches, documents
from desktop.store.repo import Store

MISSING = "\U0002a6a5"  # 𪚥: in no shipped font


def two_schools(store) -> tuple[str, str, str]:
    """(a case id, its school, another school)."""
    row = store.conn.execute(
        "SELECT id, school_id FROM cases WHERE school_id IS NOT NULL AND school_id != ''"
        " AND state='persuading' ORDER BY case_no LIMIT 1"
    ).fetchone()
    other = store.conn.execute(
        "SELECT id FROM schools WHERE id != ? LIMIT 1", (row["school_id"],)
    ).fetchone()[0]
    return row["id"], row["school_id"], other


@pytest.mark.parametrize("mode", ["draft", "blank"])
def test_a_teacher_prints_no_other_schools_child(demo_store, mode) -> None:
    case_id, school, other = two_schools(demo_store)
    complete(demo_store, "home_visit", case_id)
    demo_store.scope = Scope.school(other)
    with pytest.raises(UserError, match="不在您的工作范围内"):
        getattr(documents, mode)(demo_store, "home_visit", case_id=case_id)
    demo_store.scope = Scope.school(school)
    assert getattr(documents, mode)(demo_store, "home_visit", case_id=case_id).pdf


def kcbx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "form", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_form_command_refuses_a_missing_glyph_unless_allowed(demo_db, tmp_path) -> None:
    with Store.open(demo_db) as store:
        case_no, child_id = store.conn.execute(
            "SELECT case_no, child_id FROM cases WHERE state='persuading' ORDER BY case_no LIMIT 1"
        ).fetchone()
        with store.transaction():
            store.conn.execute("UPDATE children SET name=? WHERE id=?", ("张" + MISSING, child_id))
    out = tmp_path / "visit.pdf"
    refused = kcbx(
        "--db", str(demo_db), "home_visit", "--case", case_no, "--blank", "--out", str(out)
    )
    assert refused.returncode != 0
    assert MISSING in refused.stderr and "--allow-missing-glyphs" in refused.stderr
    assert not out.exists()
    allowed = kcbx(
        "--db",
        str(demo_db),
        "home_visit",
        "--case",
        case_no,
        "--blank",
        "--allow-missing-glyphs",
        "--out",
        str(out),
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "警告" in allowed.stderr and MISSING in allowed.stderr
    assert out.exists()


def test_double_sided_batch_starts_every_document_on_a_new_sheet(demo_store) -> None:
    case_ids = batches.select_cases(demo_store, states=["persuading"])[:2]
    single = batches.batch(demo_store, "order_notice", case_ids, mode="draft", today=TODAY)
    duplex = batches.batch(
        demo_store, "order_notice", case_ids, mode="draft", today=TODAY, duplex=True
    )
    per_doc = single.pages // 2
    assert per_doc % 2 == 1  # notice + 送达回证: odd, so padding is needed
    assert duplex.pages == 2 * (per_doc + 1)
    with pdfplumber.open(io.BytesIO(duplex.pdf)) as pdf:
        back = pdf.pages[per_doc]
        assert not back.chars  # the empty back page: no text, no page number
        assert pdf.pages[per_doc + 1].chars
