"""`kcbx bench [--size township|county|province]`: every budget of DESIGN.md with its raw baseline
measured in the same run, as a table of ratios; also written as JSON (bench/out/<size>.json).

`kcbx bench --scaling` prints how each figure grows from township to county to province, from
the JSON files of the last run at each size (bench/README.md keeps a copy)."""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import time
import traceback
from pathlib import Path

from bench.datasets import SIZES, dataset
from bench.harness import Result, fmt, load, table, write_json

# Suites run in this order; each module has run(db, *, repeat, ...) -> list[Result].
SUITES = (
    "bench.suite_store",
    "bench.suite_ui",
    "bench.suite_forms",
    "bench.suite_sync",
    "bench.suite_intake",
    "bench.suite_prevention",
    "bench.suite_security",
    "bench.suite_hub",
)

# The province slice (1,000,000 children, a 4 GB file) runs the suites whose figures depend on
# the database's size; the others would copy or rewrite 4 GB several times (encryption, a
# 1,000,000-row roster) and measure the same per-document or per-op work as the county.
SKIP = {
    "province": {
        "bench.suite_forms": "documents: per-case work, the same as the county's",
        "bench.suite_intake": "a 1,000,000-row roster: run `python -m bench.intake_bench` apart",
        "bench.suite_security": "encrypting two 4 GB copies: run `python -m bench.security_bench` apart",
    }
}

# The budgets of DESIGN.md (issue 22's table), in its order: the summary printed after the
# table. Size-dependent lines are judged at the size they name (province lines at province size).
DESIGN = (
    ("start-up", "start to an interactive main window, as a user signs in ≤ 1.5× a bare window"),
    (
        "search",
        "name / pinyin / initials / ID-fragment search p95 ≤ 20 ms and faster than LIKE"
        " (county and province)",
    ),
    ("typing", "key press → results painted, p95 while typing ≤ 50 ms"),
    ("first-key", "first key press after start → results painted ≤ 150 ms (province ≤ 300 ms)"),
    ("ledger", "open a 20,000-case ledger view ≤ 50 ms to first paint"),
    ("sync", "import a bundle of 100,000 ops ≤ 2× raw executemany; export ≤ 3 s"),
    ("form", "render one case form ≤ 1.5× a bare reportlab canvas; first preview cold ≤ 1 s"),
    ("memory", "peak memory with the county (and the province slice) open ≤ 250 MB"),
    ("size", "database size ≤ 8 MB per 1,000 cases"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--size", choices=sorted(SIZES), default="county")
    parser.add_argument(
        "--repeat", type=int, default=5, help="repetitions per measurement (default 5)"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help="run only this suite (store, ui, forms, sync, intake, prevention, security, hub)",
    )
    parser.add_argument("--out", type=Path, help="JSON output (default bench/out/<size>.json)")
    parser.add_argument(
        "--scaling", action="store_true", help="print the township→county→province table and stop"
    )


def _suites(size: str, only: list[str]) -> list[str]:
    """The suites `--only` names: a part of the name after "suite_" (ui, sync, store), or the
    module's whole name ("ui" is in every "suite_…": it picked them all)."""

    def named(name: str, o: str) -> bool:
        short = name.rsplit(".", 1)[-1]
        return o in short.removeprefix("suite_") or o in (short, name)

    return [n for n in SUITES if not only or any(named(n, o) for o in only)]


def summary(results: list[Result]) -> str:
    """One line per DESIGN.md budget: its lines' worst outcome."""
    lines = ["DESIGN.md budgets:"]
    for key, text in DESIGN:
        mine = [r for r in results if r.design == key and r.met is not None]
        if not mine:
            lines.append(f"  -    {text}: not measured in this run")
            continue
        ok = all(r.met for r in mine)
        figures = "; ".join(
            f"{r.name.split(':')[0].strip()} {r.ratio:.2f}x" if r.ratio is not None else r.name
            for r in mine
            if r.ratio is not None
        )
        worst = max(mine, key=lambda r: (not r.met, r.ratio or 0))
        lines.append(
            f"  {'yes ' if ok else 'NO  '} {text}: {fmt(worst.value, worst.unit)}"
            + (f" ({figures})" if figures else "")
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.scaling:
        from bench.scaling import scaling_table

        print(scaling_table())
        return 0
    size = SIZES[args.size]
    started = time.perf_counter()
    load_before = load()
    print(f"kcbx bench --size {size.name}: {size.note}; load average {load_before:.2f}", flush=True)
    db, generated = dataset(size)
    results: list[Result] = []
    timings: dict[str, float] = {}
    failed: dict[str, str] = {}
    for name in _suites(size.name, args.only):
        skip = SKIP.get(size.name, {}).get(name)
        short = name.split(".")[-1]
        if skip and not args.only:
            print(f"· {short}: skipped at this size ({skip})", flush=True)
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        print(f"· {short} … (load {load():.2f})", flush=True)
        t0 = time.perf_counter()
        kwargs = {"generation": generated} if name == "bench.suite_store" else {}
        try:
            got = module.run(db, repeat=args.repeat, **kwargs)
        except Exception as exc:  # one broken suite must not hide the others' figures
            traceback.print_exc()
            failed[short] = f"{type(exc).__name__}: {exc}"
            got = [Result(f"{short}: FAILED ({type(exc).__name__})", 0.0, unit="-", met=False)]
        timings[short] = time.perf_counter() - t0
        print(f"  {short}: {timings[short]:.0f} s", flush=True)
        results += got
    elapsed = time.perf_counter() - started
    print()
    print(table(results))
    print()
    print(summary(results))
    missed = [r for r in results if r.met is False]
    out = args.out or Path(__file__).resolve().parent / "out" / f"{size.name}.json"
    meta = {
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "seconds": elapsed,
        "suite_seconds": timings,
        "repeat": args.repeat,
        "load_before": load_before,
        "load_after": load(),
        "failed": failed,
        "at": time.strftime("%Y-%m-%d %H:%M"),
    }
    write_json(out, size=size.name, results=results, meta=meta)
    print(
        f"\n{len(results)} figures, {len(missed)} over budget; {elapsed:.0f} s; load average "
        f"{load_before:.2f} before, {meta['load_after']:.2f} after; written to {out}"
    )
    return 1 if missed else 0
