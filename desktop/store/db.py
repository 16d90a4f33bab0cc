"""Every database connection is opened here (so encryption keys them in one place).

Pragmas: WAL, foreign keys, synchronous=FULL for user data. Connections run in autocommit
mode; writes go through `transaction()` (BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error),
so a failed write leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg

# Hook for encryption at rest: a function that opens a keyed connection. The security layer
# installs it; callers never change.
Connector = Callable[[str], sqlite3.Connection]
_connector: Connector | None = None

# An encrypted database has its wrapped keys in this file beside it (see desktop/security).
KEYRING_SUFFIX = ".keyring"


class DatabaseError(UserError):
    """A database problem the user can act on (locked, full, read-only, damaged, newer)."""


def set_connector(connector: Connector | None) -> None:
    """Install the function that opens connections (e.g. a SQLCipher one with a key)."""
    global _connector
    _connector = connector


# The page cache of the GUI's connection (the ledgers page back and forth through it), and of
# a background job's own connection: those make one pass over what they read (Today's items,
# a ledger's row ids), where a 32 MB cache only held pages read once (province size, the
# Today job alone: 92 -> 53 MB of process memory, no slower at county or province size).
CACHE_KIB = 32000
BACKGROUND_CACHE_KIB = 2000


def connect(
    path: str | os.PathLike[str], *, must_exist: bool = False, cache_kib: int = CACHE_KIB
) -> sqlite3.Connection:
    """Open (or create) the database file with the project's pragmas; `cache_kib`: the page
    cache's size (BACKGROUND_CACHE_KIB for a background job's one pass)."""
    path = Path(path)
    if must_exist and not path.exists():
        raise DatabaseError(Msg("数据库文件不存在：{path}", path=str(path)))
    if _connector is None and Path(str(path) + KEYRING_SUFFIX).exists():
        raise DatabaseError(
            Msg("数据库已加密，请先登录（输入密码）后再打开：{path}", path=str(path))
        )
    try:
        conn = _connector(str(path)) if _connector else sqlite3.connect(str(path), timeout=10)
        conn.isolation_level = None  # autocommit; explicit transactions only
        if isinstance(conn, sqlite3.Connection) or conn.row_factory is None:
            conn.row_factory = sqlite3.Row  # a SQLCipher connection brings its own Row type
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal" and str(path) != ":memory:":
            raise DatabaseError(Msg("无法以WAL模式打开数据库（{mode}）", mode=mode))
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
    except sqlite3.Error as exc:
        raise translate(exc, path=path) from exc
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction; nested use joins the outer one (SAVEPOINT)."""
    if conn.in_transaction:
        name = f"sp{id(object())}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException as exc:
            _rollback(conn, f"ROLLBACK TO {name}", f"RELEASE {name}")
            _raise_translated(exc)
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc) from exc
    try:
        yield conn
    except BaseException as exc:
        _rollback(conn, "ROLLBACK")
        _raise_translated(exc)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn, "ROLLBACK")
        raise translate(exc) from exc


def _rollback(conn: sqlite3.Connection, *statements: str) -> None:
    """Undo after an error. SQLite may already have rolled back by itself (a full disk, an I/O
    error): then there is nothing to undo, and the original error is what the user must see."""
    for sql in statements:
        if not conn.in_transaction:
            return
        with contextlib.suppress(sqlite3.Error):
            conn.execute(sql)


def _raise_translated(exc: BaseException) -> None:
    """A disk-full, locked or I/O error inside a transaction becomes the user's message."""
    if isinstance(exc, sqlite3.Error):
        err = translate(exc)
        if err is not exc:
            raise err from exc


_USER_ERRORS = (
    ("database is locked", N_("数据库正被其他程序使用，请关闭其他窗口后重试")),
    ("database or disk is full", N_("磁盘已满，无法保存。请清理磁盘空间后重试，本次修改未保存")),
    ("disk i/o error", N_("读写磁盘出错（可能是U盘被拔出或磁盘损坏），本次修改未保存")),
    ("readonly database", N_("数据库文件是只读的，无法保存修改")),
    ("unable to open database", N_("无法打开数据库文件，请检查路径和权限")),
    ("file is not a database", N_("数据库文件已损坏或密码错误，无法打开")),
    ("database disk image is malformed", N_("数据库文件已损坏，请从备份恢复")),
)


def translate(exc: BaseException, *, path: Path | None = None) -> BaseException:
    """Turn SQLite errors a user can act on into DatabaseError; leave bugs alone."""
    text = str(exc).lower()
    for needle, message in _USER_ERRORS:
        if needle in text:
            return DatabaseError(
                Msg("{message}（{path}）", message=message, path=str(path)) if path else message
            )
    if isinstance(exc, OSError) and exc.errno == 28:
        return DatabaseError(_USER_ERRORS[1][1])
    return exc


def dumps(value: Any) -> str:
    """The one JSON encoding used for stored values (stable, so hashes and compares hold)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)
