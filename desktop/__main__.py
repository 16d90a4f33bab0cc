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
    except (subprocess.CalledProcessError, OSError) as exc:
        _say(f"ensurepip unavailable ({exc}); fetching pip 26.3")
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


def main(argv: list[str]) -> int:
    wants_tests = bool(argv) and argv[0] == "test"
    lock_name = "requirements-dev.lock" if wants_tests else "requirements.lock"
    if not _inside_venv():
        ensure_environment(lock_name)
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
