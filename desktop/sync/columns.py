"""The columns a bundle carries, shared by export, staging, merging and snapshots.

A created record travels as its synced fields plus its creation metadata (`create_columns`);
an appended row whole but for its local sequence number and the attachment bytes
(`row_columns`); a create recorded by an older version is completed with the columns'
defaults (`column_defaults`).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store.changelog import CREATE_META
from desktop.store.repo import Store

# Append-only tables: their rows are a union on every device ('a' ops).
APPEND_TABLES = ("events", "attachments", "audit", "sync_resolutions")

# A list of ids as one SQL parameter (a JSON array): `WHERE id IN {IDS}` with (ids_param(ids),).
IDS = "(SELECT value FROM json_each(?))"


def ids_param(ids: Any) -> str:
    return json.dumps(list(ids), ensure_ascii=False)


def row_columns(store: Store, entity: str) -> list[str]:
    """Columns of an appended row as a bundle carries them."""
    return [c for c in store.columns(entity) if c not in ("seq", "data")]


def create_columns(store: Store, entity: str) -> list[str]:
    """Columns of a created record as a bundle carries them (synced fields, creation metadata)."""
    return [*store.synced_columns(entity), *CREATE_META]


def bundle_columns(store: Store, entity: str) -> list[str]:
    """The columns of `entity`'s rows in a bundle (appended or created)."""
    return row_columns(store, entity) if entity in APPEND_TABLES else create_columns(store, entity)


def row_key(entity: str) -> str:
    """The column that names an appended row (an attachment by its content's hash)."""
    return "sha256" if entity == "attachments" else "id"


def column_defaults(store: Store, entity: str) -> dict[str, Any]:
    """Each column's default value (None when it has none), from the table's definition."""
    out: dict[str, Any] = {}
    for r in store.conn.execute(f"PRAGMA table_info({entity})"):
        text = r["dflt_value"]
        if text is None:
            out[r["name"]] = None
        elif text.startswith("'"):
            out[r["name"]] = text[1:-1].replace("''", "'")
        else:
            try:
                out[r["name"]] = int(text)
            except ValueError:
                out[r["name"]] = text
    return out
