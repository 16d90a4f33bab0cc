"""The hub's own storage (the relay state), in SQLite (default) or PostgreSQL (shared by several
hub processes). It holds what is about devices and deliveries, never the county's records:

    relay_devices    the device registry: certificate, county, last seen, disabled, and the
                     county generation the device's last hub bundle was made at
    relay_nonces     request nonces of the last 20 minutes (a replayed request is refused)
    relay_rate       one token bucket per device (rate limit shared by every hub process)
    relay_county     per county, a generation counter: +1 whenever a bundle merged
    relay_inbox      bundles the hub made for a device (waiting / superseded), with their
    relay_chunks     bytes in 1 MiB chunks (so no request holds a whole bundle in memory)
    relay_pushes     bundles received (id, sender, size, status, ops): no content
    relay_refusals   refused requests (route, status, code): no content

The merged county state is a normal kcbx SQLite database per county (desktop/hub/county.py).
Every process serving a county holds its lock (`county_lock`) while it writes that database:
a PostgreSQL advisory lock across processes, a thread lock within one.

Each worker thread uses its own connection (`_conn()`); every method is one short transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
CHUNK = 1024 * 1024
NONCE_KEEP = 1200.0  # seconds: twice the allowed clock skew

_DDL = """
CREATE TABLE IF NOT EXISTS relay_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS relay_devices (
    device_id TEXT PRIMARY KEY,
    county TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    scope TEXT NOT NULL,
    cert TEXT NOT NULL,
    issued_at TEXT NOT NULL DEFAULT '',
    first_seen {real} NOT NULL,
    last_seen {real} NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    prepared_gen {int} NOT NULL DEFAULT -1
);
CREATE INDEX IF NOT EXISTS relay_devices_county ON relay_devices(county);
CREATE TABLE IF NOT EXISTS relay_nonces (
    device_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    at {real} NOT NULL,
    PRIMARY KEY (device_id, nonce)
);
CREATE INDEX IF NOT EXISTS relay_nonces_at ON relay_nonces(at);
CREATE TABLE IF NOT EXISTS relay_rate (
    device_id TEXT PRIMARY KEY,
    tokens {real} NOT NULL,
    at {real} NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_county (
    county TEXT PRIMARY KEY,
    generation {int} NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS relay_inbox (
    bundle_id TEXT PRIMARY KEY,
    county TEXT NOT NULL,
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    size {int} NOT NULL,
    sha256 TEXT NOT NULL,
    chunks INTEGER NOT NULL,
    ops INTEGER NOT NULL DEFAULT 0,
    generation {int} NOT NULL,
    created_at {real} NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting'
);
CREATE INDEX IF NOT EXISTS relay_inbox_device ON relay_inbox(device_id, state, created_at);
CREATE TABLE IF NOT EXISTS relay_chunks (
    bundle_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    data {blob} NOT NULL,
    PRIMARY KEY (bundle_id, n)
);
CREATE TABLE IF NOT EXISTS relay_pushes (
    bundle_id TEXT PRIMARY KEY,
    county TEXT NOT NULL,
    device_id TEXT NOT NULL,
    at {real} NOT NULL,
    size {int} NOT NULL,
    status TEXT NOT NULL,
    ops INTEGER NOT NULL DEFAULT 0,
    new_ops INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS relay_pushes_device ON relay_pushes(device_id, at);
CREATE TABLE IF NOT EXISTS relay_refusals (
    id {serial},
    at {real} NOT NULL,
    county TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    route TEXT NOT NULL,
    status INTEGER NOT NULL,
    code TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS relay_refusals_at ON relay_refusals(at);
"""

_TYPES = {
    "sqlite": {"real": "REAL", "int": "INTEGER", "blob": "BLOB", "serial": "INTEGER PRIMARY KEY"},
    "postgresql": {
        "real": "DOUBLE PRECISION",
        "int": "BIGINT",
        "blob": "BYTEA",
        "serial": "BIGSERIAL PRIMARY KEY",
    },
}


class Replayed(Exception):
    """The request's nonce was seen before."""


@dataclass(frozen=True)
class Admission:
    ok: bool
    disabled: bool = False
    retry_after: float = 0.0


@dataclass(frozen=True)
class InboxItem:
    bundle_id: str
    device_id: str
    county: str
    kind: str  # bundle | snapshot
    size: int
    sha256: str
    chunks: int
    ops: int
    generation: int
    created_at: float
    state: str  # waiting | superseded


class Relay:
    """The relay state in one database; `url` is a file path / sqlite:///path, or
    postgresql://… (several processes may share it)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = "postgresql" if url.startswith(("postgresql:", "postgres:")) else "sqlite"
        if self.dialect == "sqlite":
            self.path = Path(url.removeprefix("sqlite:///").removeprefix("sqlite://"))
        self._local = threading.local()
        self._all: list[Any] = []
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    @property
    def label(self) -> str:
        if self.dialect == "sqlite":
            return f"sqlite:{self.path.name}"
        return "postgresql"

    # --- connections ---------------------------------------------------------------------

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            self._local.conn = conn
            with self._guard:
                self._all.append(conn)
        return conn

    def _open(self) -> Any:
        if self.dialect == "sqlite":
            from desktop.security import cipher

            key = cipher.key_for(self.path)  # registered by the hub at start (atrest.py)
            if key is not None:
                conn = cipher.open_raw(self.path, key, timeout=30)
                conn.isolation_level = None
                conn.row_factory = None
            else:
                conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 30000")
            return conn
        import psycopg

        return psycopg.connect(self.url, autocommit=True, connect_timeout=10)

    def close_thread(self) -> None:
        """Close this thread's connection (a worker thread that ends)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            self._local.conn = None
            with self._guard:
                if conn in self._all:
                    self._all.remove(conn)
            with contextlib.suppress(Exception):
                conn.close()

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return sql.replace("min(?,", "LEAST(?,").replace("?", "%s")
        return sql

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Any]:
        """One transaction; yields execute(sql, params) -> cursor."""
        conn = self._conn()
        if self.dialect == "sqlite":
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield lambda sql, params=(): conn.execute(sql, params)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return
        with conn.transaction():
            cur = conn.cursor()

            def run(sql: str, params: Iterable[Any] = ()) -> Any:
                cur.execute(self._sql(sql), tuple(params))
                return cur

            yield run

    def _one(self, sql: str, params: Iterable[Any] = ()) -> Any:
        conn = self._conn()
        if self.dialect == "sqlite":
            return conn.execute(sql, tuple(params)).fetchone()
        return conn.execute(self._sql(sql), tuple(params)).fetchone()

    def _all_rows(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        conn = self._conn()
        if self.dialect == "sqlite":
            return conn.execute(sql, tuple(params)).fetchall()
        return conn.execute(self._sql(sql), tuple(params)).fetchall()

    # --- schema --------------------------------------------------------------------------

    def migrate(self) -> None:
        ddl = _DDL.format(**_TYPES[self.dialect])
        statements = [s.strip() for s in ddl.split(";") if s.strip()]
        with self._tx() as run:
            if self.dialect == "postgresql":  # two processes starting at once
                run("SELECT pg_advisory_xact_lock(7411, 0)")
            for statement in statements:
                run(statement)
            run(
                "INSERT INTO relay_meta(key, value) VALUES ('schema', ?) ON CONFLICT(key)"
                " DO NOTHING",
                (str(SCHEMA_VERSION),),
            )

    def ping(self) -> bool:
        return self._one("SELECT 1") is not None

    # --- locks ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self, name: str, *, timeout: float = 300.0) -> Iterator[None]:
        """An exclusive lock by name across every process sharing this relay (PostgreSQL: a
        session advisory lock, released if the process dies); a thread lock in SQLite mode,
        where one process serves."""
        with self._guard:
            local = self._locks.setdefault(name, threading.Lock())
        if not local.acquire(timeout=timeout):
            raise TimeoutError(name)
        try:
            if self.dialect == "sqlite":
                yield
                return
            conn = self._conn()
            conn.execute(f"SET lock_timeout = '{int(timeout * 1000)}ms'")
            try:
                conn.execute("SELECT pg_advisory_lock(7411, hashtext(%s))", (name,))
            finally:
                conn.execute("SET lock_timeout = 0")
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(7411, hashtext(%s))", (name,))
        finally:
            local.release()

    # --- admission: registry, nonces, rate ------------------------------------------------

    def admit(self, device_id: str, *, now: float, rate: float, burst: float) -> Admission:
        """Take one token from the device's bucket (refill `rate` per second up to `burst`)."""
        disabled = self._one("SELECT disabled FROM relay_devices WHERE device_id=?", (device_id,))
        if disabled is not None and disabled[0]:
            return Admission(False, disabled=True)
        try:
            with self._tx() as run:
                row = run(
                    "INSERT INTO relay_rate(device_id, tokens, at) VALUES (?, ?, ?)"
                    " ON CONFLICT(device_id) DO UPDATE SET tokens ="
                    " min(?, relay_rate.tokens + (excluded.at - relay_rate.at) * ?) - 1,"
                    " at = excluded.at RETURNING tokens",
                    (device_id, burst - 1, now, burst, rate),
                ).fetchone()
                if row[0] < 0:
                    raise _Empty(row[0])
        except _Empty as empty:
            return Admission(False, retry_after=max(1.0, (-empty.tokens) / max(rate, 1e-6)))
        return Admission(True)

    def note_request(
        self, *, county: str, device_id: str, nonce: str, now: float, cert: dict[str, Any]
    ) -> None:
        """Record the nonce (raise Replayed if seen) and the device in the registry."""
        import json

        c = cert["cert"]
        text = json.dumps(cert, ensure_ascii=False, sort_keys=True)
        with self._tx() as run:
            got = run(
                "INSERT INTO relay_nonces(device_id, nonce, at) VALUES (?, ?, ?)"
                " ON CONFLICT(device_id, nonce) DO NOTHING RETURNING 1",
                (device_id, nonce, now),
            ).fetchone()
            if got is None:
                raise Replayed(nonce)
            run(
                "INSERT INTO relay_devices(device_id, county, name, role, scope, cert, issued_at,"
                " first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(device_id) DO"
                " UPDATE SET last_seen = excluded.last_seen, cert = CASE WHEN excluded.issued_at"
                " >= relay_devices.issued_at THEN excluded.cert ELSE relay_devices.cert END,"
                " name = excluded.name, role = excluded.role, scope = excluded.scope,"
                " issued_at = CASE WHEN excluded.issued_at >= relay_devices.issued_at THEN"
                " excluded.issued_at ELSE relay_devices.issued_at END",
                (
                    device_id,
                    county,
                    str(c["device"].get("name", "")),
                    str(c.get("role", "")),
                    json.dumps(c.get("scope"), sort_keys=True),
                    text,
                    str(c.get("issued_at", "")),
                    now,
                    now,
                ),
            )

    def prune(self, *, now: float) -> None:
        """Forget old nonces and refusals; drop superseded bundles nobody fetched for a day."""
        with self._tx() as run:
            run("DELETE FROM relay_nonces WHERE at < ?", (now - NONCE_KEEP,))
            run("DELETE FROM relay_refusals WHERE at < ?", (now - 30 * 86400,))
            old = [
                r[0]
                for r in run(
                    "SELECT bundle_id FROM relay_inbox WHERE state='superseded' AND created_at < ?",
                    (now - 86400,),
                ).fetchall()
            ]
            for bundle_id in old:
                run("DELETE FROM relay_chunks WHERE bundle_id=?", (bundle_id,))
                run("DELETE FROM relay_inbox WHERE bundle_id=?", (bundle_id,))

    # --- registry ------------------------------------------------------------------------

    def devices(self, county: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT device_id, county, name, role, scope, cert, first_seen, last_seen, disabled,"
            " prepared_gen FROM relay_devices"
        )
        rows = (
            self._all_rows(sql + " WHERE county=? ORDER BY device_id", (county,))
            if county
            else self._all_rows(sql + " ORDER BY county, device_id")
        )
        keys = [
            "device_id",
            "county",
            "name",
            "role",
            "scope",
            "cert",
            "first_seen",
            "last_seen",
            "disabled",
            "prepared_gen",
        ]
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def device(self, device_id: str) -> dict[str, Any] | None:
        row = self._one(
            "SELECT device_id, county, disabled, prepared_gen, last_seen FROM relay_devices"
            " WHERE device_id=?",
            (device_id,),
        )
        if row is None:
            return None
        keys = ("device_id", "county", "disabled", "prepared_gen", "last_seen")
        return dict(zip(keys, row, strict=True))

    def set_disabled(self, device_id: str, disabled: bool) -> bool:
        with self._tx() as run:
            return (
                run(
                    "UPDATE relay_devices SET disabled=? WHERE device_id=? RETURNING 1",
                    (int(disabled), device_id),
                ).fetchone()
                is not None
            )

    def certificates(self, county: str) -> list[str]:
        return [
            r[0]
            for r in self._all_rows(
                "SELECT cert FROM relay_devices WHERE county=? AND disabled=0 ORDER BY device_id",
                (county,),
            )
        ]

    def set_prepared(self, device_id: str, generation: int) -> None:
        with self._tx() as run:
            run(
                "UPDATE relay_devices SET prepared_gen=? WHERE device_id=? AND prepared_gen < ?",
                (generation, device_id, generation),
            )

    # --- county generation ---------------------------------------------------------------

    def generation(self, county: str) -> int:
        row = self._one("SELECT generation FROM relay_county WHERE county=?", (county,))
        return int(row[0]) if row else 0

    def bump(self, county: str) -> int:
        with self._tx() as run:
            return int(
                run(
                    "INSERT INTO relay_county(county, generation) VALUES (?, 1) ON CONFLICT(county)"
                    " DO UPDATE SET generation = relay_county.generation + 1 RETURNING generation",
                    (county,),
                ).fetchone()[0]
            )

    # --- inbox ---------------------------------------------------------------------------

    _ITEM = (
        "SELECT bundle_id, device_id, county, kind, size, sha256, chunks, ops, generation,"
        " created_at, state FROM relay_inbox"
    )

    def inbox(self, device_id: str, *, waiting_only: bool = True) -> list[InboxItem]:
        state = " AND state='waiting'" if waiting_only else ""
        return [
            InboxItem(*r)
            for r in self._all_rows(
                self._ITEM + f" WHERE device_id=?{state} ORDER BY created_at, bundle_id",
                (device_id,),
            )
        ]

    def item(self, device_id: str, bundle_id: str) -> InboxItem | None:
        row = self._one(self._ITEM + " WHERE device_id=? AND bundle_id=?", (device_id, bundle_id))
        return InboxItem(*row) if row else None

    def put(
        self,
        *,
        county: str,
        device_id: str,
        bundle_id: str,
        kind: str,
        data: bytes,
        ops: int,
        generation: int,
        now: float,
    ) -> None:
        """Store a bundle the hub made for a device; older waiting ones become superseded
        (every bundle carries all the device has not acknowledged, so the newest suffices)."""
        import hashlib

        chunks = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
        with self._tx() as run:
            for n, part in enumerate(chunks):
                run(
                    "INSERT INTO relay_chunks(bundle_id, n, data) VALUES (?, ?, ?)",
                    (bundle_id, n, part),
                )
            run(
                "UPDATE relay_inbox SET state='superseded' WHERE device_id=? AND state='waiting'",
                (device_id,),
            )
            run(
                "INSERT INTO relay_inbox(bundle_id, county, device_id, kind, size, sha256, chunks,"
                " ops, generation, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    bundle_id,
                    county,
                    device_id,
                    kind,
                    len(data),
                    hashlib.sha256(data).hexdigest(),
                    len(chunks),
                    ops,
                    generation,
                    now,
                ),
            )

    def chunk(self, bundle_id: str, n: int) -> bytes:
        row = self._one("SELECT data FROM relay_chunks WHERE bundle_id=? AND n=?", (bundle_id, n))
        if row is None:
            raise KeyError(bundle_id)
        return bytes(row[0])

    def acknowledge(self, device_id: str, bundle_id: str) -> bool:
        """The device is done with a bundle: drop it, and the superseded ones made before it."""
        with self._tx() as run:
            row = run(
                "SELECT created_at FROM relay_inbox WHERE device_id=? AND bundle_id=?",
                (device_id, bundle_id),
            ).fetchone()
            if row is None:
                return False
            gone = [bundle_id] + [
                r[0]
                for r in run(
                    "SELECT bundle_id FROM relay_inbox WHERE device_id=? AND state='superseded'"
                    " AND created_at <= ?",
                    (device_id, row[0]),
                ).fetchall()
            ]
            for b in gone:
                run("DELETE FROM relay_chunks WHERE bundle_id=?", (b,))
                run("DELETE FROM relay_inbox WHERE bundle_id=?", (b,))
            return True

    # --- what came in ----------------------------------------------------------------------

    def note_push(
        self,
        *,
        county: str,
        device_id: str,
        bundle_id: str,
        size: int,
        status: str,
        ops: int,
        new_ops: int,
        now: float,
    ) -> None:
        with self._tx() as run:
            run(
                "INSERT INTO relay_pushes(bundle_id, county, device_id, at, size, status, ops,"
                " new_ops) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(bundle_id) DO NOTHING",
                (bundle_id, county, device_id, now, size, status, ops, new_ops),
            )

    def pushes(self, device_id: str, *, limit: int = 10) -> list[dict[str, Any]]:
        rows = self._all_rows(
            "SELECT bundle_id, at, size, status, ops, new_ops FROM relay_pushes WHERE device_id=?"
            " ORDER BY at DESC LIMIT ?",
            (device_id, limit),
        )
        keys = ("id", "at", "size", "status", "ops", "new_ops")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def note_refusal(
        self, *, county: str, device_id: str, route: str, status: int, code: str, now: float
    ) -> None:
        with self._tx() as run:
            run(
                "INSERT INTO relay_refusals(at, county, device_id, route, status, code)"
                " VALUES (?,?,?,?,?,?)",
                (now, county, device_id, route, status, code),
            )

    def refusals(self, *, since: float = 0.0) -> list[dict[str, Any]]:
        rows = self._all_rows(
            "SELECT at, county, device_id, route, status, code FROM relay_refusals WHERE at >= ?"
            " ORDER BY at",
            (since,),
        )
        keys = ("at", "county", "device_id", "route", "status", "code")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table (status pages, tests)."""
        out = {}
        for table in ("relay_devices", "relay_inbox", "relay_chunks", "relay_pushes"):
            out[table] = int(self._one(f"SELECT count(*) FROM {table}")[0])
        return out


class _Empty(Exception):
    def __init__(self, tokens: float) -> None:
        super().__init__(tokens)
        self.tokens = tokens


def now() -> float:
    return time.time()
