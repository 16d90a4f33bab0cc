"""The outside of a bundle file: signed by the sender, encrypted to its recipients.

    MAGIC "KCBXBNDL" | u16 format | u32 header length | header (JSON) | ciphertext | signature

The header (readable without keys) names the bundle, the sender with its county certificate,
the compression and, per recipient, the content key wrapped for it (X25519 with an ephemeral
key, HKDF-SHA256, ChaCha20-Poly1305). The ciphertext is the compressed plaintext (manifest +
body, see payload.py) under ChaCha20-Poly1305 with the content key; the AEAD's associated data
is everything before the ciphertext. The Ed25519 signature covers every byte before it, so a
bundle is checked before anything is decrypted. docs/bundle-format.md is the reference.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.sync.keys import b64, unb64

MAGIC = b"KCBXBNDL"
FORMAT_VERSION = 2  # 2: every op carries its origin's signed segment (origin.py)
CIPHER = "X25519-HKDF-SHA256/ChaCha20-Poly1305"
WRAP_INFO = b"kcbx bundle v1 key wrap"
SIG_LEN = 64
AUTO_LZMA_LIMIT = 4 * 1024 * 1024  # plaintext bytes: lzma below (≈1.5 s), zlib above
ZLIB_FAST_ABOVE = 8 * 1024 * 1024  # plaintext bytes: zlib level 1 above (zlib_level)
_PREFIX = struct.Struct(">8sHI")


class BundleRefused(UserError):
    """A bundle that is not imported; str() says why in Chinese, `reason` is a short code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Envelope:
    format: int
    header: dict[str, Any]
    signed: bytes  # every byte the signature covers
    ciphertext: bytes
    signature: bytes

    @property
    def aad(self) -> bytes:
        return self.signed[: len(self.signed) - len(self.ciphertext)]


def seal(
    plaintext: bytes | Sequence[bytes],
    *,
    header: dict[str, Any],
    recipients: list[tuple[str, bytes]],
    sign: Any,
    compression: str = "auto",
) -> bytes:
    """Compress, encrypt to `recipients` [(device id, X25519 public key)], sign with `sign`.
    `plaintext`: bytes, or its pieces in order (compressed one after another, never joined)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    if not recipients:
        raise UserError(N_("同步包至少需要一个接收设备"))
    if compression == "auto":  # small bundles travel by e-mail and WeChat: make them smaller
        size = len(plaintext) if isinstance(plaintext, bytes) else sum(map(len, plaintext))
        compression = "lzma" if size <= AUTO_LZMA_LIMIT else "zlib"
    packed = compress(plaintext, compression)
    content_key = ChaCha20Poly1305.generate_key()
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    wrapped = []
    for device_id, box_pub in recipients:
        kek = _kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(box_pub)), eph_pub, box_pub)
        nonce = os.urandom(12)
        key = ChaCha20Poly1305(kek).encrypt(nonce, content_key, header["bundle_id"].encode())
        wrapped.append({"device_id": device_id, "nonce": b64(nonce), "key": b64(key)})
    nonce = os.urandom(12)
    full_header = {
        **header,
        "cipher": CIPHER,
        "compression": compression,
        "ephemeral": b64(eph_pub),
        "nonce": b64(nonce),
        "recipients": wrapped,
        # ChaCha20-Poly1305 adds a 16-byte tag
        "size": len(packed) + 16,
    }
    head = json.dumps(full_header, ensure_ascii=False, sort_keys=True).encode()
    aad = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)) + head
    ciphertext = ChaCha20Poly1305(content_key).encrypt(nonce, packed, aad)
    signed = aad + ciphertext
    return signed + sign(signed)


def _kek(shared: bytes, eph_pub: bytes, box_pub: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=eph_pub + box_pub, info=WRAP_INFO).derive(shared)


def zlib_level(size: int) -> int:
    """zlib's level for `size` plaintext bytes: 6 for a bundle that may travel by e-mail or
    WeChat; 1 above ZLIB_FAST_ABOVE (a first sync, by hub or USB): ~2.6× faster for ~16 % more
    bytes (a township laptop's first bundle: 20.8 MB → 0.37 s and 3.0 MB at 6, 0.14 s and
    3.5 MB at 1). Any level reads back the same."""
    return 1 if size > ZLIB_FAST_ABOVE else 6


TWO_AT_ONCE_ABOVE = 8 * 1024 * 1024  # plaintext bytes: zlib compresses two halves at once


def _halves(pieces: Sequence[bytes]) -> tuple[list[memoryview], list[memoryview]]:
    """The pieces' bytes cut in two halves (views, no copies)."""
    half = sum(map(len, pieces)) // 2
    first: list[memoryview] = []
    second: list[memoryview] = []
    seen = 0
    for piece in pieces:
        view = memoryview(piece)
        if seen >= half:
            second.append(view)
        elif seen + len(view) <= half:
            first.append(view)
        else:
            first.append(view[: half - seen])
            second.append(view[half - seen :])
        seen += len(view)
    return first, second


