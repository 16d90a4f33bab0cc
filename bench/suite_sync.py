"""Sync: importing a bundle of ~100,000 ops vs raw executemany of the same rows (both baselines:
record rows + change-log rows, and record rows alone), bundle bytes per 1,000 contacts (see
bench/sync_bench.py, which also runs standalone); how much two decompression bombs at a real
hub delay another laptop's sync (budget ≤ 1 s: bench/bomb_bench.py)."""

from __future__ import annotations

from pathlib import Path

from bench import bomb_bench, sync_bench
from bench.harness import Result


def run(db: Path, *, repeat: int) -> list[Result]:
    rounds = max(2, min(repeat, 3))  # each import takes seconds
    out = sync_bench.run(db, repeat=rounds, say=lambda msg: print("  " + msg, flush=True))
    print("  two decompression bombs at a hub while a laptop syncs …", flush=True)
    out += bomb_bench.run(repeat=rounds)
    for r in out:
        if r.budget:
            r.design = "sync"
        if r.baseline is not None and not r.stat:
            r.stat = f"median of {rounds}"
    return out
