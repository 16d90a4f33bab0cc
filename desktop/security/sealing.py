"""Protecting other secrets (the sync worker's device keys, the county key file).

- `DataKeyProtector(db_path)` implements desktop.sync.keys.KeyProtector: private keys stored
  in the database are wrapped with a key derived from the database's data key (so a copy of
  the `sync_keys` rows, e.g. in a log or a bundle by mistake, is useless). It reads legacy
  rows stored with protection "none". Installed by `session.activate()` on an encrypted
  database.
- `seal_with_password()` / `open_with_password()`: a small self-describing blob (Argon2id +
  AES-256-GCM) for secrets kept in files, such as the county's signing key.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.text import N_
from desktop.security import cipher, kdf

PROTECTION = "datakey-v1"
_NONCE = kdf.NONCE_BYTES


class DataKeyProtector:
    """Wraps secrets with the data key of an unlocked encrypted database."""

    name = PROTECTION

    def __init__(self, db_path: str | Path, *, purpose: str = "sync-device-keys") -> None:
        self.db_path = Path(db_path)
        self.purpose = purpose

    def _key(self) -> bytes:
        key = cipher.key_for(self.db_path)
        if key is None:
            raise UserError(N_("数据库已锁定或未登录，无法使用本机密钥"))
        return kdf.subkey(key, "kcbx/" + self.purpose)

    def wrap(self, secret: bytes) -> bytes:
        nonce, wrapped = kdf.wrap(self._key(), secret, aad=self.purpose.encode())
        return nonce + wrapped

    def unwrap(self, stored: bytes, protection: str) -> bytes:
        if protection == "none":
            return stored
        if protection != PROTECTION or len(stored) < _NONCE + 16:
            raise UserError(N_("本机密钥的保护方式不受支持，请重新注册本机"))
        secret = kdf.unwrap(
            self._key(), stored[:_NONCE], stored[_NONCE:], aad=self.purpose.encode()
        )
        if secret is None:
            raise UserError(N_("本机密钥无法解开（与此数据库的密钥不符）"))
        return secret


SEALED_FORMAT = "kcbx-sealed"


def seal_with_password(data: bytes, password: str, *, purpose: str) -> bytes:
    """`data` encrypted under `password` (Argon2id), as a small JSON document."""
    kdf.check_new_password(password)
    salt = secrets.token_bytes(kdf.SALT_BYTES)
    p = kdf.DEFAULT
    nonce, wrapped = kdf.wrap(kdf.derive(password, salt, p), data, aad=purpose.encode())
    doc = {
        "format": SEALED_FORMAT,
        "version": 1,
        "purpose": purpose,
        "kdf": {"alg": "argon2id", "t": p.time_cost, "m": p.memory_kib, "p": p.parallelism},
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "data": base64.b64encode(wrapped).decode(),
    }
    return json.dumps(doc).encode()


def open_with_password(blob: bytes, password: str, *, purpose: str) -> bytes:
    """The sealed data, or UserError (wrong password, damaged or foreign file)."""
    bad = UserError(N_("文件已损坏或不是加密保存的密钥文件"))
    try:
        doc = json.loads(blob.decode("utf-8")) if len(blob) < 1 << 20 else None
        if (
            not isinstance(doc, dict)
            or doc.get("format") != SEALED_FORMAT
            or doc.get("version") != 1
        ):
            raise bad
        if doc.get("purpose") != purpose:
            raise UserError(N_("这个文件不是所需的密钥文件（用途不符）"))
        alg = doc["kdf"]
        if not isinstance(alg, dict) or alg.get("alg") != "argon2id":
            raise bad
        params = kdf.Params(int(alg["t"]), int(alg["m"]), int(alg["p"]))
        params.check()
        salt = base64.b64decode(doc["salt"], validate=True)
        nonce = base64.b64decode(doc["nonce"], validate=True)
        data = base64.b64decode(doc["data"], validate=True)
        if len(salt) != kdf.SALT_BYTES or len(nonce) != _NONCE:
            raise bad
    except UserError:
        raise
    except (ValueError, TypeError, KeyError, UnicodeDecodeError, RecursionError):
        raise bad from None
    out = kdf.unwrap(kdf.derive(password, salt, params), nonce, data, aad=purpose.encode())
    if out is None:
        raise UserError(N_("密码错误"))
    return out