def _deflate(pieces: Sequence[memoryview], level: int, mode: int) -> bytes:
    comp = zlib.compressobj(level, zlib.DEFLATED, -15)  # raw deflate: no header, no checksum
    return b"".join([*(comp.compress(piece) for piece in pieces), comp.flush(mode)])


def _zlib_two_at_once(pieces: Sequence[bytes], level: int) -> bytes:
    """One zlib stream made by two compressors at once (zlib lets go of the interpreter while
    it works): the first half ends on a byte boundary (Z_SYNC_FLUSH), the second half's blocks
    follow (they refer to nothing before them), then the Adler-32 of the whole, as pigz does.
    Any zlib reads it back."""
    from concurrent.futures import ThreadPoolExecutor

    first, second = _halves(pieces)
    with ThreadPoolExecutor(max_workers=1) as pool:
        head = pool.submit(_deflate, first, level, zlib.Z_SYNC_FLUSH)
        tail = _deflate(second, level, zlib.Z_FINISH)
        check = 1
        for piece in pieces:
            check = zlib.adler32(piece, check)
        body = head.result()
    return b"\x78\x01" + body + tail + struct.pack(">I", check)


def compress(data: bytes | Sequence[bytes], method: str) -> bytes:
    """`data` compressed whole (bytes) or piece by piece (a sequence of bytes, same stream)."""
    pieces = [data] if isinstance(data, bytes) else data
    if method == "zlib":
        size = sum(map(len, pieces))
        level = zlib_level(size)
        if size > TWO_AT_ONCE_ABOVE:
            return _zlib_two_at_once(pieces, level)
        if len(pieces) == 1:
            return zlib.compress(pieces[0], level)
        comp: Any = zlib.compressobj(level)
    elif method == "lzma":
        import lzma

        if len(pieces) == 1:
            return lzma.compress(pieces[0], preset=6)
        comp = lzma.LZMACompressor(preset=6)
    else:
        raise ValueError(method)
    return b"".join([*(comp.compress(piece) for piece in pieces), comp.flush()])


# A bundle's plaintext may be at most RATIO times its compressed size (real bundles: 8–13
# times), and never less than FLOOR: a decompression bomb is refused after at most that much
# output, decompressed in pieces, so one import's memory stays bounded.
RATIO = 50
FLOOR = 32 * 1024 * 1024
PIECE = 1024 * 1024


def plaintext_cap(compressed: int, limit: int) -> int:
    return min(limit, max(FLOOR, RATIO * compressed))


def decompress(data: bytes, method: str, *, limit: int) -> bytes:
    """Decompress in pieces; refuse ('too_large') as soon as the output passes the cap."""
    cap = plaintext_cap(len(data), limit)
    pieces: list[bytes] = []
    total = 0

    def take(out: bytes) -> None:
        nonlocal total
        total += len(out)
        if total > cap:
            raise BundleRefused(
                Msg(
                    "同步包解压后超过允许的大小（{mb} MB，压缩比异常，可能是恶意构造的文件），已拒收",
                    mb=cap // (1024 * 1024),
                ),
                "too_large",
            )
        pieces.append(out)

    try:
        if method == "zlib":
            d = zlib.decompressobj()
            rest = data
            while not d.eof:
                out = d.decompress(rest, PIECE)
                rest = d.unconsumed_tail
                take(out)
                if not out and not rest:
                    raise ValueError("incomplete")
            if d.unused_data:
                raise ValueError("trailing data")
            return b"".join(pieces)
        if method == "lzma":
            import lzma

            dec = lzma.LZMADecompressor()
            out = dec.decompress(data, max_length=PIECE)
            take(out)
            while not dec.eof:
                if dec.needs_input:
                    raise ValueError("incomplete")
                take(dec.decompress(b"", max_length=PIECE))
            return b"".join(pieces)
    except BundleRefused:
        raise
    except (zlib.error, ValueError, EOFError) as exc:
        raise BundleRefused(N_("同步包内容无法解压（文件已损坏）"), "damaged") from exc
    except Exception as exc:  # lzma.LZMAError
        raise BundleRefused(N_("同步包内容无法解压（文件已损坏）"), "damaged") from exc
    raise BundleRefused(
        Msg("同步包使用了不支持的压缩方式：{method}", method=method), "newer_format"
    )


