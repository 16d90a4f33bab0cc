"""The README's run command on a fresh machine: the bootstrap (desktop/__main__.py), the locks
it installs, and `kcbx --smoke`. `.ci/run` also runs the command itself on a fresh clone."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

import desktop.__main__ as bootstrap

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("requirements.lock", "requirements-dev.lock", "requirements-compat.lock")


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text("utf-8")
    return {
        m.group(1).lower(): m.group(2)
        for m in re.finditer(r"(?m)^([A-Za-z0-9_.\-]+)==(\S+) \\$", text)
    }


@pytest.mark.parametrize("lock", LOCKS)
def test_every_lock_pins_the_build_backend(lock: str) -> None:
    # The project is installed editable without build isolation: the venv's own setuptools
    # (65.5 with Python 3.11) rejects pyproject's SPDX licence, so the backend must come pinned.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    pinned = pins(lock)
    for requirement in project["build-system"]["requires"]:
        name, version = requirement.split("==")
        assert pinned.get(name.lower()) == version, f"{lock} does not pin {requirement}"


@pytest.mark.parametrize("lock", LOCKS)
def test_locks_name_no_index_and_carry_hashes(lock: str) -> None:
    text = (ROOT / lock).read_text("utf-8")
    assert not re.search(r"(?m)^-{1,2}(extra-index-url|index-url|find-links|f |i )", text)
    blocks = re.split(r"(?m)^(?=[A-Za-z0-9_.\-]+==)", text)[1:]
    assert blocks and all("--hash=sha256:" in block for block in blocks)


def test_the_app_lock_has_what_its_commands_need() -> None:
    # `kcbx hub serve --database postgresql://…` and `kcbx bench` from the run environment.
    assert {"psycopg", "psycopg-binary", "uvicorn", "starlette", "httpx"} <= pins(
        "requirements.lock"
    ).keys()


def test_the_compat_lock_is_the_dev_set_on_pyside6_6_9() -> None:
    compat, dev = pins("requirements-compat.lock"), pins("requirements-dev.lock")
    assert compat["pyside6-essentials"].startswith("6.9.")
    assert compat["pyside6-addons"].startswith("6.9.")
    assert compat["shiboken6"].startswith("6.9.")
    assert "pyside6-pdf" not in compat  # QtPdf is inside PySide6-Addons in 6.9
    qt = {"pyside6-essentials", "pyside6-addons", "shiboken6", "pyside6-pdf"}
    assert set(compat) == set(dev) - {"pyside6-pdf"}
    assert {k: v for k, v in compat.items() if k not in qt} == {
        k: v for k, v in dev.items() if k not in qt
    }


def test_index_hosts_are_named_nowhere() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    hosts = [
        "pythonhosted" + ".org",
        "pypi" + ".org",
        "pypi" + ".python.org",
        "mirrors" + ".aliyun",
        "pypi" + ".tuna",
        "registry" + ".npmjs",
    ]
    found = []
    for name in tracked:
        path = ROOT / name
        if not path.is_file() or path.suffix in {".ttf", ".ttc", ".otf", ".png", ".qm", ".gz"}:
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        found += [f"{name}: {host}" for host in hosts if host in text]
    assert not found


def test_the_bootstrap_downloads_nothing_itself() -> None:
    tree = ast.parse(Path(bootstrap.__file__).read_text("utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (
            node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
        )
    }
    assert not imported & {"urllib", "http", "socket", "ssl"}


def test_compat_lock_gets_its_own_environment(monkeypatch) -> None:
    monkeypatch.setattr(bootstrap, "LOCK", "requirements-compat.lock")
    assert bootstrap._default_venv() == bootstrap.ROOT / ".venv-compat"
    monkeypatch.setattr(bootstrap, "LOCK", None)
    assert bootstrap._default_venv() == bootstrap.ROOT / ".venv"


def test_without_ensurepip_the_debian_package_is_installed(monkeypatch, tmp_path) -> None:
    """Debian's python3 without python3-venv: venv exits; the bootstrap installs the Debian
    package (apt-get, as the Qt libraries) and tries again; it never fetches pip by URL."""
    attempts: list[bool] = []
    installed: list[list[str]] = []

    def create(self, env_dir) -> None:
        attempts.append(self.with_pip)
        if len(attempts) == 1:
            raise SystemExit("ensurepip is disabled in Debian/Ubuntu for the system python")

    monkeypatch.setattr(venv.EnvBuilder, "create", create)
    monkeypatch.setattr(bootstrap, "VENV", tmp_path / "venv")
    monkeypatch.setattr(bootstrap, "apt_install", lambda pkgs, why: installed.append(pkgs))
    bootstrap._create_venv()
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert installed == [[f"python{version}-venv"]]
    assert attempts == [True, True]


def test_without_root_the_one_apt_line_is_printed(monkeypatch, capsys) -> None:
    monkeypatch.setattr(bootstrap.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(bootstrap.shutil, "which", lambda cmd: "/usr/bin/" + cmd)
    monkeypatch.setattr(bootstrap.subprocess, "call", lambda *a, **k: 1)  # sudo -n: no

    def refused(*args, **kwargs):
        raise AssertionError("nothing may be installed without root")

    monkeypatch.setattr(bootstrap.subprocess, "check_call", refused)
    with pytest.raises(SystemExit) as exit_:
        bootstrap.apt_install(["python3.11-venv"], why="需要 python3-venv")
    assert "sudo apt-get install -y --no-install-recommends python3.11-venv" in str(exit_.value)


def test_the_product_and_the_bench_need_only_the_app_lock() -> None:
    """Every library that desktop/ and bench/ import (inside functions too) is pinned in
    requirements.lock: `kcbx bench` and every command work from the run command's .venv."""
    from importlib.metadata import packages_distributions

    dists = packages_distributions()
    app = set(pins("requirements.lock"))
    outside: set[str] = set()
    for folder in ("desktop", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in ("desktop", "bench", "__future__"):
                        continue
                    for dist in dists.get(top, [top]):
                        if re.sub(r"[-_.]+", "-", dist).lower() not in app:
                            outside.add(f"{path.relative_to(ROOT)}: {top} ({dist})")
    assert not outside, sorted(outside)
