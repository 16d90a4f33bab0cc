"""Tables of the desktop UI (migration steps 500–599): unsaved dialog drafts.

Drafts are local to this database file (never synced): what a user typed in a dialog that was
not saved yet, written every few seconds, on focus loss and on close, so a crash or a closed
laptop lid loses nothing.
"""

from __future__ import annotations

import sqlite3

from desktop.store.schema import Step


def _v500(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE ui_drafts (
            key TEXT PRIMARY KEY,        -- dialog kind and what it is about, e.g. contact:<case id>
            kind TEXT NOT NULL,          -- dialog kind
            case_id TEXT,
            child_id TEXT,
            title TEXT NOT NULL,         -- shown in the list of drafts
            fields TEXT NOT NULL,        -- JSON: widget name -> value
            actor TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID"""
    )


STEPS: list[Step] = [Step(500, "ui: unsaved dialog drafts", _v500)]
