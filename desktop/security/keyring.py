"""The keyring file beside an encrypted database: the data key, wrapped once per unlocker.

The database is encrypted (SQLCipher) with one random 32-byte data key that never changes
when a password does. `kcbx.db.keyring` holds that key wrapped (AES-256-GCM) by each local
user's password-derived key (Argon2id) and by the printable recovery key. Adding a user,
changing a password or making a new recovery key rewrites this small file (atomically); the
database itself is not touched. The file holds no secret in the clear: without a password
or the recovery key it is useless.

Format (UTF-8 JSON, one object)::

    {"format": "kcbx-keyring", "version": 1, "key_id": "<16 hex>",
     "slots": [{"kind": "password", "user": "admin", "kdf": {"alg": "argon2id",
                "t": 3, "m": 65536, "p": 2}, "salt": b64, "nonce": b64, "wrapped": b64},
               {"kind": "recovery", "user": "", "kdf": {"alg": "hkdf-sha256"}, …}]}

`parse()` accepts exactly this and refuses anything else with a clear message.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.security import kdf
from desktop.store import files
from desktop.store.db import KEYRING_SUFFIX

FORMAT = "kcbx-keyring"
VERSION = 1
MAX_BYTES = 256 * 1024
MAX_SLOTS = 500
USERNAME = re.compile(r"[\w.\-]{1,32}")  # letters (any script), digits, _ . -


class KeyringError(UserError):
    """The keyring file is missing, damaged or not a keyring: nothing was changed."""


def keyring_path(db_path: str | Path) -> Path:
    return Path(str(db_path) + KEYRING_SUFFIX)


def normalise_username(name: str) -> str:
    name = unicodedata.normalize("NFC", name.strip())
    if not USERNAME.fullmatch(name):
        raise UserError(N_("用户名只能包含文字、数字、下划线、点和减号，最多32个字符"))
    return name


@dataclass(frozen=True)
class Slot:
    kind: str  # "password" | "recovery"
    user: str  # "" for the recovery slot
    kdf: kdf.Params | None  # None: the recovery key's HKDF
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, key_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{key_id}/{self.kind}/{self.user}".encode()

    def to_json(self) -> dict[str, Any]:
        alg = (
            {
                "alg": "argon2id",
                "t": self.kdf.time_cost,
                "m": self.kdf.memory_kib,
                "p": self.kdf.parallelism,
            }
            if self.kdf
            else {"alg": "hkdf-sha256"}
        )
        b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
        return {
            "kind": self.kind,
            "user": self.user,
            "kdf": alg,
            "salt": b64(self.salt),
            "nonce": b64(self.nonce),
            "wrapped": b64(self.wrapped),
        }


@dataclass(frozen=True)
class Keyring:
    key_id: str
    slots: tuple[Slot, ...]
    # failed sign-ins (count, time of the last): kept here as well as in the user's data folder,
    # so deleting a file does not lift the wait (desktop/security/throttle.py); no secret
    throttle: tuple[int, float] | None = None

    # --- making and changing -------------------------------------------------------------

    @classmethod
    def create(cls, key: bytes, *, user: str, password: str, recovery: bytes) -> Keyring:
        ring = cls(kdf.key_id(key), ())
        return ring.with_password(user, password, key).with_recovery(recovery, key)

    def with_password(self, user: str, password: str, key: bytes) -> Keyring:
        """A keyring where `user`'s password (new or changed) unwraps `key`."""
        self._check_key(key)
        user = normalise_username(user)
        params = kdf.DEFAULT
        salt = secrets.token_bytes(kdf.SALT_BYTES)
        slot = Slot("password", user, params, salt, b"", b"")
        nonce, wrapped = kdf.wrap(
            kdf.derive(password, salt, params), key, aad=slot.aad(self.key_id)
        )
        slot = replace(slot, nonce=nonce, wrapped=wrapped)
        rest = tuple(s for s in self.slots if not (s.kind == "password" and s.user == user))
        return replace(self, slots=(*rest, slot))

    def with_recovery(self, recovery: bytes, key: bytes) -> Keyring:
        """A keyring whose recovery slot is this recovery key (the old one stops working)."""
        self._check_key(key)
        salt = secrets.token_bytes(kdf.SALT_BYTES)
        slot = Slot("recovery", "", None, salt, b"", b"")
        nonce, wrapped = kdf.wrap(kdf.recovery_kek(recovery, salt), key, aad=slot.aad(self.key_id))
        slot = replace(slot, nonce=nonce, wrapped=wrapped)
        rest = tuple(s for s in self.slots if s.kind != "recovery")
        return replace(self, slots=(*rest, slot))

    def without_user(self, user: str) -> Keyring:
        return replace(
            self,
            slots=tuple(s for s in self.slots if not (s.kind == "password" and s.user == user)),
        )

    def _check_key(self, key: bytes) -> None:
        if len(key) != kdf.KEY_BYTES or kdf.key_id(key) != self.key_id:
            raise ValueError("not this keyring's data key")

    # --- unlocking -------------------------------------------------------------------------

    def users(self) -> list[str]:
        return [s.user for s in self.slots if s.kind == "password"]

    def has_user(self, user: str) -> bool:
        return any(s.kind == "password" and s.user == user for s in self.slots)

    def unlock_password(self, user: str, password: str) -> bytes | None:
        """The data key if `password` is `user`'s, else None."""
        for slot in self.slots:
            if slot.kind == "password" and slot.user == user:
                assert slot.kdf is not None
                kek = kdf.derive(password, slot.salt, slot.kdf)
                return self._open(slot, kek)
        return None

    def unlock_recovery(self, recovery: bytes) -> bytes | None:
        for slot in self.slots:
            if slot.kind == "recovery":
                return self._open(slot, kdf.recovery_kek(recovery, slot.salt))
        return None

    def _open(self, slot: Slot, kek: bytes) -> bytes | None:
        key = kdf.unwrap(kek, slot.nonce, slot.wrapped, aad=slot.aad(self.key_id))
        if key is None or kdf.key_id(key) != self.key_id:
            return None
        return key

    # --- the file ----------------------------------------------------------------------------

    def dumps(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "key_id": self.key_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.throttle is not None:
            doc["throttle"] = {"failures": self.throttle[0], "last": self.throttle[1]}
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

    def save(self, path: str | Path) -> None:
        files.write_bytes(path, self.dumps())


def load(path: str | Path) -> Keyring:
    path = Path(path)
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_BYTES else b""
    except FileNotFoundError:
        raise KeyringError(Msg("找不到密钥文件：{path}", path=path)) from None
    except OSError as exc:
        raise KeyringError(
            Msg("无法读取密钥文件（{strerror}）：{path}", strerror=exc.strerror, path=path)
        ) from None
    return parse(data)


def parse(data: bytes) -> Keyring:
    """The keyring in `data`, or KeyringError saying what is wrong (never anything else)."""
    try:
        return _parse(data)
    except KeyringError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
        raise KeyringError(
            Msg("密钥文件已损坏，无法读取（{kind}）", kind=type(exc).__name__)
        ) from None


def _bad(why: str) -> KeyringError:
    return KeyringError(Msg("密钥文件已损坏或不是本程序的密钥文件：{why}", why=why))


def _parse(data: bytes) -> Keyring:
    if not isinstance(data, (bytes, bytearray)) or not data or len(data) > MAX_BYTES:
        raise _bad(N_("文件为空或过大"))
    try:
        doc = json.loads(bytes(data).decode("utf-8"))
    except UnicodeDecodeError:
        raise _bad(N_("不是文本文件")) from None
    except json.JSONDecodeError:
        raise _bad(N_("格式错误")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad(N_("缺少格式标记"))
    if doc.get("version") != VERSION or type(doc.get("version")) is not int:
        raise KeyringError(N_("密钥文件的版本不受支持（可能由更新版本的程序创建），请升级程序"))
    if (
        not {"format", "version", "key_id", "slots"}
        <= set(doc)
        <= {
            "format",
            "version",
            "key_id",
            "slots",
            "throttle",
        }
    ):
        raise _bad(N_("含有未知字段"))
    throttle = None
    if "throttle" in doc:
        t = doc["throttle"]
        if (
            not isinstance(t, dict)
            or set(t) != {"failures", "last"}
            or type(t["failures"]) is not int
            or not 0 <= t["failures"] <= 10**6
            or type(t["last"]) not in (int, float)
            or t["last"] != t["last"]  # NaN
        ):
            raise _bad(N_("登录失败计数无效"))
        throttle = (t["failures"], float(t["last"]))
    key_id = doc["key_id"]
    if not isinstance(key_id, str) or not re.fullmatch(r"[0-9a-f]{16}", key_id):
        raise _bad(N_("密钥编号无效"))
    raw_slots = doc["slots"]
    if not isinstance(raw_slots, list) or not raw_slots or len(raw_slots) > MAX_SLOTS:
        raise _bad(N_("没有可用的解锁项"))
    slots = [_slot(s) for s in raw_slots]
    names = [(s.kind, s.user) for s in slots]
    if len(names) != len(set(names)):
        raise _bad(N_("解锁项重复"))
    if sum(s.kind == "recovery" for s in slots) > 1:
        raise _bad(N_("恢复密钥项重复"))
    return Keyring(key_id, tuple(slots), throttle)


def _b64(value: Any, size: int, what: str) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _bad(Msg("{what}无效", what=what))
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _bad(Msg("{what}无效", what=what)) from None
    if len(raw) != size:
        raise _bad(Msg("{what}长度不对", what=what))
    return raw


def _int(value: Any) -> int:
    if type(value) is not int:
        raise _bad(N_("参数无效"))
    return value


def _slot(raw: Any) -> Slot:
    if not isinstance(raw, dict) or set(raw) != {"kind", "user", "kdf", "salt", "nonce", "wrapped"}:
        raise _bad(N_("解锁项字段不对"))
    kind, user, alg = raw["kind"], raw["user"], raw["kdf"]
    if not isinstance(alg, dict):
        raise _bad(N_("算法参数无效"))
    if kind == "password":
        if not isinstance(user, str) or not USERNAME.fullmatch(user):
            raise _bad(N_("用户名无效"))
        if set(alg) != {"alg", "t", "m", "p"} or alg["alg"] != "argon2id":
            raise _bad(N_("不支持的密码算法"))
        params = kdf.Params(_int(alg["t"]), _int(alg["m"]), _int(alg["p"]))
        try:
            params.check()
        except ValueError:
            raise _bad(N_("密码算法参数超出范围")) from None
    elif kind == "recovery":
        if user != "" or alg != {"alg": "hkdf-sha256"}:
            raise _bad(N_("恢复密钥项无效"))
        params = None
    else:
        raise _bad(N_("未知的解锁项类型"))
    return Slot(
        kind,
        user,
        params,
        _b64(raw["salt"], kdf.SALT_BYTES, N_("盐值")),
        _b64(raw["nonce"], kdf.NONCE_BYTES, N_("随机数")),
        _b64(raw["wrapped"], kdf.KEY_BYTES + 16, N_("密钥密文")),
    )
