"""Turning a plaintext database into an encrypted one, crash-safely, with no plaintext left.

The caller saves the keyring first; then `encrypt_in_place()`:

1. checkpoints the plaintext database and checks it (a damaged file is not encrypted);
2. exports it into `.<name>.encrypting` beside it, keyed with the data key
   (`sqlcipher_export`), copies `user_version`, checks the copy and fsyncs it;
3. hard-links the plaintext file as `.<name>.plaintext-old`, replaces the database with the
   encrypted copy (atomic rename) and fsyncs the folder;
4. overwrites the old plaintext with zeros, fsyncs it and deletes it.

A crash at any point leaves either the plaintext database with a keyring (the next sign-in
finishes the job: `resume()`), or the encrypted one with maybe a half-zeroed leftover
(deleted by `resume()`). No copy ever goes to the system's temp folder.
(Zeroing cannot reach blocks an SSD or a copy-on-write file system has moved elsewhere.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from desktop.domain.text import N_, Msg
from desktop.security import cipher
from desktop.store import db, files


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.encrypting")


def _old(path: Path) -> Path:
    return path.with_name(f".{path.name}.plaintext-old")


def encrypt_in_place(path: str | Path, key: bytes) -> None:
    """Encrypt the plaintext database at `path` with `key` (no other process may have it open)."""
    path = Path(path)
    if not cipher.is_plaintext_sqlite(path):
        raise db.DatabaseError(Msg("不是未加密的数据库文件，无法加密：{path}", path=path))
    tmp = _tmp(path)
    _unlink(tmp)
    _unlink(_old(path))
    conn = cipher.open_raw(path, None)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise db.DatabaseError(N_("数据库文件已损坏，不能加密。请先从备份恢复（kcbx restore）"))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(tmp),))
        try:
            conn.execute("SELECT sqlcipher_export('enc')")
            conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE enc")
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise db.translate(exc, path=path) from exc
    except OSError as exc:
        _unlink(tmp)
        raise files.translate_os_error(exc, path=path) from exc
    except BaseException:
        _unlink(tmp)
        raise
    finally:
        conn.close()
    _verify(tmp, key, version)
    _fsync(tmp)
    _swap(path, tmp)


def _verify(tmp: Path, key: bytes, version: int) -> None:
    conn = cipher.open_raw(tmp, key)
    try:
        ok = [r[0] for r in conn.execute("PRAGMA quick_check(5)")] == ["ok"]
        ok = ok and conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()
    if not ok:
        _unlink(tmp)
        raise db.DatabaseError(N_("加密后的数据库校验失败，原文件未改动"))


def _swap(path: Path, tmp: Path) -> None:
    old = _old(path)
    linked = True
    try:
        os.link(path, old)
    except OSError:
        linked = False  # file systems without hard links (FAT USB sticks): no zeroing
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            _shred(side)
    os.replace(tmp, path)
    files.fsync_dir(path.parent)
    if linked:
        _shred(old)


def resume(path: str | Path, key: bytes) -> bool:
    """Finish an encryption a crash interrupted; True if there was something to do."""
    path = Path(path)
    did = False
    tmp, old = _tmp(path), _old(path)
    if cipher.is_plaintext_sqlite(path):
        _unlink(old)  # a stale second link to the plaintext we still have
        encrypt_in_place(path, key)
        did = True
    else:
        if tmp.exists():
            _unlink(tmp)
            did = True
    if old.exists():
        _shred(old)
        did = True
    return did


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, fsync, delete (best effort against later recovery)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            block = b"\0" * (1 << 20)
            done = 0
            while done < size:
                n = min(len(block), size - done)
                fh.write(block[:n])
                done += n
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    _unlink(path)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
