"""Search finds case numbers and 文书 numbers; a search never filters a ledger silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text

from desktop.store import db
from desktop.store.search import number_matches, search_children

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CaseIdRole = Qt.ItemDataRole.UserRole + 1


def _a_case(store):
    return store.conn.execute(
        "SELECT c.id, c.case_no, ch.seq, ch.name FROM cases c JOIN children ch ON ch.id=c.child_id"
        " WHERE c.state='persuading' ORDER BY c.case_no LIMIT 1"
    ).fetchone()


def _a_doc_no(store):
    for row in store.conn.execute(
        "SELECT e.payload, ch.seq FROM events e JOIN children ch ON ch.id=e.child_id"
        " WHERE e.kind='legal_step' ORDER BY e.seq"
    ):
        number = db.loads(row["payload"]).get("doc_no", "")
        if "〔" in number:
            return number, row["seq"]
    raise AssertionError("the demo county has legal steps with document numbers")


def test_case_number_full_and_partial(demo_store):
    case = _a_case(demo_store)
    assert number_matches(demo_store.conn, case["case_no"])[0] == case["seq"]
    assert case["seq"] in number_matches(demo_store.conn, case["case_no"][:13].lower())
    rows = search_children(demo_store.conn, case["case_no"])
    assert rows and rows[0]["seq"] == case["seq"]


def test_document_number_with_any_brackets(demo_store):
    number, seq = _a_doc_no(demo_store)
    assert seq in number_matches(demo_store.conn, number)
    typed = number.replace("〔", "[").replace("〕", "]")
    assert seq in number_matches(demo_store.conn, typed)


def test_names_and_years_are_not_numbers(demo_store):
    assert number_matches(demo_store.conn, "陈秀") == []
    assert number_matches(demo_store.conn, "2024") == []


def _case_ids(page):
    return [
        page.model.data(page.model.index(i, 0), CaseIdRole) for i in range(page.model.rowCount())
    ]


def test_search_box_finds_a_case_number_and_the_chip_clears_it(qtbot, window):
    case = _a_case(window.store)
    window.show_page("all")
    page = window.cases_page
    total = page.model.rowCount()
    qtbot.keyClicks(window.search_box, case["case_no"])
    window.search_box.flush()
    assert window.current_page() == "all"
    assert _case_ids(page)[0] == case["id"]
    assert page.search_chip.isVisible()
    assert page.search_chip.text() == f"筛选：{case['case_no']} ×"
    # Leftover text never filters silently: the chip says so; its × clears box and filter.
    qtbot.mouseClick(page.search_chip, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == ""
    assert not page.search_chip.isVisible()
    assert page.model.rowCount() == total


def test_chip_shows_on_every_ledger_the_search_filters(qtbot, window):
    case = _a_case(window.store)
    window.show_page("active")
    type_text(qtbot, window.search_box, case["name"])
    window.search_box.flush()
    assert window.cases_page.search_chip.isVisible()
    window.show_page("children")
    assert window.children_page.search_chip.isVisible()
    assert case["name"] in window.children_page.search_chip.text()


def test_many_signals_do_not_exhaust_true():
    """PySide6 6.12 on Python 3.11: a signal's emit() returns True without a new reference;
    every search emits several (see ui/__init__), so True must not run out."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import sys
        import desktop.ui
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Box(QObject):
            search = Signal(str)
        box = Box()
        box.search.connect(lambda text: None)
        for _ in range(100_000):
            box.search.emit("zh")
        print("OK", sys.getrefcount(True) > 1 << 39)
        """
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "OK True" in result.stdout, result.stderr[-2000:]


def test_the_children_ledger_is_built_while_idle_and_a_first_search_shows_it(qtbot, window):
    """Built after start-up, before the first key (which then only searches and paints); it
    reads its rows only when shown."""
    window.show_page("today")
    qtbot.waitUntil(lambda: window._children_page is not None, timeout=5000)
    page = window._children_page
    assert window.current_page() == "today" and page.model.rowCount() == 0
    name = _a_case(window.store)["name"]
    type_text(qtbot, window.search_box, name)
    window.search_box.flush()
    assert window.current_page() == "children" and window.children_page is page
    assert page.model.rowCount() > 0 and page.search_chip.isVisible()
    row = page.model.row_texts(0)
    assert row is not None and name in row


def test_many_results_show_their_first_screen_then_the_rest(qtbot, window):
    """Ranked search results in the children ledger: the first 100 are queried and painted,
    the rest once that paint is on screen; a newer key drops an older search's rest."""
    from desktop.store import queries

    window.show_page("children")
    page = window.children_page
    text = next(
        t for t in ("w", "z", "l", "y", "c") if len(window.search_service.child_seqs(t)) > 150
    )
    ranked = window.search_service.child_seqs(text)
    in_scope = set(
        queries.child_seqs(window.store.conn, queries.CaseFilter(child_seqs=tuple(ranked)))
    )
    want = [s for s in ranked if s in in_scope]
    window._search(text)
    assert page.model.seqs() == want[: len(page.model.seqs())] and page.model.rowCount() <= 100
    assert page.search_chip.isVisible()
    page.table.viewport().repaint()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(want), timeout=5000)
    assert page.model.seqs() == want
    assert page.count.text() == f"共 {len(want)} 条"
    # a newer key before the rest came: the newer search's results, whole, in rank order
    window._search(text)
    newer = window.search_service.child_seqs(text + "a")
    window._search(text + "a")
    page.table.viewport().repaint()
    in_scope = set(
        queries.child_seqs(window.store.conn, queries.CaseFilter(child_seqs=tuple(newer)))
    )
    want = [s for s in newer if s in in_scope]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(want), timeout=5000)
    qtbot.wait(200)
    assert page.model.seqs() == want and page.count.text() == f"共 {len(want)} 条"
