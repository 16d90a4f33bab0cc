"""A large bundle is compressed by two zlib compressors at once (envelope._zlib_two_at_once):
one stream any zlib reads back, whatever the cut between the halves."""

from __future__ import annotations

import os
import zlib

import pytest

from desktop.sync import envelope
from desktop.sync.envelope import BundleRefused


@pytest.mark.parametrize(
    "pieces",
    [
        [b"a"],
        [b"ab", b""],
        [b"", b"abc", b"", b"d"],
        [os.urandom(5000), b"x" * 70000, "控辍保学".encode() * 999],
        [b"{" * 3, os.urandom(1), b"}" * 4, os.urandom(65536 * 3 + 1)],
    ],
)
def test_two_halves_make_one_stream(pieces: list[bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "TWO_AT_ONCE_ABOVE", -1)
    packed = envelope.compress(pieces, "zlib")
    whole = b"".join(pieces)
    assert zlib.decompress(packed) == whole
    assert envelope.decompress(packed, "zlib", limit=2**31 - 1) == whole
    first, second = envelope._halves(pieces)
    assert b"".join(bytes(v) for v in first + second) == whole
    assert abs(sum(map(len, first)) - sum(map(len, second))) <= 1


def test_a_large_plaintext_goes_two_at_once_and_a_bad_checksum_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = envelope._zlib_two_at_once

    def spy(pieces, level):  # type: ignore[no-untyped-def]
        calls.append(level)
        return real(pieces, level)

    monkeypatch.setattr(envelope, "_zlib_two_at_once", spy)
    big = [b'{"ops":[' + b'[0,1,"x","children",null],' * 400000, b"]}"]
    packed = envelope.compress(big, "zlib")
    assert calls == [1]  # above ZLIB_FAST_ABOVE: level 1
    assert envelope.decompress(packed, "zlib", limit=2**31 - 1) == b"".join(big)
    bad = packed[:-1] + bytes([packed[-1] ^ 1])
    with pytest.raises(BundleRefused):
        envelope.decompress(bad, "zlib", limit=2**31 - 1)
    calls.clear()
    envelope.compress([b"small"], "zlib")
    assert calls == []
