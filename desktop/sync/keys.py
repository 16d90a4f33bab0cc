"""Device and county keys: Ed25519 for signatures, X25519 for encryption to recipients.

Private key material of this device is read in exactly one place, `private_keys()`, through a
`KeyProtector`: the hub's (set_database_protector), else, when the signed-in session's
database is encrypted, one that wraps keys with its data key (security/sealing.py), else none. The county's key pair lives in a file the county admin keeps (`CountyKey`).
`cryptography` is imported lazily: these modules are not on the GUI start-up path.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.store.changelog import now_iso
from desktop.store.repo import Store


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError, AttributeError) as exc:
        raise UserError(N_("文件内容无效（密钥编码错误）")) from exc


def canonical(value: Any) -> bytes:
    """The bytes that are signed: stable JSON (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of a public key (to compare by phone or on paper)."""
    digest = hashlib.sha256(public).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


# --- protection of private keys at rest ---------------------------------------------------


class KeyProtector(Protocol):
    name: str

    def wrap(self, secret: bytes) -> bytes: ...

    def unwrap(self, stored: bytes, protection: str) -> bytes: ...


class _Plain:
    name = "none"

    def wrap(self, secret: bytes) -> bytes:
        return secret

    def unwrap(self, stored: bytes, protection: str) -> bytes:
        if protection != "none":
            raise UserError(N_("本机密钥已加密保护，请先登录后再同步"))
        return stored


_PLAIN: KeyProtector = _Plain()


_by_database: dict[str, KeyProtector] = {}


def set_database_protector(path: str | os.PathLike[str], protector: KeyProtector | None) -> None:
    """The protector of one database's keys (the hub's, sealed with its key file), before the
    process-wide one; None removes it."""
    key = os.path.realpath(path)
    if protector is None:
        _by_database.pop(key, None)
    else:
        _by_database[key] = protector


def _protector_of(store: Store) -> KeyProtector:
    if _by_database and store.path is not None:
        found = _by_database.get(os.path.realpath(store.path))
        if found is not None:
            return found
    # The signed-in session's: keys wrapped with the data key of an encrypted database
    # (asked here, so that the security package knows nothing of sync).
    from desktop.security import session
    from desktop.security.sealing import DataKeyProtector

    current = session.current()
    if current is not None and current.encrypted:
        return DataKeyProtector(current.db_path)
    return _PLAIN


def reseal(store: Store) -> int:
    """Wrap again, with the store's protector, private keys stored another way (e.g. in the
    clear); returns how many were changed."""
    protector = _protector_of(store)
    rows = store.conn.execute(
        "SELECT kind, secret, protection FROM sync_keys WHERE protection != ?", (protector.name,)
    ).fetchall()
    if not rows:
        return 0
    with store.transaction() as conn:
        for kind, secret, protection in rows:
            plain = protector.unwrap(bytes(secret), protection)
            conn.execute(
                "UPDATE sync_keys SET secret=?, protection=? WHERE kind=?",
                (protector.wrap(plain), protector.name, kind),
            )
    return len(rows)


# --- this device's keys ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublicKeys:
    sign: bytes  # Ed25519, 32 bytes
    box: bytes  # X25519, 32 bytes


def public_keys(store: Store) -> PublicKeys | None:
    rows = {
        r["kind"]: bytes(r["public"])
        for r in store.conn.execute("SELECT kind, public FROM sync_keys")
    }
    if set(rows) != {"sign", "box"}:
        return None
    return PublicKeys(rows["sign"], rows["box"])


def ensure_device_keys(store: Store) -> PublicKeys:
    """This device's public keys, making the key pairs on first use."""
    existing = public_keys(store)
    if existing is not None:
        return existing
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    raw = serialization.Encoding.Raw
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    rows = []
    for kind, key in (("sign", sign), ("box", box)):
        secret = key.private_bytes(
            raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
        protector = _protector_of(store)
        rows.append((kind, public, protector.wrap(secret), protector.name, now_iso()))
    with store.transaction():
        store.conn.execute("DELETE FROM sync_keys")
        store.conn.executemany(
            "INSERT INTO sync_keys(kind, public, secret, protection, created_at) VALUES (?,?,?,?,?)",
            rows,
        )
    result = public_keys(store)
    assert result is not None
    return result


@dataclass(frozen=True)
class PrivateKeys:
    sign: Any  # Ed25519PrivateKey
    box: Any  # X25519PrivateKey


def private_keys(store: Store) -> PrivateKeys:
    """THE one function that reads this device's private key material."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    rows = {
        r["kind"]: (bytes(r["secret"]), r["protection"])
        for r in store.conn.execute("SELECT kind, secret, protection FROM sync_keys")
    }
    if set(rows) != {"sign", "box"}:
        raise UserError(N_("本机还没有同步密钥，请先生成注册申请"))
    protector = _protector_of(store)
    sign = Ed25519PrivateKey.from_private_bytes(protector.unwrap(*rows["sign"]))
    box = X25519PrivateKey.from_private_bytes(protector.unwrap(*rows["box"]))
    return PrivateKeys(sign, box)


def signer(store: Store) -> Callable[[bytes], bytes]:
    key = private_keys(store).sign
    return key.sign


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- the county's key (kept by the county admin, in a file) -------------------------------

COUNTY_KEY_TYPE = "kcbx-county-key"


@dataclass(frozen=True)
class CountyKey:
    code: str
    name: str
    public: bytes
    secret: bytes | None  # None when only the public part is known

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        if self.secret is None:
            raise UserError(N_("没有县级签发密钥的私钥部分，不能签发注册文件"))
        return Ed25519PrivateKey.from_private_bytes(self.secret).sign(data)


COUNTY_KEY_PURPOSE = "kcbx-county-key"


def create_county_key(
    path: str | os.PathLike[str], *, code: str, name: str, password: str | None = None
) -> CountyKey:
    """Make the county's key pair once and write it to a new file (readable by its owner only).

    With a password (as `kcbx sync county-init` always gives), the private key is sealed under
    it (Argon2id + AES-GCM): a copied key file is useless without the password."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path)
    if path.exists():
        raise UserError(Msg("文件已存在：{path}。县级密钥只生成一次，请勿覆盖", path=path))
    key = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    secret = key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    data: dict[str, Any] = {
        "type": COUNTY_KEY_TYPE,
        "v": 1,
        "county": {"code": code, "name": name},
        "public": b64(public),
        "created_at": now_iso(),
    }
    if password is None:
        data["secret"] = b64(secret)
    else:
        from desktop.security.sealing import seal_with_password

        data["secret_sealed"] = seal_with_password(
            secret, password, purpose=COUNTY_KEY_PURPOSE
        ).decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    return CountyKey(code, name, public, secret)


def load_county_key(
    path: str | os.PathLike[str], *, password: Callable[[], str] | str | None = None
) -> CountyKey:
    """The county key of a file; a sealed private key is opened with `password` (a string or
    a function asked only when the file is sealed)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(Msg("无法读取县级密钥文件：{path}", path=path)) from exc
    if not isinstance(data, dict) or data.get("type") != COUNTY_KEY_TYPE:
        raise UserError(Msg("不是县级密钥文件：{path}", path=path))
    county = data.get("county") or {}
    secret = unb64(data["secret"]) if data.get("secret") else None
    if data.get("secret_sealed"):
        if password is None:
            raise UserError(N_("县级密钥文件已用密码保护，需要输入县级密钥的密码"))
        from desktop.security.sealing import open_with_password

        given = password() if callable(password) else password
        secret = open_with_password(
            str(data["secret_sealed"]).encode(), given, purpose=COUNTY_KEY_PURPOSE
        )
    return CountyKey(
        str(county.get("code", "")),
        str(county.get("name", "")),
        unb64(data["public"]),
        secret,
    )
