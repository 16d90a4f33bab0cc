"""A bundle's plaintext goes to the compressor in pieces (payload.pack_pieces,
envelope.compress): never joined, and read back exactly as one joined piece would be."""

from __future__ import annotations

import hashlib
import os
import zlib
from pathlib import Path

import pytest
from synckit import County, child, know, make_county

from desktop.sync import enrol, envelope, export, keys
from desktop.sync.payload import Body, pack, pack_pieces, unpack_body, unpack_manifest


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def a_body() -> Body:
    body = Body(devices=["甲设备"])
    body.ops = [
        [0, n, f"{n:016x}", "children", f"id-{n}", "name", "s", f'"学生{n}"', None, "甲"]
        for n in range(1, 2001)
    ]
    files = [os.urandom(3000), b"\x00" * 70000]
    body.blobs = {hashlib.sha256(f).hexdigest(): f for f in files}
    return body


def test_the_pieces_are_the_plaintext(monkeypatch):
    body = a_body()
    pieces = pack_pieces({"bundle_id": "x"}, body)
    # manifest, body length, the body JSON in 7 pieces (one per key), two files
    assert len(pieces) == 11 and pieces[-2:] == list(body.blobs.values())
    plain = b"".join(pieces)
    assert plain == pack({"bundle_id": "x"}, body)
    manifest, rest = unpack_manifest(plain)  # the digest covers every piece after the manifest
    back = unpack_body(rest)
    assert back.ops == body.ops and back.blobs == body.blobs and manifest["bundle_id"] == "x"


@pytest.mark.parametrize("method", ["zlib", "lzma"])
def test_compressed_in_pieces_reads_back_whole(method):
    pieces = pack_pieces({}, a_body())
    packed = envelope.compress(pieces, method)
    whole = envelope.decompress(packed, method, limit=2**31 - 1)
    assert whole == b"".join(pieces)
    if method == "zlib":
        assert zlib.decompress(packed) == whole


def test_a_sealed_bundle_from_pieces_opens(county: County, tmp_path: Path):
    a = county.device(tmp_path / "甲.db", name="甲")
    b = county.device(tmp_path / "乙.db", name="乙")
    try:
        child(a)
        know(a, b)
        cert = enrol.peer_cert(a, b.device_id)
        assert cert is not None
        prepared = export.prepare(a, [cert])
        assert prepared is not None and prepared.timings.keys() >= {"read", "body", "seal"}
        env = envelope.read(prepared.data)
        plain = envelope.open_for(
            env, device_id=b.device_id, box_key=keys.private_keys(b).box, limit=2**31 - 1
        )
        manifest, rest = unpack_manifest(plain)
        assert manifest["op_count"] == len(unpack_body(rest).ops) == prepared.op_count > 0
    finally:
        a.close()
        b.close()
