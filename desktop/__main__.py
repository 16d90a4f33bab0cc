"""Bootstrap: `python3 -m desktop [ARGS]` runs the app, `python3 -m desktop test [PYTEST ARGS]` the tests.

Only the standard library is used here. On first use (or when a lock file changes) it creates
`.venv` beside the project, installs the pinned, hash-checked dependencies of
`requirements.lock` (app) or `requirements-dev.lock` (tests, build tools), installs the project
in editable mode, and then re-runs itself inside that environment. `KCBX_LOCK=FILE` picks
another lock for both (e.g. `requirements-compat.lock`: PySide6 6.9 for glibc 2.28 systems);
it then gets its own environment, `.venv-compat`. Where the system python cannot make a venv
with pip (Debian without python3-venv), the Debian package is installed with apt-get (as root
or with sudo) or the one command to run is printed: nothing is downloaded by URL.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = os.environ.get("KCBX_LOCK")


def _default_venv() -> Path:
    if not LOCK:
        return ROOT / ".venv"
    stem = Path(LOCK).name.removesuffix(".lock").removeprefix("requirements-")
    return ROOT / f".venv-{stem}"


VENV = Path(os.environ.get("KCBX_VENV") or _default_venv())
STAMP = VENV / ".kcbx-installed"


def _say(msg: str) -> None:
    print(f"[kcbx] {msg}", file=sys.stderr, flush=True)


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _inside_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def _lock_digest(lock: Path) -> str:
    h = hashlib.sha256(lock.read_bytes())
    h.update((ROOT / "pyproject.toml").read_bytes())
    return h.hexdigest()


def _installed_locks() -> set[str]:
    return set(STAMP.read_text().split()) if STAMP.exists() else set()


def _create_venv() -> None:
    _say(f"creating a virtual environment in {VENV}")
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        return
    except (subprocess.CalledProcessError, OSError, SystemExit) as exc:
        # Debian's venv exits (SystemExit) when python3-venv (ensurepip's wheels) is missing.
        _say(f"this python cannot install pip into a venv ({exc!r})")
    version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
    apt_install(
        [version],
        why="创建虚拟环境需要 Debian 的 python3-venv 软件包 (python3 -m venv needs python3-venv)",
    )
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)


def _has_pip() -> bool:
    probe = [str(_venv_python()), "-m", "pip", "--version"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def ensure_environment(lock_name: str) -> None:
    lock = ROOT / lock_name
    digest = f"{lock_name}:{_lock_digest(lock)}"
    if _venv_python().exists() and digest in _installed_locks():
        return
    if not _venv_python().exists() or not _has_pip():
        _create_venv()  # (again, where an interrupted first run left a venv without pip)
    py = str(_venv_python())
    _say(f"installing pinned dependencies from {lock_name} (first run only)")
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.check_call([*pip, "--require-hashes", "-r", str(lock)])
    # No build isolation: the build backend is the one pinned in the lock (pyproject.toml's
    # build-system.requires), never the venv's bundled setuptools (65.5 on Python 3.11 rejects
    # the SPDX `license` of pyproject.toml) nor one fetched unpinned. tests/test_bootstrap.py
    # checks that every lock pins it.
    subprocess.check_call([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)])
    kept = {d for d in _installed_locks() if not d.startswith(lock_name + ":")}
    STAMP.write_text(" ".join(sorted(kept | {digest})))


# Shared libraries the Qt wheels expect from the system, and the Debian packages that carry them.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}
QT_LIBS = (
    "Qt/lib/libQt6Core.so.6",
    "Qt/lib/libQt6Gui.so.6",
    "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6Pdf.so.6",
    "Qt/lib/libQt6PrintSupport.so.6",
    "Qt/lib/libQt6Charts.so.6",
    "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/lib/libQt6DBus.so.6",
    "Qt/plugins/platforms/libqoffscreen.so",
    "Qt/plugins/platforms/libqxcb.so",
)


def _missing_system_libraries() -> set[str]:
    """Shared libraries the installed Qt needs but the system lacks (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return set()
    site = subprocess.run(
        [str(_venv_python()), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    missing = set()
    for rel in QT_LIBS:
        path = Path(site) / rel
        if not path.exists():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    return missing


def ensure_system_libraries() -> None:
    """Install (on Debian-like systems, as root or with sudo) the libraries Qt needs."""
    marker = VENV / ".kcbx-system-libraries-ok"
    if marker.exists():
        return
    missing = _missing_system_libraries()
    if not missing:
        marker.touch()
        return
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})
    unknown = sorted(lib for lib in missing if lib not in DEBIAN_PACKAGES)
    if unknown:
        _say(f"warning: no known package for {', '.join(unknown)}")
    if not packages:
        return
    if shutil.which("apt-get") is None:
        sys.exit(f"[kcbx] Qt needs these system libraries: {', '.join(sorted(missing))}")
    apt_install(packages, why="请先安装 Qt 所需的系统库 (Qt needs system libraries)")
    if not _missing_system_libraries():
        marker.touch()


def apt_install(packages: list[str], *, why: str) -> None:
    """Install Debian packages as root or with sudo; otherwise print the one command and exit."""
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if shutil.which("apt-get") is None:
        sys.exit(f"[kcbx] {why}: {' '.join(packages)}")
    prefix: list[str] = []
    if os.geteuid() != 0:
        if (
            shutil.which("sudo")
            and subprocess.call(["sudo", "-n", "true"], stderr=subprocess.DEVNULL) == 0
        ):
            prefix = ["sudo"]
        else:
            sys.exit(f"[kcbx] {why}, then rerun:\n    sudo " + " ".join(command))
    _say(f"installing Debian packages: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.check_call([*prefix, "apt-get", "update", "-q"], env=env)
    subprocess.check_call([*prefix, *command], env=env)


def main(argv: list[str]) -> int:
    wants_tests = bool(argv) and argv[0] == "test"
    lock_name = LOCK or ("requirements-dev.lock" if wants_tests else "requirements.lock")
    if not _inside_venv():
        try:
            ensure_environment(lock_name)
            ensure_system_libraries()
        except subprocess.CalledProcessError as exc:
            # pip's or apt's own output above says why; this line says what failed.
            sys.exit(
                f"[kcbx] 安装失败 (install failed)：{' '.join(map(str, exc.cmd))} → 退出码 "
                f"{exc.returncode}。请根据上面的信息处理后重新运行。"
            )
        env = dict(os.environ, KCBX_BOOTSTRAPPED="1")
        cmd = [str(_venv_python()), "-m", "desktop", *argv]
        if os.name == "nt":
            return subprocess.call(cmd, env=env)
        os.execve(cmd[0], cmd, env)
    if wants_tests:
        if os.environ.get("KCBX_BOOTSTRAPPED") != "1":
            ensure_environment(lock_name)
        os.chdir(ROOT)
        return subprocess.call([sys.executable, "-m", "pytest", *argv[1:]])
    from desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    if sys.version_info < (3, 11):  # noqa: UP036 - this file also runs on the system python
        sys.exit("kcbx needs Python 3.11 or newer (kcbx 需要 Python 3.11 或更高版本)")
    sys.exit(main(sys.argv[1:]))
