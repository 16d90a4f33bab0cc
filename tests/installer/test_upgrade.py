"""A newer version installed over an older one: on the first start the window backs the old
database up, then migrates it, and nothing in it is lost — from the source and frozen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import smoke

from desktop.store import schema


def _open_window(command: list[str], db: Path, data: Path) -> str:
    """Start the app on `db` as a county admin would after installing the new version: first
    the account set-up (the first start that opens the old file), then the window."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KCBX_", "PYTHON"))}
    env.update(KCBX_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", KCBX_SMOKE_QUIT_MS="50")
    setup = subprocess.run(
        [*command, "user", "--db", str(db), "setup", "--username", "admin", "--name", "县管理员",
         "--no-encrypt"],
        capture_output=True, text=True, env={**env, "KCBX_NEW_PASSWORD": smoke.PASSWORD}, timeout=120,
    )  # fmt: skip
    assert setup.returncode == 0 or "已经设置过" in setup.stdout + setup.stderr, setup.stderr
    env.update(smoke.SIGNED_IN)
    out = subprocess.run(
        [*command, "--db", str(db)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def _check_upgraded(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.latest_version()
        assert conn.execute("SELECT name, whereabouts FROM children").fetchall() == [("李四", "")]
    backups = sorted(db.parent.glob("backups/**/*-migrate.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:  # the file as it was before the upgrade
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert [r[0] for r in conn.execute("SELECT step FROM schema_migrations")] == [1]
        assert conn.execute("SELECT name FROM children").fetchall() == [("李四",)]


@pytest.mark.gui
def test_the_window_backs_up_then_migrates_an_old_database(tmp_path):
    db = tmp_path / "县里的电脑" / "kcbx.db"
    db.parent.mkdir()
    smoke.make_first_schema_database(db, child_name="李四")
    out = _open_window([sys.executable, "-m", "desktop.cli"], db, tmp_path / "data")
    assert "KCBX_SMOKE window-shown" in out
    _check_upgraded(db)
    # a second start finds nothing to migrate: no second backup
    _open_window([sys.executable, "-m", "desktop.cli"], db, tmp_path / "data")
    assert len(list(db.parent.glob("backups/**/*-migrate.db"))) == 1


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_frozen_app_backs_up_then_migrates_an_old_database(frozen_build, tmp_path):
    frozen_build.require_success()
    db = tmp_path / "old" / "kcbx.db"
    db.parent.mkdir()
    smoke.make_first_schema_database(db, child_name="李四")
    _open_window([str(frozen_build.exe)], db, tmp_path / "data")
    _check_upgraded(db)
