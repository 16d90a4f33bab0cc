"""A copy of the database before a bulk write (roster import).

The security layer owns backups (rotation, encryption, `kcbx backup`, restore); an import
never starts without a fresh, checked copy beside the data — encrypted when the database is.
"""

from __future__ import annotations

from pathlib import Path

from desktop.store.repo import Store


def backup_database(store: Store, *, reason: str = "import") -> Path:
    """Back up the open database before an import; return the backup file."""
    from desktop.security.backup import before_import

    if store.path is None:
        raise ValueError("an in-memory store has nothing to back up")
    return before_import(store.path, conn=store.conn).path
