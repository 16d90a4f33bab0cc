"""A fixed set of worker threads for the hub's blocking work (SQLite and PostgreSQL calls,
bundle crypto). Each thread keeps its own database connections, and closes them when the pool
stops — SQLite connections may only be used, and closed, by the thread that opened them."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

_STOP = object()


class Workers:
    def __init__(self, count: int, *, on_exit: list[Callable[[], None]] | None = None) -> None:
        self.count = max(1, count)
        self.on_exit = on_exit if on_exit is not None else []
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._loop, name=f"kcbx-hub-{i}", daemon=True)
            for i in range(self.count)
        ]
        for t in self._threads:
            t.start()

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                break
            fn, args, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the awaiting request
                future.set_exception(exc)
        for cleanup in self.on_exit:
            with contextlib.suppress(Exception):  # closing what this thread opened
                cleanup()

    def submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._jobs.put((fn, args, future))
        return future

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.wrap_future(self.submit(fn, *args))

    def stop(self, timeout: float = 30.0) -> None:
        for _ in self._threads:
            self._jobs.put(_STOP)
        for t in self._threads:
            t.join(timeout)
