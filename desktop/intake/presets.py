"""Confirmed column mappings, saved per source kind (and per header layout).

A preset maps header labels (normalised) to fields, so a file with the same headers in another
order still maps. Lookup order: the exact layout of this header, then the kind's last
confirmed mapping for the labels it knows; what neither knows keeps the automatic guess.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.intake.columns import FIELD_BY_KEY, IGNORE, Header, norm_label
from desktop.store import db
from desktop.store.changelog import now_iso


def apply(conn: sqlite3.Connection, kind: str, header: Header) -> str:
    """Apply a saved preset to `header.mapping` in place; return which ('exact', 'kind', '')."""
    rows = {
        r["signature"]: json.loads(r["mapping"])
        for r in conn.execute(
            "SELECT signature, mapping FROM roster_presets WHERE kind=? AND signature IN (?, '')",
            (kind, header.signature),
        )
    }
    preset = rows.get(header.signature)
    used = "exact" if preset is not None else ""
    if preset is None:
        preset = rows.get("")
        used = "kind" if preset else ""
    if not preset:
        return ""
    mapping = dict(header.mapping)
    for col, label in enumerate(header.labels):
        key = norm_label(label)
        if key in preset:
            field = preset[key]
            if field == IGNORE or field in FIELD_BY_KEY:
                # a field is held by one column only
                for other, f in list(mapping.items()):
                    if f == field and other != col and field not in ("", "seq", "remark"):
                        del mapping[other]
                mapping[col] = field
    header.mapping = {c: f for c, f in mapping.items() if f != IGNORE}
    return used


def save(conn: sqlite3.Connection, kind: str, header: Header) -> None:
    """Remember the confirmed mapping of this header (exact layout and kind default)."""
    mapping = {
        norm_label(label): header.mapping.get(col, IGNORE)
        for col, label in enumerate(header.labels)
        if norm_label(label)
    }
    headers = json.dumps(header.labels, ensure_ascii=False)
    value = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    with db.transaction(conn):
        for signature in (header.signature, ""):
            if signature == "":
                old = conn.execute(
                    "SELECT mapping FROM roster_presets WHERE kind=? AND signature=''", (kind,)
                ).fetchone()
                merged = {**(json.loads(old[0]) if old else {}), **mapping}
                stored = json.dumps(merged, ensure_ascii=False, sort_keys=True)
            else:
                stored = value
            conn.execute(
                "INSERT OR REPLACE INTO roster_presets(kind, signature, headers, mapping, updated_at)"
                " VALUES (?,?,?,?,?)",
                (kind, signature, headers, stored, now_iso()),
            )
