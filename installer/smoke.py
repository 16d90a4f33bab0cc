"""The frozen app, run through a working day in a throwaway data folder, offscreen.

Each step runs the bundle's own `kcbx` executable (never the source) and checks what a user
would see: a demo county, a search by name and by pinyin, an official form whose PDF carries
the child's name, the Qt modules loaded only for printing and charts (a PDF rendered and
printed, a chart drawn: installer/entry.py), a statistics report, a sync bundle exported and
imported between two enrolled laptops, an encrypted database opened with a password, an old
database upgraded with a backup first, the main window in Chinese and in English, offscreen and
on a real X server (Xvfb, where there is one). Any failure raises SmokeFailure with the command
and its output. Also measures start-up, frozen against source.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "Smoke-测试-2026"
TITLE_ZH = "控辍保学工作台"
TITLE_EN = "Keeping Children in School"
# A window that does not quit by itself waits for someone (a dialog): fail rather than hang.
WINDOW_TIMEOUT = 60


class SmokeFailure(RuntimeError):
    pass


@dataclass
class App:
    """How to start kcbx: the frozen executable, or the source with this Python."""

    command: list[str]
    data: Path
    timeout: float = 180

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("KCBX_", "PYTHON", "QT_")) and k not in ("LD_PRELOAD",)
        }
        env.update(KCBX_DATA_DIR=str(self.data), QT_QPA_PLATFORM="offscreen")
        env.update(extra)
        return env

    def run(
        self,
        *args: str | Path,
        env: dict[str, str] | None = None,
        expect: int | None = 0,
        timeout: float | None = None,
    ) -> subprocess.CompletedProcess[str]:
        cmd = [*self.command, *map(str, args)]
        timeout = timeout or self.timeout
        try:
            out = subprocess.run(
                cmd,
                capture_output=True,
                text=True,
                env=self.env(**(env or {})),
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(
                f"timed out after {timeout:.0f} s (a dialog waiting for input?): {_show(cmd)}"
            ) from exc
        if expect is not None and out.returncode != expect:
            raise SmokeFailure(
                f"exit {out.returncode} (wanted {expect}): {_show(cmd)}\n"
                f"--- stdout\n{out.stdout[-3000:]}\n--- stderr\n{out.stderr[-3000:]}"
            )
        return out


def _show(cmd: list[str]) -> str:
    return " ".join(cmd)


def _want(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


@dataclass
class Smoke:
    """The steps, sharing one work folder; `results` holds (step, seconds, detail)."""

    app: App
    work: Path
    results: list[tuple[str, float, str]] = field(default_factory=list)

    @property
    def demo(self) -> Path:
        return self.work / "demo.db"

    def step(self, name: str, fn: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = fn()
        except SmokeFailure as exc:
            raise SmokeFailure(f"smoke step {name!r} failed: {exc}") from None
        seconds = time.perf_counter() - started
        self.results.append((name, seconds, detail))
        print(f"  ok  {name:10} {seconds:5.1f} s  {detail}", flush=True)

    def run_all(self) -> list[tuple[str, float, str]]:
        for name, fn in (
            ("version", self.version),
            ("demo", self.make_demo),
            ("search", self.search),
            ("form", self.form),
            ("qt", self.qt_modules),
            ("report", self.report),
            ("sync", self.sync),
            ("encrypt", self.encrypt),
            ("upgrade", self.upgrade),
            ("window", self.window),
            ("x11", self.x11),
        ):
            self.step(name, fn)
        return self.results

    # --- the steps ------------------------------------------------------------------------

    def version(self) -> str:
        from desktop import __version__

        out = self.app.run("--version").stdout.strip()
        _want(out == f"kcbx {__version__}", f"--version said {out!r}")
        left_out = self.app.run("bench", expect=2).stderr  # installer/bundle.py LEFT_OUT_PACKAGES
        _want("尚未包含" in left_out, f"kcbx bench should be left out:\n{left_out}")
        return out

    def make_demo(self) -> str:
        out = self.app.run("demo", "--db", self.demo, "--children", 400, "--seed", 7).stdout
        _want(self.demo.exists() and "完成" in out, f"no demo database:\n{out}")
        return out.strip().splitlines()[-1][:60]

    def _child(self) -> sqlite3.Row:
        """A child with a case in persuasion (forms need one), by name."""
        with sqlite3.connect(self.demo) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute(
                "SELECT children.name, cases.case_no FROM cases JOIN children"
                " ON children.id = cases.child_id WHERE cases.state = 'persuading'"
                " ORDER BY cases.seq LIMIT 1"
            ).fetchone()
        _want(row is not None, "the demo county has no case in persuasion")
        return row

    def search(self) -> str:
        from desktop.domain.names import name_readings

        name = self._child()["name"]
        out = self.app.run("search", "--db", self.demo, name).stdout
        _want(name in out, f"searching {name} did not find it:\n{out}")
        pinyin = "".join(choices[0] for choices in name_readings(name))
        out = self.app.run("search", "--db", self.demo, pinyin).stdout
        _want(name in out, f"searching {pinyin} (pinyin) did not find {name}:\n{out}")
        return f"{name} / {pinyin}"

    def form(self) -> str:
        import pdfplumber

        child = self._child()
        pdf = self.work / "一人一案.pdf"
        self.app.run(
            "form", "--db", self.demo, "case_plan", "--case", child["case_no"], "--out", pdf
        )
        _want(pdf.exists() and pdf.stat().st_size > 0, f"no PDF at {pdf}")
        with pdfplumber.open(pdf) as doc:
            text = "".join(page.extract_text() or "" for page in doc.pages)
            pages = len(doc.pages)
        _want(child["name"] in text, f"the PDF does not name {child['name']}:\n{text[:500]}")
        return f"case_plan {child['case_no']}: {pages} pages, {pdf.stat().st_size // 1024} KB"

    def qt_modules(self) -> str:
        """QtPdf, QtPrintSupport, QtCharts and the image plugins: the app loads them only when
        printing or charting, so the window steps do not; installer/entry.py uses each once."""
        pdf = self.work / "一人一案.pdf"
        out = self.app.run(env={"KCBX_SMOKE_QT_PROBE": str(pdf)}, timeout=WINDOW_TIMEOUT).stdout
        line = next((x for x in out.splitlines() if x.startswith("KCBX_SMOKE qt-probe")), "")
        fields = dict(part.split("=", 1) for part in line.split()[2:])
        _want(bool(fields), f"no probe output:\n{out}")
        _want(int(fields["pages"]) >= 1 and int(fields["inked"]) > 100, f"PDF not drawn: {line}")
        _want(
            int(fields["printed"]) > 1000 and fields["chart"] == "True", f"no print/chart: {line}"
        )
        formats = set(fields["formats"].split(","))
        _want({"jpeg", "png", "tiff", "webp", "gif"} <= formats, f"image formats: {formats}")
        return (
            f"pdf {fields['pages']} pages drawn, printed, chart drawn, {len(formats)} image formats"
        )

    def report(self) -> str:
        import zipfile

        period = time.strftime("%Y-%m")
        xlsx = self.work / "月报.xlsx"
        self.app.run("report", "--db", self.demo, "--period", period, "--out", xlsx)
        with zipfile.ZipFile(xlsx) as z:
            _want("xl/workbook.xml" in z.namelist(), f"{xlsx} is not a workbook")
        return f"{period}: {xlsx.stat().st_size // 1024} KB"

    def sync(self) -> str:
        """Two laptops enrolled by the county; a bundle from one imported by the other. Both
        are county laptops: the sender holds the whole demo county, and a township laptop's
        bundle about other townships is refused (sync/rights.py), as it should be."""
        folder = self.work / "sync"
        folder.mkdir()
        key = folder / "county.json"
        sealed = {"KCBX_COUNTY_KEY_PASSWORD": PASSWORD}
        self.app.run(
            "sync", "county-init", "--out", key, "--county", "522633", "--name", "从江县", env=sealed
        )  # fmt: skip
        township, county = folder / "office.db", folder / "county.db"
        shutil.copy(self.demo, township)
        ids = {}
        for db, role in ((township, ["--role", "county"]), (county, ["--role", "county"])):
            request, enrolment = db.with_suffix(".request.json"), db.with_suffix(".enrol.json")
            self.app.run("sync", "enrol-request", "--db", db, "--out", request)
            ids[db] = json.loads(request.read_text(encoding="utf-8"))["device"]["id"]
            self.app.run(
                "sync", "enrol-issue", "--county-key", key, "--request", request,
                "--out", enrolment, *role, env=sealed,
            )  # fmt: skip
            self.app.run("sync", "enrol", "--db", db, enrolment)
        cert = folder / "county-cert.json"
        self.app.run("sync", "cert", "--db", county, "--out", cert)
        self.app.run("sync", "peers", "--db", township, "--add", cert)
        bundle = folder / "to-county.kcbx"
        self.app.run("sync", "export", "--db", township, "--to", ids[county][:8], "--out", bundle)
        _want(bundle.exists() and bundle.stat().st_size > 0, "no sync bundle written")
        out = self.app.run("sync", "import", "--db", county, bundle).stdout
        _want("已导入" in out, f"the county did not import the bundle:\n{out}")
        with sqlite3.connect(county) as conn:
            children = conn.execute("SELECT count(*) FROM children").fetchone()[0]
        _want(children > 0, "the county has no children after the import")
        return f"bundle {bundle.stat().st_size // 1024} KB, county now has {children} children"

    def encrypt(self) -> str:
        """SQLCipher and Argon2 in the bundle: set up an account, encrypt, sign in."""
        db = self.work / "encrypted.db"
        shutil.copy(self.demo, db)
        self.app.run(
            "user", "--db", db, "setup", "--username", "admin", "--name", "县管理员",
            env={"KCBX_NEW_PASSWORD": PASSWORD},
        )  # fmt: skip
        _want(db.read_bytes()[:16] != b"SQLite format 3\0", "the database is still plaintext")
        signed_in = {"KCBX_USER": "admin", "KCBX_PASSWORD": PASSWORD}
        out = self.app.run("check", "--db", db, env=signed_in).stdout
        _want("完好" in out, f"kcbx check did not find the database sound:\n{out}")
        self.app.run("check", "--db", db, env={**signed_in, "KCBX_PASSWORD": "wrong"}, expect=1)
        return "encrypted, opened with the password, wrong password refused"

    def upgrade(self) -> str:
        """A database from the first schema, opened by this version's window: migrated, its
        data kept, and a backup of the old file made first."""
        from desktop.store import schema

        db = self.work / "old" / "kcbx.db"
        db.parent.mkdir()
        make_first_schema_database(db, child_name="李四")
        # The first start of the new version (here: setting up the county admin) backs the old
        # file up, then migrates it; the window then opens on it.
        signed_in = ensure_account(self.app, db)
        self.app.run(
            "--db", db, env={**signed_in, "KCBX_SMOKE_QUIT_MS": "100"}, timeout=WINDOW_TIMEOUT
        )
        with sqlite3.connect(db) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            kept = conn.execute("SELECT name FROM children WHERE id = 'c1'").fetchone()
        _want(version == schema.latest_version(), f"not migrated: user_version {version}")
        _want(kept == ("李四",), "the child of the old database is gone")
        backups = sorted((db.parent / "backups").glob("**/*-migrate.db"))
        _want(len(backups) == 1, f"no backup before the migration in {db.parent}")
        with sqlite3.connect(backups[0]) as conn:
            steps = [r[0] for r in conn.execute("SELECT step FROM schema_migrations")]
            old_child = conn.execute("SELECT name FROM children WHERE id = 'c1'").fetchone()
        _want(steps == [1] and old_child == ("李四",), f"the backup is not the old file: {steps}")
        return f"user_version 1 → {version}, backup {backups[0].name}"

    def window(self) -> str:
        titles = []
        signed_in = ensure_account(self.app, self.demo)
        for lang, title in (("zh_CN", TITLE_ZH), ("en", TITLE_EN)):
            out = self.app.run(
                "--db",
                self.demo,
                env={**signed_in, "KCBX_SMOKE_QUIT_MS": "200", "KCBX_LANG": lang},
                timeout=WINDOW_TIMEOUT,
            ).stdout
            shown = [line for line in out.splitlines() if line.startswith("KCBX_SMOKE")]
            _want(bool(shown) and title in shown[-1], f"{lang}: no window titled {title}:\n{out}")
            titles.append(title)
        return " / ".join(titles)

    def x11(self) -> str:
        """The window on a real X server (Xvfb): the xcb plugin and the X libraries the bundle
        carries, which the offscreen steps never load."""
        if not sys.platform.startswith("linux"):
            return "not on Linux"
        if shutil.which("Xvfb") is None:
            return "skipped: no Xvfb here"
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert server.stdout is not None
            display = ":" + server.stdout.readline().strip()
            out = self.app.run(
                "--db",
                self.demo,
                env={
                    **ensure_account(self.app, self.demo),
                    "QT_QPA_PLATFORM": "xcb",
                    "DISPLAY": display,
                    "KCBX_SMOKE_QUIT_MS": "200",
                },
                timeout=WINDOW_TIMEOUT,
            ).stdout
        finally:
            server.terminate()
            server.wait(timeout=10)
        _want(TITLE_ZH in out, f"no window on the X server {display}:\n{out}")
        return f"window on Xvfb {display}"


SIGNED_IN = {"KCBX_USER": "admin", "KCBX_PASSWORD": PASSWORD}


def ensure_account(app: App, db: Path) -> dict[str, str]:
    """Give a database its county admin (unencrypted, so the steps can read it back) unless it
    has one; return the environment that signs the window in without the dialog."""
    out = app.run(
        "user", "--db", db, "setup", "--username", "admin", "--name", "县管理员", "--no-encrypt",
        env={"KCBX_NEW_PASSWORD": PASSWORD}, expect=None,
    )  # fmt: skip
    if out.returncode != 0 and "已经设置过" not in out.stderr + out.stdout:
        raise SmokeFailure(f"could not set up an account on {db}:\n{out.stdout}{out.stderr}")
    return dict(SIGNED_IN)


def make_first_schema_database(path: Path, *, child_name: str) -> None:
    """A database as the first schema step made it (as tests/store/test_store.py does)."""
    from desktop.store import schema

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE schema_migrations (step INTEGER PRIMARY KEY, description TEXT,"
        " applied_at TEXT)"
    )
    for statement in schema._statements(schema.V1):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations(step, description) VALUES (1, 'core tables')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO children(id, name, created_at, created_by, device_id, updated_at, hlc)"
        " VALUES ('c1', ?, 'x', 'y', 'd', 'x', '0000000000000000')",
        (child_name,),
    )
    conn.close()


# --- start-up time ---------------------------------------------------------------------------


def startup_seconds(app: App, db: Path) -> tuple[float, float]:
    """(to the window shown, to the process ended) for one start of the main window."""
    started = time.monotonic()
    env = {**SIGNED_IN, "KCBX_SMOKE_QUIT_MS": "0"}
    out = app.run("--db", db, env=env, timeout=WINDOW_TIMEOUT).stdout
    ended = time.monotonic()
    marks = [line.split() for line in out.splitlines() if line.startswith("KCBX_SMOKE")]
    _want(bool(marks), f"no window-shown mark:\n{out}")
    return float(marks[-1][2]) - started, ended - started


def compare_startup(frozen: App, source: App, db: Path, *, repeat: int) -> dict[str, float]:
    """Median start-up of the frozen app and of the source, alternating (one warm-up each)."""
    ensure_account(frozen, db)
    times: dict[str, list[float]] = {
        k: [] for k in ("frozen_window", "source_window", "frozen_cli", "source_cli")
    }
    for rnd in range(repeat + 1):
        for label, app in (("frozen", frozen), ("source", source)):
            window, _ = startup_seconds(app, db)
            t = time.monotonic()
            app.run("--version")
            cli = time.monotonic() - t
            if rnd:  # the first round warms the disk cache
                times[f"{label}_window"].append(window)
                times[f"{label}_cli"].append(cli)
    return {k: round(statistics.median(v), 3) for k, v in times.items()}


def source_app(data: Path) -> App:
    return App([sys.executable, "-m", "desktop.cli"], data)
