"""Drafts of unsaved dialogs, kept in the database (table ui_drafts, see store/schema_ui.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.store import db
from desktop.store.repo import Store


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    case_id: str | None
    child_id: str | None
    title: str
    fields: dict[str, Any]
    updated_at: str


def save_draft(
    store: Store,
    key: str,
    *,
    kind: str,
    title: str,
    fields: dict[str, Any],
    case_id: str | None = None,
    child_id: str | None = None,
) -> None:
    now = dt.datetime.now().isoformat(timespec="seconds")
    with db.transaction(store.conn):
        store.conn.execute(
            "INSERT OR REPLACE INTO ui_drafts(key, kind, case_id, child_id, title, fields, actor,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (key, kind, case_id, child_id, title, db.dumps(fields), store.actor, now),
        )


def load_draft(store: Store, key: str) -> Draft | None:
    row = store.conn.execute("SELECT * FROM ui_drafts WHERE key=?", (key,)).fetchone()
    return _draft(row) if row else None


def delete_draft(store: Store, key: str) -> None:
    with db.transaction(store.conn):
        store.conn.execute("DELETE FROM ui_drafts WHERE key=?", (key,))


def list_drafts(store: Store) -> list[Draft]:
    return [
        _draft(r) for r in store.conn.execute("SELECT * FROM ui_drafts ORDER BY updated_at DESC")
    ]


def _draft(row: Any) -> Draft:
    return Draft(
        row["key"],
        row["kind"],
        row["case_id"],
        row["child_id"],
        row["title"],
        db.loads(row["fields"]) or {},
        row["updated_at"],
    )
