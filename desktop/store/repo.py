"""The Store: one open database, the device it belongs to, who is working, what they may see.

Every write goes through here so that it is validated, stamped (UUID, created/updated, device,
HLC) and logged as ops in the same transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop.domain import config, county_settings
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.model import CORRECTION_REASON, ENTITIES, EVENT_KINDS, Record, parse_event
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Msg
from desktop.store import db, schema
from desktop.store.changelog import (
    APPEND,
    CREATE,
    SET,
    ChangeLog,
    current_version,
    keep_created_values,
    now_iso,
)

SEARCH_FIELDS = frozenset({"name", "id_number", "xueji_no", "village_code", "school_id"})
NAMESPACE = uuid.UUID("6f1c3a52-7d0b-4b8e-9a51-4b2f1f0c9e10")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(*parts: str) -> str:
    """A deterministic id (e.g. a case's plan), so two devices creating it make the same row."""
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


_PLAIN = (str, int, float, type(None))

# Checks a write before it happens: permit(store, verb, entity, row) raises UserError to refuse.
# verb: "create" | "update" | "append" | "audit"; row: the values (with "id"; for an update the
# current row). Installed by the security layer (desktop/security/policy.py); None = allow all.
Permit = Callable[["Store", str, str, dict[str, Any]], None]


class OpenHook(Protocol):
    """What the security layer does for every Store opened in this process (set_open_hook)."""

    def before_migrate(
        self, conn: sqlite3.Connection, path: Path, version: int, pending: list[schema.Step]
    ) -> None: ...

    def opened(self, store: Store) -> None: ...


_open_hook: OpenHook | None = None


# Called at the end of every outer transaction that wrote ops of this device, before it commits
# (desktop/sync/origin.py installs the one that signs them: an enrolled device's ops are
# signed as they are written). A hook that raises rolls the write back.
WriteHook = Callable[["Store"], None]
_write_hooks: list[WriteHook] = []


def add_write_hook(hook: WriteHook) -> None:
    if hook not in _write_hooks:
        _write_hooks.append(hook)


def set_open_hook(hook: OpenHook | None) -> None:
    """Install the hook that backs up before migrations and applies the signed-in session."""
    global _open_hook
    _open_hook = hook


def compact_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """An event payload without empty fields (their defaults come back when it is read)."""
    return {
        k: v
        for k, v in payload.items()
        if v is not None and v != "" and v != [] and v != () and v != {}
    }


def to_column(value: Any) -> Any:
    """A domain value as stored in a column: lists as JSON, bools as 0/1, dates as ISO."""
    if value is None or type(value) in (str, int, float):
        return value
    if isinstance(value, (list, tuple)):
        return db.dumps(list(value))
    if isinstance(value, dict):
        return db.dumps(value)
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@dataclass
class Store:
    conn: sqlite3.Connection
    device_id: str
    path: Path | None = None
    actor: str = "本机用户"
    scope: Scope = field(default_factory=Scope.everything)
    permit: Permit | None = None
    log: ChangeLog = field(init=False)
    _columns: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)
    _settings_cache: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.log = ChangeLog.open(self.conn, self.device_id)

    # --- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        actor: str = "本机用户",
        before_migrate: Callable[[int, list[schema.Step]], None] | None = None,
    ) -> Store:
        path = Path(path)
        if not create and not path.exists():
            raise db.DatabaseError(Msg("数据库文件不存在：{path}", path=str(path)))
        conn = db.connect(path)
        hook = _open_hook
        if before_migrate is None and hook is not None:
            before_migrate = lambda version, pending: hook.before_migrate(  # noqa: E731
                conn, path, version, pending
            )
        try:
            schema.migrate(conn, before=before_migrate)
            device_id = _ensure_device_id(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise db.translate(exc, path=path) from exc
        except BaseException:
            conn.close()
            raise
        store = cls(conn, device_id, path=path, actor=actor)
        if hook is not None:
            try:
                hook.opened(store)
            except BaseException:
                conn.close()
                raise
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- meta and settings ---------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def setting(self, key: str) -> Any:
        if key not in self._settings_cache:
            row = self.conn.execute(
                "SELECT value FROM settings WHERE id=? AND deleted=0", (key,)
            ).fetchone()
            self._settings_cache[key] = db.loads(row[0]) if row else config.default(key)
        return self._settings_cache[key]

    def set_setting(self, key: str, value: Any) -> None:
        if key not in config.SETTINGS and not key.startswith(("codes.", "forms.", "sync.", "ui.")):
            raise ValidationError(Msg("未知的设置项“{key}”", key=key))
        exists = self.conn.execute("SELECT 1 FROM settings WHERE id=?", (key,)).fetchone()
        with self.transaction():
            if exists:
                self.update("settings", key, {"value": db.dumps(value), "deleted": 0})
            else:
                self.create("settings", {"value": db.dumps(value)}, row_id=key)
        self._settings_cache.pop(key, None)

    def _check_setting_right(self, key: str, values: dict[str, Any]) -> None:
        """A device enrolled as a township, school or hub device does not change a county
        setting (desktop/domain/county_settings.py: every other device refuses it too)."""
        if not county_settings.is_county_setting(key):
            return
        row = self.conn.execute(
            "SELECT role, county_code, county_name FROM sync_enrolment WHERE id=1"
        ).fetchone()
        if row is not None:
            county_settings.check_local(row[0], key, values, county_code=row[1], county_name=row[2])

    def invalidate_caches(self) -> None:
        """Forget cached settings (after a sync import changed them)."""
        self._settings_cache.clear()

    # --- transactions --------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        seq = self.log.next_seq
        outer = not self.conn.in_transaction
        try:
            with db.transaction(self.conn) as conn:
                if outer:
                    self.log.reload()  # other connections may have written ops meanwhile
                    seq = self.log.next_seq
                yield conn
                if outer and self.log.next_seq > seq:
                    for hook in _write_hooks:  # before the commit: in the same transaction
                        hook(self)
        except BaseException:
            if outer:
                self.log.rollback_seq(seq)
            raise

    @contextlib.contextmanager
    def deferred_indexes(self, tables: Iterable[str]) -> Iterator[None]:
        """Drop the secondary indexes of `tables` for a bulk load and rebuild them after (faster
        than growing them row by row). Use inside one transaction, or on a new file."""
        names = list(tables)
        marks = ",".join("?" * len(names))
        saved = self.conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
            names,
        ).fetchall()
        for name, _sql in saved:
            self.conn.execute(f"DROP INDEX {name}")
        try:
            yield
        finally:
            for _name, sql in saved:
                self.conn.execute(sql)

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]
        return self._columns[table]

    def synced_columns(self, table: str) -> list[str]:
        return [c for c in self.columns(table) if c not in schema.LOCAL_COLUMNS]

    # --- mutable records -----------------------------------------------------------------

    def _record_columns(self, entity: str, record: Record | dict[str, Any]) -> dict[str, Any]:
        if isinstance(record, Record):
            record.validate()
            values = record.to_record()
        else:
            values = dict(record)
        allowed = set(self.synced_columns(entity))
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"{entity}: unknown columns {sorted(unknown)}")
        return {k: to_column(v) for k, v in values.items()}

    def create(
        self, entity: str, record: Record | dict[str, Any], *, row_id: str | None = None
    ) -> str:
        """Insert a mutable record; return its id."""
        if entity not in schema.MUTABLE:
            raise ValueError(f"{entity} is not a mutable entity")
        values = self._record_columns(entity, record)
        row_id = row_id or new_id()
        if entity == "settings":
            self._check_setting_right(row_id, values)
        if self.permit is not None:
            self.permit(self, "create", entity, {**values, "id": row_id})
        with self.transaction():
            op = self.log.op(entity=entity, row_id=row_id, kind=CREATE, actor=self.actor)
            hlc, at = op.hlc, now_iso()
            cols = {
                **values,
                "id": row_id,
                "created_at": at,
                "created_by": self.actor,
                "device_id": self.device_id,
                "updated_at": at,
                "hlc": hlc,
            }
            names = ",".join(cols)
            self.conn.execute(
                f"INSERT INTO {entity}({names}) VALUES ({','.join('?' * len(cols))})",
                list(cols.values()),
            )
            self.log.write([op])
            self.after_write(entity, [row_id], set(values))
        return row_id

    def get(self, entity: str, row_id: str) -> sqlite3.Row | None:
        return self.conn.execute(f"SELECT * FROM {entity} WHERE id=?", (row_id,)).fetchone()

    def update(
        self,
        entity: str,
        row_id: str,
        changes: dict[str, Any],
        *,
        seen: dict[str, str | None] | None = None,
    ) -> list[str]:
        """Change fields of a mutable record; return the fields that really changed.

        `seen` maps a field to the op id of the version the editor started from (for conflict
        detection when devices merge); by default it is the version now in the database.
        """
        current = self.get(entity, row_id)
        if current is None:
            raise UserError(
                Msg("记录不存在或已被删除（{entity} {row}）", entity=entity, row=row_id)
            )
        if self.permit is not None:
            self.permit(self, "update", entity, dict(current))
        record_cls = ENTITIES.get(entity)
        if record_cls is not None and set(changes) - {"deleted"}:
            merged = dict(current)
            merged = {
                k: (db.loads(v) if k in ("flags", "causes") else v) for k, v in merged.items()
            }
            merged.update(changes)
            record = record_cls.from_record(merged)
            record.validate()
            normalised = record.to_record()
            changes = {k: normalised.get(k, v) for k, v in changes.items()}
        values = {k: to_column(v) for k, v in changes.items()}
        unknown = set(values) - set(self.synced_columns(entity))
        if unknown:
            raise ValueError(f"{entity}: unknown columns {sorted(unknown)}")
        if entity == "settings":
            self._check_setting_right(row_id, values)
        changed = [k for k, v in values.items() if current[k] != v]
        if not changed:
            return []
        # A change made after seeing this version is later than it, even if the version came
        # from a device whose clock runs ahead (another connection may have imported it).
        self.log.clock.observe(current["hlc"])
        with self.transaction():
            ops = []
            for name in changed:
                base = (
                    (seen or {}).get(name)
                    if seen and name in seen
                    else current_version(self.conn, entity, row_id, name)
                )
                ops.append(
                    self.log.op(
                        entity=entity,
                        row_id=row_id,
                        kind=SET,
                        actor=self.actor,
                        field=name,
                        value=values[name],
                        base=base,
                    )
                )
            hlc, at = ops[-1].hlc, now_iso()
            keep_created_values(self.conn, entity, row_id, self.synced_columns(entity))
            assignments = ", ".join(f"{n}=?" for n in changed)
            self.conn.execute(
                f"UPDATE {entity} SET {assignments}, updated_at=?, hlc=? WHERE id=?",
                [values[n] for n in changed] + [at, hlc, row_id],
            )
            self.log.write(ops)
            self.after_write(entity, [row_id], set(changed))
        return changed

    def after_write(self, entity: str, row_ids: list[str], fields: set[str]) -> None:
        """Keep derived data in step with a write (local, bulk, or applied from a sync)."""
        from desktop.store import search

        if entity == "children" and fields & SEARCH_FIELDS:
            search.update_keys(self.conn, row_ids)
        elif entity == "schools" and "name" in fields:
            ids = [
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM children WHERE school_id IN ({','.join('?' * len(row_ids))})",
                    row_ids,
                )
            ]
            search.update_keys(self.conn, ids)

    def versions(self, entity: str, row_id: str) -> dict[str, str | None]:
        """The op id now in effect for each synced field (what an editor 'saw')."""
        return {
            name: current_version(self.conn, entity, row_id, name)
            for name in self.synced_columns(entity)
        }

    # --- append-only rows ----------------------------------------------------------------

    def append_event(
        self,
        kind: str,
        payload: Record | dict[str, Any],
        *,
        occurred_on: str,
        case_id: str | None = None,
        child_id: str | None = None,
        supersedes: str | None = None,
        event_id: str | None = None,
        correction_reason: str = "",
    ) -> str:
        """Record an immutable event (a visit, a legal step, a transition…); return its id.

        With `supersedes` it corrects that event (same kind) or, as a ``void`` event, voids it
        (store/corrections.py decides who may); `correction_reason` is kept in the payload."""
        event_id = event_id or new_id()
        if self.permit is not None:
            self.permit(
                self,
                "append",
                "events",
                {"id": event_id, "kind": kind, "case_id": case_id, "child_id": child_id},
            )
        if isinstance(payload, dict):
            payload = parse_event(kind, payload)
        elif kind not in EVENT_KINDS or not isinstance(payload, EVENT_KINDS[kind]):
            raise ValueError(f"payload does not match event kind {kind}")
        payload.validate()
        if supersedes:
            old = self.conn.execute("SELECT kind FROM events WHERE id=?", (supersedes,)).fetchone()
            if old is None or (old["kind"] != kind and kind != "void"):
                raise ValidationError(N_("更正的记录不存在或类型不同"))
        stored = compact_payload(payload.to_record())
        if correction_reason:
            stored[CORRECTION_REASON] = correction_reason
        with self.transaction():
            op = self.log.op(entity="events", row_id=event_id, kind=APPEND, actor=self.actor)
            hlc, at = op.hlc, now_iso()
            self.conn.execute(
                "INSERT INTO events(id, kind, case_id, child_id, occurred_on, payload, supersedes,"
                " created_at, created_by, device_id, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    event_id,
                    kind,
                    case_id,
                    child_id,
                    occurred_on,
                    db.dumps(stored),
                    supersedes,
                    at,
                    self.actor,
                    self.device_id,
                    hlc,
                ),
            )
            self.log.write([op])
        return event_id

    def put_attachment(self, data: bytes, mime: str) -> str:
        """Store a file once (by content hash); return the hash."""
        digest = hashlib.sha256(data).hexdigest()
        if self.permit is not None:
            self.permit(self, "append", "attachments", {"id": digest, "mime": mime})
        if self.conn.execute("SELECT 1 FROM attachments WHERE sha256=?", (digest,)).fetchone():
            return digest
        with self.transaction():
            op = self.log.op(entity="attachments", row_id=digest, kind=APPEND, actor=self.actor)
            self.conn.execute(
                "INSERT INTO attachments(sha256, mime, size, data, created_at, created_by, device_id)"
                " VALUES (?,?,?,?,?,?,?)",
                (digest, mime, len(data), data, now_iso(), self.actor, self.device_id),
            )
            self.log.write([op])
        return digest

    def audit(
        self,
        action: str,
        *,
        entity: str = "",
        row_id: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Record who printed, exported, imported… (data changes are in the change log)."""
        audit_id = new_id()
        if self.permit is not None:
            self.permit(self, "audit", "audit", {"id": audit_id, "action": action})
        with self.transaction():
            op = self.log.op(entity="audit", row_id=audit_id, kind=APPEND, actor=self.actor)
            self.conn.execute(
                "INSERT INTO audit(id, at, actor, device_id, action, entity, row_id, detail, hlc)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    audit_id,
                    now_iso(),
                    self.actor,
                    self.device_id,
                    action,
                    entity,
                    row_id,
                    db.dumps(detail or {}),
                    op.hlc,
                ),
            )
            self.log.write([op])

    # --- bulk writes (demo generation, roster import) -------------------------------------

    def bulk_create(self, entity: str, rows: Iterable[dict[str, Any]]) -> int:
        """Insert many mutable records with their ops. Every dict has 'id' and the same keys;
        columns not given take the table default (the create op carries what was given)."""
        rows = list(rows)
        if not rows:
            return 0
        keys = [k for k in rows[0] if k != "id"]
        unknown = set(keys) - set(self.synced_columns(entity))
        if unknown:
            raise ValueError(f"{entity}: unknown columns {sorted(unknown)}")
        if self.permit is not None:
            for row in rows:
                self.permit(self, "create", entity, row)
        at = now_iso()
        names = [*keys, "id", "created_at", "created_by", "device_id", "updated_at", "hlc"]
        sql = f"INSERT INTO {entity}({','.join(names)}) VALUES ({','.join('?' * len(names))})"
        with self.transaction():
            # ops are numbered inside the transaction, after the log caught up with other writers
            table_rows, ops = [], []
            op = self.log.op
            for row in rows:
                values = [v if type(v) in _PLAIN else to_column(v) for v in (row[k] for k in keys)]
                o = op(entity=entity, row_id=row["id"], kind=CREATE, actor=self.actor)
                ops.append(o)
                table_rows.append((*values, row["id"], at, self.actor, self.device_id, at, o.hlc))
            self.conn.executemany(sql, table_rows)
            self.log.write(ops)
            self.after_write(entity, [r["id"] for r in rows], set(keys))
        return len(rows)

    def bulk_append_events(self, events: Iterable[dict[str, Any]]) -> int:
        """Insert many events (dicts: id, kind, case_id, child_id, occurred_on, payload) with ops."""
        events = list(events)
        if self.permit is not None:
            for ev in events:
                self.permit(self, "append", "events", ev)
        at = now_iso()
        with self.transaction():
            table_rows, ops = [], []
            for ev in events:
                op = self.log.op(entity="events", row_id=ev["id"], kind=APPEND, actor=self.actor)
                ops.append(op)
                table_rows.append(
                    (
                        ev["id"],
                        ev["kind"],
                        ev.get("case_id"),
                        ev.get("child_id"),
                        ev["occurred_on"],
                        db.dumps(compact_payload(ev["payload"])),
                        ev.get("supersedes"),
                        at,
                        self.actor,
                        self.device_id,
                        op.hlc,
                    )
                )
            self.conn.executemany(
                "INSERT INTO events(id, kind, case_id, child_id, occurred_on, payload, supersedes,"
                " created_at, created_by, device_id, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                table_rows,
            )
            self.log.write(ops)
        return len(table_rows)


def _ensure_device_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
    if row:
        return row[0]
    device_id = uuid.uuid4().hex
    with db.transaction(conn):
        conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?)", (device_id,))
    return device_id
