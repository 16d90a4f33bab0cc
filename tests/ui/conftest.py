"""GUI test fixtures: a main window over a real database, jobs run inline, dialogs driven.

Modal dialogs never block: `desktop.ui.case_view.exec_dialog` (the one place dialogs are run)
is replaced by `DialogDriver`, which hands each dialog to the test's next queued function
(which fills it in as a user would) and returns the dialog's result.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


class DialogDriver:
    def __init__(self) -> None:
        self.queue: list[Callable] = []
        self.seen: list = []

    def then(self, fn: Callable) -> DialogDriver:
        self.queue.append(fn)
        return self

    def __call__(self, dialog) -> int:
        self.seen.append(dialog)
        if not self.queue:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        fn = self.queue.pop(0)
        dialog.show()
        fn(dialog)
        if dialog.isVisible():
            dialog.close()
        return dialog.result()


@pytest.fixture
def dialogs(monkeypatch):
    from desktop.ui import case_view, record_dialog

    driver = DialogDriver()
    monkeypatch.setattr(case_view, "exec_dialog", driver)
    monkeypatch.setattr(
        record_dialog,
        "ask_unsaved",
        lambda parent: pytest.fail("unexpected question about unsaved changes"),
    )
    return driver


@pytest.fixture(autouse=True)
def _sync_ops():
    from desktop.ui import ops

    ops.set_synchronous(True)
    yield
    ops.set_synchronous(False)


def make_window(qtbot, store):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store, install_features=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, demo_store, dialogs):
    return make_window(qtbot, demo_store)


@pytest.fixture
def empty_window(qtbot, store, dialogs):
    return make_window(qtbot, store)
