"""The rows a bundle's ops carry, read from their tables (export._body)."""

from __future__ import annotations

from typing import Any

from desktop.store.repo import Store
from desktop.sync.columns import IDS, bundle_columns, ids_param, row_key
from desktop.sync.payload import RawRow


def stored_rows(
    store: Store, ops: list[Any], *, raw: bool = False, scan_above: int
) -> dict[str, dict[str, Any]]:
    """entity -> id -> the row (bundle_columns order) of every op that carries its row. `raw`:
    as its JSON text (payload.RawRow, made by SQLite: a row need not become Python objects to
    be packed), but for attachments and any row holding a floating-point value (SQLite writes
    those with 15 digits). Above `scan_above` ids that are most of their table, the table is
    read whole."""
    need: dict[str, set[str]] = {}
    for op in ops:
        if op.needs_row:
            need.setdefault(op.entity, set()).add(op.row_id)
    cur = store.conn.cursor()
    cur.row_factory = None
    out: dict[str, dict[str, Any]] = {}
    for entity, ids in need.items():
        key = row_key(entity)
        cols = bundle_columns(store, entity)
        as_text = raw and entity != "attachments"
        if as_text:
            real = " OR ".join(f"typeof({c}) = 'real'" for c in _may_be_real(store, entity, cols))
            sql = f"SELECT {key}, json_array({','.join(cols)}), {real or 0} FROM {entity}"
        else:
            sql = f"SELECT {key}, {','.join(cols)} FROM {entity}"
        if len(ids) > scan_above and 2 * len(ids) > _size(cur, entity):
            # most of a table: one scan beats a look-up each (`+`: not by the index), and only
            # the rows wanted leave SQLite
            rows = cur.execute(f"{sql} WHERE +{key} IN {IDS}", (ids_param(ids),))
        else:
            rows = cur.execute(f"{sql} WHERE {key} IN {IDS}", (ids_param(ids),))
        if not as_text:
            out[entity] = {r[0]: r[1:] for r in rows}
            continue
        got = out[entity] = {}
        floats = []
        for r in rows:
            if r[2]:
                floats.append(r[0])
            else:
                got[r[0]] = RawRow(r[1])
        if floats:
            got.update(
                (r[0], r[1:])
                for r in cur.execute(
                    f"SELECT {key}, {','.join(cols)} FROM {entity} WHERE {key} IN {IDS}",
                    (ids_param(floats),),
                )
            )
    return out


def _may_be_real(store: Store, table: str, cols: list[str]) -> list[str]:
    """The columns that can hold a floating-point value (all but those of text affinity)."""
    text = {
        r[1]
        for r in store.conn.execute(f"PRAGMA table_info({table})")
        if any(word in str(r[2]).upper() for word in ("CHAR", "CLOB", "TEXT"))
    }
    return [c for c in cols if c not in text]


def _size(cur: Any, table: str) -> int:
    """About how many rows `table` holds (its highest row number: no count)."""
    return int(cur.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0)
