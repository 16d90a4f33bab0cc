"""Measuring: repetitions, medians and p95, ratios against a raw baseline taken in the same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Result:
    name: str  # what is measured
    value: float  # the figure judged (seconds unless unit says otherwise); see `stat`
    unit: str = "s"
    baseline: float | None = None  # the raw baseline measured in the same run (same statistic)
    baseline_name: str = ""
    budget: str = ""  # the budget as DESIGN.md states it
    met: bool | None = None  # None: reported, no budget
    detail: dict[str, Any] = field(default_factory=dict)
    stat: str = ""  # how `value` was obtained: "median of 5", "p95 of 75", "peak", "" (once)
    design: str = ""  # the DESIGN.md budget this line decides ("" for other figures)

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


def spread(xs: list[float]) -> dict[str, float]:
    """Median, p95, min and max of samples (for a result's detail)."""
    return {
        "n": len(xs),
        "median": median(xs),
        "p95": p95(xs),
        "min": min(xs),
        "max": max(xs),
    }


def time_subprocess(
    args: list[str], *, repeat: int, env: dict[str, str] | None = None
) -> list[float]:
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


def app_env(**extra: str) -> dict[str, str]:
    """The environment of a measured child process (the app or a bare Qt window).

    Compiled bytecode is used and kept, as in an installed app (PyInstaller ships .pyc): this
    work tree runs with PYTHONDONTWRITEBYTECODE=1, which would make every start compile the
    project's modules again (~0.15 s here) - a cost no user pays. The cache goes to
    bench/data/pycache, not next to the sources. Both sides of a ratio get the same environment.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "data" / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def load() -> float:
    """The 1-minute load average (the machine is shared; printed with every run)."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def fmt(value: float, unit: str) -> str:
    if unit == "-":
        return "-"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.0f} µs"
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "B":
        return f"{value:,.0f} B"
    return f"{value:,.2f} {unit}"


def _row(r: Result) -> tuple[str, ...]:
    return (
        r.name,
        fmt(r.value, r.unit),
        r.stat,
        f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline is not None else "",
        f"{r.ratio:.2f}x" if r.ratio is not None else "",
        r.budget,
        "" if r.met is None else ("yes" if r.met else "NO"),
    )


HEADER = ("measure", "value", "statistic", "baseline (same run)", "ratio", "budget", "met")


def table(results: list[Result], *, markdown: bool = False) -> str:
    rows = [HEADER, *(_row(r) for r in results)]
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append(
            "  ".join(
                cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)
            ).rstrip()
        )
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
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")


def read_json(path: Path) -> tuple[dict[str, Any], list[Result]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    fields = set(Result.__dataclass_fields__)
    results = [Result(**{k: v for k, v in r.items() if k in fields}) for r in data["results"]]
    return data, results
