"""Documents: one case form vs the same text on a bare reportlab canvas, and batch printing
(see bench/forms_bench.py, which also runs standalone)."""

from __future__ import annotations

from pathlib import Path

from bench import forms_bench
from bench.harness import Result


def run(db: Path, *, repeat: int, pages: int = 1000) -> list[Result]:
    out = forms_bench.run(db, repeat=repeat, pages=pages)
    for r in out:
        if r.budget:
            r.design = "form"
            r.stat = r.stat or f"best of {repeat}, alternated with the baseline"
        elif not r.stat:
            r.stat = "median"
    return out
