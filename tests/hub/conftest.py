"""Fixtures for the hub tests: a county (key + template), the relay backend (SQLite, and a
real PostgreSQL server started here — installed with apt-get when missing and we are root),
and helpers to start hubs and enrol devices."""

from __future__ import annotations

import contextlib
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench import pgserver
from bench.pgserver import PgServer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))


free_port = pgserver.free_port


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        with pgserver.temporary_server(durable=False, install_missing=True) as server:
            yield server
    except pgserver.Unavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")


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
