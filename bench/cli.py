"""`kcbx bench [--size township|county|province]`: every budget of DESIGN.md with its raw baseline
measured in the same run, as a table of ratios; also written as JSON (bench/out/<size>.json)."""

from __future__ import annotations

import argparse
import importlib
import platform
import time
from pathlib import Path

from bench.datasets import SIZES, dataset
from bench.harness import Result, table, write_json

# Suites run in this order; each module has run(db, *, repeat, ...) -> list[Result].
SUITES = (
    "bench.suite_store",
    "bench.suite_ui",
    "bench.suite_forms",
    "bench.suite_sync",
    "bench.suite_intake",
    "bench.suite_security",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--size", choices=sorted(SIZES), default="county")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per measurement (default 5)")
    parser.add_argument("--only", action="append", default=[], help="run only suites whose name contains this")
    parser.add_argument("--out", type=Path, help="JSON output (default bench/out/<size>.json)")


def run(args: argparse.Namespace) -> int:
    size = SIZES[args.size]
    started = time.perf_counter()
    db, generated = dataset(size)
    results: list[Result] = []
    for name in SUITES:
        if args.only and not any(o in name for o in args.only):
            continue
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        print(f"· {name.split('.')[-1]} …", flush=True)
        kwargs = {"generation_seconds": generated} if name == "bench.suite_store" else {}
        results += module.run(db, repeat=args.repeat, **kwargs)
    print()
    print(table(results))
    missed = [r for r in results if r.met is False]
    out = args.out or Path(__file__).resolve().parent / "out" / f"{size.name}.json"
    write_json(
        out,
        size=size.name,
        results=results,
        meta={"machine": platform.platform(), "python": platform.python_version(), "seconds": time.perf_counter() - started},
    )
    print(f"\n{len(results)} figures, {len(missed)} over budget; written to {out}")
    return 1 if missed else 0
