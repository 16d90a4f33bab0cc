"""Restoring a backup: checked first, the current file kept, the swap atomic.

Every connection to the database must be closed first (the app closes its window's Store and
restarts after a restore). Steps:

1. the backup is verified completely (hash, decryption, integrity_check);
2. the current database is backed up ("restore" backup) if it can be read, or, if it is
   damaged, moved aside as `<name>.damaged-<time>` (with its -wal) and never deleted;
3. the backup is copied beside the database, fsynced, and renamed over it;
4. the keyring follows the backup if the backup was made with another data key (the current
   keyring is kept aside); a plaintext backup restored under a keyring is encrypted at once.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.text import N_
from desktop.security import backup, cipher, encrypt, integrity, kdf
from desktop.security import keyring as keyring_mod
from desktop.security.backup import Backup, BackupError
from desktop.security.keyring import keyring_path
from desktop.store import changelog, files
from desktop.store.repo import Store


def backup_key(
    b: Backup,
    *,
    db_path: str | Path | None = None,
    username: str | None = None,
    password: str | None = None,
    recovery: str | None = None,
) -> bytes | None:
    """The key that opens backup `b`: the current session's if it is the same key, else from
    the backup's own keyring with a password (valid when the backup was made) or the
    recovery key. None for a plaintext backup."""
    if not b.encrypted:
        return None
    if db_path is not None:
        key = cipher.key_for(db_path)
        if key is not None and kdf.key_id(key) == b.key_id:
            return key
    if not b.keyring.exists():
        raise BackupError(N_("这份备份缺少密钥文件，无法打开"))
    ring = keyring_mod.load(b.keyring)
    key = None
    if recovery:
        key = ring.unlock_recovery(kdf.parse_recovery_key(recovery))
    elif username and password is not None:
        key = ring.unlock_password(username, password)
    else:
        raise BackupError(N_("这份备份用另一个密钥加密，请输入备份当时有效的密码或恢复密钥"))
    if key is None:
        raise BackupError(N_("密码或恢复密钥不能打开这份备份"))
    return key


def restore(
    db_path: str | Path,
    b: Backup,
    *,
    key: bytes | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Replace the database by backup `b` (see the module docstring). Returns where the
    previous database went: its pre-restore backup, or the damaged file kept aside."""
    db_path = Path(db_path)
    now = now or dt.datetime.now().astimezone()
    if b.encrypted:
        key = key or backup_key(b, db_path=db_path)
        if key is None or kdf.key_id(key) != b.key_id:
            raise BackupError(N_("密钥与这份备份不符"))
    backup.verify(b, key)
    ring_path = keyring_path(db_path)
    current_key = cipher.key_for(db_path) if ring_path.exists() else None
    used = _numbers_used(db_path, current_key)
    previous = _keep_current(db_path, current_key, now)

    tmp = files.temp_name(db_path)
    try:
        files.copy_file(b.path, tmp)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        files.fsync_dir(db_path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise files.translate_os_error(exc, path=db_path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

    if b.encrypted:
        assert key is not None
        same = current_key is not None and kdf.key_id(current_key) == b.key_id
        if not same:
            if ring_path.exists():
                files.copy_file(ring_path, _aside(ring_path, now, "before-restore"))
            files.copy_file(b.keyring, ring_path)
        cipher.register_key(db_path, key)
    elif current_key is not None:
        encrypt.encrypt_in_place(db_path, current_key)  # never leave plaintext under a keyring
    elif ring_path.exists():
        pass  # plaintext under a keyring whose key is unknown: finished at the next sign-in

    with Store.open(db_path, create=False) as store:
        if used:  # numbers this device already handed out (and maybe sent) are never reused
            floor = max(used, changelog.seq_floor(store.conn))
            store.set_meta("seq_floor", str(floor))
            store.log.reload()
        store.audit(
            "backup.restore",
            detail={"backup": b.path.name, "made": b.created_at.isoformat(timespec="seconds")},
        )
    return previous


def _numbers_used(db_path: Path, key: bytes | None) -> int | None:
    """The highest change-log number this device used in the database being replaced (read
    without writing to it; None if it cannot be read)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        conn = cipher.open_raw(db_path, key)
    except Exception:  # damaged or unreadable: nothing to carry over
        return None
    try:
        return changelog.own_max_seq(conn)
    finally:
        conn.close()


def _keep_current(db_path: Path, key: bytes | None, now: dt.datetime) -> Path | None:
    if not db_path.exists():
        return None
    if key is None and cipher.is_encrypted(db_path):
        report = integrity.Report(db_path)
        report.add(integrity.ERROR, N_("未登录，无法检查"))
    else:
        report = integrity.quick_check(db_path, key)
    if not report.damaged:
        try:
            return backup.make_backup(db_path, reason="restore", now=now, rotate_after=False).path
        except UserError:
            pass  # unreadable after all: keep the file aside below
    aside = _aside(db_path, now, "damaged")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            os.replace(src, Path(str(aside) + suffix))
    files.fsync_dir(db_path.parent)
    return aside


def _aside(path: Path, now: dt.datetime, tag: str) -> Path:
    return path.with_name(f"{path.name}.{tag}-{now:%Y%m%d-%H%M%S}")
