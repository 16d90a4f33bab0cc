"""The county hub (bench/hub_bench.py, written by the hub's worker). Until that script exists
this suite reports that it was not measured."""

from __future__ import annotations

from pathlib import Path

from bench.harness import Result


def run(db: Path, *, repeat: int) -> list[Result]:
    try:
        from bench import hub_bench  # type: ignore[attr-defined]
    except ImportError:
        return [
            Result(
                "hub: not measured (bench/hub_bench.py is not in this checkout yet)",
                0.0,
                unit="-",
                stat="n/a",
            )
        ]
    return list(hub_bench.run(db, repeat=repeat))
