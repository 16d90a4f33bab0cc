"""Screens read and write through the core: the settings dialog saves through the Workbench
(a county setting is refused to a teacher, nothing saved), the comparison page lists only the
account's scope, and no SQL is left in desktop/ui."""

from __future__ import annotations

import pytest

from desktop.core.actor import Actor
from desktop.core.workbench import Workbench
from desktop.domain.scope import Scope


def teacher_of(store) -> Actor:
    from desktop.security.policy import Area, Policy, Role

    school = store.conn.execute(
        "SELECT school_id FROM cases WHERE school_id IS NOT NULL LIMIT 1"
    ).fetchone()[0]
    return Actor(
        username="teacher",
        name="李老师",
        role=Role.TEACHER.value,
        role_label="教师",
        scope=Scope.school(school),
        permit=Policy(Role.TEACHER, Area(schools=(school,))),
    )


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    from desktop.ui import errors as module

    monkeypatch.setattr(
        module, "show_error", lambda parent, exc, details=None: shown.append(str(exc))
    )
    return shown


def test_settings_saved_through_the_core_move_the_due_dates(qtbot, demo_store, errors):
    from desktop.ui.settings_dialog import SettingsDialog

    bench = Workbench(demo_store, Actor.local())
    dialog = SettingsDialog(bench)
    qtbot.addWidget(dialog)
    before = int(demo_store.setting("visit.cadence_days"))
    dialog.spins["visit.cadence_days"].setValue(before + 7)
    dialog.save()
    assert not errors and dialog.result() == dialog.DialogCode.Accepted
    assert int(demo_store.setting("visit.cadence_days")) == before + 7
    assert dialog.changes.ids("settings") == {"visit.cadence_days"}
    open_cases = demo_store.conn.execute(
        "SELECT count(*) FROM cases WHERE state != 'closed' AND deleted=0"
    ).fetchone()[0]
    assert len(dialog.changes.ids("cases")) == open_cases > 0


def test_a_teacher_cannot_change_the_county_cadences(qtbot, demo_store, errors):
    from desktop.ui.settings_dialog import SettingsDialog

    bench = Workbench(demo_store, teacher_of(demo_store))
    dialog = SettingsDialog(bench)
    qtbot.addWidget(dialog)
    before = demo_store.setting("visit.cadence_days")
    changes_before = demo_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    dialog.spins["visit.cadence_days"].setValue(int(before) + 3)
    dialog.save()
    assert errors and "无权修改县级设置" in errors[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    demo_store.invalidate_caches()
    assert demo_store.setting("visit.cadence_days") == before
    assert demo_store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == changes_before


def test_the_comparison_page_lists_only_the_scope(qtbot, demo_store):
    from desktop.ui.intake_compare import ComparePage
    from desktop.ui.main_window import MainWindow

    township = demo_store.conn.execute(
        "SELECT code FROM regions WHERE level='township' ORDER BY code LIMIT 1"
    ).fetchone()[0]
    with demo_store.transaction() as conn:
        conn.execute(
            "INSERT INTO compare_runs(id, at, actor, on_date) VALUES"
            " ('run-1', '2026-11-28T09:00:00', '县管理员', '2026-11-28')"
        )
        conn.execute(
            "INSERT INTO compare_candidates(run_id, kind, name, township_code, reasons, sources)"
            " VALUES ('run-1', 'not_enrolled', '郜适龄', ?, '[\"学籍中没有此人\"]', '[]')",
            (township,),
        )

    def rows(actor: Actor) -> int:
        window = MainWindow(demo_store, install_features=False, actor=actor)
        qtbot.addWidget(window)
        page = ComparePage(window)
        qtbot.addWidget(page)
        return page.table.rowCount()

    assert rows(Actor.local()) == 1
    assert rows(teacher_of(demo_store)) == 0


def test_a_ledger_ranks_search_results_through_the_store_in_scope(demo_store):
    from desktop.store import queries

    rows = demo_store.conn.execute(
        "SELECT c.seq, ch.seq, c.school_id FROM cases c JOIN children ch ON ch.id = c.child_id"
        " WHERE c.school_id IS NOT NULL ORDER BY c.seq LIMIT 40"
    ).fetchall()
    school = rows[0][2]
    seqs = [r[0] for r in rows]
    assert queries.child_seq_of_cases(demo_store.conn, seqs) == {r[0]: r[1] for r in rows}
    scoped = queries.child_seq_of_cases(demo_store.conn, seqs, scope=Scope.school(school))
    assert scoped == {r[0]: r[1] for r in rows if r[2] == school}
    assert len(scoped) < len(rows)
    assert queries.child_seq_of_cases(demo_store.conn, []) == {}


def test_the_windows_store_writes_after_a_background_job_without_catching_up(window):
    """A job's own connection writes; the window's store then writes with the next numbers
    (its change log reads them in each write transaction: no screen re-opens it)."""
    from desktop.domain import model
    from desktop.ui import ops

    case_id = window.store.conn.execute(
        "SELECT id FROM cases WHERE state='persuading' AND deleted=0 ORDER BY case_no LIMIT 1"
    ).fetchone()[0]
    note = model.parse_event("follow_up", {"note": "后台登记"})
    with ops.worker(window) as job:
        job.record_event(case_id, "follow_up", note)
    window.workbench.record_event(
        case_id, "follow_up", model.parse_event("follow_up", {"note": "前台登记"})
    )
    seqs = window.store.conn.execute(
        "SELECT origin_seq FROM changes WHERE origin=? ORDER BY origin_seq",
        (window.store.log.origin,),
    ).fetchall()
    assert len(seqs) == len({s[0] for s in seqs}) > 2


@pytest.fixture
def heard(window):
    """What the window's change signal carried."""
    out: list = []
    window.changed.connect(out.append)
    return out


def _persuading(store) -> str:
    return store.conn.execute(
        "SELECT id FROM cases WHERE state='persuading' AND deleted=0 ORDER BY case_no LIMIT 1"
    ).fetchone()[0]


def test_undo_announces_the_void_and_its_case(window, heard):
    from desktop.domain import model
    from desktop.ui import corrections_ui

    case_id = _persuading(window.store)
    changes = window.workbench.record_event(
        case_id, "follow_up", model.parse_event("follow_up", {"note": "误登"})
    )
    corrections_ui.remember(window, changes.id)
    void_id = corrections_ui.undo_last(window)
    assert void_id and heard and not heard[-1].everything
    assert heard[-1].ids("events") == {void_id, changes.id}
    assert heard[-1].ids("cases") == {case_id}


def test_documents_announce_what_they_changed(window, heard, monkeypatch):
    from desktop.forms import documents
    from desktop.ui import printing

    case_id = _persuading(window.store)
    issued = documents.issue(window.store, "case_plan", case_id=case_id)
    monkeypatch.setattr(printing, "ask_void_reason", lambda parent: "编号有误")
    monkeypatch.setattr(printing, "inform", lambda parent, title, text: None)
    printing.void_document(window, issued.doc_id, case_id=case_id)
    assert heard[-1].ids("cases") == {case_id} and issued.doc_id in heard[-1].ids("events")
    monkeypatch.setattr(printing, "ask_slot", lambda parent, current: 3)
    printing.set_slot(window)
    assert heard[-1].ids("settings") == {"forms.number_slots"} and not heard[-1].affects("cases")


def test_the_intake_pages_refresh_only_for_children_and_cases(qtbot, demo_store):
    from desktop.core.changes import ALL, Changes
    from desktop.ui import intake_screens
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_store, install_features=False)
    qtbot.addWidget(window)
    intake_screens.install(window)
    page = window._pages["compare"].ensure()
    refreshed: list[int] = []
    page.refresh = lambda: refreshed.append(1)
    window.notify(Changes.of("", settings=["ui.font"]))
    assert refreshed == []
    window.notify(Changes.of("c1", cases=["c1"]))
    window.notify(ALL)
    assert refreshed == [1, 1]