def read(data: bytes) -> Envelope:
    """Parse the envelope (no keys needed); refuse what is not a whole bundle of a known format."""
    if not data.startswith(MAGIC[: min(len(data), len(MAGIC))]) or len(data) < 4:
        raise BundleRefused(N_("这不是控辍保学同步包文件"), "not_bundle")
    if len(data) < _PREFIX.size:
        raise BundleRefused(N_("同步包文件不完整（可能在拷贝时被截断）"), "truncated")
    magic, version, head_len = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise BundleRefused(N_("这不是控辍保学同步包文件"), "not_bundle")
    if version > FORMAT_VERSION:
        raise BundleRefused(
            Msg(
                "同步包格式版本 {version} 比本程序支持的 {FORMAT_VERSION} 新，请先升级程序再导入",
                version=version,
                FORMAT_VERSION=FORMAT_VERSION,
            ),
            "newer_format",
        )
    if version < 1:
        raise BundleRefused(N_("同步包格式版本无效（文件已损坏）"), "damaged")
    if version < FORMAT_VERSION:
        raise BundleRefused(
            Msg(
                "这是旧版程序导出的同步包（格式版本 {version}），其中的变更无法证明来自哪台设备，已拒收。请发送方升级程序后重新导出：升级后它会把自己的全部变更签名后重新发送，不会丢失任何数据",
                version=version,
            ),
            "old_format",
        )
    start = _PREFIX.size + head_len
    if len(data) < start + SIG_LEN:
        raise BundleRefused(N_("同步包文件不完整（可能在拷贝时被截断）"), "truncated")
    try:
        header = json.loads(data[_PREFIX.size : start].decode())
        size = int(header["size"])
        if not isinstance(header, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BundleRefused(N_("同步包文件头已损坏"), "damaged") from exc
    end = start + size
    if len(data) < end + SIG_LEN:
        raise BundleRefused(N_("同步包文件不完整（可能在拷贝时被截断）"), "truncated")
    if len(data) > end + SIG_LEN:
        raise BundleRefused(N_("同步包文件末尾有多余内容（文件已损坏或被改动）"), "damaged")
    return Envelope(version, header, data[:end], data[start:end], data[end:])


def open_for(envelope: Envelope, *, device_id: str, box_key: Any, limit: int) -> bytes:
    """Unwrap this device's content key and decrypt; refuse if the bundle is not for us."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    h = envelope.header
    mine = [r for r in h.get("recipients") or [] if r.get("device_id") == device_id]
    if not mine:
        names = [str(r.get("device_id", ""))[:8] for r in h.get("recipients") or []]
        raise BundleRefused(
            Msg("该同步包不是发给本机的（接收设备：{names}）", names=names or N_("无")),
            "wrong_recipient",
        )
    if h.get("cipher") != CIPHER:
        raise BundleRefused(
            Msg("同步包使用了不支持的加密方式：{cipher}", cipher=h.get("cipher")), "newer_format"
        )
    try:
        eph_pub = unb64(h["ephemeral"])
        box_pub = box_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        kek = _kek(box_key.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub, box_pub)
        content_key = ChaCha20Poly1305(kek).decrypt(
            unb64(mine[0]["nonce"]), unb64(mine[0]["key"]), str(h["bundle_id"]).encode()
        )
        packed = ChaCha20Poly1305(content_key).decrypt(
            unb64(h["nonce"]), envelope.ciphertext, envelope.aad
        )
    except (InvalidTag, KeyError, ValueError, UserError) as exc:
        raise BundleRefused(
            N_("无法解密同步包：它不是用本机密钥加密的，或文件已被改动"), "wrong_recipient"
        ) from exc
    return decompress(packed, str(h.get("compression", "zlib")), limit=limit)
