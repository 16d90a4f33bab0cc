"""SQLCipher keying: every connection to an encrypted database is opened here with its key.

`install()` puts `connect()` into `desktop.store.db` (the one place connections open). A
database is encrypted when its keyring file exists; its data key is registered here after a
user signs in (`register_key`), and every later connection in this process (the GUI's, a
background job's) is opened with it. A plaintext database opens as before, with Python's
sqlite3, so tests and tools that never sign in keep working.

SQLCipher connections come from the `sqlcipher3` package, whose exception classes are not
sqlite3's. `KeyedConnection` re-raises them as the sqlite3 class of the same name, so the
`except sqlite3.IntegrityError` and `except sqlite3.Error` in the rest of the code behave
the same on an encrypted database. (Errors raised while iterating over a cursor's rows are not
translated; they are database damage, reported by message text through `db.translate`.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.text import Msg
from desktop.store import db

SQLITE_HEADER = b"SQLite format 3\x00"
_keys: dict[str, bytes] = {}
_lock = threading.Lock()
# Asked for the key of an encrypted database nobody has unlocked yet (the CLI prompts).
KeyProvider = Callable[[Path], bytes | None]
_provider: KeyProvider | None = None


class WrongKey(db.DatabaseError):
    pass


def _sc() -> Any:
    from sqlcipher3 import dbapi2

    return dbapi2


def _as_sqlite3(exc: BaseException) -> BaseException:
    cls = getattr(sqlite3, type(exc).__name__, sqlite3.Error)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.Error
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            with contextlib.suppress(AttributeError):
                setattr(new, attr, getattr(exc, attr))
    return new


_connection_class: type | None = None


def connection_class() -> type:
    """The sqlcipher3 Connection subclass that raises sqlite3's exception classes."""
    global _connection_class
    if _connection_class is not None:
        return _connection_class
    sc = _sc()

    class KeyedCursor(sc.Cursor):  # type: ignore[name-defined]
        def execute(self, sql: str, parameters: Any = (), /) -> Any:
            try:
                return super().execute(sql, parameters)
            except sc.Error as exc:
                raise _as_sqlite3(exc) from exc

        def executemany(self, sql: str, seq: Any, /) -> Any:
            try:
                return super().executemany(sql, seq)
            except sc.Error as exc:
                raise _as_sqlite3(exc) from exc

    class KeyedConnection(sc.Connection):  # type: ignore[name-defined]
        def cursor(self, factory: Any = None) -> Any:
            return super().cursor(factory or KeyedCursor)

        def execute(self, sql: str, parameters: Any = (), /) -> Any:
            return self.cursor().execute(sql, parameters)

        def executemany(self, sql: str, seq: Any, /) -> Any:
            return self.cursor().executemany(sql, seq)

        def executescript(self, script: str, /) -> Any:
            try:
                return super().executescript(script)
            except sc.Error as exc:
                raise _as_sqlite3(exc) from exc

        def commit(self) -> None:
            try:
                super().commit()
            except sc.Error as exc:
                raise _as_sqlite3(exc) from exc

        def rollback(self) -> None:
            try:
                super().rollback()
            except sc.Error as exc:
                raise _as_sqlite3(exc) from exc

    _connection_class = KeyedConnection
    return KeyedConnection


def open_raw(path: str | Path, key: bytes | None, *, timeout: float = 10) -> Any:
    """A SQLCipher connection (keyed, or plaintext if key is None) with sqlite3 exceptions.

    The key is checked by reading the schema: a wrong key or a damaged file raises WrongKey.
    """
    sc = _sc()
    conn = sc.connect(str(path), timeout=timeout, factory=connection_class())
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no decrypt-failure noise on stderr
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")  # no sort spill files in the temp folder
        conn.row_factory = sc.Row
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongKey(
                Msg("数据库文件无法解密（密钥不符或文件已损坏）：{path}", path=path)
            ) from exc
        raise db.translate(exc, path=Path(path)) from exc
    return conn


def connect(path: str) -> Any:
    """The connector installed into desktop.store.db."""
    if path == ":memory:" or path.startswith("file:"):
        return sqlite3.connect(path, timeout=10)
    key = key_for(path)
    if key is None:
        if Path(path + db.KEYRING_SUFFIX).exists():
            provider = _provider
            key = provider(Path(path)) if provider else None
            if key is None:
                raise db.DatabaseError(
                    Msg("数据库已加密，请先登录（输入密码）后再打开：{path}", path=path)
                )
            register_key(path, key)
        else:
            return sqlite3.connect(path, timeout=10)
    return open_raw(path, key)


def _canon(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.fspath(path))


def register_key(path: str | os.PathLike[str], key: bytes) -> None:
    """Connections to `path` in this process are opened with `key` from now on."""
    with _lock:
        _keys[_canon(path)] = bytes(key)


def forget_key(path: str | os.PathLike[str]) -> None:
    with _lock:
        _keys.pop(_canon(path), None)


def key_for(path: str | os.PathLike[str]) -> bytes | None:
    with _lock:
        return _keys.get(_canon(path))


def install(provider: KeyProvider | None = None) -> None:
    """Route every database connection of this process through `connect()`."""
    global _provider
    if provider is not None:
        _provider = provider
    db.set_connector(connect)


def set_provider(provider: KeyProvider | None) -> KeyProvider | None:
    """Replace the key provider (None: none); return the previous one."""
    global _provider
    previous, _provider = _provider, provider
    return previous


def is_encrypted(path: str | Path) -> bool:
    return Path(str(path) + db.KEYRING_SUFFIX).exists()


def header(path: str | Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def is_plaintext_sqlite(path: str | Path) -> bool:
    return header(path) == SQLITE_HEADER
