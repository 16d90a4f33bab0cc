"""Background ops: every result reaches the GUI thread, whoever holds (or drops) the Op."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_parentless_ops_deliver_every_result(qtbot):
    # Op(None, fn) with no reference kept (as the search index build does): the op must live
    # until its callback ran on the GUI thread. Before ops kept running ops, the last reference
    # died with the worker's runnable: the app crashed at start-up about one time in four.
    from desktop.ui import ops

    ops.set_synchronous(False)
    got: list[int] = []
    try:
        for i in range(100):
            ops.Op(None, lambda _progress, i=i: i).success(got.append).run_in_background()
        qtbot.waitUntil(lambda: len(got) == 100, timeout=20000)
        qtbot.waitUntil(lambda: not ops._running, timeout=5000)
    finally:
        ops.wait_for_idle()
    assert sorted(got) == list(range(100))


def test_failure_of_a_parentless_op_is_delivered(qtbot):
    from desktop.ui import ops

    ops.set_synchronous(False)
    errors: list[BaseException] = []

    def boom(_progress):
        raise ValueError("x")

    try:
        ops.Op(None, boom).failure(errors.append).run_in_background()
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    finally:
        ops.wait_for_idle()
    assert isinstance(errors[0], ValueError)
