"""Plaintext copies the app had to make (an attachment opened in the system's viewer) are
removed at the next start: overwritten with zeros, then deleted."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop import paths


def shred(path: Path) -> bool:
    """Overwrite a file with zeros, fsync, delete; False if it is in use or cannot be removed."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        return not path.exists()
    return True


def remove_opened_copies(folder: Path | None = None) -> int:
    """The files desktop/ui/attachments.py left in <data_dir>/open; how many were removed."""
    folder = folder or paths.data_dir() / "open"
    if not folder.is_dir():
        return 0
    return sum(shred(p) for p in folder.iterdir() if p.is_file())
