"""The county hub under load: simulated laptops syncing at once against real hub processes on
127.0.0.1 (bench/hub_bench.py; SQLite, and PostgreSQL when a server can be started)."""

from __future__ import annotations

from pathlib import Path

from bench import hub_bench
from bench.harness import Result


def run(db: Path, *, repeat: int) -> list[Result]:
    return list(hub_bench.run(db, repeat=repeat))
