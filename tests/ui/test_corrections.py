"""Correcting and voiding from the case timeline, undo, the double-save guard, the full detail
of an event and printing any visit: each checks the store, the change log and the audit trail."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from ui_helpers import type_text

from desktop.domain import model
from desktop.domain.states import Action
from desktop.security import audit_log
from desktop.store import cases, db
from desktop.ui import corrections_ui, printing
from desktop.ui.case_view import EventRole

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
TODAY = dt.date.today()


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(corrections_ui, "inform", lambda parent, title, text: said.append(text))
    return said


@pytest.fixture
def case_id(store):
    child = store.create(
        "children",
        model.Child(
            name="吴小龙",
            id_number="522633201203050011",
            township_code="522633100000",
            village_code="522633100001",
            grade="7",
        ),
    )
    store.create(
        "guardians",
        model.Guardian(child_id=child, name="吴大山", relation="father", phone="13800001111"),
    )
    cid = cases.open_case(
        store,
        model.Case(child_id=child, ledger_kind="dropout", causes=("20",)),
        opened_on=TODAY - dt.timedelta(days=60),
    )
    cases.save_plan(
        store,
        model.Plan(case_id=cid, cause_analysis="外出", measures="劝返", deadline=TODAY),
    )
    cases.take_action(store, cid, Action.START_PERSUASION)
    return cid


def visit(**kw):
    values = dict(
        kind="home_visit",
        participants=("龙干部（乡镇）",),
        met="母亲",
        place="家中",
        findings="学生在外打工",
        child_attitude="refuses",
        guardian_attitude="hesitant",
        methods=("emotional",),
        next_step="联系务工地",
        result="considering",
        guardian_signed=True,
    )
    values.update(kw)
    return model.Contact(**values)


def select(view, event_id):
    for i in range(view.timeline.topLevelItemCount()):
        item = view.timeline.topLevelItem(i)
        if item.data(0, EventRole) == event_id:
            view.timeline.setCurrentItem(item)
            return item
    raise AssertionError(f"{event_id} not in the timeline")


def trail(store):
    return [(e.what, e.detail) for e in audit_log.trail(store.conn)]


def overdue_cases(window):
    window.show_page("today")
    window.today_page.refresh()
    return {i.case_id for i in window.today_page.items if i.overdue}


def test_correct_a_visits_date_and_the_overdue_list_changes(qtbot, empty_window, dialogs, case_id):
    window, store = empty_window, empty_window.store
    old = cases.record(
        store, case_id, "contact", visit(), occurred_on=(TODAY - dt.timedelta(days=30)).isoformat()
    )
    assert case_id in overdue_cases(window)
    window.open_case(case_id)
    view = window.case_view
    select(view, old)
    # the detail pane shows every recorded field, labelled in Chinese
    detail = view.event_detail.toPlainText()
    for text in (
        "地点",
        "家中",
        "见到的人",
        "母亲",
        "学生态度",
        "监护人态度",
        "劝返方式",
        "下一步",
        "联系务工地",
        "监护人已签字",
        "是",
    ):
        assert text in detail
    assert view.correct_button.isEnabled() and view.void_button.isEnabled()
    fixed = TODAY - dt.timedelta(days=2)

    def fix(d):
        assert d.met.text() == "母亲" and d.place.text() == "家中"  # prefilled with the record
        assert d.date.iso() == (TODAY - dt.timedelta(days=30)).isoformat()
        d.date.set_date(fixed)
        _save(qtbot, d)  # no reason: refused in the dialog, nothing written
        assert d.isVisible() and "请填写更正原因" in d.error.text()
        type_text(qtbot, d.fields["correction_reason"], "日期填错")
        _save(qtbot, d)

    dialogs.then(fix)
    qtbot.mouseClick(view.correct_button, Qt.MouseButton.LeftButton)
    assert not dialogs.queue
    new = store.conn.execute(
        "SELECT id, occurred_on, payload FROM events WHERE supersedes=?", (old,)
    ).fetchone()
    assert new["occurred_on"] == fixed.isoformat()
    assert db.loads(new["payload"])["correction_reason"] == "日期填错"
    row = store.get("cases", case_id)
    assert row["persuasion_count"] == 1
    assert row["next_contact_on"] == (fixed + dt.timedelta(days=14)).isoformat()
    assert (
        store.conn.execute(
            "SELECT kind FROM changes WHERE entity='events' AND row_id=?", (new["id"],)
        ).fetchone()[0]
        == "a"
    )
    assert any(what == "更正记录" and "日期填错" in detail for what, detail in trail(store))
    # the timeline keeps both, the old one marked
    assert "已更正" in select(view, old).text(1)
    assert "更正" in select(view, new["id"]).text(1)
    assert not view.correct_button.isEnabled() or select(view, new["id"])
    assert case_id not in overdue_cases(window)


def test_void_a_duplicate_visit_and_the_count_drops(qtbot, empty_window, dialogs, case_id):
    window, store = empty_window, empty_window.store
    cases.record(store, case_id, "contact", visit())
    dup = cases.record(store, case_id, "contact", visit())
    window.open_case(case_id)
    view = window.case_view
    assert "2（其中联合劝返 0）" in view.case_info.toPlainText()

    def reason(d):
        d.try_ok()
        assert d.isVisible() and "请填写作废原因" in d.error.text()
        type_text(qtbot, d.reason, "重复登记")
        d.try_ok()

    dialogs.then(reason)
    select(view, dup)
    menu = corrections_ui.build_menu(view, dup)
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[:2] == ["更正…", "作废…"] and "打印家访记录表…" in labels
    next(a for a in menu.actions() if a.text() == "作废…").trigger()
    assert not dialogs.queue
    assert "1（其中联合劝返 0）" in view.case_info.toPlainText()
    assert store.get("cases", case_id)["persuasion_count"] == 1
    void = store.conn.execute(
        "SELECT id, kind, payload FROM events WHERE supersedes=?", (dup,)
    ).fetchone()
    assert void["kind"] == "void" and db.loads(void["payload"])["reason"] == "重复登记"
    assert (
        store.conn.execute(
            "SELECT kind FROM changes WHERE entity='events' AND row_id=?", (void["id"],)
        ).fetchone()[0]
        == "a"
    )
    assert any(what == "作废记录" and "重复登记" in detail for what, detail in trail(store))
    item = select(view, dup)
    assert "已作废" in item.text(1) and item.font(3).strikeOut()
    assert "已作废" in view.event_detail.toPlainText()
    assert "重复登记" in view.event_detail.toPlainText()
    assert not view.void_button.isEnabled() and "已被作废" in view.void_button.toolTip()


def test_a_state_change_cannot_be_voided_from_the_timeline(empty_window, told, case_id):
    window, store = empty_window, empty_window.store
    window.open_case(case_id)
    view = window.case_view
    transition = store.conn.execute(
        "SELECT id FROM events WHERE case_id=? AND kind='transition'", (case_id,)
    ).fetchone()[0]
    select(view, transition)
    assert not view.void_button.isEnabled()
    assert "相反的状态变更" in view.void_button.toolTip()
    before = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    corrections_ui.void(view, transition)
    assert "相反的状态变更" in told[-1]
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_undo_a_visit_and_the_double_save_guard(qtbot, empty_window, dialogs, case_id, monkeypatch):
    window, store = empty_window, empty_window.store
    window.open_case(case_id)
    answers = [False, True]
    asked: list[str] = []

    def ask(parent, text):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(corrections_ui, "ask_save_again", ask)

    def fill(d):
        type_text(qtbot, d.met, "祖父")
        type_text(qtbot, d.findings, "学生在家")
        d.outcome.set_code("considering")
        _save(qtbot, d)

    def again(d):
        type_text(qtbot, d.met, "祖父")
        type_text(qtbot, d.findings, "学生在家")
        d.outcome.set_code("considering")
        _save(qtbot, d)  # the same record a moment ago: asked, "no": nothing saved
        assert d.isVisible() and "与刚才保存的记录相同" in d.error.text()
        _save(qtbot, d)  # asked again, "yes": saved

    dialogs.then(fill).then(again)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert store.get("cases", case_id)["persuasion_count"] == 1 and not asked
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and "完全相同" in asked[0]
    assert store.get("cases", case_id)["persuasion_count"] == 2
    saved = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM events WHERE case_id=? AND kind='contact' ORDER BY seq", (case_id,)
        )
    ]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get("cases", case_id)["persuasion_count"] == 1
    void = store.conn.execute(
        "SELECT id, payload, created_by FROM events WHERE supersedes=?", (saved[1],)
    ).fetchone()
    assert db.loads(void["payload"])["reason"] == "撤销"
    assert "已撤销" in window.statusBar().currentMessage()
    assert (
        store.conn.execute(
            "SELECT count(*) FROM changes WHERE entity='events' AND row_id=?", (void["id"],)
        ).fetchone()[0]
        == 1
    )
    assert any(what == "作废记录" and "撤销" in detail for what, detail in trail(store))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get("cases", case_id)["persuasion_count"] == 0
    assert "已作废" in select(window.case_view, saved[0]).text(1)


def test_undo_is_refused_while_an_attachment_refers_to_the_visit(empty_window, told, case_id):
    window, store = empty_window, empty_window.store
    ev = cases.record(store, case_id, "contact", visit())
    corrections_ui.remember(window, ev)
    sha = store.put_attachment(b"%PDF-1.4 scan", "application/pdf")
    cases.record(
        store,
        case_id,
        "attachment",
        model.AttachmentLink(target_id=ev, sha256=sha, filename="签字页.pdf"),
    )
    assert corrections_ui.undo_last(window) is None
    assert "附件" in told[-1]
    assert store.get("cases", case_id)["persuasion_count"] == 1
    window.open_case(case_id)
    select(window.case_view, ev)
    assert "签字页.pdf" in window.case_view.event_detail.toPlainText()


def test_print_the_visit_record_of_any_visit(qtbot, empty_window, case_id, monkeypatch):
    window, store = empty_window, empty_window.store
    older = cases.record(
        store,
        case_id,
        "contact",
        visit(findings="第一次走访：学生在外省"),
        occurred_on=(TODAY - dt.timedelta(days=20)).isoformat(),
    )
    cases.record(store, case_id, "contact", visit(findings="第二次走访：学生已回家"))
    shown = []
    monkeypatch.setattr(
        printing, "preview", lambda w, rendered, request=None: shown.append(rendered)
    )
    window.open_case(case_id)
    view = window.case_view
    select(view, older)
    assert view.print_event_button.isEnabled()
    qtbot.mouseClick(view.print_event_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(io.BytesIO(shown[-1].pdf)) as pdf:
        text = "".join((p.extract_text() or "") for p in pdf.pages)
    assert "第一次走访" in text and "第二次走访" not in text


def test_the_guide_explains_correcting_and_voiding_with_a_screenshot():
    import re

    from desktop.resources import resource_path

    folder = resource_path("help")
    html = (folder / "guide.html").read_text(encoding="utf-8")
    section = html[html.index("记错了怎么办") : html.index("<h3>四、")]
    for words in ("更正…", "作废…", "更正原因", "Ctrl+Z", "相反的状态变更", "待复核"):
        assert words in section
    pictures = re.findall(r'src="([^"]+\.png)"', section)
    assert "corrections.png" in pictures
    for name in pictures:
        assert (folder / name).stat().st_size > 10_000


def test_void_a_file_attached_by_mistake(qtbot, empty_window, dialogs, case_id):
    window, store = empty_window, empty_window.store
    ev = cases.record(store, case_id, "contact", visit())
    sha = store.put_attachment(b"%PDF-1.4 wrong child", "application/pdf")
    link = cases.record(
        store,
        case_id,
        "attachment",
        model.AttachmentLink(target_id=ev, sha256=sha, filename="别人的签字页.pdf"),
    )
    window.open_case(case_id)
    view = window.case_view
    row = select(view, ev)
    assert "别人的签字页.pdf" in view.event_detail.toPlainText()
    view.timeline.setCurrentItem(row.child(0))
    assert corrections_ui.selected_event(view) == link
    assert view.void_button.isEnabled() and not view.correct_button.isEnabled()
    assert "作废后重新" in view.correct_button.toolTip()

    def reason(d):
        type_text(qtbot, d.reason, "附错了学生")
        d.try_ok()

    dialogs.then(reason)
    qtbot.mouseClick(view.void_button, Qt.MouseButton.LeftButton)
    assert (
        store.conn.execute("SELECT kind FROM events WHERE supersedes=?", (link,)).fetchone()[0]
        == "void"
    )
    row = select(view, ev)
    assert row.childCount() == 0
    assert "别人的签字页.pdf" not in view.event_detail.toPlainText()
    assert any(what == "作废记录" and "附错了学生" in d for what, d in trail(store))
