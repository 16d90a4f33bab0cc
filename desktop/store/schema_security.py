"""Tables and triggers of the security layer (migration steps 300–399; see desktop/security).

- `users`: local accounts (not synced: password hashes never travel in bundles). Roles are
  code, not data (desktop/security/policy.py), so no roles table can be edited to widen them.
- Triggers that refuse UPDATE and DELETE of the append-only audit trail — events, audit
  entries, the change log and attachments — so that no code path, not even a bug, can rewrite
  who did what. (A correction is a new event that supersedes the old one.)
"""

from __future__ import annotations

import sqlite3

from desktop.store.schema import Step

USERS = """
CREATE TABLE users (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    townships TEXT NOT NULL DEFAULT '[]',
    villages TEXT NOT NULL DEFAULT '[]',
    schools TEXT NOT NULL DEFAULT '[]',
    password_hash TEXT NOT NULL,
    must_change INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID
"""

# table -> operations refused
IMMUTABLE = {
    "events": ("UPDATE", "DELETE"),
    "audit": ("UPDATE", "DELETE"),
    "changes": ("UPDATE", "DELETE"),
    "attachments": ("UPDATE",),
}
MESSAGE = "审计记录不可修改或删除（append-only）"


def _users(conn: sqlite3.Connection) -> None:
    conn.execute(USERS)


def _immutable(conn: sqlite3.Connection) -> None:
    for table, operations in IMMUTABLE.items():
        for op in operations:
            conn.execute(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )


STEPS: list[Step] = [
    Step(301, "users (local accounts)", _users),
    Step(302, "append-only audit trail: triggers refuse UPDATE/DELETE", _immutable),
]
