"""Background jobs step aside while the user types into the search box (desktop/ui/yielding)."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.ui import ops, yielding

pytestmark = [pytest.mark.gui]


@pytest.fixture(autouse=True)
def _no_pause():
    yielding._until = 0.0
    yield
    yielding._until = 0.0


def _steps(done: list[int], n: int = 50) -> int:
    def step(i: int) -> int:  # a Python call: where a paused job stops
        return i

    for i in range(n):
        done.append(step(i))
    return len(done)


def test_a_background_job_waits_while_the_user_types_then_finishes():
    done: list[int] = []
    result: list[int] = []
    job = yielding.background(lambda: _steps(done))
    yielding._until = time.monotonic() + 60  # a key was just pressed (a long hold)
    worker = threading.Thread(target=lambda: result.append(job()))
    worker.start()
    time.sleep(0.3)
    assert worker.is_alive() and done == []  # paused at its first call, nothing done
    yielding._until = 0.0  # the user stopped typing
    worker.join(10)
    assert not worker.is_alive()
    assert result == [50] and done == list(range(50))
    assert threading.current_thread() is threading.main_thread()


def test_the_pause_ends_by_itself_and_jobs_run_freely_otherwise():
    done: list[int] = []
    job = yielding.background(lambda: _steps(done))
    yielding.note_input()  # one key: the pause is HOLD seconds at most
    assert yielding.busy()
    started = time.monotonic()
    worker = threading.Thread(target=job)
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and len(done) == 50
    assert time.monotonic() - started < yielding.HOLD + 5
    assert not yielding.busy() and yielding._until == 0.0
    done.clear()
    worker = threading.Thread(target=job)  # no key pressed: no waiting at all
    worker.start()
    worker.join(10)
    assert len(done) == 50


def test_on_the_gui_thread_a_job_never_pauses():
    done: list[int] = []
    yielding._until = time.monotonic() + 60
    assert yielding.background(lambda: _steps(done))() == 50


def test_gui_follow_ups_wait_for_the_typing_to_stop(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    ran: list[str] = []
    ops.set_synchronous(False)
    try:
        yielding.when_idle(owner, lambda: ran.append("now"))
        assert ran == ["now"]
        yielding.note_input()
        yielding.when_idle(owner, lambda: ran.append("later"))
        assert ran == ["now"]
        qtbot.waitUntil(lambda: ran == ["now", "later"], timeout=5000)
    finally:
        ops.set_synchronous(True)
    yielding.note_input()  # jobs run synchronously (tests): nothing to wait for
    yielding.when_idle(owner, lambda: ran.append("sync"))
    assert ran[-1] == "sync"


def test_typing_into_the_search_box_pauses_background_jobs(qtbot, window):
    assert not yielding.busy()
    qtbot.keyClicks(window.search_box, "z")
    assert yielding.busy()


def test_a_background_jobs_statements_pause_too():
    import sqlite3

    conn = yielding.pausing(sqlite3.connect(":memory:", check_same_thread=False))
    count = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
    got: list[int] = []
    yielding._until = time.monotonic() + 60
    worker = threading.Thread(
        target=lambda: got.append(conn.execute(count + " SELECT count(*) FROM n").fetchone()[0])
    )
    worker.start()
    time.sleep(0.3)
    assert worker.is_alive() and got == []  # stopped inside the statement
    yielding._until = 0.0
    worker.join(10)
    assert got == [300000]
