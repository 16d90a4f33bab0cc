"""installer/build.py builds the one-folder bundle, runs the frozen app through its smoke test
(installer/smoke.py) and packages it; here its report, and the packages installed."""

from __future__ import annotations

import configparser
import json
import os
import subprocess
import sys
import tarfile

import pytest

from desktop import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),  # the first test builds the bundle (a minute or two)
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

SMOKE_STEPS = [
    "version",
    "demo",
    "search",
    "form",
    "qt",
    "report",
    "sync",
    "encrypt",
    "upgrade",
    "window",
    "x11",  # says "skipped" where there is no Xvfb
]


def _report(frozen_build) -> dict:
    frozen_build.require_success()
    return json.loads((frozen_build.dist / "build-report.json").read_text(encoding="utf-8"))


def test_the_bundle_passes_its_smoke_test_within_the_size_budget(frozen_build):
    report = _report(frozen_build)
    assert list(report["smoke"]) == SMOKE_STEPS
    if report["bundle"]["icu_trimmed"]:  # untrimmed only without a C compiler (a warning)
        assert report["bundle"]["mib"] <= 160  # installer/build.py SIZE_BUDGET_MIB
    assert report["version"] == __version__
    internal = frozen_build.app / "_internal"
    # what was left out stays out
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libgtk*"))
    assert not (internal / "pypinyin/phrases_dict.json").exists()
    assert not list(internal.glob("psycopg*")) and not list(internal.glob("pytest*"))
    assert (internal / "resources/i18n/kcbx_en.qm").exists()


def _run(cmd, **kw) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120, **kw)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def _packages(frozen_build) -> dict:
    report = _report(frozen_build)
    if "packages" not in report:
        pytest.skip("no dpkg-deb on this machine: no packages were made")
    return report


def test_the_deb_installs_the_program_its_command_menu_entry_and_icon(frozen_build, tmp_path):
    report = _packages(frozen_build)
    deb = frozen_build.dist / report["packages"]["deb"]
    fields = _run(["dpkg-deb", "--field", str(deb)])
    assert "Package: kcbx" in fields and f"Version: {__version__}" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    assert "libc6 (>= 2." in depends and "libcups2" in depends and "libdbus-1-3" in depends
    listing = _run(["dpkg-deb", "--contents", str(deb)])
    for path in (
        "./opt/kcbx/kcbx",
        "./opt/kcbx/_internal/resources/fonts/kcbx-song.ttf",
        "./usr/bin/kcbx -> ../../opt/kcbx/kcbx",
        "./usr/share/applications/kcbx.desktop",
        "./usr/share/icons/hicolor/256x256/apps/kcbx.png",
        "./usr/share/icons/hicolor/scalable/apps/kcbx.svg",
    ):
        assert path in listing, path
    assert "root/root" in listing and "/home" not in listing  # owned by root, no user files
    root = tmp_path / "root"
    _run(["dpkg-deb", "--extract", str(deb), str(root)])
    assert _run([str(root / "usr/bin/kcbx"), "--version"]).strip() == f"kcbx {__version__}"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "usr/share/applications/kcbx.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Name"] == "控辍保学工作台"


def test_the_tarball_installs_for_one_user_without_root(frozen_build, tmp_path):
    report = _packages(frozen_build)
    with tarfile.open(frozen_build.dist / report["packages"]["tarball"]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    _run(["sh", str(folder / "install-user.sh")], env=env)
    kcbx = home / ".local/bin/kcbx"
    assert _run([str(kcbx), "--version"]).strip() == f"kcbx {__version__}"
    entry = (home / ".local/share/applications/kcbx.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/opt/kcbx/kcbx" in entry
    _run(["sh", str(folder / "install-user.sh")], env=env)  # again: an upgrade in place
    assert _run([str(kcbx), "--version"]).strip() == f"kcbx {__version__}"
