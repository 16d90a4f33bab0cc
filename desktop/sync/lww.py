"""Last writer wins, field by field, over every version known for each touched record.

A field's versions are the record's create ops (a create sets every field; a field it did not
carry holds the column's default) and the set ops of that field; the winner is the greatest
(HLC, device id). Versions of a field made from the same base with different values are a
conflict group (conflicts.groups_of). Runs inside the importer's transaction (apply.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from desktop.store import db
from desktop.store.changelog import CREATE, CREATE_META, now_iso
from desktop.store.repo import Store
from desktop.sync import conflicts
from desktop.sync.columns import column_defaults, create_columns

BATCH = 5000


class CreateVersion(NamedTuple):
    hlc: str
    device: str
    values: dict[str, Any]
    op_id: str  # "device:seq"
    is_new: bool  # arrived with this import


class SetVersion(NamedTuple):
    hlc: str
    device: str
    value: str  # JSON
    base: str  # the version the editor saw ("" if none)
    op_id: str
    is_new: bool


@dataclass
class Versions:
    """Every version known of one record."""

    creates: list[CreateVersion] = field(default_factory=list)
    sets: dict[str, list[SetVersion]] = field(default_factory=lambda: defaultdict(list))
    top_hlc: str = ""  # the latest stamp among them
    made_here: int | None = None  # local seq of the create whose values are the row's


@dataclass
class Merged:
    changed: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )  # entity -> row id -> fields whose value changed
    groups: list[conflicts.Group] = field(default_factory=list)
    fields_set: int = 0


@dataclass
class _Writes:
    """What one table's merge writes, gathered before any of it is written."""

    at: str = field(default_factory=now_iso)
    values: dict[str, list[tuple[Any, str]]] = field(default_factory=lambda: defaultdict(list))
    stamps: list[tuple[str, str, str, str]] = field(default_factory=list)
    meta: list[tuple[Any, ...]] = field(default_factory=list)
    # (op seq, values JSON, row id): a create that made a row here, as it was made
    snapshots: list[tuple[int, str, str]] = field(default_factory=list)


def merge(
    store: Store,
    touched: dict[str, dict[str, set[str] | None]],
    new_ids: set[tuple[str, int]],
) -> Merged:
    """Merge the touched fields of every touched record (row id -> fields, None = all)."""
    out = Merged()
    for entity, rows in touched.items():
        _merge_table(store, entity, rows, new_ids, out)
    return out


def _merge_table(
    store: Store,
    entity: str,
    rows: dict[str, set[str] | None],
    new_ids: set[tuple[str, int]],
    out: Merged,
) -> None:
    conn = store.conn
    synced = store.synced_columns(entity)
    defaults = column_defaults(store, entity)
    create_cols = create_columns(store, entity)
    changed = out.changed[entity]
    writes = _Writes()
    ids = sorted(rows)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        current = _current_rows(conn, entity, create_cols, chunk)
        versions = _versions(conn, entity, chunk, new_ids)
        for row_id in chunk:
            row = current.get(row_id)
            if row is None:
                continue  # its create has not arrived: the ops wait in the change log
            known = versions.get(row_id) or Versions()
            _resolve_snapshot(known, row, create_cols, row_id, writes)
            wanted = rows[row_id]
            fields = synced if wanted is None else [f for f in synced if f in wanted]
            for fname in fields:
                value = _winner(known, fname, defaults.get(fname))
                if value is not _NONE and value != row[fname]:
                    writes.values[fname].append((value, row_id))
                    changed[row_id].add(fname)
                out.groups.extend(
                    conflicts.groups_of(
                        entity,
                        row_id,
                        fname,
                        known.sets.get(fname, ()),
                        known.creates,
                        default=defaults.get(fname),
                    )
                )
            _stamp_and_meta(known, row, row_id, writes)
    out.fields_set += _write(conn, entity, writes, changed)


def _current_rows(
    conn: Any, entity: str, create_cols: list[str], chunk: list[str]
) -> dict[str, dict[str, Any]]:
    """The records as they are here (create columns and hlc)."""
    marks = ",".join("?" * len(chunk))
    return {
        r[0]: dict(zip(create_cols, tuple(r)[1:-1], strict=True)) | {"hlc": r[-1]}
        for r in conn.execute(
            f"SELECT id, {','.join(create_cols)}, hlc FROM {entity} WHERE id IN ({marks})", chunk
        )
    }


