"""A copy of the database before a bulk write (roster import), made with SQLite's online backup.

One small function on purpose: the security work will unify backups (rotation, encryption,
`kcbx backup`); until then an import never starts without a fresh copy beside the data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.store import db
from desktop.store.repo import Store


def backup_database(store: Store, *, reason: str = "import") -> Path:
    """Copy the open database to <data_dir>/backups/<name>-<timestamp>-<reason>.db; return it."""
    from desktop import paths

    folder = paths.data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stem = store.path.stem if store.path else "kcbx"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{reason}-{n}.db"
    try:
        dest = db.connect(target)  # the connector hook applies (an encrypted store stays so)
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # leave one self-contained file
        finally:
            dest.close()
    except Exception as exc:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        error = db.translate(exc, path=target)
        if isinstance(error, db.DatabaseError):
            raise db.DatabaseError(f"导入前备份数据库失败，未导入任何数据：{error}") from exc
        raise
    return target
