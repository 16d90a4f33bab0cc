"""The change log: every local change becomes ops, written in the same transaction.

Op kinds: ``c`` (a new mutable record), ``s`` (one field of a mutable record, with its value
and `base` = the op id of the version the editor saw) and ``a`` (a row of an append-only
table). ``c`` and ``a`` ops carry no value: the row is read when the op is exported.
An op's global id is "<device_id>:<origin_seq>"; locally the device is a small number.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop.domain import hlc as hlc_mod
from desktop.domain.hlc import HybridClock
from desktop.store.db import dumps

INSERT_OP = (
    "INSERT INTO changes(origin, origin_seq, hlc, entity, row_id, field, kind, value, base, actor)"
    " VALUES (?,?,?,?,?,?,?,?,?,?)"
)
CREATE, SET, APPEND = "c", "s", "a"


class Op(NamedTuple):
    """An op about to be written (the tuple order of INSERT_OP)."""

    origin: int
    origin_seq: int
    hlc: str
    entity: str
    row_id: str
    field: str | None
    kind: str
    value: str | None
    base: str | None
    actor: str


def device_number(conn: sqlite3.Connection, device_id: str) -> int:
    """The local number of a device, registering it on first sight."""
    row = conn.execute("SELECT n FROM devices WHERE device_id=?", (device_id,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO devices(device_id) VALUES (?)", (device_id,)).lastrowid  # type: ignore[return-value]


@dataclass
class ChangeLog:
    conn: sqlite3.Connection
    device_id: str
    origin: int
    clock: HybridClock
    next_seq: int

    @classmethod
    def open(cls, conn: sqlite3.Connection, device_id: str) -> ChangeLog:
        origin = device_number(conn, device_id)
        row = conn.execute(
            "SELECT max(origin_seq) FROM changes WHERE origin = ?", (origin,)
        ).fetchone()
        last_hlc = conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
        next_seq = max(row[0] or 0, seq_floor(conn)) + 1
        return cls(conn, device_id, origin, HybridClock(last_hlc), next_seq)

    def reload(self) -> None:
        """Catch up with ops other connections wrote (a background job, another process).

        Called at the start of every write transaction, so two Stores on one file never hand
        out the same sequence number and the clock stays ahead of every stamp written."""
        row = self.conn.execute(
            "SELECT max(origin_seq) FROM changes WHERE origin = ?", (self.origin,)
        ).fetchone()
        self.next_seq = max(self.next_seq, (row[0] or 0) + 1, seq_floor(self.conn) + 1)
        last_hlc = self.conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
        if last_hlc:
            self.clock.observe(last_hlc)

    def op(
        self,
        *,
        entity: str,
        row_id: str,
        kind: str,
        actor: str,
        field: str | None = None,
        value: Any = None,
        base: str | None = None,
    ) -> Op:
        """One op (not yet written); consumes a sequence number and a clock tick."""
        seq = self.next_seq
        self.next_seq += 1
        return Op(
            self.origin,
            seq,
            self.clock.now(),
            entity,
            row_id,
            field,
            kind,
            dumps(value) if kind == SET else None,
            base,
            actor,
        )

    def write(self, ops: list[Op]) -> None:
        self.conn.executemany(INSERT_OP, ops)

    def rollback_seq(self, to: int) -> None:
        """After a failed transaction, reuse the sequence numbers it did not write."""
        self.next_seq = to


def seq_floor(conn: sqlite3.Connection) -> int:
    """The highest sequence number this device may ever have used (kept across a restore from
    an older backup, so numbers already sent to peers are never handed out again)."""
    row = conn.execute("SELECT value FROM meta WHERE key='seq_floor'").fetchone()
    return int(row[0]) if row else 0


def own_max_seq(conn: sqlite3.Connection) -> int | None:
    """The highest sequence number of this device's own ops in a database (None if unreadable)."""
    try:
        row = conn.execute(
            "SELECT max(c.origin_seq) FROM changes c JOIN devices d ON d.n = c.origin"
            " WHERE d.device_id = (SELECT value FROM meta WHERE key='device_id')"
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return max(row[0] or 0, seq_floor(conn))


def current_version(conn: sqlite3.Connection, entity: str, row_id: str, field: str) -> str | None:
    """The op id of the version of a field now in effect (its last set, else the create)."""
    rows = conn.execute(
        "SELECT d.device_id || ':' || c.origin_seq AS op_id, c.hlc, d.device_id FROM changes c"
        " JOIN devices d ON d.n = c.origin"
        " WHERE c.entity=? AND c.row_id=? AND (c.field=? OR (c.field IS NULL AND c.kind='c'))"
        " AND c.kind != 'a' ORDER BY c.hlc DESC, d.device_id DESC LIMIT 1",
        (entity, row_id, field),
    ).fetchone()
    return rows["op_id"] if rows else None


# Columns a create op's value carries besides the synced fields.
CREATE_META = ("created_at", "created_by", "device_id")


def keep_created_values(
    conn: sqlite3.Connection, entity: str, row_id: str, columns: list[str]
) -> None:
    """Before a record is first overwritten, keep the values it was created with.

    A local create op has no value (the row is read when it is sent); once a field changes,
    the row no longer holds them, and sync must send a create as it was made. The change log
    itself is append-only, so the values go to `sync_created` (op seq -> JSON), see
    desktop/sync. `columns`: the synced columns of the table."""
    row = conn.execute(
        "SELECT c.seq FROM changes c WHERE c.entity=? AND c.row_id=? AND c.field IS NULL"
        " AND c.kind='c' AND c.kind != 'a' AND c.value IS NULL"  # != 'a': changes_field
        " AND NOT EXISTS (SELECT 1 FROM sync_created k WHERE k.op = c.seq)",
        (entity, row_id),
    ).fetchone()
    if row is None:
        return
    names = [*columns, *CREATE_META]
    current = conn.execute(
        f"SELECT {','.join(names)} FROM {entity} WHERE id=?", (row_id,)
    ).fetchone()
    if current is not None:
        value = dumps(dict(zip(names, tuple(current), strict=True)))
        conn.execute("INSERT INTO sync_created(op, value) VALUES (?, ?)", (row[0], value))


def stamp_time(stamp: str) -> dt.datetime:
    """When a change was made, from its HLC stamp (local time zone)."""
    ms, _ = hlc_mod.decode(stamp)
    return dt.datetime.fromtimestamp(ms / 1000).astimezone()


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
