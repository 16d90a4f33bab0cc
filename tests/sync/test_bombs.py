"""Decompression bombs: a signed bundle from an enrolled laptop whose payload inflates far past
any real bundle is refused after a bounded amount of output, decompressed in pieces (and on the
hub before the county's lock is taken)."""

from __future__ import annotations

import tracemalloc
import zlib
from pathlib import Path

import pytest
from synckit import County, child, dump, know, make_county

from desktop.sync import enrol, envelope, export, importer
from desktop.sync.envelope import BundleRefused

BOMB = 400 * 1024 * 1024  # bytes of zeros once inflated


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def zlib_bomb(size: int) -> bytes:
    comp = zlib.compressobj(9)
    zeros = bytes(16 * 1024 * 1024)
    parts = [comp.compress(zeros) for _ in range(size // len(zeros))]
    return b"".join(parts) + comp.flush()


def test_a_bomb_is_refused_with_bounded_memory(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    k = county.device(tmp_path / "k.db", role="county")
    b = county.device(tmp_path / "b.db")
    child(b)
    bomb = zlib_bomb(BOMB)
    assert len(bomb) * 1000 < BOMB
    know(b, k)
    monkeypatch.setattr(envelope, "compress", lambda data, method: bomb)
    prepared = export.prepare(b, [enrol.peer_cert(b, k.device_id)], force=True, compression="zlib")
    monkeypatch.undo()
    assert prepared is not None
    data = prepared.data
    before = dump(k)
    tracemalloc.start()
    try:
        with pytest.raises(BundleRefused) as refused:
            importer.import_bytes(k, data)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.reason == "too_large"
    assert "已拒收" in str(refused.value)
    cap = envelope.plaintext_cap(len(bomb), importer.MAX_PLAINTEXT)
    assert cap < BOMB / 10
    assert peak < 2 * cap + 16 * 1024 * 1024, peak
    assert dump(k) == before
    from desktop.sync import evidence

    assert [e["kind"] for e in evidence.events(k)] == ["too_large"]


@pytest.mark.parametrize("method", ["zlib", "lzma"])
def test_real_bundles_still_decompress(method: str) -> None:
    import os

    text = b"".join(os.urandom(8).hex().encode() + b'"children","s"' for _ in range(50000))
    packed = envelope.compress(text, method)
    assert envelope.decompress(packed, method, limit=importer.MAX_PLAINTEXT) == text
    with pytest.raises(BundleRefused) as refused:
        envelope.decompress(packed[:-10], method, limit=importer.MAX_PLAINTEXT)
    assert refused.value.reason == "damaged"
