"""Start-up to an interactive main window, the ledger's first paint, typing into search from a
cold app, and the GUI process's peak memory — each start a fresh process.

    .venv/bin/python bench/ui_startup.py --db county.db [--repeat 5]

The app is started the way `kcbx --db FILE` starts it (desktop.cli.main, every feature module
installed); the baseline is a bare PySide6 QMainWindow started in the same run, alternately
with the app so that load drifts hit both. Times run from launching the process to a mark
"interactive" (the end of the event-loop pass that first painted the window), interpreter start
included on both sides. See bench/ui_probe.py for what each child does.

The app's database is encrypted, so a user signs in before the main window: the budget line is
what that user waits for — launch to the sign-in dialog, plus OK to the interactive main window
— less the password's key derivation (Argon2id, slow on purpose, timed inside the app). The
probe pauses 1.5 s before OK, as a user types the password; the app loads the main window's
modules meanwhile, and that pause is the user's time, not counted. The scripted start (account
in KCBX_USER, no dialog: nothing can load while a user types) is reported too.

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

from bench import signin  # noqa: E402
from bench.harness import Result, app_env, median, p95, spread  # noqa: E402
from bench.ui_probe import TYPING_PAUSE  # noqa: E402

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
        elif parts[0] in ("MEM", "MEM_LEDGER", "MEM_EXERCISE"):
            result[parts[0].lower()] = tuple(float(x) for x in parts[1:])
        elif parts[0] in ("DIALOG", "SUBMIT"):
            result[parts[0].lower()] = float(parts[1]) - start
        elif parts[0] == "PRELOADED":
            result["preloaded"] = parts[1] == "1"
        elif parts[0] == "KDF":
            result["kdf"] = float(parts[1])
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


def environment(*, signed_in: bool = True) -> dict[str, str]:
    """signed_in: the account in KCBX_USER / KCBX_PASSWORD (the app signs in without a dialog,
    as for scripts); otherwise the sign-in dialog asks, and the probe types the account it
    finds in KCBX_BENCH_USER / KCBX_BENCH_PASSWORD (mode signin)."""
    from bench import signin

    if signed_in:
        extra = signin.env()
    else:
        extra = {f"KCBX_BENCH_{k.removeprefix('KCBX_')}": v for k, v in signin.env().items()}
    return app_env(KCBX_DATA_DIR=tempfile.mkdtemp(prefix="kcbx-bench-ui-"), **extra)


def user_wait(run: dict[str, Any], kdf_alone: float) -> float:
    """What a user signing in waits for, of one `signin` run: launch to the sign-in dialog, plus
    OK to the interactive main window, less the key derivation. The time spent typing is the
    user's, not the app's. The derivation is the one timed inside the app when nothing else
    was running then (the modules loaded during the pause were all loaded), else the one timed
    alone."""
    kdf = run["kdf"] if run.get("preloaded") else kdf_alone
    return run["dialog"] + (run["start"] - run["submit"]) - kdf


def measure(
    db: Path, *, repeat: int = 5, say: Any = print, start_only: bool = False
) -> dict[str, Any]:
    """Start-up (bare vs app, as a user signs in and as a script does) and ledger samples,
    typing waits, memory — on `db`'s copy with an admin account, encrypted (bench/signin.py)."""
    from bench import signin

    db = signin.secured(db, say=say)
    env = environment()
    user_env = environment(signed_in=False)
    # Warm up both (disk cache, compiled bytecode), then alternate.
    _run(["bare"], env)
    _run(["signin", str(db)], user_env)
    _run(["start", str(db)], env)
    bare, users, app, kdf, ledger, rows, bare_mem = [], [], [], [], [], 0, []
    # Start-up is the noisiest figure here (a shared 2-core machine: the bare window alone
    # varies 0.16–0.29 s between runs): at least 9 alternations.
    for _ in range(max(repeat, 9)):
        b = _run(["bare"], env)
        bare.append(b["start"])
        bare_mem.append(b["mem"][0])
        users.append(_run(["signin", str(db)], user_env))
        r = _run(["start", str(db)], env)
        app.append(r["start"])
        kdf.append(r.get("kdf", 0.0))
        ledger.append(r["ledger"])
        rows = r["rows"]
    # The key derivation is slow on purpose (desktop/security/kdf.py): timed alone, here, in
    # the same run, and taken off the app's start. (Timed inside the scripted start it would
    # also count the main window's modules, which load on a thread meanwhile, as part of it.)
    alone = kdf_alone(repeat)
    waits = [user_wait(u, alone) for u in users]
    no_kdf = [a - alone for a in app]
    say(
        f"  start: as a user signs in {median(waits):.3f} s (dialog "
        f"{median([u['dialog'] for u in users]):.3f} s), scripted {median(app):.3f} s (key "
        f"derivation alone {alone:.3f} s), bare {median(bare):.3f} s; ledger "
        f"{median(ledger) * 1000:.1f} ms"
    )
    if start_only:
        typing, mem = [], [{"mem": (0.0, 0.0, 0.0)}]
    else:
        typing = [_run(["typing", str(db)], env)["typed"] for _ in range(max(1, repeat // 2))]
        mem = [_run(["memory", str(db)], env, timeout=1800) for _ in range(2)]
    return {
        "bare": bare,
        "user_wait": waits,
        "signin_runs": [
            {k: u[k] for k in ("dialog", "submit", "start", "kdf", "preloaded") if k in u}
            for u in users
        ],
        "app": app,
        "kdf": kdf,
        "kdf_alone": alone,
        "app_without_kdf": no_kdf,
        "ledger": ledger,
        "ledger_rows": rows,
        "bare_mem": bare_mem,
        "typing": typing,
        "memory": mem,
    }


def kdf_alone(repeat: int) -> float:
    """Median time of one sign-in's key derivation (the default Argon2id cost) in this
    process, with nothing else running."""
    import os
    import time

    from desktop.security import kdf

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        kdf.derive(signin.PASSWORD, os.urandom(16), kdf.DEFAULT)
        times.append(time.perf_counter() - start)
    return median(times)


# DESIGN.md (issue 22): start as a user signs in ≤ 1.5× a bare window; typing into search.
START_BUDGET = 1.5
TYPING_BUDGET = 0.050  # key press → results painted, p95 while typing (county)
FIRST_KEY_BUDGET = {"township": 0.150, "county": 0.150, "province": 0.300}


def results(m: dict[str, Any], size: str = "county") -> list[Result]:
    from desktop.ui.search_box import PAUSE_MS

    bare, app, ledger = m["bare"], m["app"], m["ledger"]
    no_kdf, kdf = m["app_without_kdf"], m["kdf"]
    waits = m["user_wait"]
    to_dialog = [u["dialog"] for u in m["signin_runs"]]
    after_ok = [u["start"] - u["submit"] for u in m["signin_runs"]]
    out = [
        Result(
            "start to an interactive main window, as a user signs in (to the sign-in dialog, plus"
            " OK to the window; encrypted DB, all features; less the key derivation)",
            median(waits),
            baseline=median(bare),
            baseline_name="bare PySide6 window",
            budget=f"≤ {START_BUDGET}× bare window",
            met=median(waits) <= START_BUDGET * median(bare),
            stat=f"median of {len(waits)}",
            detail={
                "user_wait": spread(waits),
                "bare": spread(bare),
                "to_dialog": spread(to_dialog),
                "ok_to_window_with_kdf": spread(after_ok),
                "typing_pause_s": TYPING_PAUSE,
                "preloaded_at_ok": [u.get("preloaded") for u in m["signin_runs"]],
            },
            design="start-up",
        ),
        Result(
            "  of which: start to the sign-in dialog",
            median(to_dialog),
            baseline=median(bare),
            baseline_name="bare PySide6 window",
            stat=f"median of {len(to_dialog)}",
            detail={"login": spread(to_dialog)},
        ),
        Result(
            "  of which: OK to the interactive main window, less the key derivation",
            median([w - d for w, d in zip(waits, to_dialog, strict=True)]),
            stat=f"median of {len(waits)}",
        ),
        Result(
            "start to an interactive main window, scripted sign-in (KCBX_USER: no dialog, so"
            " nothing loads while a user types; less the key derivation, timed alone)",
            median(no_kdf),
            baseline=median(bare),
            baseline_name="bare PySide6 window",
            stat=f"median of {len(no_kdf)}",
            detail={
                "app": spread(no_kdf),
                "bare": spread(bare),
                "kdf_alone": m.get("kdf_alone"),
            },
        ),
        Result(
            "  same, with the sign-in's key derivation (Argon2id, slow on purpose)",
            median(app),
            baseline=median(bare),
            baseline_name="bare PySide6 window",
            stat=f"median of {len(app)}",
            detail={"app": spread(app), "kdf_inside_the_app": spread(kdf)},
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
        budget = FIRST_KEY_BUDGET.get(size, FIRST_KEY_BUDGET["county"])
        out.append(
            Result(
                "search typed from a cold app: first letter 'z' → results painted",
                max(first),
                budget=f"≤ {budget * 1000:.0f} ms",
                met=max(first) <= budget,
                stat=f"worst of {len(first)} fresh processes",
                detail={
                    "waits_ms": per_prefix,
                    "rows": [r for _t, _w, r in runs[0]],
                    "median": median(first),
                },
                design="first-key",
            )
        )
    if later:
        out.append(
            Result(
                "search typed from a cold app: each next letter (zh … zhangwei) → results painted",
                p95(later),
                budget=f"≤ {TYPING_BUDGET * 1000:.0f} ms",
                met=p95(later) <= TYPING_BUDGET,
                stat=f"p95 of {len(later)}",
                detail={
                    "median": median(later),
                    "includes": f"the search box's {PAUSE_MS} ms pause",
                },
                design="typing",
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
                "after_exercise_mb": [r.get("mem_exercise", (0,))[0] for r in m["memory"]],
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
    parser.add_argument("--start-only", action="store_true", help="start-up and ledger only")
    args = parser.parse_args(argv)
    m = measure(Path(args.db), repeat=args.repeat, start_only=args.start_only)
    print(table(results(m, Path(args.db).stem)))
    print(json.dumps({k: v for k, v in m.items() if k != "memory"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
