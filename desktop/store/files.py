"""Files written so that a crash, a flat battery or a full disk never leaves half a file.

Write a temporary file in the same folder, flush and fsync it, `os.replace()` it over the
target (atomic on the same file system, also on Windows), then fsync the folder so the rename
itself survives a power cut. Either the old file or the new one is there, never a mixture.
A full disk becomes a plain Chinese message and the old file is untouched.

Light on purpose (os and pathlib only): every layer above the store uses it — security for
keyrings and backups, forms, reports and the UI for exports and settings.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg

DISK_FULL = N_("磁盘已满，无法保存文件。请清理磁盘空间后重试（原文件未被改动）")


class DiskFullError(UserError):
    """No space left (or the file size limit was reached): nothing was changed."""


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename or a new file in `folder` durable (no-op where folders cannot be opened)."""
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def translate_os_error(exc: OSError, *, path: str | os.PathLike[str] | None = None) -> Exception:
    """A disk-full or permission error as a UserError; anything else unchanged."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFullError(
            Msg("{why}（{path}）", why=DISK_FULL, path=str(path)) if path else DISK_FULL
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if path:
            return UserError(Msg("没有写入权限，无法保存文件（{path}）", path=str(path)))
        return UserError(N_("没有写入权限，无法保存文件"))
    return exc


def temp_name(path: Path) -> Path:
    """A temporary name beside `path` (same folder, so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO]:
    """Open a temporary file for writing; on success it replaces `path` atomically.

    On any error (including a full disk) the temporary file is removed and `path` is as it was.
    """
    if mode not in ("wb", "w"):
        raise ValueError("atomic_open writes only ('wb' or 'w')")
    target = Path(path)
    tmp = temp_name(target)
    try:
        fh: IO[Any] = (
            open(tmp, "w", encoding="utf-8", newline="") if mode == "w" else open(tmp, "wb")  # noqa: SIM115
        )
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise translate_os_error(exc, path=target) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at `path` with `data`, atomically and durably."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def copy_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Copy a file atomically (the target appears complete or not at all)."""
    with open(source, "rb") as src, atomic_open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
