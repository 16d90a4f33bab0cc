"""Start-up to an interactive main window, and the ledger's first paint, as ratios to a bare
PySide6 QMainWindow started in the same run.

Each start is a fresh process (several repetitions, median). A child prints the monotonic
clock (system-wide on Linux/Windows/macOS) when its event loop has painted the window; the
time from launching the process to that mark is the start time, interpreter start included
on both sides. The ledger figure is from asking for the 20,000-case ledger page to the end of
its table's first paint, inside the app process, once the start-up background jobs (Today,
the ledgers' row ids) are done, as they are by the time a user clicks.

    .venv/bin/python bench/ui_startup.py --db county.db [--repeat 5] [--no-features]

Budgets (DESIGN.md): start ≤ 2× the bare window; ledger first paint ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    w = QMainWindow()
    w.resize(1280, 720)
    w.show()
    def done():
        print("INTERACTIVE", time.monotonic(), flush=True)
        app.quit()
    QTimer.singleShot(0, done)
    app.exec()
    """
)

APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from desktop.ui import crash, i18n
    from desktop.ui.app import STYLE, load_fonts
    crash.install()
    i18n.install(app)
    load_fonts(app)
    app.setStyleSheet(STYLE)
    from desktop.store.repo import Store
    from desktop.ui.main_window import MainWindow
    db = Path(sys.argv[1])
    store = Store.open(db)
    window = MainWindow(store, db_path=db, install_features=sys.argv[2] == "1")
    window.show()
    QTimer.singleShot(0, crash.setup_logging)
    marks = {}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "ledger_asked" in marks and "ledger" not in marks:
                QTimer.singleShot(0, ledger_painted)
            return False

    def ledger_painted():
        if "ledger" not in marks:
            marks["ledger"] = time.monotonic()
            rows = window.cases_page.model.rowCount()
            print("LEDGER", marks["ledger"] - marks["ledger_asked"], rows, flush=True)
            app.quit()

    def interactive():
        print("INTERACTIVE", time.monotonic(), flush=True)
        # a user's first click comes after the start-up jobs (Today, ledger ids) are done
        from desktop.ui import ops
        QTimer.singleShot(1000, lambda: (ops.wait_for_idle(), QTimer.singleShot(20, ask_ledger)))

    def ask_ledger():
        watch = PaintWatch(window)
        window.cases_page.table.viewport().installEventFilter(watch)
        window._watch = watch
        marks["ledger_asked"] = time.monotonic()
        window.show_page("all")

    QTimer.singleShot(0, interactive)
    app.exec()
    """
)


def _run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    result: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "INTERACTIVE":
            result["start"] = float(parts[1]) - start
        elif parts and parts[0] == "LEDGER":
            result["ledger"] = float(parts[1])
            result["rows"] = float(parts[2])
    return result


def measure(db: Path, *, repeat: int = 5, features: bool = True) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KCBX_DATA_DIR"] = tempfile.mkdtemp(prefix="kcbx-bench-ui-")
    # Warm up both (disk cache, .pyc, the .qm build), then alternate so load drifts hit both.
    _run(BARE, [], env)
    _run(APP, [str(db), "1" if features else "0"], env)
    bare, app, ledger, rows = [], [], [], 0.0
    for _ in range(repeat):
        bare.append(_run(BARE, [], env)["start"])
        r = _run(APP, [str(db), "1" if features else "0"], env)
        app.append(r["start"])
        ledger.append(r["ledger"])
        rows = r["rows"]
    b, a, lg = statistics.median(bare), statistics.median(app), statistics.median(ledger)
    return {
        "bare_window_s": round(b, 4),
        "app_interactive_s": round(a, 4),
        "start_ratio": round(a / b, 2),
        "ledger_first_paint_ms": round(lg * 1000, 1),
        "ledger_ratio_to_bare": round(lg / b, 3),
        "ledger_rows": int(rows),
        "repeat": repeat,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="county database (kcbx demo --children 100000)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-features", action="store_true", help="without feature modules")
    args = parser.parse_args(argv)
    result = measure(Path(args.db), repeat=args.repeat, features=not args.no_features)
    print(json.dumps(result, ensure_ascii=False))
    print(
        f"start to interactive window: {result['app_interactive_s']:.3f} s vs bare "
        f"{result['bare_window_s']:.3f} s = {result['start_ratio']}x (budget 2x); "
        f"ledger ({result['ledger_rows']} cases) first paint {result['ledger_first_paint_ms']} ms "
        "(budget 50 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
