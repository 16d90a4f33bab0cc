"""Build the frozen app, prove it runs, package it.

    .venv/bin/python installer/build.py                  # build, smoke test, .deb + tarball
    .venv/bin/python installer/build.py --no-build       # smoke-test the bundle already built
    .venv/bin/python installer/build.py --timing 5       # also start-up: frozen vs source

1. PyInstaller with installer/kcbx.spec → dist/kcbx (one folder); the size budget is checked.
2. The smoke test (installer/smoke.py): the bundle's own executable, in a throwaway data
   folder, offscreen — a demo county, search, a form read back from its PDF, QtPdf/printing/
   charts, a report, a sync bundle between two enrolled laptops, an encrypted database, an old
   database upgraded (backup first), the main window in Chinese and English, and on Xvfb.
   Any failure fails the build.
3. On Linux: the .deb and the tarball (installer/linux_package.py).
4. build-report.json in the dist folder: sizes, times, Depends, the glibc the bundle needs.

Uses the Python it runs with (the project's .venv with the `build` and `test` extras).
Exit status 0 only if every step passed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle  # noqa: E402
import smoke  # noqa: E402

ROOT = bundle.ROOT
SPEC = HERE / "kcbx.spec"
# The unpacked Linux bundle may not grow past this (MiB, as `du -sh` counts). 150 until the
# official documents' fonts came (GB/T 9704: 仿宋 body, 小标宋-style title; +10.4 MB, of which
# cutting the Kai font to the characters no other font has won back 4.1 MB).
SIZE_BUDGET_MIB = 160


def tree_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def run_pyinstaller(*, dist: Path, work: Path) -> float:
    """Build dist/kcbx; returns the seconds it took. The log goes to work/pyinstaller.log."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as fh:
        result = subprocess.run(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, check=False)
    seconds = time.perf_counter() - started
    text = log.read_text(encoding="utf-8", errors="replace")
    if result.returncode != 0:
        sys.exit(f"PyInstaller failed (exit {result.returncode}); end of {log}:\n{text[-4000:]}")
    for line in text.splitlines():
        if line.startswith(("kcbx bundle:", "WARNING: no C compiler")):
            print(f"  {line}")
    return seconds


def check_size(app: Path) -> dict[str, float]:
    size = tree_bytes(app)
    mib = size / 2**20
    trimmed = (app / "_internal").exists() and not _full_icu(app)
    print(f"  bundle {app}: {size / 1e6:.1f} MB = {mib:.1f} MiB (budget {SIZE_BUDGET_MIB} MiB)")
    if mib > SIZE_BUDGET_MIB:
        message = f"the bundle is {mib:.1f} MiB, over the {SIZE_BUDGET_MIB} MiB budget"
        if not trimmed:
            print(f"  WARNING: {message} (ICU data untrimmed: no C compiler here)")
        else:
            sys.exit(message)
    return {"bytes": size, "mib": round(mib, 1)}


def _full_icu(app: Path) -> bool:
    return any(p.stat().st_size > 20e6 for p in app.rglob("libicudata*") if p.is_file())


def executable(app: Path) -> Path:
    """The bundle's program with a console (on Windows kcbx.exe has none)."""
    return app / ("kcbx-cli.exe" if sys.platform == "win32" else "kcbx")


def smoke_test(app: Path, *, work: Path) -> list[tuple[str, float, str]]:
    frozen = smoke.App([str(executable(app))], work / "data")
    return smoke.Smoke(frozen, work).run_all()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build, smoke-test and package kcbx.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-build", action="store_true", help="reuse the bundle in --dist")
    parser.add_argument("--no-smoke", action="store_true")
    parser.add_argument("--no-packages", action="store_true", help="no .deb or tarball")
    parser.add_argument("--deb-compression", choices=["xz", "gzip", "none"], default="xz")
    parser.add_argument("--timing", type=int, default=0, metavar="N",
                        help="start-up, frozen vs source: median of N rounds (0: skip)")  # fmt: skip
    args = parser.parse_args(argv)

    version = bundle.version()
    app = args.dist / "kcbx"
    report: dict[str, object] = {"version": version, "platform": sys.platform}
    print(f"kcbx {version}: building in {args.dist}", flush=True)
    if not args.no_build:
        seconds = run_pyinstaller(dist=args.dist, work=args.work)
        report["build_seconds"] = round(seconds, 1)
        print(f"  PyInstaller: {seconds:.1f} s", flush=True)
    if not (app / "_internal").is_dir():
        sys.exit(f"no bundle at {app}")
    report["bundle"] = check_size(app)
    report["bundle"]["icu_trimmed"] = not _full_icu(app)

    with tempfile.TemporaryDirectory(prefix="kcbx-smoke-") as tmp:
        work = Path(tmp)
        if not args.no_smoke:
            print("smoke test (frozen app, offscreen, throwaway data folder):", flush=True)
            started = time.perf_counter()
            try:
                steps = smoke_test(app, work=work)
            except smoke.SmokeFailure as exc:
                print(f"SMOKE TEST FAILED\n{exc}", file=sys.stderr)
                return 1
            report["smoke"] = {name: round(s, 2) for name, s, _ in steps}
            report["smoke_seconds"] = round(time.perf_counter() - started, 1)
        if args.timing:
            db = work / "demo.db"
            frozen = smoke.App([str(executable(app))], work / "data")
            if not db.exists():
                frozen.run("demo", "--db", db, "--children", 400, "--seed", 7)
            times = smoke.compare_startup(
                frozen, smoke.source_app(work / "data"), db, repeat=args.timing
            )
            report["startup_seconds"] = times
            print(
                "start-up (median of {n}): window frozen {frozen_window:.2f} s, source "
                "{source_window:.2f} s; `kcbx --version` frozen {frozen_cli:.2f} s, source "
                "{source_cli:.2f} s".format(n=args.timing, **times)
            )

    if sys.platform.startswith("linux") and not args.no_packages and shutil.which("dpkg-deb"):
        import linux_package

        started = time.perf_counter()
        deb, field = linux_package.build_deb(
            app, args.dist, version=version, compression=args.deb_compression
        )
        tgz = linux_package.build_tarball(app, args.dist, version=version)
        major, minor = linux_package.glibc_needed(app)
        report["packages"] = {
            "deb": deb.name,
            "deb_bytes": deb.stat().st_size,
            "deb_compression": args.deb_compression,
            "tarball": tgz.name,
            "tarball_bytes": tgz.stat().st_size,
            "depends": field,
            "glibc": f"{major}.{minor}",
            "seconds": round(time.perf_counter() - started, 1),
        }
        print(
            f"  {deb.name}: {deb.stat().st_size / 1e6:.1f} MB ({args.deb_compression}); "
            f"{tgz.name}: {tgz.stat().st_size / 1e6:.1f} MB; needs glibc ≥ {major}.{minor}"
        )
    elif sys.platform.startswith("linux") and not args.no_packages:
        print("  WARNING: no dpkg-deb here: no .deb or tarball made")
    (args.dist / "build-report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    print(f"ok — {args.dist / 'build-report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
