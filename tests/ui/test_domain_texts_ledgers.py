"""The English interface where the ledgers, Today and a refused sync bundle show the store's
and the sync's texts: a child's sex, Today's item titles, the bundle refusals of the proof of
origin and of the bundle's checks, and the export's refusals are English in the English app
and the same Chinese as before for the command line."""

from __future__ import annotations

import pytest
from test_chinese import CJK

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.uninstall(qapp)


def test_the_ledgers_show_a_childs_sex_in_english(english, demo_store):
    from desktop.store import queries
    from desktop.ui.ledger_model import CaseTableModel, ChildTableModel

    conn = demo_store.conn
    children = ChildTableModel(conn)
    children.set_seqs(queries.child_seqs(conn, queries.CaseFilter(township="522633100000")))
    cases = CaseTableModel(conn)
    cases.set_seqs(queries.case_seqs(conn, queries.CaseFilter()))
    for model in (children, cases):
        col = [c.key for c in model.columns].index("sex")
        shown = {model.index(r, col).data() for r in range(min(model.rowCount(), 50))}
        assert shown == {"Male", "Female"}, shown


def test_the_ledger_fits_english_sexes_and_capitalises_causes(english, window):
    window.show_page("all")
    page = window.cases_page
    keys = [c.key for c in page.model.columns]
    sex, causes = keys.index("sex"), keys.index("causes")
    header = page.table.horizontalHeader()
    assert header.sectionSize(sex) > page.table.fontMetrics().horizontalAdvance("Female")
    import json

    from desktop.domain.codes import CAUSES
    from desktop.ui.labels import causes_text

    named = {c: causes_text(json.dumps([c])) for c in CAUSES.codes()}
    assert named and all(n[:1].isupper() for n in named.values()), named
    shown = page.model.index(0, causes).data()
    assert shown and shown[0].isupper() and not CJK.search(shown), shown


def test_todays_titles_in_english(english, window):
    window.show_page("today")
    page = window.today_page
    page.refresh()
    titles = [
        page.tree.topLevelItem(i).child(j).text(0)
        for i in range(page.tree.topLevelItemCount())
        for j in range(page.tree.topLevelItem(i).childCount())
    ]
    assert titles, "the demo county has items today"
    with_case = [t for t in titles if "-" in t]
    assert with_case and all("（" not in t and "(" in t for t in with_case), with_case[:5]


def test_bundle_refusals_in_english(english):
    from desktop.domain.text import Msg
    from desktop.sync import apply, origin
    from desktop.ui.labels import user_message

    refused = apply._bad(Msg("{entity} 行与操作不符", entity="children"))
    assert str(refused) == "同步包内容无效（children 行与操作不符）"  # the command line's
    assert not CJK.search(user_message(refused)), user_message(refused)
    forged = origin._refuse(
        Msg(
            "同步包中标为设备“{device}”的变更（{ops}）没有该设备的有效签名："
            "它们是伪造的，已拒收整个同步包",
            device="丙妹镇",
            ops="a1b2c3d4:1–40",
        ),
        "forged_origin",
    )
    shown = user_message(forged)
    assert shown.startswith('The changes labelled as device "丙妹镇" (a1b2c3d4:1–40)'), shown
    assert not CJK.search(user_message(origin._refuse(origin.BAD_SEGMENTS, "damaged")))


def test_export_refusals_in_english(english, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
    from synckit import make_county

    from desktop.domain.errors import UserError
    from desktop.sync import export
    from desktop.ui.labels import user_message

    county = make_county(tmp_path / "county")
    laptop = county.device(tmp_path / "a.db", name="A")
    try:
        with pytest.raises(UserError) as none:
            export.prepare(laptop, [])
        assert str(none.value) == "请选择接收设备"
        assert user_message(none.value) == "Please choose the receiving devices"
    finally:
        laptop.close()


def test_the_case_page_in_english_neither_scrolls_sideways_nor_cuts_its_kinds(
    english, window, qtbot
):
    """At 1366×768 in English: the record and action pane is as wide as its buttons (it
    scrolled sideways), the timeline's kinds column as wide as "Persuasion contact"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    case_id = window.store.conn.execute(
        "SELECT c.id FROM cases c WHERE state = 'persuading' ORDER BY persuasion_count DESC"
    ).fetchone()[0]
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(case_id)
    view = window.case_view
    qtbot.wait(50)
    scroll = view.record_buttons["contact"].parentWidget()
    while not isinstance(scroll, QScrollArea):  # the pane the button is in
        scroll = scroll.parentWidget()
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    fits = scroll.viewport().width()
    assert scroll.widget().width() <= fits and scroll.widget().minimumSizeHint().width() <= fits
    kinds = {
        view.timeline.topLevelItem(i).text(1) for i in range(view.timeline.topLevelItemCount())
    }
    widest = max(view.timeline.fontMetrics().horizontalAdvance(k) for k in kinds)
    assert view.timeline.columnWidth(1) >= min(widest, 200), (kinds, view.timeline.columnWidth(1))


def test_the_ledger_filters_show_their_english_all_choice_whole(english, window):
    from PySide6.QtWidgets import QComboBox

    window.show_page("all")
    boxes = [b for b in window.cases_page.findChildren(QComboBox) if b.count()]
    assert len(boxes) >= 5
    for box in boxes:
        text = box.itemText(0)  # "All townships", "All responsible" …
        assert box.minimumWidth() > box.fontMetrics().horizontalAdvance(text) + 20, text
