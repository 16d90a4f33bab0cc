"""The hub's private keys (its device signing and box keys, in the county database's
`sync_keys`) are never stored in the clear: they are sealed (AES-256-GCM) with the hub's own
key, read at start from a systemd credential (`$CREDENTIALS_DIRECTORY/kcbx-hub-key`) or from a
key file readable by the hub's user only (0600; made on first start beside the database when
none is given). Keys found in the clear (a database from `kcbx hub init`, or from before) are
sealed when the hub starts. docs/hub.md says how to set it up.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from desktop.domain.errors import UserError

CREDENTIAL = "kcbx-hub-key"
NAME = "hub-key"
AAD = b"kcbx hub key v1"


def default_key_file(first_store: Path) -> Path:
    creds = os.environ.get("CREDENTIALS_DIRECTORY")
    if creds and (Path(creds) / CREDENTIAL).exists():
        return Path(creds) / CREDENTIAL
    first_store = Path(first_store)
    return first_store.with_name(first_store.stem + "-hub.key")


def load_key(path: Path, *, create: bool = True) -> bytes:
    """The 32-byte key in `path` (64 hex digits); made (0600) if missing and `create`."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise UserError(f"找不到同步服务器密钥文件：{path}")
        # written whole, then linked into place: several hub processes starting at once all
        # end up with the one key that got there first
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_hex(32) + "\n")
                f.flush()
                os.fsync(f.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode)
    in_credentials = str(path.parent) == os.environ.get("CREDENTIALS_DIRECTORY")
    if mode & 0o077 and not in_credentials:
        raise UserError(
            f"同步服务器密钥文件 {path} 的权限是 {mode:o}，其他用户可以读取。"
            f"请执行 chmod 600 {path} 后再启动"
        )
    text = path.read_text(encoding="ascii", errors="replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise UserError(f"同步服务器密钥文件 {path} 的内容无效（应为64位十六进制数）")
    return key


class HubKeyProtector:
    """keys.KeyProtector for the hub's database: AES-256-GCM under the hub key."""

    name = NAME

    def __init__(self, key: bytes) -> None:
        self.key = key

    def wrap(self, secret: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, secret, AAD)

    def unwrap(self, stored: bytes, protection: str) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if protection == "none":  # from `kcbx hub init` or an older version: sealed at start
            return stored
        if protection != NAME:
            raise UserError(f"同步服务器密钥的保护方式未知：{protection}")
        try:
            return AESGCM(self.key).decrypt(stored[:12], stored[12:], AAD)
        except (InvalidTag, ValueError) as exc:
            raise UserError(
                "无法解开同步服务器的私钥：密钥文件不是这个数据库的（请使用原来的密钥文件）"
            ) from exc
