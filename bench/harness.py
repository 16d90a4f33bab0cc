"""Measuring: repetitions, medians and p95, ratios against a raw baseline taken in the same run."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    name: str  # what is measured
    value: float  # the figure (seconds unless unit says otherwise)
    unit: str = "s"
    baseline: float | None = None  # the raw baseline measured in the same run
    baseline_name: str = ""
    budget: str = ""  # the budget as DESIGN.md states it
    met: bool | None = None  # None: reported, no budget
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def samples(fn: Callable[[], Any], *, repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    if len(xs) == 1:
        return xs[0]
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def time_subprocess(args: list[str], *, repeat: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall time of a whole process, `repeat` times (after one warm-up run)."""
    out = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if i:
            out.append(time.perf_counter() - start)
    return out


def python() -> str:
    return sys.executable


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "B":
        return f"{value:,.0f} B"
    return f"{value:,.2f} {unit}"


def table(results: list[Result]) -> str:
    rows = [("measure", "value", "baseline", "ratio", "budget", "met")]
    for r in results:
        rows.append(
            (
                r.name,
                fmt(r.value, r.unit),
                f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline is not None else "",
                f"{r.ratio:.2f}x" if r.ratio is not None else "",
                r.budget,
                "" if r.met is None else ("yes" if r.met else "NO"),
            )
        )
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def write_json(path: Path, *, size: str, results: list[Result], meta: dict[str, Any]) -> None:
    data = {
        "size": size,
        "meta": meta,
        "results": [{**asdict(r), "ratio": r.ratio} for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
