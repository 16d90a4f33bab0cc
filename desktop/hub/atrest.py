"""The hub's databases encrypted at rest (SQLCipher 4, AES-256): the county databases and the
relay's SQLite database (a PostgreSQL relay is the database server's to protect).

Their key is derived from the hub key (HMAC-SHA-256 of the hub key and a fixed label), the
same key that seals the hub's private signing and box keys (keyseal.py): read from the systemd
credential `kcbx-hub-key` or from a key file readable by the hub's user only (0600). A
database found in plaintext when the hub starts (made by `kcbx hub init` and enrolled with
`kcbx sync enrol`, or from an older version) is encrypted in place, with no plaintext copy left
(desktop/security/encrypt.py). The other `kcbx hub` commands read the same key file.

Every file the hub writes is its user's only: `kcbx hub serve` runs with umask 077, and the
files found at start are set to 0600 (app.secure_files). docs/hub.md says how to set it up.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.hub import keyseal

LABEL = b"kcbx hub database v1"
UMASK = 0o077


def database_key(hub_key: bytes) -> bytes:
    return hmac.new(hub_key, LABEL, hashlib.sha256).digest()


def key_path(config: Any) -> Path:
    return Path(config.key_file or keyseal.default_key_file(Path(config.stores[0])))


def databases(config: Any) -> list[Path]:
    """The hub's SQLite databases: the county databases, and the relay's unless PostgreSQL."""
    paths = [Path(p) for p in config.stores]
    if "://" not in config.relay_url:
        paths.append(Path(config.relay_url))
    return paths


def unlock(config: Any, *, create_key: bool = True, encrypt: bool = True) -> bytes:
    """Read the hub key (made if missing and `create_key`), open every hub database of this
    process with its SQLCipher key from now on, and (if `encrypt`) encrypt those found in
    plaintext and bring the county databases' schema up to date, one process at a time (hub
    processes start together). Returns the hub key."""
    from desktop.security import cipher
    from desktop.security import encrypt as encryption

    hub_key = keyseal.load_key(key_path(config), create=create_key)
    key = database_key(hub_key)
    cipher.install()
    for path in databases(config):
        if encrypt and path.exists() and cipher.is_plaintext_sqlite(path):
            with _only_one(path):  # hub processes starting at once: one encrypts, once
                if cipher.is_plaintext_sqlite(path):
                    encryption.encrypt_in_place(path, key)
        elif path.exists() and path.stat().st_size and not cipher.is_plaintext_sqlite(path):
            try:
                cipher.open_raw(path, key).close()
            except cipher.WrongKey as exc:
                raise UserError(
                    f"同步服务器数据库 {path} 无法用密钥文件 {key_path(config)} 解开："
                    "密钥文件不是这个数据库的（请使用原来的密钥文件）"
                ) from exc
        cipher.register_key(path, key)
    if encrypt:
        from desktop.store.repo import Store

        for path in (Path(p) for p in config.stores):
            with _only_one(path):  # and one migrates it after an upgrade
                Store.open(path, create=False).close()
    return hub_key


@contextlib.contextmanager
def _only_one(path: Path) -> Iterator[None]:
    """An exclusive lock beside `path` (POSIX advisory; the hub runs on Linux servers)."""
    import os

    lock = path.with_name(f".{path.name}.encrypt-lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # not POSIX: one process at a time is the operator's
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def unlock_if_keyed(config: Any) -> None:
    """For the commands that read a hub's databases (status, devices, snapshot): open them
    with the hub's key when there is one (a hub that never started has no key file yet and
    plaintext databases)."""
    if key_path(config).exists():
        unlock(config, create_key=False, encrypt=False)


def is_encrypted(path: Path) -> bool:
    from desktop.security import cipher

    return path.exists() and not cipher.is_plaintext_sqlite(path)
