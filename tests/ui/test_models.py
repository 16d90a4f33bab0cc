"""The ledger item models: Qt's model tester, lazy block fetching, SQL filters and sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.store import queries
from desktop.ui.ledger_model import CaseIdRole, CaseTableModel, ChildTableModel

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_case_model_passes_the_model_tester(qtmodeltester, demo_store):
    model = CaseTableModel(demo_store.conn)
    model.set_seqs(queries.case_seqs(demo_store.conn, queries.CaseFilter()))
    assert model.rowCount() > 200
    qtmodeltester.check(model, force_py=True)


def test_child_model_passes_the_model_tester(qtmodeltester, demo_store):
    model = ChildTableModel(demo_store.conn)
    model.set_seqs(queries.child_seqs(demo_store.conn, queries.CaseFilter(township="522633100000")))
    assert model.rowCount() > 10
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_in_blocks_when_painted(demo_store):
    model = CaseTableModel(demo_store.conn)
    seqs = queries.case_seqs(demo_store.conn, queries.CaseFilter())
    model.set_seqs(seqs)
    assert model.fetch_count == 0  # nothing read until something is shown
    model.data(model.index(5, 1))
    model.data(model.index(50, 1))
    assert model.fetch_count == 1  # one block holds both
    model.data(model.index(len(seqs) - 1, 1))
    assert model.fetch_count == 2
    name = model.data(model.index(5, 1))
    row = demo_store.conn.execute(
        "SELECT ch.name FROM cases c JOIN children ch ON ch.id=c.child_id WHERE c.seq=?", (seqs[5],)
    ).fetchone()
    assert name == row["name"]
    model.mark_stale()
    model.data(model.index(5, 1))
    assert model.fetch_count == 3


def test_the_model_keeps_its_rows_compact_and_serves_them_as_given(demo_store):
    """The row handles are kept as 8-byte integers (a province's children ledger: 1,000,000
    rows), in the order given; extended, primed and read back as they were."""
    from desktop.ui.ledger_model import SeqRole

    model = CaseTableModel(demo_store.conn)
    seqs = queries.case_seqs(demo_store.conn, queries.CaseFilter(), sort="case_no")[::-1]
    head, tail = seqs[:150], seqs[150:]
    model.set_seqs(head)
    model.extend_seqs(tail)
    assert model.seqs() == seqs and isinstance(model.seqs(), list)
    assert model.rowCount() == len(seqs)
    assert [model.data(model.index(r, 0), SeqRole) for r in range(len(seqs))] == seqs
    case_no = {s: r["case_no"] for s, r in queries.case_rows(demo_store.conn, seqs).items()}
    assert [model.data(model.index(r, 0)) for r in range(len(seqs))] == [case_no[s] for s in seqs]
    model.set_seqs([2**40])  # beyond 32 bits: kept as is
    assert model.seqs() == [2**40]


def test_the_compact_children_read_is_the_same_as_the_list(demo_store, monkeypatch):
    """The children ledger reads every child as 8-byte integers, a few thousand rows at a
    time: the same seqs in the same order as child_seqs, whatever the filter and sort."""
    from array import array

    conn = demo_store.conn
    town = conn.execute("SELECT township_code FROM children LIMIT 1").fetchone()[0]
    monkeypatch.setattr(queries, "COMPACT_READ", 7)  # many reads, the last one short
    assert conn.execute("SELECT count(*) FROM children").fetchone()[0] % 7
    for f in (queries.CaseFilter(), queries.CaseFilter(township=town)):
        for sort in ("", "name", "school", "birth_date"):
            for descending in (False, True):
                listed = queries.child_seqs(conn, f, sort=sort, descending=descending)
                compact = queries.child_seqs_compact(conn, f, sort=sort, descending=descending)
                assert isinstance(compact, array) and compact.tolist() == listed


def test_filters_and_sorting_happen_in_sql(demo_store):
    conn = demo_store.conn
    town = conn.execute(
        "SELECT township_code FROM cases GROUP BY 1 ORDER BY count(*) DESC"
    ).fetchone()[0]
    f = queries.CaseFilter(states=queries.LEDGER_STATES["active"], township=town)
    seqs = queries.case_seqs(conn, f, sort="persuasion_count", descending=True)
    rows = queries.case_rows(conn, seqs)
    assert seqs and all(rows[s]["township_code"] == town for s in seqs)
    assert all(rows[s]["state"] in ("dropout", "persuading", "transferred_pending") for s in seqs)
    counts = [rows[s]["persuasion_count"] for s in seqs]
    assert counts == sorted(counts, reverse=True)
    overdue = queries.case_seqs(conn, queries.CaseFilter(overdue=True), today=dt.date.today())
    today = dt.date.today().isoformat()
    assert overdue and all(
        r["next_contact_on"] < today and r["state"] != "closed"
        for r in queries.case_rows(conn, overdue).values()
    )
    cause = queries.case_seqs(conn, queries.CaseFilter(cause="10"))  # 学习困难 and its sub-codes
    assert cause and all(
        any(c.startswith("1") for c in __import__("json").loads(r["causes"]))
        for r in queries.case_rows(conn, cause).values()
    )
    by_name = queries.case_seqs(conn, queries.CaseFilter(states=("closed",)), sort="name")
    assert len(by_name) == len(set(by_name))


def test_case_id_role_gives_the_case(demo_store):
    model = CaseTableModel(demo_store.conn)
    seqs = queries.case_seqs(demo_store.conn, queries.CaseFilter())
    model.set_seqs(seqs[:3])
    cid = model.data(model.index(0, 0), CaseIdRole)
    assert (
        demo_store.conn.execute("SELECT seq FROM cases WHERE id=?", (cid,)).fetchone()[0] == seqs[0]
    )
    assert model.headerData(0, Qt.Orientation.Horizontal) == "案件编号"


def test_ledger_page_filters_as_the_user_picks(qtbot, window):
    window.show_page("active")
    page = window.cases_page
    total = page.model.rowCount()
    town = page.filters.township.findText("丙妹镇")
    page.filters.township.setCurrentIndex(town)
    assert 0 < page.model.rowCount() < total
    page.filters.overdue.setChecked(True)
    n = page.model.rowCount()
    page.filters.reset()
    assert page.model.rowCount() == total and n <= total
    # sorting by clicking a header
    col = [c.key for c in page.model.columns].index("joint_count")
    page._header_clicked(col)
    page._header_clicked(col)
    values = [
        int(page.model.data(page.model.index(i, col)))
        for i in range(min(50, page.model.rowCount()))
    ]
    assert values == sorted(values, reverse=True)


def test_a_preloaded_ledger_opens_without_reading_its_first_screen(qtbot, window):
    """The start-up preload fetches the ledger's ids and first block on the worker thread;
    opening the ledger then paints from them (the 50 ms first-paint budget relies on it)."""
    from desktop.ui import ops, yielding

    yielding._until = 0.0  # no typing just before (the glyphs are drawn once it stops)
    page = window.cases_page
    drawn: list[str] = []  # the first screen's texts drawn off screen meanwhile (glyph cache)
    warm_glyphs = page.table.warm_glyphs
    page.table.warm_glyphs = lambda texts: (drawn.extend(texts), warm_glyphs(texts))
    ops.set_synchronous(False)
    try:
        page.preload("active", window.db_path)
        qtbot.waitUntil(lambda: "active" in page._preloaded, timeout=10000)
    finally:
        ops.set_synchronous(True)
    window.show_page("active")
    model = page.model
    assert model.rowCount() > 20 and model.fetch_count == 0
    page.table.viewport().grab()  # paints the first screen
    assert model.fetch_count == 0
    want = queries.case_rows(window.store.conn, model.seqs()[:1])[model.seqs()[0]]
    name = [c.key for c in model.columns].index("name")
    assert model.row_texts(0)[name] == want["name"]
    assert want["name"] in drawn and model.row_texts(0)[name + 1] in drawn
    # a stale preload (the store changed since) is not used
    ops.set_synchronous(False)
    try:
        page.preload("active", window.db_path)
        qtbot.waitUntil(lambda: "active" in page._preloaded, timeout=10000)
    finally:
        ops.set_synchronous(True)
    page.schedule_refresh()
    assert page._take_preloaded() is None


def test_the_ledger_table_paints_rows_selection_and_colours(qtbot, window):
    """LedgerTable draws the cells itself: text in each visible row, the selection highlight,
    nothing below the last row."""
    from PySide6.QtGui import QPalette

    window.show_page("active")
    page = window.cases_page
    table = page.table
    page.filters.township.setCurrentIndex(page.filters.township.findText("丙妹镇"))
    rows = page.model.rowCount()
    assert 0 < rows < 30
    table.warm_up()  # what the start-up preload does while idle; painting is the same after
    table.selectRow(1)
    image = table.viewport().grab().toImage()
    vheader = table.verticalHeader()

    def row_colours(row: int) -> set[int]:
        y = vheader.sectionViewportPosition(row) + vheader.sectionSize(row) // 2
        return {image.pixel(x, y) for x in range(0, min(image.width(), 600))}

    highlight = table.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert highlight in row_colours(1)  # the selected row is filled
    assert highlight not in row_colours(0)
    assert len(row_colours(0)) > 3  # text drawn, not an empty band
    below = vheader.sectionViewportPosition(rows - 1) + vheader.sectionSize(rows - 1) + 5
    if below < image.height():
        empty = {image.pixel(x, below) for x in range(0, min(image.width(), 600))}
        assert len(empty) <= 2  # background (and at most a grid line)
