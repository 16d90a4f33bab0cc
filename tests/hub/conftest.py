"""Fixtures for the hub tests: a county (key + template), the relay backend (SQLite, and a
real PostgreSQL server started here — installed with apt-get when missing and we are root),
and helpers to start hubs and enrol devices."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))


@dataclass
class PgServer:
    host: str
    port: int
    user: str
    log: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{database}"


def _pg_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def _install_postgres() -> str:
    """apt-get install postgresql (root only); '' or why it is impossible."""
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        return "PostgreSQL is not installed and we are not root with apt-get"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"]
    if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True)
        got = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if got.returncode != 0:
            return f"apt-get install postgresql failed: {got.stderr[-300:]}"
    return ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _pg_bin()
    if bindir is None:
        why = _install_postgres()
        bindir = _pg_bin()
        if bindir is None:
            pytest.skip(f"PostgreSQL tests skipped: {why or 'pg_ctl not found'}")
    base = Path(tempfile.mkdtemp(prefix="kcbx-pg-"))
    data = base / "data"
    log = base / "server.log"
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as an unprivileged user
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            user = "nobody"
        if not shutil.which("runuser"):
            pytest.skip("PostgreSQL tests skipped: running as root without runuser")
        shutil.chown(base, user=user)
        prefix = ["runuser", "-u", user, "--"]
    init = subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "kcbx",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        ],
        capture_output=True,
        text=True,
    )
    if init.returncode != 0:
        pytest.skip(f"PostgreSQL tests skipped: initdb failed: {init.stderr[-300:]}")
    port = free_port()
    options = (
        f"-p {port} -h 127.0.0.1 -k {base} -c fsync=off -c synchronous_commit=off"
        " -c full_page_writes=off -c max_connections=300"
    )
    start = subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        ],
        capture_output=True,
        text=True,
    )
    if start.returncode != 0:
        tail = log.read_text()[-500:] if log.exists() else start.stderr[-300:]
        pytest.skip(f"PostgreSQL tests skipped: server did not start: {tail}")
    try:
        yield PgServer("127.0.0.1", port, "kcbx", log)
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database on the test server."""
    import psycopg

    name = f"hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    with (
        contextlib.suppress(Exception),
        psycopg.connect(pg_server.url(), autocommit=True) as conn,
    ):
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def relay_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The relay database of a hub: the same tests run against both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "relay.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from synckit import make_county

    return make_county(tmp_path_factory.mktemp("county"))
