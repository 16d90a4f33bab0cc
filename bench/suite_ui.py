"""GUI budgets, each in fresh processes: start-up vs a bare PySide6 window, the 20,000-case
ledger's first paint, search typed letter by letter from a cold app, peak memory of the app
(see bench/ui_startup.py and bench/ui_probe.py)."""

from __future__ import annotations

from pathlib import Path

from bench.harness import Result
from bench.ui_startup import measure, results


def run(db: Path, *, repeat: int) -> list[Result]:
    return results(measure(db, repeat=repeat, say=lambda msg: print(msg, flush=True)), db.stem)
