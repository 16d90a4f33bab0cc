"""Regenerate the hash-pinned lock files from pyproject.toml (maintainers only).

    python -m venv /tmp/piptools && /tmp/piptools/bin/pip install pip-tools==7.6.2
    /tmp/piptools/bin/python installer/locks.py            # all three locks
    /tmp/piptools/bin/python installer/locks.py --upgrade  # newer versions where allowed

- `requirements.lock`: what `python3 -m desktop` installs (the app, the hub's PostgreSQL driver,
  and the build backend of pyproject.toml, because the project is installed in editable mode
  without build isolation: a venv's bundled setuptools is too old for pyproject's metadata).
- `requirements-dev.lock`: the same plus tests and build tools (`python3 -m desktop test`).
- `requirements-compat.lock`: the dev set on PySide6 6.9 (manylinux_2_28: glibc 2.28, for
  Kylin V10 / UOS 20 desktops); QtPdf is inside PySide6-Addons there, so no PySide6-Pdf.
  `KCBX_LOCK=requirements-compat.lock python3 -m desktop test` runs the suite on it.

Existing pins are kept (pip-compile reads the current lock) unless --upgrade is given. No index
or find-links line is written into a lock: pip's own configuration decides where it looks.

    python installer/locks.py --check   # every pin of the compat lock has a wheel for glibc
                                        # 2.28 x86_64 and for win_amd64 (downloads them)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# PySide6 6.9.3 is the newest release with manylinux_2_28 wheels; Qt Pdf ships inside Addons.
COMPAT_QT = {
    "pyside6-essentials": "PySide6-Essentials==6.9.3",
    "pyside6-addons": "PySide6-Addons==6.9.3",
    "pyside6-pdf": None,
}
# What pip accepts on a glibc 2.28 system: manylinux_2_28 and every older manylinux tag (pip's
# --platform takes each literally, so they are all named).
GLIBC_2_28 = [
    *(f"manylinux_2_{minor}_x86_64" for minor in range(28, 4, -1)),
    "manylinux2014_x86_64",
    "manylinux2010_x86_64",
    "manylinux1_x86_64",
]
TARGETS = {"glibc 2.28 x86_64": GLIBC_2_28, "Windows x64": ["win_amd64"]}
COMMON = [
    "--allow-unsafe",
    "--generate-hashes",
    "--strip-extras",
    "--no-emit-index-url",
    "--no-emit-find-links",
    "--quiet",
]


def _name(requirement: str) -> str:
    return re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0].strip().lower()


def _compile(args: list[str], output: str, *, upgrade: bool) -> None:
    cmd = [sys.executable, "-m", "piptools", "compile", *COMMON, f"--output-file={output}"]
    if upgrade:
        cmd.append("--upgrade")
    subprocess.check_call([*cmd, *args], cwd=ROOT)


def compat_requirements() -> list[str]:
    """The dev set of pyproject.toml with the Qt pins of COMPAT_QT, plus the build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    extras = project["project"]["optional-dependencies"]
    wanted = [*project["project"]["dependencies"]]
    for extra in ("postgres", "test", "build"):
        wanted += extras[extra]
    wanted += project["build-system"]["requires"]
    out: dict[str, str] = {}
    for req in wanted:
        name = _name(req)
        if name in COMPAT_QT:
            replacement = COMPAT_QT[name]
            if replacement is None:
                continue
            req = replacement
        out.setdefault(name, req)
    return list(out.values())


def check(lock: Path, *, python: str = "3.11") -> list[str]:
    """Pins of `lock` without a binary wheel for a target of TARGETS (downloads each once)."""
    pins = re.findall(r"(?m)^([A-Za-z0-9_.\-]+==\S+) \\$", lock.read_text("utf-8"))
    missing = []
    with tempfile.TemporaryDirectory() as tmp:
        for target, platforms in TARGETS.items():
            for pin in pins:
                cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
                cmd += ["--only-binary=:all:", "--python-version", python, "--implementation"]
                cmd += ["cp", "--dest", tmp, pin]
                for platform in platforms:
                    cmd += ["--platform", platform]
                if subprocess.run(cmd, capture_output=True).returncode != 0:
                    missing.append(f"{target}: {pin}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true")
    parser.add_argument("--check", action="store_true", help="check the compat lock's wheels")
    args = parser.parse_args(argv)
    if args.check:
        missing = check(ROOT / "requirements-compat.lock")
        for line in missing:
            print("no wheel:", line)
        print("requirements-compat.lock:", "ok" if not missing else f"{len(missing)} missing")
        return 1 if missing else 0
    editable = ["--build-deps-for=editable"]
    _compile(
        [*editable, "--extra=postgres", "pyproject.toml"], "requirements.lock", upgrade=args.upgrade
    )
    _compile(
        [*editable, "--extra=postgres", "--extra=test", "--extra=build", "pyproject.toml"],
        "requirements-dev.lock",
        upgrade=args.upgrade,
    )
    compat = ROOT / "requirements-compat.lock"
    if not compat.exists():
        # Start from the dev pins so that only Qt differs.
        shutil.copyfile(ROOT / "requirements-dev.lock", compat)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "requirements-compat.in"
        source.write_text("\n".join(compat_requirements()) + "\n", "utf-8")
        _compile([str(source)], "requirements-compat.lock", upgrade=args.upgrade)
    # pip-compile writes the temporary input's path into the header: name the script instead.
    text = compat.read_text("utf-8")
    text = re.sub(r"(?m)^#    pip-compile .*$", "#    python installer/locks.py", text)
    text = re.sub(r"(?m)^    #   -r .*requirements-compat\.in$", "    #   installer/locks.py", text)
    compat.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
