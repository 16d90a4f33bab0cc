"""Start-up to an interactive main window, the ledger's first paint, typing into search from a
cold app, and the GUI process's peak memory — each start a fresh process.

    .venv/bin/python bench/ui_startup.py --db county.db [--repeat 5]

The app is started the way `kcbx --db FILE` starts it (desktop.cli.main, every feature module
installed); the baseline is a bare PySide6 QMainWindow started in the same run, alternately
with the app so that load drifts hit both. The time from launching the process to the mark
"interactive" (the end of the event-loop pass that first painted the window) is the start time,
interpreter start included on both sides. See bench/ui_probe.py for what each child does.

The ledger figure is from asking for the 20,000-case ledger page to the end of its table's first
paint, inside the app process, once the start-up background jobs (Today, the ledgers' row ids,
the search index) are done, as they are by the time a user clicks.

Budgets (DESIGN.md): start ≤ 2× the bare window; ledger first paint ≤ 50 ms; peak memory with
the county database open ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: bench.* from this checkout
    sys.path.insert(0, str(ROOT))

from bench.harness import Result, app_env, median, p95, spread  # noqa: E402

PROBE = "from bench.ui_probe import main; main()"


class ChildFailed(RuntimeError):
    pass


def _run(args: list[str], env: dict[str, str], *, timeout: float = 300) -> dict[str, Any]:
    """Launch one probe process; its marks as {name: [values…]} with 'start' from launch."""
    _clear_crash_log(env)
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=str(ROOT),
    )
    if out.returncode != 0:
        raise ChildFailed(
            f"{args[0]}: exit {out.returncode}\n{out.stdout[-1000:]}\n{out.stderr[-3000:]}"
        )
    result: dict[str, Any] = {"typed": []}
    for line in out.stdout.splitlines():
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "INTERACTIVE":
            result["start"] = float(parts[1]) - start
        elif parts[0] == "LEDGER":
            result["ledger"] = float(parts[1])
            result["rows"] = int(parts[2])
            result["fetches"] = int(parts[3])
        elif parts[0] in ("MEM", "MEM_LEDGER"):
            result[parts[0].lower()] = tuple(float(x) for x in parts[1:])
        elif parts[0] == "TYPED":
            result["typed"].append((parts[1], float(parts[2]), int(parts[3])))
    if "start" not in result:
        raise ChildFailed(
            f"{args[0]}: no INTERACTIVE mark\n{out.stdout[-2000:]}{out.stderr[-2000:]}"
        )
    return result


def _clear_crash_log(env: dict[str, str]) -> None:
    # A crashed run leaves faulthandler output; the next start would show the crash dialog.
    log = Path(env["KCBX_DATA_DIR"]) / "logs" / "faulthandler.log"
    if log.exists():
        log.unlink()


def environment() -> dict[str, str]:
    return app_env(KCBX_DATA_DIR=tempfile.mkdtemp(prefix="kcbx-bench-ui-"))


def measure(db: Path, *, repeat: int = 5, say: Any = print) -> dict[str, Any]:
    """Start-up (bare vs app) and ledger samples, typing waits, memory."""
    env = environment()
    # Warm up both (disk cache, compiled bytecode), then alternate.
    _run(["bare"], env)
    _run(["start", str(db)], env)
    bare, app, ledger, rows, bare_mem = [], [], [], 0, []
    for _ in range(repeat):
        b = _run(["bare"], env)
        bare.append(b["start"])
        bare_mem.append(b["mem"][0])
        r = _run(["start", str(db)], env)
        app.append(r["start"])
        ledger.append(r["ledger"])
        rows = r["rows"]
    say(
        f"  start: app {median(app):.3f} s, bare {median(bare):.3f} s; "
        f"ledger {median(ledger) * 1000:.1f} ms"
    )
    typing = [_run(["typing", str(db)], env)["typed"] for _ in range(max(1, repeat // 2))]
    mem = [_run(["memory", str(db)], env) for _ in range(2)]
    return {
        "bare": bare,
        "app": app,
        "ledger": ledger,
        "ledger_rows": rows,
        "bare_mem": bare_mem,
        "typing": typing,
        "memory": mem,
    }


def results(m: dict[str, Any]) -> list[Result]:
    bare, app, ledger = m["bare"], m["app"], m["ledger"]
    out = [
        Result(
            "start to an interactive main window (this dataset, all features)",
            median(app),
            baseline=median(bare),
            baseline_name="bare PySide6 window",
            budget="≤ 2× bare window",
            met=median(app) <= 2 * median(bare),
            stat=f"median of {len(app)}",
            detail={"app": spread(app), "bare": spread(bare)},
            design="start-up",
        ),
        Result(
            f"open the {m['ledger_rows']:,}-case ledger: to first paint",
            median(ledger),
            budget="≤ 50 ms",
            met=median(ledger) <= 0.050,
            stat=f"median of {len(ledger)}",
            detail={"ledger": spread(ledger), "p95": p95(ledger)},
            design="ledger",
        ),
    ]
    # Typing from a cold app: the wait for each prefix, keystroke to results painted.
    runs = m["typing"]
    first = [run[0][1] for run in runs if run]
    later = [wait for run in runs for _text, wait, _rows in run[1:]]
    per_prefix: dict[str, list[float]] = {}
    for run in runs:
        for text, wait, _rows in run:
            per_prefix.setdefault(text, []).append(round(wait * 1000, 1))
    if first:
        out.append(
            Result(
                "search typed from a cold app: first letter 'z' → results shown",
                median(first),
                stat=f"median of {len(first)}",
                detail={"waits_ms": per_prefix, "rows": [r for _t, _w, r in runs[0]]},
            )
        )
    if later:
        out.append(
            Result(
                "search typed from a cold app: each next letter (zh … zhangwei) → results",
                p95(later),
                stat=f"p95 of {len(later)}",
                detail={"median": median(later), "includes": "the search box's 120 ms debounce"},
            )
        )
    peaks = [r["mem"][0] for r in m["memory"]]
    peak = max(peaks)
    out.append(
        Result(
            "peak memory of the app with the county open (ledger, scrolling, searches)",
            peak,
            unit="MB",
            baseline=median(m["bare_mem"]),
            baseline_name="bare PySide6 window",
            budget="≤ 250 MB",
            met=peak <= 250,
            stat=f"max VmHWM of {len(peaks)}",
            detail={
                "vmhwm_mb": peaks,
                "after_ledger_mb": [r.get("mem_ledger", (0,))[0] for r in m["memory"]],
                "ru_maxrss_mb": [r["mem"][2] for r in m["memory"]],
            },
            design="memory",
        )
    )
    return out


def main(argv: list[str] | None = None) -> int:
    from bench.harness import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="county database (kcbx demo --children 100000)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    m = measure(Path(args.db), repeat=args.repeat)
    print(table(results(m)))
    print(json.dumps({k: v for k, v in m.items() if k != "memory"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
