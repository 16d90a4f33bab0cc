"""Issued documents are frozen: stored with number, snapshot and hash; a reprint is the same
PDF, whatever happened to the case since; the QR code on every page carries the document id."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import subprocess
import sys

import pdfplumber
import pytest
from ladder import ready_for
from pdfcheck import page_texts, pdf_text
from system_tools import need

from desktop.domain.errors import UserError
from desktop.forms import batches, documents, layout
from desktop.forms.base import Area
from desktop.store import db

TODAY = dt.date(2026, 11, 28)


def a_case(store, state: str = "persuading") -> str:
    case_id = store.conn.execute(
        "SELECT c.id FROM cases c JOIN guardians g ON g.child_id = c.child_id WHERE c.state=?"
        " ORDER BY c.case_no LIMIT 1",
        (state,),
    ).fetchone()[0]
    if state in ("dropout", "persuading"):
        ready_for(store, case_id, "order_notice", TODAY)  # a school notice, past its deadline
    return case_id


def document_event(store, doc_id: str) -> dict:
    row = store.conn.execute(
        "SELECT kind, case_id, payload FROM events WHERE id=?", (doc_id,)
    ).fetchone()
    assert row["kind"] == "document"
    return db.loads(row["payload"])


def test_issue_stores_number_snapshot_and_hash(demo_store) -> None:
    case_id = a_case(demo_store)
    rendered = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    payload = document_event(demo_store, rendered.doc_id)
    assert payload["template"] == "order_notice"
    assert payload["number"] == rendered.number
    assert payload["year"] == 2026 and payload["seq"] == 1
    assert payload["issuer"].startswith("township:")
    assert payload["pdf_sha256"] == hashlib.sha256(rendered.pdf).hexdigest()
    assert payload["snapshot"]["content"]["number"] == rendered.number
    assert payload["snapshot"]["content"]["date"] == "2026年11月28日"


def test_reprint_is_the_same_document_after_the_case_changed(demo_store) -> None:
    case_id = a_case(demo_store)
    first = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    child_id = demo_store.get("cases", case_id)["child_id"]
    old_name = demo_store.get("children", child_id)["name"]
    demo_store.update("children", child_id, {"name": "改名后"})
    guardian = demo_store.conn.execute(
        "SELECT id FROM guardians WHERE child_id=? ORDER BY is_primary DESC LIMIT 1", (child_id,)
    ).fetchone()[0]
    demo_store.update("guardians", guardian, {"phone": "10000000000"})

    again = documents.reprint(demo_store, first.doc_id)
    assert again.pdf == first.pdf
    assert again.matches
    assert old_name in pdf_text(again.pdf) and "改名后" not in pdf_text(again.pdf)
    # a new document shows the case as it is now, with the next number
    fresh = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY, reissue=True)
    assert "改名后" in pdf_text(fresh.pdf)
    assert fresh.number != first.number


def test_reprint_in_another_process_gives_identical_bytes(demo_store, demo_db, tmp_path) -> None:
    case_id = a_case(demo_store)
    issued = documents.issue(demo_store, "case_plan", case_id=case_id, today=TODAY)
    out = tmp_path / "again.pdf"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "form",
            "--db",
            str(demo_db),
            "--reprint",
            issued.number,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "注意" not in run.stdout
    assert hashlib.sha256(out.read_bytes()).hexdigest() == issued.sha256


def test_large_snapshot_is_kept_in_an_attachment(demo_store, monkeypatch) -> None:
    monkeypatch.setattr(documents, "INLINE_LIMIT", 1000)
    issued = documents.issue(demo_store, "ledger_dropout", area=Area(), today=TODAY)
    snapshot = document_event(demo_store, issued.doc_id)["snapshot"]
    assert "content" not in snapshot
    assert demo_store.conn.execute(
        "SELECT 1 FROM attachments WHERE sha256=?", (snapshot["content_sha256"],)
    ).fetchone()
    assert documents.reprint(demo_store, issued.doc_id).pdf == issued.pdf


def test_qr_code_on_every_page_carries_the_document_id(demo_store) -> None:
    case_id = a_case(demo_store)
    issued = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    text = documents.qr_text(issued.doc_id)
    assert documents.document_id_from_qr(text) == issued.doc_id
    with pytest.raises(UserError):
        documents.document_id_from_qr("https://example.org/")
    # the modules drawn are reportlab's encoding of the id
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, 2)
    assert layout.qr_matrix(text) == tuple(tuple(bool(m) for m in row) for row in code.modules)
    # every page draws it (one form XObject, used on each page)
    with pdfplumber.open(io.BytesIO(issued.pdf)) as pdf:
        for page in pdf.pages:
            xobjects = page.page_obj.resources.get("XObject") or {}
            assert any("qr" in str(name).lower() for name in xobjects), "no QR code on a page"


def test_qr_code_scans(demo_store, tmp_path) -> None:
    need("zbarimg", "pdftoppm")
    case_id = a_case(demo_store)
    issued = documents.issue(demo_store, "school_notice", case_id=case_id, today=TODAY)
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(issued.pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    for png in sorted(tmp_path.glob("p-*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        assert documents.document_id_from_qr(out.stdout.strip()) == issued.doc_id


def test_notice_records_its_legal_step(demo_store) -> None:
    case_id = a_case(demo_store)
    issued = documents.issue(
        demo_store, "order_notice", case_id=case_id, today=TODAY, options={"deadline": "2026-12-10"}
    )
    row = demo_store.conn.execute(
        "SELECT payload FROM events WHERE case_id=? AND kind='legal_step' ORDER BY seq DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    step = db.loads(row[0])
    assert step["step"] == "order_notice" and step["doc_no"] == issued.number
    assert step["deadline"] == "2026-12-10"
    assert demo_store.get("cases", case_id)["legal_deadline"] == "2026-12-10"
    assert "2026年12月10日" in pdf_text(issued.pdf)


def test_every_print_and_export_is_audited(demo_store) -> None:
    case_id = a_case(demo_store)
    issued = documents.issue(demo_store, "home_visit", case_id=case_id, today=TODAY)
    documents.record_output(demo_store, issued, target="pdf:/tmp/x.pdf")
    blank = documents.blank(demo_store, "home_visit", case_id=case_id)
    documents.record_output(demo_store, blank, target="打印机")
    rows = demo_store.conn.execute(
        "SELECT action, row_id, detail FROM audit WHERE action='print' ORDER BY seq"
    ).fetchall()
    assert [db.loads(r["detail"])["mode"] for r in rows] == ["issue", "blank"]
    assert rows[0]["row_id"] == issued.doc_id
    assert db.loads(rows[0]["detail"])["number"] == issued.number
    assert db.loads(rows[1]["detail"])["target"] == "打印机"


def test_batch_makes_one_pdf_of_numbered_documents(demo_store) -> None:
    # cases on no rung of the legal ladder yet (a recent notice's period may still be running)
    no_step = (
        "state='persuading' AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = cases.id"
        " AND e.kind = 'legal_step')"
    )
    village = demo_store.conn.execute(
        f"SELECT village_code FROM cases WHERE {no_step} GROUP BY 1 ORDER BY count(*) DESC"
    ).fetchone()[0]
    fresh = {r[0] for r in demo_store.conn.execute(f"SELECT id FROM cases WHERE {no_step}")}
    ids = [
        i
        for i in batches.select_cases(demo_store, village=village, states=["persuading"])
        if i in fresh
    ]
    assert len(ids) >= 2
    for case_id in ids:
        ready_for(demo_store, case_id, "order_notice", TODAY)  # a school notice, past due
    seen = []
    result = batches.batch(
        demo_store, "order_notice", ids, today=TODAY, progress=lambda d, t, s: seen.append((d, t))
    )
    assert len(result.doc_ids) == len(ids) and len(set(result.numbers)) == len(ids)
    pages = page_texts(result.pdf)
    assert len(pages) == result.pages == 3 * len(ids)  # notice (2 pages) + 送达回证 each
    for number in result.numbers:
        assert any(number in p for p in pages)
    assert seen[-1] == (len(ids), len(ids))
    # each document can be reprinted alone, identical to its part of the batch
    alone = documents.reprint(demo_store, result.doc_ids[0])
    assert alone.matches


def test_cancelled_batch_keeps_what_was_issued(demo_store) -> None:
    ids = batches.select_cases(demo_store, states=["persuading"])[:5]
    for case_id in ids:
        ready_for(demo_store, case_id, "order_notice", TODAY)
    calls = []

    class Stop(Exception):
        pass

    def check():
        calls.append(1)
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        batches.batch(demo_store, "order_notice", ids, today=TODAY, check=check)
    issued = demo_store.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()
    assert issued[0] == 2


def test_area_template_needs_no_case_and_case_template_needs_one(demo_store) -> None:
    with pytest.raises(UserError, match="案件"):
        documents.issue(demo_store, "order_notice", today=TODAY)
    with pytest.raises(UserError, match="乡镇"):
        documents.issue(demo_store, "return_list", area=Area(), today=TODAY)
    with pytest.raises(UserError, match="没有名为"):
        documents.get_template("nope")
