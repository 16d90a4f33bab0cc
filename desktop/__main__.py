"""Bootstrap: `python3 -m desktop [ARGS]` runs the app, `python3 -m desktop test [PYTEST ARGS]` the tests.

Only the standard library is used here. On first use (or when a lock file changes) it creates
`.venv` beside the project, installs the pinned, hash-checked dependencies of
`requirements.lock` (app) or `requirements-dev.lock` (tests, build tools), installs the project
in editable mode, and then re-runs itself inside that environment. Works on a bare Debian
python3 without the python3-venv package: pip is then fetched as a pinned wheel.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("KCBX_VENV", ROOT / ".venv"))
STAMP = VENV / ".kcbx-installed"
# Used only where the system python has no ensurepip (Debian without python3-venv).
PIP_WHEEL_URL = (
    "https://files.pythonhosted.org/packages/07/25/"
    "ee8c38ae72d66b844ce8eb9711ba905dba21ca1a8a0c960057c41cd23337/pip-26.3-py3-none-any.whl"
)
PIP_WHEEL_SHA256 = "f3b60b20ffaadd4415ed7957212a38ac63fa4c5fa375bd0f4a797777940fad13"


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
        # Debian's venv exits (SystemExit) when python3-venv/ensurepip is not installed.
        _say(f"ensurepip unavailable ({exc!r}); fetching pip 26.3 instead")
    venv.EnvBuilder(with_pip=False, clear=True).create(VENV)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(tmp) / "pip-26.3-py3-none-any.whl"
        with urllib.request.urlopen(PIP_WHEEL_URL, timeout=120) as resp:
            data = resp.read()
        if hashlib.sha256(data).hexdigest() != PIP_WHEEL_SHA256:
            sys.exit("[kcbx] 下载的 pip 校验失败 (hash mismatch); aborting")
        wheel.write_bytes(data)
        # A wheel is importable as a zip: run pip from it to install pip into the venv.
        subprocess.check_call(
            [str(_venv_python()), f"{wheel}/pip", "install", "--no-index", str(wheel)]
        )


def ensure_environment(lock_name: str) -> None:
    lock = ROOT / lock_name
    digest = f"{lock_name}:{_lock_digest(lock)}"
    if _venv_python().exists() and digest in _installed_locks():
        return
    if not _venv_python().exists():
        _create_venv()
    py = str(_venv_python())
    _say(f"installing pinned dependencies from {lock_name} (first run only)")
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.check_call([*pip, "--require-hashes", "-r", str(lock)])
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
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if shutil.which("apt-get") is None:
        sys.exit(f"[kcbx] Qt needs these system libraries: {', '.join(sorted(missing))}")
    prefix: list[str] = []
    if os.geteuid() != 0:
        if (
            shutil.which("sudo")
            and subprocess.call(["sudo", "-n", "true"], stderr=subprocess.DEVNULL) == 0
        ):
            prefix = ["sudo"]
        else:
            sys.exit(
                "[kcbx] 请先安装 Qt 所需的系统库 (Qt needs system libraries), then rerun:\n    sudo "
                + " ".join(command)
            )
    _say(f"installing system libraries for Qt: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.check_call([*prefix, "apt-get", "update", "-q"], env=env)
    subprocess.check_call([*prefix, *command], env=env)
    if not _missing_system_libraries():
        marker.touch()


def main(argv: list[str]) -> int:
    wants_tests = bool(argv) and argv[0] == "test"
    lock_name = "requirements-dev.lock" if wants_tests else "requirements.lock"
    if not _inside_venv():
        ensure_environment(lock_name)
        ensure_system_libraries()
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
