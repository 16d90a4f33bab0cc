"""Backups: on start (at most daily), before imports and migrations, on demand; rotated.

A backup is a consistent copy made by SQLite itself (`VACUUM INTO`, which reads one snapshot
while others keep working), so it is compact and, for an encrypted database, encrypted with
the same key. Beside it: a copy of the keyring (so a backup can be opened even if the live
keyring is lost, with a password or the recovery key that was valid when it was made) and a
small manifest (no personal data) written last: a backup without a valid manifest is not a
backup. Every copy is checked (quick_check) before it counts, and written to a temporary
name first, so a crash or a full disk never leaves a half backup that looks whole.

Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months, plus
the newest few made before imports, migrations and restores and by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg
from desktop.security import cipher, kdf
from desktop.security.keyring import keyring_path
from desktop.store import db, files

FORMAT = "kcbx-backup"
REASONS = {
    "daily": N_("每日自动备份"),
    "manual": N_("手动备份"),
    "import": N_("导入前备份"),
    "migrate": N_("升级前备份"),
    "restore": N_("恢复前备份"),
    "encrypt": N_("加密后首次备份"),
}
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS, KEEP_EACH_REASON = 7, 4, 12, 5
_NAME = re.compile(r"(?P<stem>.+)-(?P<ts>\d{8}-\d{6}(?:-\d{1,3})?)-(?P<reason>[a-z]+)\.db")


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: dt.datetime
    reason: str
    encrypted: bool
    key_id: str | None
    size: int
    sha256: str
    user_version: int
    counts: dict[str, int]

    @property
    def label(self) -> str:
        return Joined(
            " ", [f"{self.created_at:%Y-%m-%d %H:%M}", REASONS.get(self.reason, self.reason)]
        )

    @property
    def manifest(self) -> Path:
        return manifest_path(self.path)

    @property
    def keyring(self) -> Path:
        return keyring_path(self.path)


def manifest_path(path: Path) -> Path:
    return Path(str(path) + ".json")


def backup_dir(db_path: str | Path) -> Path:
    """Where the backups of a database go: `backups/<name>/` beside it."""
    db_path = Path(db_path)
    return db_path.parent / "backups" / db_path.stem


# --- making a backup -------------------------------------------------------------------------


def make_backup(
    db_path: str | Path,
    *,
    reason: str = "manual",
    conn: sqlite3.Connection | None = None,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    rotate_after: bool = True,
) -> Backup:
    """Back up the database now; return the checked backup. Uses `conn` if given (its
    snapshot), else opens the file with the key registered for it."""
    if reason not in REASONS:
        raise ValueError(reason)
    db_path = Path(db_path)
    folder = folder or backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or dt.datetime.now().astimezone()
    name = f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"
    target = folder / name
    n = 1
    while target.exists() or manifest_path(target).exists():
        n += 1
        target = folder / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{n}-{reason}.db"
    tmp = files.temp_name(target)
    key = cipher.key_for(db_path)  # registered at sign-in: the file is encrypted with it
    if key is None and cipher.is_encrypted(db_path):
        raise BackupError(N_("数据库已加密，请先登录后再备份"))
    own = conn is None
    try:
        if own:
            conn = db.connect(db_path, must_exist=True)
        assert conn is not None
        conn.execute("VACUUM INTO ?", (str(tmp),))
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise _as_user_error(exc, target) from exc
    except OSError as exc:
        _unlink(tmp)
        raise files.translate_os_error(exc, path=target) from exc
    except BaseException:
        _unlink(tmp)
        raise
    finally:
        if own and conn is not None:
            conn.close()
    try:
        counts = _check_copy(tmp, key)
        digest = _sha256(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if key is not None and keyring_path(db_path).exists():
            files.copy_file(keyring_path(db_path), keyring_path(target))
        os.replace(tmp, target)
        files.fsync_dir(folder)
        backup = Backup(
            path=target,
            created_at=now,
            reason=reason,
            encrypted=key is not None,
            key_id=kdf.key_id(key) if key is not None else None,
            size=target.stat().st_size,
            sha256=digest,
            user_version=user_version,
            counts=counts,
        )
        files.write_text(manifest_path(target), _manifest_json(backup))
    except BaseException:
        for p in (tmp, target, keyring_path(target), manifest_path(target)):
            _unlink(p)
        raise
    if rotate_after:
        rotate(folder)
    return backup


def _as_user_error(exc: sqlite3.Error, target: Path) -> Exception:
    err = db.translate(exc, path=target)
    return err if isinstance(err, UserError) else BackupError(Msg("备份失败：{exc}", exc=exc))


def _check_copy(path: Path, key: bytes | None) -> dict[str, int]:
    conn = cipher.open_raw(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise BackupError(N_("备份副本校验失败（数据库可能已损坏），未保存这份备份"))
        counts = {}
        for table in ("children", "cases", "events"):
            with contextlib.suppress(sqlite3.Error):
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return counts
    finally:
        conn.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _manifest_json(b: Backup) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "version": 1,
            "created_at": b.created_at.isoformat(timespec="seconds"),
            "reason": b.reason,
            "encrypted": b.encrypted,
            "key_id": b.key_id,
            "size": b.size,
            "sha256": b.sha256,
            "user_version": b.user_version,
            "counts": b.counts,
        },
        ensure_ascii=False,
        indent=1,
    )


# --- reading the manifests -------------------------------------------------------------------


def parse_manifest(data: bytes, path: Path) -> Backup:
    """The backup a manifest describes, or BackupError (never anything else)."""
    bad = BackupError(Msg("备份说明文件已损坏：{name}", name=manifest_path(path).name))
    if len(data) > 64 * 1024:
        raise bad
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad from None
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
            raise bad
        created = dt.datetime.fromisoformat(_str(doc["created_at"]))
        if created.tzinfo is None:
            created = created.astimezone()
        reason = _str(doc["reason"])
        encrypted = doc["encrypted"]
        key_id = doc["key_id"]
        counts = doc["counts"]
        if (
            reason not in REASONS
            or type(encrypted) is not bool
            or (
                encrypted
                and not (isinstance(key_id, str) and re.fullmatch(r"[0-9a-f]{16}", key_id))
            )
            or (not encrypted and key_id is not None)
            or not re.fullmatch(r"[0-9a-f]{64}", _str(doc["sha256"]))
            or type(doc["size"]) is not int
            or type(doc["user_version"]) is not int
            or not isinstance(counts, dict)
            or not all(isinstance(k, str) and type(v) is int for k, v in counts.items())
        ):
            raise bad
    except (KeyError, TypeError, ValueError, OverflowError):
        raise bad from None
    return Backup(
        path=path,
        created_at=created,
        reason=reason,
        encrypted=encrypted,
        key_id=key_id,
        size=doc["size"],
        sha256=doc["sha256"],
        user_version=doc["user_version"],
        counts=dict(counts),
    )


def _str(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise TypeError
    return value


def list_backups(db_path: str | Path, *, folder: Path | None = None) -> list[Backup]:
    """Complete backups of the database, newest first (half-written ones are left out)."""
    folder = folder or backup_dir(db_path)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.db"):
        if not _NAME.fullmatch(path.name):
            continue
        try:
            b = parse_manifest(manifest_path(path).read_bytes(), path)
        except (OSError, BackupError):
            continue
        if path.stat().st_size != b.size:
            continue
        out.append(b)
    return sorted(out, key=lambda b: (b.created_at, b.path.name), reverse=True)


def verify(backup: Backup, key: bytes | None = None) -> None:
    """Check a backup fully (hash, decryption, integrity); raise BackupError if it is not good."""
    if not backup.path.exists():
        raise BackupError(Msg("备份文件不存在：{path}", path=backup.path))
    if _sha256(backup.path) != backup.sha256:
        raise BackupError(Msg("备份文件已损坏（校验值不符）：{name}", name=backup.path.name))
    if backup.encrypted and key is None:
        raise BackupError(N_("这份备份已加密，需要密码才能检查"))
    try:
        conn = cipher.open_raw(backup.path, key if backup.encrypted else None)
    except db.DatabaseError as exc:
        raise BackupError(Msg("无法打开备份（{exc}）", exc=exc)) from exc
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.Error as exc:
        raise BackupError(Msg("备份文件已损坏：{exc}", exc=exc)) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise BackupError(Msg("备份文件已损坏：{problem}", problem=problems[0]))


# --- rotation --------------------------------------------------------------------------------


def select_keep(backups: list[Backup]) -> set[Path]:
    """Which backups rotation keeps (grandfather-father-son, plus recent special ones)."""
    newest = sorted(backups, key=lambda b: (b.created_at, b.path.name), reverse=True)
    keep: set[Path] = set()

    def newest_per(key_fn: Any, count: int) -> None:
        seen: list[Any] = []
        for b in newest:
            k = key_fn(b.created_at)
            if k in seen:
                continue
            seen.append(k)
            if len(seen) > count:
                break
            keep.add(b.path)

    newest_per(lambda t: t.date(), KEEP_DAYS)
    newest_per(lambda t: t.isocalendar()[:2], KEEP_WEEKS)
    newest_per(lambda t: (t.year, t.month), KEEP_MONTHS)
    for reason in REASONS:
        if reason == "daily":
            continue
        for b in [b for b in newest if b.reason == reason][:KEEP_EACH_REASON]:
            keep.add(b.path)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete backups the policy does not keep, and leftovers of interrupted backups."""
    backups = []
    removed: list[Path] = []
    for path in folder.glob("*.db"):
        if not _NAME.fullmatch(path.name):
            continue
        # no valid manifest: deleted below as a leftover
        with contextlib.suppress(OSError, BackupError):
            backups.append(parse_manifest(manifest_path(path).read_bytes(), path))
    keep = select_keep(backups)
    valid = {b.path for b in backups}
    for b in backups:
        if b.path not in keep:
            for p in (b.path, keyring_path(b.path), manifest_path(b.path)):
                _unlink(p)
            removed.append(b.path)
    for tmp in folder.glob(".*.tmp"):
        _unlink(tmp)  # interrupted copies (no process writes here for long)
    for path in folder.glob("*.db"):
        if _NAME.fullmatch(path.name) and path not in valid:
            for p in (path, keyring_path(path), manifest_path(path)):
                _unlink(p)
            removed.append(path)
    return removed


# --- when backups happen ---------------------------------------------------------------------


def auto_backup(db_path: str | Path, *, now: dt.datetime | None = None) -> Backup | None:
    """The start-up backup: made unless one was made today; None if skipped."""
    now = now or dt.datetime.now().astimezone()
    existing = list_backups(db_path)
    if any(b.created_at.date() == now.date() for b in existing):
        return None
    return make_backup(db_path, reason="daily", now=now)


def before_import(db_path: str | Path, *, conn: sqlite3.Connection | None = None) -> Backup:
    """Call before a roster or bundle import writes anything (outside a transaction);
    `conn`: the Store's connection, if open (its snapshot is copied)."""
    return make_backup(db_path, reason="import", conn=conn)


def before_migrate(conn: sqlite3.Connection, path: Path, version: int, pending: list[Any]) -> None:
    """Store.open's hook: back up the database as it is before a schema upgrade."""
    make_backup(path, reason="migrate", conn=conn)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
