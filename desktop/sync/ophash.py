"""The hash of an op as it travels, and the chain a segment signs over those hashes.

An op's hash covers its fields and, for a create or an appended row, the row's values that
differ from their column's default (a column added later with a default does not change the
hash of an op made before), as canonical JSON. Every exporter proves its ops with it and every
importer recomputes it for each op it receives (sync/origin.py); docs/bundle-format.md,
section 8, is the reference.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from desktop.store.repo import Store
from desktop.sync.payload import Body, row_values

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def op_hash(
    device: str, op: list[Any], cols: list[str] | None, row: Any, defaults: dict[str, Any]
) -> bytes:
    """SHA-256 of one op as it travels: its fields and, for a create or an appended row, the
    row's values (those that differ from the column's default, so a column added later with
    a default does not change the hash of an op made before). The JSON is canonical (the
    values' keys sorted: the dict is built in that order, which is faster than sort_keys).
    hash_ops() computes the same for many ops at once."""
    return next(hash_ops([(device, op, cols, row)], lambda _entity: defaults))


def hash_ops(items: Any, defaults_of: Any) -> Iterator[bytes]:
    """op_hash of each (device, op, cols, row) of `items`; `defaults_of(entity)` gives the
    entity's column defaults. One loop with the column order worked out once per column list
    (an import hashes every op it receives: ~150,000 for a township's first sync)."""
    encode, sha256 = _ENCODE, hashlib.sha256
    specs: dict[tuple[str, int], list[tuple[int, str, Any]]] = {}
    for device, op, cols, row in items:
        kind = op[6]
        values = None
        if kind == "c" or kind == "a":
            entity = op[3]
            if kind == "a" and entity == "attachments":
                # content-addressed: the hash names the bytes; the metadata row is whichever
                # copy arrived first on each device (the same bytes attached on two devices),
                # so it is not part of the proof (the events that link an attachment are)
                values = {"sha256": dict(zip(cols or [], row or [], strict=True)).get("sha256")}
            else:
                assert cols is not None and row is not None and len(cols) == len(row)
                spec = specs.get((entity, id(cols)))
                if spec is None:
                    spec = specs[(entity, id(cols))] = _spec(cols, defaults_of(entity))
                values = {
                    c: v
                    for i, c, d in spec
                    if (v := row[i]) is not None and not (v == d and type(v) is type(d))
                }
        yield sha256(
            encode(
                [
                    device,
                    op[1],
                    op[2],
                    op[3],
                    None if kind == "a" else op[4],
                    op[5],
                    kind,
                    op[7] if kind == "s" else None,
                    op[8],
                    op[9],
                    values,
                ]
            ).encode()
        ).digest()


_NO_DEFAULT = object()
_SPECS: dict[tuple[str, ...], tuple[dict[str, Any], list[tuple[int, str, Any]]]] = {}


def _spec(cols: list[str], defaults: dict[str, Any]) -> list[tuple[int, str, Any]]:
    """(index, column, default) in column-name order, once per column list and defaults."""
    key = tuple(cols)
    found = _SPECS.get(key)
    if found is not None and (found[0] is defaults or found[0] == defaults):
        return found[1]
    if len(_SPECS) > 256:
        _SPECS.clear()
    order = sorted(range(len(cols)), key=cols.__getitem__)
    spec = [(i, cols[i], defaults.get(cols[i], _NO_DEFAULT)) for i in order]
    _SPECS[key] = (defaults, spec)
    return spec


def chain(prev: str, hashes: list[bytes]) -> str:
    h = bytes.fromhex(prev)
    for x in hashes:
        h = hashlib.sha256(h + x).digest()
    return h.hex()


class Defaults:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, dict[str, Any]] = {}

    def __call__(self, entity: str) -> dict[str, Any]:
        if entity not in self.cache:
            from desktop.sync.apply import column_defaults

            self.cache[entity] = column_defaults(self.store, entity)
        return self.cache[entity]


def with_rows(body: Body) -> Any:
    """(op, cols, row) for every op of a body (rows paired with their 'c'/'a' ops in order)."""
    cursors = {e: iter(s["data"]) for e, s in body.rows.items()}
    for op in body.ops:
        entity, kind = op[3], op[6]
        if kind in ("c", "a"):
            yield op, body.rows[entity]["cols"], next(cursors[entity])
        else:
            yield op, None, None


def body_hashes(store: Store, body: Body) -> list[bytes]:
    """The hash of every op of a body."""
    devices = body.devices
    return list(
        hash_ops(
            ((devices[op[0]], op, cols, row_values(row)) for op, cols, row in with_rows(body)),
            Defaults(store),
        )
    )