# a create whose values are read from the row (it made the row here and was never overwritten)
_FROM_ROW: dict[str, Any] = {}
_NONE = object()


def _versions(
    conn: Any, entity: str, chunk: list[str], new_ids: set[tuple[str, int]]
) -> dict[str, Versions]:
    """Every create and set op of the records in `chunk`, from the change log."""
    out: dict[str, Versions] = defaultdict(Versions)
    for row_id, fname, kind, hlc, device, value, base, oseq, local_seq in conn.execute(
        "SELECT c.row_id, c.field, c.kind, c.hlc, d.device_id, coalesce(c.value, k.value),"
        " c.base, c.origin_seq, c.seq FROM changes c JOIN devices d ON d.n = c.origin"
        " LEFT JOIN sync_created k ON k.op = c.seq"
        f" WHERE c.entity = ? AND c.kind != 'a' AND c.row_id IN ({','.join('?' * len(chunk))})",
        [entity, *chunk],
    ):
        known = out[row_id]
        known.top_hlc = max(known.top_hlc, hlc)
        op_id = f"{device}:{oseq}"
        is_new = (device, oseq) in new_ids
        if kind == CREATE:
            values = _FROM_ROW if value is None else json.loads(value)
            known.creates.append(CreateVersion(hlc, device, values, op_id, is_new))
            if value is None:
                known.made_here = local_seq
        else:
            known.sets[fname].append(SetVersion(hlc, device, value, base or "", op_id, is_new))
    return out


def _resolve_snapshot(
    known: Versions, row: dict[str, Any], create_cols: list[str], row_id: str, writes: _Writes
) -> None:
    """The create that made the row here holds no values: they are the row's (before this
    merge changes it); kept aside in case the row changes (see _write)."""
    for i, c in enumerate(known.creates):
        if c.values is _FROM_ROW:
            values = {k: row[k] for k in create_cols}
            known.creates[i] = c._replace(values=values)
            assert known.made_here is not None
            writes.snapshots.append((known.made_here, db.dumps(values), row_id))


def _winner(known: Versions, fname: str, default: Any) -> Any:
    """The value of the latest version of a field by (HLC, device id); _NONE if none."""
    best: tuple[str, str, Any] | None = None
    for c in known.creates:
        if best is None or (c.hlc, c.device) > best[:2]:
            best = (c.hlc, c.device, c.values.get(fname, default))
    for s in known.sets.get(fname, ()):
        if best is None or (s.hlc, s.device) > best[:2]:
            best = (s.hlc, s.device, db.loads(s.value))
    return _NONE if best is None else best[2]


def _stamp_and_meta(known: Versions, row: dict[str, Any], row_id: str, writes: _Writes) -> None:
    """The record's stamp follows its latest version; of concurrent creates the earliest
    names its creation (created_at, created_by, device_id)."""
    top = max(row["hlc"], known.top_hlc)
    if top != row["hlc"]:
        writes.stamps.append((top, writes.at, row_id, top))
    if len(known.creates) > 1:
        first = min(known.creates, key=lambda c: (c.hlc, c.device)).values
        meta = tuple(first.get(k, row[k]) for k in CREATE_META)
        if meta != tuple(row[k] for k in CREATE_META):
            writes.meta.append((*meta, row_id))


def _write(conn: Any, entity: str, writes: _Writes, changed: dict[str, set[str]]) -> int:
    """Write one table's merge; returns the number of fields set."""
    # the values a create was made with, before the row changes (its fields, or its creation
    # metadata when an earlier concurrent create wins): a relay sends the create as signed
    meta_rows = {m[-1] for m in writes.meta}
    keep = [
        (seq, value)
        for seq, value, row_id in writes.snapshots
        if changed.get(row_id) or row_id in meta_rows
    ]
    if keep:
        conn.executemany("INSERT OR IGNORE INTO sync_created(op, value) VALUES (?, ?)", keep)
    count = 0
    for fname, pairs in writes.values.items():
        conn.executemany(f"UPDATE {entity} SET {fname}=? WHERE id=?", pairs)
        count += len(pairs)
    if writes.stamps:
        conn.executemany(
            f"UPDATE {entity} SET hlc=?, updated_at=? WHERE id=? AND hlc < ?", writes.stamps
        )
    if writes.meta:
        conn.executemany(
            f"UPDATE {entity} SET created_at=?, created_by=?, device_id=? WHERE id=?", writes.meta
        )
    return count
