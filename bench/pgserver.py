"""A throwaway PostgreSQL server on 127.0.0.1, for the hub's scale mode: the hub tests
(tests/hub/conftest.py) and the hub load bench (bench/hub_bench.py) start theirs here."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_INITDB = ("-A", "trust", "-U", "kcbx", "-E", "UTF8", "--no-sync", "--locale=C")
_START = ("-w", "-t", "60", "-o")


class Unavailable(RuntimeError):
    """No server could be started here; the message says why."""


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    log: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bindir() -> Path | None:
    """The newest installed PostgreSQL's programs, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def install() -> str:
    """apt-get install postgresql (root only); '' or why it is impossible."""
    return apt_install("postgresql")


def apt_install(*packages: str) -> str:
    """apt-get install PACKAGES (root only, as the tests' and the bench's own setup); '' or
    why it is impossible. The package lists are refreshed only when a first try fails."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return f"{' '.join(packages)}: not installed, and we are not root with apt-get"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        got = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if got.returncode != 0:
            return f"apt-get install {' '.join(packages)} failed: {got.stderr[-300:]}"
    return ""


@contextlib.contextmanager
def temporary_server(*, durable: bool = True, install_missing: bool = False) -> Iterator[PgServer]:
    """Start a server in a temporary folder (as an unprivileged user when root: PostgreSQL
    refuses root), stop and delete it afterwards. durable=False turns fsync and full-page
    writes off (tests); the bench keeps a real server's defaults. Raises Unavailable."""
    programs = bindir()
    if programs is None and install_missing:
        why = install()
        programs = bindir()
        if programs is None:
            raise Unavailable(why or "pg_ctl not found")
    if programs is None:
        raise Unavailable("PostgreSQL not installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="kcbx-pg-"))
    data, log = base / "data", base / "server.log"
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            user = "nobody"
        if not shutil.which("runuser"):
            raise Unavailable("running as root without runuser")
        shutil.chown(base, user=user)
        prefix = ["runuser", "-u", user, "--"]
    try:
        init = subprocess.run(
            [*prefix, str(programs / "initdb"), "-D", str(data), *_INITDB],
            capture_output=True,
            text=True,
        )
        if init.returncode != 0:
            raise Unavailable(f"initdb failed: {init.stderr[-300:]}")
        port = free_port()
        options = f"-p {port} -h 127.0.0.1 -k {base} -c max_connections=300"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        start = subprocess.run(
            [
                *prefix,
                str(programs / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                *_START,
                options,
                "start",
            ],
            capture_output=True,
            text=True,
        )
        if start.returncode != 0:
            tail = log.read_text()[-500:] if log.exists() else start.stderr[-300:]
            raise Unavailable(f"server did not start: {tail}")
        try:
            yield PgServer("127.0.0.1", port, "kcbx", log)
        finally:
            mode = "fast" if durable else "immediate"
            subprocess.run(
                [*prefix, str(programs / "pg_ctl"), "-D", str(data), "-m", mode, "stop"],
                capture_output=True,
            )
    finally:
        shutil.rmtree(base, ignore_errors=True)
