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


def _v501(conn: sqlite3.Connection) -> None:
    # Opening a store reads max(hlc) of the change log (ChangeLog.open): without an index that
    # is a full scan, ~0.3 s on a county database, on the way to the first window.
    conn.execute("CREATE INDEX IF NOT EXISTS changes_hlc ON changes(hlc)")


def _v502(conn: sqlite3.Connection) -> None:
    # The term-start checklist (Today) looks up last term's enrolments.
    conn.execute("CREATE INDEX IF NOT EXISTS enrolments_term ON enrolments(term, child_id)")


STEPS: list[Step] = [
    Step(500, "ui: unsaved dialog drafts", _v500),
    Step(501, "ui: index changes(hlc) for a fast start", _v501),
    Step(502, "ui: index enrolments(term) for the term-start checklist", _v502),
]
