"""The screens write through the core: the action dialog's files go in the action's own
transaction, the date rule is the store's, the window's change signal carries what changed,
and background jobs get their connection from the one worker factory."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.changes import Changes
from desktop.domain import model
from desktop.domain.states import Action, ActionParams


@pytest.fixture
def discard(monkeypatch):
    from desktop.ui import record_dialog

    monkeypatch.setattr(
        record_dialog, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "审批表.pdf"
    path.write_bytes(b"%PDF-1.4 synthetic approval form")
    return path


def counts(store) -> tuple[int, int]:
    q = store.conn.execute
    return (
        q("SELECT count(*) FROM events").fetchone()[0],
        q("SELECT count(*) FROM attachments").fetchone()[0],
    )


def first(store, state: str) -> str:
    return store.conn.execute(
        "SELECT id FROM cases WHERE state=? AND deleted=0 ORDER BY case_no LIMIT 1", (state,)
    ).fetchone()[0]


def run_action(window, case_id: str, action: Action) -> int:
    from desktop.ui.action_dialogs import ActionDialog

    window.open_case(case_id)
    return window.case_view._run(ActionDialog(window, case_id, action))


def test_a_refused_action_stores_none_of_its_files(qtbot, window, dialogs, discard, scan):
    store = window.store
    case_id = first(store, "persuading")
    before = counts(store)

    def refused(d):
        d.add_file(scan)
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.isVisible() and d.error.isVisible() and "巩固期满销号" in d.error.text()
        d.reject()

    dialogs.then(refused)
    assert not run_action(window, case_id, Action.CLOSE_RETURNED)
    assert counts(store) == before  # no attachment, no link, no transition


def test_an_action_dated_before_the_last_change_is_refused_by_the_store(
    qtbot, window, dialogs, discard
):
    store, bench = window.store, window.workbench
    case_id = first(store, "suspected")
    today = dt.date.today()
    bench.take_action(case_id, Action.CONFIRM_DROPOUT, ActionParams(on=today))
    bench.save_plan(
        model.Plan(
            case_id=case_id,
            cause_analysis="外出打工",
            measures="联合劝返",
            deadline=today + dt.timedelta(days=30),
            made_by="测试用户",
            made_on=today - dt.timedelta(days=3),
        )
    )
    before = counts(store)

    def early(d):
        d.on.set_date(today - dt.timedelta(days=1))
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.isVisible() and f"不能早于该案件上一次状态变更的日期（{today}）" in d.error.text()
        d.reject()

    dialogs.then(early)
    assert not run_action(window, case_id, Action.START_PERSUASION)
    assert counts(store) == before


def test_the_change_signal_carries_what_the_dialog_wrote(qtbot, window, dialogs, scan):
    store = window.store
    case_id = first(store, "suspected")
    heard: list[Changes] = []
    plain: list[int] = []
    window.changed.connect(heard.append)
    window.data_changed.connect(lambda: plain.append(1))

    def confirm(d):
        d.add_file(scan)
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert not d.isVisible(), d.error.text()

    dialogs.then(confirm)
    assert run_action(window, case_id, Action.CONFIRM_DROPOUT)
    assert len(heard) == 1 and plain == [1]  # one refresh, heard by both kinds of listener
    changes = heard[0]
    assert changes.ids("cases") == {case_id} and len(changes.ids("attachments")) == 1
    transition = next(
        e
        for e in window.workbench.timeline(case_id)
        if e.event_id in changes.ids("events") and e.kind == "transition"
    )
    evidence = window.workbench.event(transition.event_id).payload["evidence"]
    link = next(iter(changes.ids("events") - {transition.event_id}))
    assert link in evidence
    assert transition.attachments == ()  # linked to the case as evidence, named by the action
    # an older emitter without a value still makes every view reload
    window.data_changed.emit()
    assert heard[-1].everything


def test_background_jobs_get_their_connection_from_one_factory(window):
    import importlib

    from desktop.ui import ops

    for name in (
        "printing", "intake_compare", "intake_dashboard", "intake_import", "intake_reports",
        "sync_pages", "sync_panel",
    ):  # fmt: skip
        module = importlib.import_module(f"desktop.ui.{name}")
        assert module.worker_store is ops.worker_store, name
    with ops.worker_store(window) as store:
        assert store is not window.store and store.conn is not window.store.conn
        assert store.actor == window.workbench.actor.name
        assert store.scope == window.workbench.actor.scope
        assert store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] > 0
    with pytest.raises(Exception, match="closed"):
        store.conn.execute("SELECT 1")
