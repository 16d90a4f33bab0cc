"""The inside of a bundle: a manifest and a body (ops, appended rows, files).

    plaintext = u32 manifest length | manifest (JSON) | u64 body-JSON length | body JSON | blobs

The manifest's `payload_sha256` is the SHA-256 of everything after the manifest. Body JSON:

    {"devices": [device id, ...],                       origins, referenced by index
     "ops": [[origin, seq, hlc, entity, row_id, field, kind, value, base, actor], ...],
     "rows": {entity: {"cols": [...], "data": [[...], ...]}},   one row per 'c' or 'a' op
     "files": {sha256: [offset, size]},                 attachment bytes, once per hash
     "segments": [[origin, first, last, prev, signed_at, sig, gaps], ...],  proof of origin
     "certs": {device id: signed certificate},          of every origin with a segment
     "revocations": [county-signed revocation, ...]}    (origin.py; format 2)

The rows of an entity are those of its 'c' (create) or 'a' (append) ops, in op order: a created
record as it was made (synced fields and created_at, created_by, device_id), an appended row
whole (so an 'a' op's row_id is null: the row holds it). An 's' op's value is the JSON of the
column value; 'c' and 'a' ops carry none.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.text import N_, Msg
from desktop.sync.envelope import BundleRefused

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")
OP_FIELDS = ("origin", "seq", "hlc", "entity", "row_id", "field", "kind", "value", "base", "actor")


@dataclass
class Body:
    devices: list[str] = field(default_factory=list)
    ops: list[list[Any]] = field(default_factory=list)
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    segments: list[list[Any]] = field(default_factory=list)
    certs: dict[str, Any] = field(default_factory=dict)
    revocations: list[Any] = field(default_factory=list)


class RawRow(str):
    """A row of a body already as its JSON array (made by SQLite's json_array): packed as it is.
    `values` reads it back."""

    __slots__ = ()

    def values(self) -> list[Any]:
        return list(json.loads(self))


def row_values(row: Any) -> Any:
    """A body row's values (a RawRow read back; any other row as it is)."""
    return row.values() if type(row) is RawRow else row


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _rows_json(rows: dict[str, dict[str, Any]]) -> bytes:
    """The body's "rows" as JSON; RawRows go in as they are."""
    out = []
    for entity, section in rows.items():
        data = section["data"]
        if not any(type(r) is RawRow for r in data):
            out.append(_dumps(entity) + b":" + _dumps(section))
            continue
        rest = {k: v for k, v in section.items() if k != "data"}
        items = ",".join(r if type(r) is RawRow else _dumps(r).decode() for r in data)
        head = _dumps(rest)[:-1] + (b',"data":[' if rest else b'"data":[')
        out.append(_dumps(entity) + b":" + head + items.encode() + b"]}")
    return b"{" + b",".join(out) + b"}"


def pack_pieces(manifest: dict[str, Any], body: Body) -> list[bytes]:
    """The plaintext in pieces (length and manifest, body length, body JSON, each file): they
    go to the compressor one after another, a large bundle's plaintext is never joined."""
    files: dict[str, list[int]] = {}
    offset = 0
    for sha, data in body.blobs.items():
        files[sha] = [offset, len(data)]
        offset += len(data)
    # the body's JSON in pieces, keys in this order; the rows may be JSON already (RawRow)
    body_json = [
        b'{"devices":' + _dumps(body.devices),
        b',"ops":' + _dumps(body.ops),
        b',"rows":' + _rows_json(body.rows),
        b',"files":' + _dumps(files),
        b',"segments":' + _dumps(body.segments),
        b',"certs":' + _dumps(body.certs),
        b',"revocations":' + _dumps(body.revocations) + b"}",
    ]
    size = sum(map(len, body_json))
    rest = [_U64.pack(size), *body_json, *body.blobs.values()]
    digest = hashlib.sha256()
    for piece in rest:
        digest.update(piece)
    manifest = {
        **manifest,
        "payload_sha256": digest.hexdigest(),
        "payload_size": sum(len(piece) for piece in rest),
    }
    head = _dumps(manifest)
    return [_U32.pack(len(head)) + head, *rest]


def pack(manifest: dict[str, Any], body: Body) -> bytes:
    return b"".join(pack_pieces(manifest, body))


def _damaged(what: str) -> BundleRefused:
    return BundleRefused(Msg("同步包内容无效（{what}）", what=what), "damaged")


def unpack_manifest(plain: bytes) -> tuple[dict[str, Any], memoryview]:
    if len(plain) < _U32.size:
        raise _damaged(N_("清单缺失"))
    (mlen,) = _U32.unpack_from(plain)
    try:
        manifest = json.loads(plain[_U32.size : _U32.size + mlen])
    except ValueError as exc:
        raise _damaged(N_("清单无法读取")) from exc
    if not isinstance(manifest, dict):
        raise _damaged(N_("清单格式错误"))
    rest = memoryview(plain)[_U32.size + mlen :]
    if hashlib.sha256(rest).hexdigest() != manifest.get("payload_sha256") or len(
        rest
    ) != manifest.get("payload_size"):
        raise BundleRefused(N_("同步包内容的校验值不符（文件已损坏或被改动）"), "bad_hash")
    return manifest, rest


def unpack_body(rest: memoryview) -> Body:
    if len(rest) < _U64.size:
        raise _damaged(N_("正文缺失"))
    (jlen,) = _U64.unpack_from(rest)
    try:
        data = json.loads(bytes(rest[_U64.size : _U64.size + jlen]))
        blob_area = rest[_U64.size + jlen :]
        blobs = {}
        for sha, (offset, size) in data.get("files", {}).items():
            chunk = bytes(blob_area[offset : offset + size])
            if len(chunk) != size or hashlib.sha256(chunk).hexdigest() != sha:
                raise _damaged(N_("附件校验值不符"))
            blobs[sha] = chunk
        segments, certs = data.get("segments") or [], data.get("certs") or {}
        revocations = data.get("revocations") or []
        if not (
            isinstance(segments, list) and isinstance(certs, dict) and isinstance(revocations, list)
        ):
            raise _damaged(N_("来源签名"))
        return Body(
            list(data["devices"]),
            data["ops"],
            data.get("rows", {}),
            blobs,
            segments,
            certs,
            revocations,
        )
    except BundleRefused:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise _damaged(N_("正文无法读取")) from exc
