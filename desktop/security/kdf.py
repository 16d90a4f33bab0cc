"""Passwords and recovery keys: a memory-hard KDF (Argon2id) and AES-GCM key wrapping.

A password never unlocks anything directly: Argon2id turns it (with a random salt) into a
key-encryption key, which unwraps the database's random data key. The cost is set so one
guess takes a few tenths of a second and 64 MiB on a laptop; it is stored with each wrapped
key so it can be raised later without breaking old keyrings.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass

from desktop.domain.errors import UserError
from desktop.domain.text import N_

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class Params:
    """Argon2id cost: time (passes), memory (KiB), parallelism (lanes)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def check(self) -> None:
        """Refuse costs that are absurd (a hostile file could ask for 1 TB of memory)."""
        if not (1 <= self.time_cost <= 20):
            raise ValueError("time_cost out of range")
        if not (1 <= self.parallelism <= 16):
            raise ValueError("parallelism out of range")
        if not (8 * self.parallelism <= self.memory_kib <= 2 * 1024 * 1024):
            raise ValueError("memory_kib out of range")


# The cost of new wrapped keys and password hashes. Tests lower it (tests/security/conftest.py).
DEFAULT = Params()


class PasswordTooWeak(UserError):
    pass


_COMMON = {"12345678", "123456789", "1234567890", "88888888", "11111111", "password", "qwertyui"}


def check_new_password(password: str) -> None:
    """The rules for a new password (long enough, not a well-known one)."""
    if len(password) < 8:
        raise PasswordTooWeak(N_("密码至少需要8位"))
    if len(password) > 256:
        raise PasswordTooWeak(N_("密码太长（最多256位）"))
    if password.lower() in _COMMON or len(set(password)) < 3:
        raise PasswordTooWeak(N_("密码太简单，请换一个不容易被猜到的密码"))


def derive(password: str, salt: bytes, params: Params) -> bytes:
    """A 32-byte key-encryption key from a password (Argon2id)."""
    from argon2.low_level import Type, hash_secret_raw

    params.check()
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def hash_password(password: str) -> str:
    """A self-describing Argon2id hash (PHC string) for the users table."""
    from argon2 import PasswordHasher

    p = DEFAULT
    return PasswordHasher(
        time_cost=p.time_cost, memory_cost=p.memory_kib, parallelism=p.parallelism
    ).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError, ValueError):
        return False


def wrap(kek: bytes, secret: bytes, *, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt `secret` under `kek` (AES-256-GCM); return (nonce, ciphertext+tag)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, secret, aad)


def unwrap(kek: bytes, nonce: bytes, wrapped: bytes, *, aad: bytes) -> bytes | None:
    """The secret, or None if the key is wrong or anything was tampered with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except (InvalidTag, ValueError):
        return None


def subkey(key: bytes, purpose: str) -> bytes:
    """A key for one purpose derived from the data key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(key)


# --- recovery keys -------------------------------------------------------------------------
# 20 random bytes (160 bits) in base32, then a 4-character check group, in groups of four:
# ABCD-EFGH-…-WXYZ-CHK1. Typed back in, 0/1/8 are read as O/I/B and spaces and case ignored,
# and a typo is caught by the check group before any key is tried.

RECOVERY_BYTES = 20
_B32 = re.compile(r"[A-Z2-7]+")


def _check_group(raw: bytes) -> str:
    return base64.b32encode(hashlib.sha256(b"kcbx-recovery" + raw).digest())[:4].decode()


def new_recovery_key() -> tuple[str, bytes]:
    """A fresh recovery key: (the text to print, its bytes)."""
    raw = secrets.token_bytes(RECOVERY_BYTES)
    return format_recovery_key(raw), raw


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode() + _check_group(raw)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


class BadRecoveryKey(UserError):
    pass


def parse_recovery_key(text: str) -> bytes:
    """The bytes of a typed recovery key, or BadRecoveryKey saying what is wrong."""
    if not isinstance(text, str) or len(text) > 200:
        raise BadRecoveryKey(N_("恢复密钥格式不对：应为36个字母和数字（每4个一组）"))
    cleaned = re.sub(r"[\s\-–—_]", "", text).upper().translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 36 or not _B32.fullmatch(cleaned):
        raise BadRecoveryKey(N_("恢复密钥格式不对：应为36个字母和数字（每4个一组）"))
    raw = base64.b32decode(cleaned[:32])
    if _check_group(raw) != cleaned[32:]:
        raise BadRecoveryKey(N_("恢复密钥有误（校验不符），请逐组核对后重新输入"))
    return raw


def recovery_kek(raw: bytes, salt: bytes) -> bytes:
    """The key-encryption key of a recovery key (160 random bits need no slow KDF)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"kcbx recovery key"
    ).derive(raw)


def key_id(key: bytes) -> str:
    """A short public name of a data key (to match a backup with its keyring)."""
    return hashlib.sha256(b"kcbx-key-id" + key).hexdigest()[:16]
