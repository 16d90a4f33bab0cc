"""Shared fixtures: every test runs with its own data folder and no screen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

DEMO_CHILDREN = 1500


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "kcbx-data"
    monkeypatch.setenv("KCBX_DATA_DIR", str(data))
    return data


@pytest.fixture
def store(tmp_path: Path):
    """A fresh, empty database with the demo county's divisions set up."""
    from desktop.store.county import setup_county
    from desktop.store.repo import Store

    s = Store.open(tmp_path / "test.db", actor="测试用户")
    setup_county(s, "522633")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo county per test session (read-only master; copy it to modify)."""
    from desktop.demo.generate import generate

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate(path, children=DEMO_CHILDREN, seed=7)
    return path


@pytest.fixture
def demo_db(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo county database."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_master, target)
    return target


@pytest.fixture
def demo_store(demo_db: Path):
    from desktop.store.repo import Store

    s = Store.open(demo_db, actor="测试用户")
    yield s
    s.close()
