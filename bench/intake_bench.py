"""Intake and reports at county scale: 100,000-row rosters, the registry comparison, reports.

    python -m bench.intake_bench [--size county|township] [--keep DIR]

Each figure comes with a raw baseline measured in the same run, so the ratio holds on a noisy
machine: reading the xlsx (openpyxl read-only, values only, nothing else), writing the same
rows with one `executemany`, an anti-join in SQL for the comparison. The dataset is the bench
harness's cached county (`bench.datasets`); it is copied, never modified.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import Result, fmt


def _timed(fn: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def _raw_read(path: Path) -> tuple[int, float]:
    from openpyxl import load_workbook

    def read() -> int:
        wb = load_workbook(path, read_only=True, data_only=True)
        n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
        return n

    return _timed(read)


def _raw_insert(rows: list[tuple[Any, ...]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "raw.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        width = len(rows[0])
        conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO t VALUES ({','.join('?' * width)})", rows)
        conn.execute("COMMIT")
        took = time.perf_counter() - start
        conn.close()
    return took


class _Shown(list):  # type: ignore[type-arg]
    """Results, each printed as soon as it is measured (a long run shows its progress)."""

    def __init__(self, say: Any) -> None:
        super().__init__()
        self.say = say

    def append(self, r: Result) -> None:
        super().append(r)
        self.say("  " + line(r))


def line(r: Result) -> str:
    text = f"{r.name}: {fmt(r.value, r.unit)}"
    if r.baseline is not None:
        text += f"  (baseline {r.baseline_name}: {fmt(r.baseline, r.unit)}, ratio {r.ratio:.1f}×)"
    if r.detail:
        text += f"  {r.detail}"
    return text


def run(db: Path, *, workdir: Path, say: Any = print) -> list[Result]:
    from desktop.intake.compare import run_comparison
    from desktop.intake.importer import check, commit, open_roster
    from desktop.intake.synthetic import write_registry_roster, write_xueji_roster
    from desktop.reports.dashboard import compute
    from desktop.reports.periods import parse_period
    from desktop.reports.render import build_report, write
    from desktop.store.county import setup_county
    from desktop.store.repo import Store

    os.environ.setdefault("KCBX_DATA_DIR", str(workdir / "data"))
    results = _Shown(say)
    county = workdir / "county.db"
    shutil.copy(db, county)
    store = Store.open(county, actor="bench")
    children = store.conn.execute("SELECT count(*) FROM children").fetchone()[0]

    # --- the rosters -------------------------------------------------------------------
    hukou = workdir / "hukou.xlsx"
    say("writing a 户籍 roster of every local child (+500 not in 学籍) …")
    info, t = _timed(
        lambda: write_registry_roster(store, hukou, missing=500, numeric_ids=20, seed=3)
    )
    results.append(
        Result(
            "write synthetic 户籍 roster (openpyxl write-only)", t, detail={"rows": info["rows"]}
        )
    )
    xueji = workdir / "xueji.xlsx"
    say("writing a 学籍 roster of every enrolled child …")
    n_xueji, t = _timed(lambda: write_xueji_roster(store, xueji))
    results.append(Result("write synthetic 学籍 roster", t, detail={"rows": n_xueji}))

    # --- 户籍 import into the county ---------------------------------------------------------
    rows_read, raw_read = _raw_read(hukou)
    say(f"importing the 户籍 roster ({info['rows']:,} rows) into the county …")
    plan, t_open = _timed(lambda: open_roster(store, hukou, kind="hukou"))
    _, t_check = _timed(lambda: check(store, plan))
    results.append(
        Result(
            f"户籍 import: read + find header ({info['rows']:,} rows)",
            t_open,
            baseline=raw_read,
            baseline_name="openpyxl read-only iteration",
            detail={"rows_in_file": rows_read},
        )
    )
    results.append(Result("户籍 import: validate + match every row", t_check, detail=plan.counts()))
    from desktop.intake.backup import backup_database

    backup, t_backup = _timed(lambda: backup_database(store, reason="bench"))
    results.append(
        Result(
            "backup before import (SQLite online backup)",
            t_backup,
            detail={"mb": round(backup.stat().st_size / 1e6)},
        )
    )
    result, t_commit = _timed(lambda: commit(store, plan, backup=False))
    raw_rows = [
        (r["row_no"], r["id_number"], r["name"], r["sex"], r["birth_date"], r["township_code"], r["village_code"],
         r["hukou_address"], "[]", "{}")
        for r in plan.records
    ]  # fmt: skip
    raw_write = _raw_insert(raw_rows)
    results.append(
        Result(
            "户籍 import: one-transaction write (roster rows, matched children updated)",
            t_commit,
            baseline=raw_write,
            baseline_name="raw executemany of the same rows",
            detail={
                "imported": result.imported,
                "rejected": result.rejected,
                "updated": result.children_updated,
            },
        )
    )
    total_import = t_open + t_check + t_backup + t_commit
    plan = None  # free the rows before the next phase
    results.append(
        Result(
            "户籍 import end to end (100k-row roster)",
            total_import,
            detail={"rows_per_s": round(info["rows"] / total_import)},
        )
    )

    # --- the comparison --------------------------------------------------------------------
    say("running the comparison on the county …")
    run_, t_cmp = _timed(lambda: run_comparison(store))
    raw_sql = (
        "SELECT count(*) FROM roster_rows r WHERE r.batch_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM children c WHERE c.id_number = r.id_number AND c.id_number != '')"
    )
    _, raw_cmp = _timed(lambda: store.conn.execute(raw_sql, (result.batch_id,)).fetchone())
    results.append(
        Result(
            f"comparison: {children:,} children vs {result.imported:,} 户籍 rows",
            t_cmp,
            baseline=raw_cmp,
            baseline_name="SQL anti-join on ID number only",
            detail=run_.counts,
        )
    )

    # --- 学籍 re-import (every row matches) and into an empty database ------------------------
    say("re-importing the 学籍 roster (all rows match existing children) …")
    xplan, t_x = _timed(lambda: check(store, open_roster(store, xueji, kind="xueji")))
    xres, t_xc = _timed(lambda: commit(store, xplan))
    results.append(
        Result(
            f"学籍 re-import into the county ({n_xueji:,} rows, all matched)",
            t_x + t_xc,
            detail={
                "validate_s": round(t_x, 2),
                "commit_s": round(t_xc, 2),
                "unchanged": xres.children_unchanged,
                "updated": xres.children_updated,
            },
        )
    )
    store.close()
    empty = workdir / "empty.db"
    fresh = Store.open(empty, actor="bench")
    setup_county(fresh, "522633")
    say("importing the 学籍 roster into an empty county database …")
    fplan, t_f = _timed(lambda: check(fresh, open_roster(fresh, xueji, kind="xueji")))
    fres, t_fc = _timed(lambda: commit(fresh, fplan, backup=False))
    raw_children = [
        (
            r["name"],
            r["sex"],
            r["birth_date"],
            r["id_number"],
            r["xueji_no"],
            r["ethnicity"],
            r["grade"],
            r["class_name"],
        )
        for r in fplan.records
    ]
    raw_c = _raw_insert(raw_children) * 2  # children and enrolments
    results.append(
        Result(
            f"学籍 import into an empty county ({n_xueji:,} new children + enrolments): write",
            t_fc,
            baseline=raw_c,
            baseline_name="raw executemany of children + enrolment rows",
            detail={
                "validate_s": round(t_f, 2),
                "created": fres.children_created,
                "schools": fres.schools_created,
            },
        )
    )
    fresh.close()

    # --- reports ---------------------------------------------------------------------------
    store = Store.open(county, actor="bench")
    period = parse_period("2026-11")
    report, t_build = _timed(lambda: build_report(store, period, kind="monthly"))
    _, t_xlsx = _timed(lambda: write(report, workdir / "月报.xlsx"))
    _, t_pdf = _timed(lambda: write(report, workdir / "月报.pdf"))
    results.append(
        Result("monthly report: statistics (flow, 9 breakdowns, rates, name list)", t_build)
    )
    results.append(Result("monthly report: write .xlsx", t_xlsx))
    results.append(Result("monthly report: write .pdf", t_pdf))
    _, t_dash = _timed(lambda: compute(store, period))
    results.append(Result("dashboard figures (period + 12-month trend)", t_dash))
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.append(Result("peak memory of this process (all of the above)", peak, unit="MB"))
    return results


def main(argv: list[str] | None = None) -> int:
    from bench.datasets import SIZES, dataset

    parser = argparse.ArgumentParser(prog="python -m bench.intake_bench")
    parser.add_argument("--size", choices=["township", "county"], default="county")
    parser.add_argument("--keep", help="keep the work files (rosters, reports) in this folder")
    args = parser.parse_args(argv)
    db, generated = dataset(SIZES[args.size])
    if generated["now"]:
        print(f"dataset generated in {generated['seconds']:.1f} s")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kcbx-intake-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run(db, workdir=work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    for r in results:
        line = f"{r.name}: {fmt(r.value, r.unit)}"
        if r.baseline is not None:
            line += (
                f"  (baseline {r.baseline_name}: {fmt(r.baseline, r.unit)}, ratio {r.ratio:.1f}×)"
            )
        if r.detail:
            line += f"  {r.detail}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
