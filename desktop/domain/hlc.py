"""Hybrid logical clock: stamps that order changes across devices without trusting wall clocks.

A stamp is 16 hex characters: 12 for milliseconds since the epoch, 4 for a counter, so
string order is time order. Ties between devices are broken by the device id (LWW key is
(stamp, device)).
"""

from __future__ import annotations

import time
from collections.abc import Callable

_MAX_COUNTER = 0xFFFF
# A remote stamp further ahead of our clock than this is not believed (a laptop with a wrong date).
MAX_DRIFT_MS = 366 * 24 * 3600 * 1000


def encode(ms: int, counter: int) -> str:
    return f"{ms:012x}{counter:04x}"


def decode(stamp: str) -> tuple[int, int]:
    return int(stamp[:12], 16), int(stamp[12:16], 16)


class HybridClock:
    def __init__(self, last: str | None = None, *, wall: Callable[[], float] = time.time) -> None:
        self._wall = wall
        self._ms, self._counter = decode(last) if last else (0, 0)

    def now(self) -> str:
        """A stamp greater than every stamp issued or observed so far."""
        wall_ms = int(self._wall() * 1000)
        if wall_ms > self._ms:
            self._ms, self._counter = wall_ms, 0
        else:
            self._counter += 1
            if self._counter > _MAX_COUNTER:
                self._ms, self._counter = self._ms + 1, 0
        return encode(self._ms, self._counter)

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp received from another device."""
        ms, counter = decode(stamp)
        if ms - int(self._wall() * 1000) > MAX_DRIFT_MS:
            return
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    @property
    def last(self) -> str:
        return encode(self._ms, self._counter)
