"""The frozen app, built once per test run by installer/build.py (a minute or two)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))
# installer/'s modules are imported by their plain names (as build.py and the spec do): make
# sure no test helper of the same name elsewhere was imported under one of them first.
for _name in ("bundle", "icu", "smoke", "linux_package"):
    _module = __import__(_name)
    assert Path(_module.__file__).parent == INSTALLER, f"{_name} is {_module.__file__}"


@dataclass
class FrozenBuild:
    returncode: int
    output: str
    dist: Path

    @property
    def app(self) -> Path:
        return self.dist / "kcbx"

    @property
    def exe(self) -> Path:
        return self.app / ("kcbx-cli.exe" if sys.platform == "win32" else "kcbx")

    def require_success(self) -> None:
        assert self.returncode == 0, f"installer/build.py failed:\n{self.output[-6000:]}"


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> FrozenBuild:
    """installer/build.py: bundle, smoke test, packages (the .deb gzip-compressed, quicker
    than the release's xz). PyInstaller's work folder is kept in build/ between runs: it
    rebuilds only what changed."""
    pytest.importorskip("PyInstaller")
    dist = tmp_path_factory.mktemp("dist")
    work = ROOT / "build" / "pytest-pyinstaller"
    cmd = [sys.executable, str(INSTALLER / "build.py"), "--dist", str(dist), "--work", str(work)]
    cmd += ["--deb-compression", "gzip"]
    result = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=1500, check=False
    )
    return FrozenBuild(result.returncode, result.stdout + result.stderr, dist)
