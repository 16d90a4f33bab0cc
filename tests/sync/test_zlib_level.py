"""A large bundle is compressed fast (zlib level 1), a small one small (level 6); both read back."""

import json
import random
import zlib

from desktop.sync import envelope, importer


def _text(n: int) -> bytes:
    rng = random.Random(3)
    rows = []
    size = 0
    while size < n:
        row = json.dumps(
            [rng.randrange(10**6), "contact", f"{rng.randrange(10**17):018d}", "张三丰"],
            ensure_ascii=False,
        ).encode()
        rows.append(row)
        size += len(row)
    return b"\n".join(rows)


def test_the_level_follows_the_size() -> None:
    assert envelope.zlib_level(1024) == 6
    assert envelope.zlib_level(envelope.ZLIB_FAST_ABOVE) == 6
    assert envelope.zlib_level(envelope.ZLIB_FAST_ABOVE + 1) == 1


def test_a_large_bundle_at_level_1_reads_back() -> None:
    text = _text(envelope.ZLIB_FAST_ABOVE + 100_000)
    pieces = [text[i : i + 1_000_000] for i in range(0, len(text), 1_000_000)]
    packed = envelope.compress(pieces, "zlib")
    # level 1 (two halves at once: envelope._zlib_two_at_once), about one call's size
    one_call = zlib.compress(text, 1)
    assert zlib.decompress(packed) == text and packed[:2] == one_call[:2] == b"\x78\x01"
    assert len(one_call) <= len(packed) <= len(one_call) * 1.01 + 64
    assert len(packed) > len(zlib.compress(text, 6)) * 1.05
    assert envelope.decompress(packed, "zlib", limit=importer.MAX_PLAINTEXT) == text
    small = _text(100_000)
    assert envelope.compress(small, "zlib") == zlib.compress(small, 6)
