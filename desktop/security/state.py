"""What the sign-in screen must offer for a database: set up a first account, or sign in (and
with which accounts).

Kept apart from session.py and light on purpose: the sign-in dialog is the first window the
user sees, and for an encrypted database (the normal case) the answer is in the keyring file
alone. The session's modules (accounts, roles, the store) load while the dialog is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.security import keyring as keyring_mod


@dataclass(frozen=True)
class DbState:
    """What the sign-in screen must offer for a database."""

    path: Path
    exists: bool
    encrypted: bool
    needs_setup: bool  # no account yet: first-run setup creates the county admin
    usernames: tuple[str, ...]


def db_state(db_path: str | Path) -> DbState:
    """DatabaseDamaged (with the backups to restore from) if an unencrypted file is damaged."""
    path = Path(db_path)
    ring_path = keyring_mod.keyring_path(path)
    if ring_path.exists():
        ring = keyring_mod.load(ring_path)
        return DbState(path, path.exists(), True, False, tuple(ring.users()))
    if not path.exists():
        return DbState(path, False, False, True, ())
    from desktop.security import backup, integrity, session, users
    from desktop.store.repo import Store

    report = integrity.open_check(path)
    if report.damaged:
        raise integrity.DatabaseDamaged(report, backup.list_backups(path))
    session.install()
    with Store.open(path, create=False) as store:
        names = tuple(u.username for u in users.all_users(store.conn) if u.active)
    return DbState(path, True, False, not names, names)
