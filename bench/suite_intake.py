"""Intake: a 100,000-row roster import, the registry comparison on the dataset, reports (see
bench/intake_bench.py, which also runs standalone). Each figure is measured once: they take
seconds each and the whole run must stay under ten minutes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench import intake_bench
from bench.harness import Result


def run(db: Path, *, repeat: int) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="kcbx-bench-intake-"))
    try:
        return intake_bench.run(db, workdir=work, say=lambda msg: print("  " + msg, flush=True))
    finally:
        shutil.rmtree(work, ignore_errors=True)
