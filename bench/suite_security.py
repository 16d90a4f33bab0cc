"""Encryption at rest: the same work on a plaintext and a SQLCipher copy, as ratios (see
bench/security_bench.py, which also runs standalone)."""

from __future__ import annotations

from pathlib import Path

from bench import security_bench
from bench.harness import Result


def run(db: Path, *, repeat: int) -> list[Result]:
    return security_bench.run(db, repeat=max(2, min(repeat, 3)))
