"""New child (ID autofill, duplicate check), drafts that survive, attachments, Today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from ui_helpers import type_text

from desktop.domain import model
from desktop.store import cases, db, drafts
from desktop.ui import record_dialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_id_number_fills_birth_date_and_sex_and_warns_on_bad_checksum(qtbot, empty_window, dialogs):
    window = empty_window

    def fill(d):
        type_text(qtbot, d.name, "杨小花")
        qtbot.keyClicks(d.id_number.edit, "52263320120305002")
        assert "还差 1 位" in d.id_number.status.text()
        qtbot.keyClicks(d.id_number.edit, "3")  # wrong check character
        assert "校验位错误" in d.id_number.status.text() and d.id_number.info is None
        d.id_number.edit.backspace()
        qtbot.keyClicks(d.id_number.edit, "x")  # lower-case x is accepted
        assert d.id_number.info is not None
        assert d.birth.iso() == "2012-03-05" and d.sex.code() == "女"
        type_text(qtbot, d.guardian, "杨大山")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    from desktop.domain.ids import id_check_char

    assert id_check_char("52263320120305002") == "X"
    dialogs.then(fill)
    window.trigger("new_child")
    row = window.store.conn.execute("SELECT * FROM children WHERE name='杨小花'").fetchone()
    assert (row["birth_date"], row["sex"], row["id_number"]) == (
        "2012-03-05",
        "女",
        "52263320120305002X",
    )
    g = window.store.conn.execute(
        "SELECT name FROM guardians WHERE child_id=?", (row["id"],)
    ).fetchone()
    assert g["name"] == "杨大山"
    assert window.current_page() == "case" and window.case_view.child_id == row["id"]


def test_creating_a_child_offers_the_existing_one(qtbot, window, dialogs):
    store = window.store
    kid = store.conn.execute(
        "SELECT * FROM children WHERE id_number != '' LIMIT 1 OFFSET 11"
    ).fetchone()
    n = store.conn.execute("SELECT count(*) FROM children").fetchone()[0]

    def by_id(d):
        qtbot.keyClicks(d.id_number.edit, kid["id_number"])
        d.check_duplicates()
        assert d.dup_list.isVisible()
        assert "身份证号相同" in d.dup_list.item(0).text()
        d.dup_list.itemDoubleClicked.emit(d.dup_list.item(0))  # open the existing child

    dialogs.then(by_id)
    window.trigger("new_child")
    assert window.case_view.child_id == kid["id"]

    def homophone(d):
        # same birth date and village, a name that reads the same
        type_text(qtbot, d.name, kid["name"])
        d.township.setCurrentIndex(d.township.findData(kid["township_code"]))
        d.village.setCurrentIndex(d.village.findData(kid["village_code"]))
        d.birth.set_date(kid["birth_date"])
        found = d.check_duplicates()
        assert kid["id"] in [f.child_id for f in found]
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.isVisible() and "可能已登记" in d.error.text()  # first click only warns
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)  # deliberate second click

    dialogs.then(homophone)
    window.trigger("new_child")
    assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] == n + 1


@pytest.fixture
def persuading(store):
    child = store.create("children", model.Child(name="潘小军", township_code="522633100000"))
    case_id = cases.open_case(
        store, model.Case(child_id=child, ledger_kind="dropout", causes=("20",))
    )
    cases.save_plan(
        store,
        model.Plan(
            case_id=case_id, cause_analysis="外出打工", measures="家访", deadline=dt.date.today()
        ),
    )
    from desktop.domain.states import Action

    cases.take_action(store, case_id, Action.START_PERSUASION)
    return case_id


def test_unsaved_typing_survives_as_a_draft(qtbot, empty_window, dialogs, persuading, monkeypatch):
    window, store = empty_window, empty_window.store
    window.open_case(persuading)

    def type_then_crash(d):
        type_text(qtbot, d.findings, "祖母说孩子去了县城")
        d.save_draft_if_dirty()  # what the 5-second timer and focus loss do
        d.hide()  # the process dies here: no save, no question

    dialogs.then(type_then_crash)
    window.trigger("contact")
    saved = drafts.list_drafts(store)
    assert [d.key for d in saved] == [f"contact:{persuading}"]
    assert saved[0].fields["findings"] == "祖母说孩子去了县城"
    # Today lists the draft; opening it brings the text back
    window.show_page("today")
    top = window.today_page.tree.topLevelItem(0)
    assert not top.isHidden() and top.childCount() == 1

    def restored(d):
        assert d.findings.text() == "祖母说孩子去了县城" and d.banner.isVisible()
        type_text(qtbot, d.participants, "龙干部")
        type_text(qtbot, d.met, "祖母")  # a home visit says who was met and the result
        d.outcome.set_code("considering")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    dialogs.then(restored)
    window.today_page._open(top.child(0))
    assert drafts.list_drafts(store) == []
    p = db.loads(
        store.conn.execute(
            "SELECT payload FROM events WHERE kind='contact' AND case_id=?", (persuading,)
        ).fetchone()[0]
    )
    assert p["findings"] == "祖母说孩子去了县城"


def test_closing_with_unsaved_changes_asks(qtbot, empty_window, dialogs, persuading, monkeypatch):
    window, store = empty_window, empty_window.store
    window.open_case(persuading)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked = []

    def ask(parent):
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(record_dialog, "ask_unsaved", ask)

    def close_twice(d):
        type_text(qtbot, d.summary, "责令监护人七日内送子女返校")
        d.reject()
        assert d.isVisible()  # "continue editing"
        d.reject()
        assert not d.isVisible()

    dialogs.then(close_twice)
    window.trigger("legal_step")
    assert len(asked) == 2
    draft = drafts.load_draft(store, f"legal_step:{persuading}")
    assert draft is not None and draft.fields["summary"] == "责令监护人七日内送子女返校"


def test_a_photo_is_downscaled_attached_and_opened(
    qtbot, empty_window, dialogs, persuading, tmp_path
):
    window, store = empty_window, empty_window.store
    photo = tmp_path / "签字页.png"
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo))
    window.open_case(persuading)

    def visit_with_photo(d):
        type_text(qtbot, d.participants, "龙干部")
        type_text(qtbot, d.met, "祖母")
        type_text(qtbot, d.findings, "监护人在签字页上签了字")
        d.outcome.set_code("considering")
        d.add_file(photo)  # as a drop or the file picker does
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    dialogs.then(visit_with_photo)
    window.trigger("contact")
    contact = store.conn.execute(
        "SELECT id FROM events WHERE kind='contact' AND case_id=?", (persuading,)
    ).fetchone()
    link = db.loads(
        store.conn.execute(
            "SELECT payload FROM events WHERE kind='attachment' AND case_id=?", (persuading,)
        ).fetchone()[0]
    )
    assert link["target_id"] == contact["id"] and link["mime"] == "image/jpeg"
    stored = store.conn.execute(
        "SELECT data, size FROM attachments WHERE sha256=?", (link["sha256"],)
    ).fetchone()
    back = QImage.fromData(stored["data"])
    assert max(back.width(), back.height()) == 1600 and stored["size"] < photo.stat().st_size
    # the timeline shows it under the visit; activating opens a viewer
    item = window.case_view.timeline.topLevelItem(0)
    assert item.childCount() == 1 and item.child(0).text(3) == "签字页.jpg"
    from desktop.ui import attachments

    viewer = attachments.open_attachment(window, window.workbench, link["sha256"], link["filename"])
    assert viewer is not None and viewer.isVisible()
    viewer.close()


def test_today_lists_due_work_one_click_from_the_case(qtbot, window):
    page = window.today_page
    page.refresh()
    sections = {page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())}
    assert any(s.startswith("走访到期或逾期") for s in sections)
    visits = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0).startswith("走访")
    )
    assert visits.childCount() > 0
    first = visits.child(0)
    page._open(first)
    assert window.current_page() == "case"
    case = window.store.get("cases", window.case_view.case_id)
    assert case["next_contact_on"] <= (dt.date.today() + dt.timedelta(days=7)).isoformat()


def test_campaign_lists_children_who_did_not_come_back(store):
    from desktop.domain.ids import term_of
    from desktop.store import queries

    today = dt.date(2027, 3, 10)
    this = term_of(today)
    last = term_of(this.starts - dt.timedelta(days=1))
    school = store.create(
        "schools", model.School(name="丙妹中心小学", township_code="522633100000")
    )
    gone = store.create("children", model.Child(name="韦小雨", township_code="522633100000"))
    stayed = store.create("children", model.Child(name="韦小雪", township_code="522633100000"))
    for kid in (gone, stayed):
        store.create(
            "enrolments", model.Enrolment(child_id=kid, school_id=school, grade="4", term=last.code)
        )
    store.create(
        "enrolments", model.Enrolment(child_id=stayed, school_id=school, grade="4", term=this.code)
    )
    items = queries.campaign_items(store.conn, today=today, scope=store.scope)
    assert [i.child_id for i in items] == [gone]
    assert "本学期未注册" in items[0].detail


def test_closing_evidence_wraps_rather_than_scrolling_sideways(qtbot, window):
    """The 销号 dialog's evidence list: long records wrap, no sideways scroll bar at 560 px."""
    from desktop.domain.states import Action
    from desktop.ui.action_dialogs import ActionDialog

    case_id = window.store.conn.execute(
        "SELECT case_id FROM events e JOIN cases c ON c.id = e.case_id"
        " WHERE c.state = 'monitoring' AND e.kind = 'legal_step' LIMIT 1"
    ).fetchone()[0]
    dialog = ActionDialog(window, case_id, Action.CLOSE_RETURNED)
    qtbot.addWidget(dialog)
    dialog.resize(560, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    evidence = dialog.evidence
    assert evidence.count() > 0
    assert not evidence.horizontalScrollBar().isVisible()
    longest = max(evidence.item(i).text() for i in range(evidence.count()))
    assert len(longest) > 30 and not longest.endswith("…")
    dialog.discard_draft()
