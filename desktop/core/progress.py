"""What long jobs (imports, comparisons, reports) report progress to, without knowing about Qt.

`desktop.ui.ops.Progress` has the same two methods, so the UI passes its own object; the CLI
and tests pass nothing (QUIET) or a printer.
"""

from __future__ import annotations

import sys
from typing import Protocol


class Progress(Protocol):
    def set(self, done: int, total: int = 0, text: str = "") -> None: ...

    def check(self) -> None:
        """Raise (the caller's Cancelled) if the user cancelled."""


class _Quiet:
    def set(self, done: int, total: int = 0, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


QUIET: Progress = _Quiet()


class Printer:
    """Progress for the CLI: one line to stderr per new message."""

    def __init__(self) -> None:
        self._last = ""

    def set(self, done: int, total: int = 0, text: str = "") -> None:
        if text and text != self._last:
            self._last = text
            print(text, file=sys.stderr, flush=True)

    def check(self) -> None:
        pass