def test_a_teachers_case_page_shows_only_the_schools_cases(qtbot, demo_store):
    from desktop.core.workbench import Refused
    from desktop.ui.main_window import MainWindow

    teacher = teacher_of(demo_store)
    (school,) = teacher.scope.schools or ()
    q = demo_store.conn.execute
    mine = q(  # a case of the school with a record in its timeline
        "SELECT id FROM cases c WHERE school_id=? AND deleted=0"
        " AND EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id) LIMIT 1",
        (school,),
    ).fetchone()[0]
    other, other_child = q(
        "SELECT id, child_id FROM cases WHERE school_id IS NOT ? AND deleted=0 LIMIT 1", (school,)
    ).fetchone()
    window = MainWindow(demo_store, install_features=False, actor=teacher)
    qtbot.addWidget(window)
    with pytest.raises(Refused, match="不在您负责的范围内"):
        window.open_case(other)
    assert not window.workbench.can_see_case(other) and window.workbench.can_see_case(mine)
    window.open_case(mine)
    assert window.case_view.case_id == mine and window.case_view.timeline.topLevelItemCount()
    heading = window.case_view.heading.text()
    window.case_view.child_id, window.case_view.case_id = other_child, other
    window.case_view.reload()  # a stale id (a sync moved it out): nothing of it is shown
    assert window.case_view.heading.text() == heading


def test_a_teacher_registers_the_schools_pupils_and_is_not_shown_others(
    qtbot, demo_store, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import record_dialog

    monkeypatch.setattr(
        record_dialog, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard
    )
    from desktop.core.workbench import Refused
    from desktop.domain import model
    from desktop.store import queries
    from desktop.ui.child_dialog import NewChildDialog
    from desktop.ui.main_window import MainWindow

    teacher = teacher_of(demo_store)
    (school,) = teacher.scope.schools or ()
    q = demo_store.conn.execute
    township = q("SELECT township_code FROM schools WHERE id=?", (school,)).fetchone()[0]
    other = q(
        "SELECT * FROM children WHERE school_id IS NOT ? AND id_number != '' AND deleted=0 LIMIT 1",
        (school,),
    ).fetchone()
    window = MainWindow(demo_store, install_features=False, actor=teacher)
    qtbot.addWidget(window)
    bench = window.workbench
    n = q("SELECT count(*) FROM children").fetchone()[0]
    with pytest.raises(Refused):
        bench.register_child(model.Child(name="乙某", township_code=other["township_code"]))
    assert q("SELECT count(*) FROM children").fetchone()[0] == n
    changes = bench.register_child(
        model.Child(name="甲某", township_code=township, school_id=school),
        model.Guardian(child_id="", name="甲父"),
    )
    assert changes.ids("children") == {changes.id} and len(changes.ids("guardians")) == 1
    assert bench.guardians(changes.id)[0]["name"] == "甲父"
    # The duplicate check says a child with this ID exists elsewhere, not who it is.
    found = queries.possible_duplicates(
        demo_store.conn, name="", id_number=other["id_number"], scope=teacher.scope
    )
    assert found and found[0].outside and found[0].child_id == "" and found[0].name == ""
    dialog = NewChildDialog(window)  # the window's child: closed with it
    qtbot.keyClicks(dialog.id_number.edit, other["id_number"])
    dialog.check_duplicates()
    shown = dialog.dup_list.item(0).text()
    assert "其他学校或乡镇" in shown and other["name"] not in shown
    assert other["id_number"] not in shown
    dialog.reject()
