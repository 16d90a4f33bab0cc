"""Signing in, and the signed-in user: the Session every Store of the process obeys.

    install()                                   # once per process (app start, CLI)
    session = login(db_path, "admin", password) # or setup(...) on first run, recover(...)
    store = Store.open(db_path)                 # actor, scope and permit come from the session

`activate(session)` registers the database's key with the connector (cipher.py) and makes
the open hook apply the session to every Store opened on that database in this process —
the GUI's, a background job's — so what a role may see and do is enforced below the UI.
"""

from __future__ import annotations

import os
import secrets
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.security import backup, cipher, encrypt, integrity, kdf, throttle, users
from desktop.security import keyring as keyring_mod
from desktop.security.keyring import Keyring, keyring_path
from desktop.security.policy import Area, Policy, Role, check_area
from desktop.security.state import DbState, db_state  # the sign-in's question, re-exported
from desktop.store import repo
from desktop.store.repo import Store


class WrongPassword(UserError):
    def __init__(self, message: str = N_("用户名或密码错误")) -> None:
        super().__init__(message)


@dataclass
class Session:
    db_path: Path
    user: users.User
    encrypted: bool
    locked: bool = False
    policy: Policy = field(init=False)

    def __post_init__(self) -> None:
        self.db_path = Path(self.db_path)
        self.policy = Policy(self.user.role, self.user.area, who=self.user.display_name)

    # --- what the user may see and do ------------------------------------------------------

    @property
    def actor(self) -> str:
        return self.user.display_name

    @property
    def scope(self) -> Any:
        return self.policy.scope

    def can(self, action: str) -> bool:
        return self.policy.can(action)

    def require(self, action: str) -> None:
        self.policy.require(action)

    def apply(self, store: Store) -> None:
        """Make `store` act as this user: who, what they see, what they may write."""
        store.actor = self.actor
        store.scope = self.policy.scope
        store.permit = self.policy

    def open_store(self) -> Store:
        store = Store.open(self.db_path, create=False)
        self.apply(store)  # also done by the open hook when this session is active
        return store

    # --- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        self.locked = True

    def unlock(self, password: str) -> None:
        """Re-enter the password (throttled like a sign-in); raises WrongPassword."""
        throttle.check(self.db_path)
        if not _password_ok(self.db_path, self.user.username, password, encrypted=self.encrypted):
            throttle.failed(self.db_path)
            raise WrongPassword(N_("密码错误"))
        throttle.succeeded(self.db_path)
        self.locked = False

    # --- the user's own password -----------------------------------------------------------

    def change_password(self, old: str, new: str) -> None:
        kdf.check_new_password(new)
        throttle.check(self.db_path)
        if not _password_ok(self.db_path, self.user.username, old, encrypted=self.encrypted):
            throttle.failed(self.db_path)
            raise WrongPassword(N_("原密码错误"))
        with self._store() as store:
            self._write_password(store, self.user.username, new, must_change=False)
        self.user = replace(self.user, must_change=False)

    # --- managing accounts (county admin) ---------------------------------------------------

    def add_user(
        self,
        *,
        username: str,
        display_name: str,
        role: Role,
        area: Area,
        password: str,
    ) -> users.User:
        """A new account; its first sign-in must change the password."""
        self.require("users")
        kdf.check_new_password(password)
        username = keyring_mod.normalise_username(username)
        check_area(Role(role), area)
        with self._store() as store:
            if users.get(store.conn, username) is not None:
                raise UserError(Msg("用户名“{username}”已存在", username=username))
            ring_path = keyring_path(self.db_path)
            if self.encrypted:
                ring = keyring_mod.load(ring_path)
                ring.with_password(username, password, self._key()).save(ring_path)
            try:
                return users.create(
                    store,
                    username=username,
                    display_name=display_name,
                    role=role,
                    area=area,
                    password=password,
                    must_change=True,
                )
            except BaseException:
                if self.encrypted:  # no key slot for an account that was not made
                    keyring_mod.load(ring_path).without_user(username).save(ring_path)
                raise

    def reset_password(self, username: str, password: str) -> None:
        """Set another user's password (they must change it at their next sign-in)."""
        self.require("users")
        kdf.check_new_password(password)
        with self._store() as store:
            self._write_password(store, username, password, must_change=True)

    def change_role(self, username: str, *, role: Role, area: Area) -> None:
        self.require("users")
        if username == self.user.username and role is not Role.COUNTY_ADMIN:
            raise UserError(N_("不能降低自己的角色，请由另一位县级管理员操作"))
        with self._store() as store:
            users.change_role(store, username, role=role, area=area)

    def deactivate_user(self, username: str) -> None:
        self.require("users")
        if username == self.user.username:
            raise UserError(N_("不能停用自己正在使用的账户"))
        with self._store() as store:
            users.deactivate(store, username)
            if self.encrypted:
                path = keyring_path(self.db_path)
                keyring_mod.load(path).without_user(username).save(path)

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); return the text to print."""
        self.require("users")
        if not self.encrypted:
            raise UserError(N_("数据库尚未加密，没有恢复密钥"))
        text, raw = kdf.new_recovery_key()
        path = keyring_path(self.db_path)
        keyring_mod.load(path).with_recovery(raw, self._key()).save(path)
        with self._store() as store:
            store.audit("recovery_key.new")
        return text

    def encrypt_database(self, password: str) -> str:
        """Encrypt a plaintext database (every other connection must be closed); return the
        recovery key to print. `password` is the admin's own, to wrap the key with."""
        self.require("encrypt")
        if self.encrypted:
            raise UserError(N_("数据库已经加密"))
        if not _password_ok(self.db_path, self.user.username, password, encrypted=False):
            raise WrongPassword(N_("密码错误"))
        text = _encrypt(self.db_path, self.user.username, password)
        self.encrypted = True
        with self._store() as store:
            store.audit("database.encrypt")
        return text

    # --- helpers -----------------------------------------------------------------------------

    def _key(self) -> bytes:
        key = cipher.key_for(self.db_path)
        if key is None:
            raise UserError(N_("数据库密钥不可用，请重新登录"))
        return key

    def _store(self) -> Store:
        return self.open_store()

    def _write_password(
        self, store: Store, username: str, password: str, *, must_change: bool
    ) -> None:
        if users.get(store.conn, username) is None:
            raise UserError(Msg("用户“{username}”不存在", username=username))
        if self.encrypted:
            path = keyring_path(self.db_path)
            keyring_mod.load(path).with_password(username, password, self._key()).save(path)
        users.set_password(store, username, password, must_change=must_change)


# --- the process's active session and hooks ------------------------------------------------

_current: Session | None = None
_state_lock = threading.Lock()


class _OpenHook:
    """Installed into the store: a backup before every migration, the session on every Store."""

    def before_migrate(self, conn: Any, path: Path, version: int, pending: list[Any]) -> None:
        backup.before_migrate(conn, path, version, pending)

    def opened(self, store: Store) -> None:
        session = _current
        if session is not None and store.path is not None and _same(store.path, session.db_path):
            session.apply(store)


def _same(a: Path, b: Path) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def install(provider: cipher.KeyProvider | None = None) -> None:
    """Once per process: keyed connections, backups before migrations, sessions on Stores."""
    cipher.install(provider)
    repo.set_open_hook(_OpenHook())


def activate(session: Session) -> None:
    global _current
    install()
    with _state_lock:
        _current = session


def current() -> Session | None:
    return _current


def sign_out() -> None:
    """Forget the session and the key (the next connection needs a password again)."""
    global _current
    with _state_lock:
        if _current is not None:
            cipher.forget_key(_current.db_path)
        _current = None


# --- first run, sign-in, recovery ------------------------------------------------------------


def setup(
    db_path: str | Path,
    *,
    username: str,
    display_name: str,
    password: str,
    encrypt_db: bool = True,
) -> tuple[Session, str | None]:
    """First run: create the county admin, then (by default) encrypt the database.

    Returns the session and the recovery key to print (None if not encrypted)."""
    path = Path(db_path)
    kdf.check_new_password(password)
    username = keyring_mod.normalise_username(username)
    if keyring_path(path).exists():
        raise UserError(N_("数据库已经加密并设置了账户，请直接登录"))
    install()
    with Store.open(path) as store:
        if users.count(store.conn):
            raise UserError(N_("已经设置过管理员账户，请直接登录"))
        store.actor = display_name.strip()
        user = users.create(
            store,
            username=username,
            display_name=display_name,
            role=Role.COUNTY_ADMIN,
            area=Area(),
            password=password,
        )
    text = _encrypt(path, username, password) if encrypt_db else None
    session = Session(path, user, encrypted=encrypt_db)
    activate(session)
    with session.open_store() as store:
        store.audit("login", detail={"setup": True})
    return session, text


def _encrypt(path: Path, username: str, password: str) -> str:
    """Keyring first, then the file (a crash in between is finished at the next sign-in)."""
    key = secrets.token_bytes(kdf.KEY_BYTES)
    text, raw = kdf.new_recovery_key()
    # Other accounts of a plaintext database get no key slot (their passwords are unknown
    # here): the admin resets their passwords after encryption.
    ring = Keyring.create(key, user=username, password=password, recovery=raw)
    ring_path = keyring_path(path)
    ring.save(ring_path)
    try:
        encrypt.encrypt_in_place(path, key)
    except BaseException:
        if cipher.is_plaintext_sqlite(path):
            ring_path.unlink(missing_ok=True)  # nothing was encrypted: back to plaintext
        raise
    cipher.register_key(path, key)
    # Backups made while the database was plaintext would leave it readable: replace them.
    for old in backup.list_backups(path):
        if not old.encrypted:
            for p in (old.path, old.manifest):
                encrypt._shred(p)
    backup.make_backup(path, reason="encrypt")
    return text


def login(db_path: str | Path, username: str, password: str) -> Session:
    """Check the password and open the session; WrongPassword, TooManyAttempts,
    DatabaseDamaged (with backups to restore from) or another UserError otherwise."""
    path = Path(db_path)
    username = username.strip()
    install()
    throttle.check(path)
    encrypted = keyring_path(path).exists()
    if encrypted:
        ring = keyring_mod.load(keyring_path(path))
        key = ring.unlock_password(username, password) if ring.has_user(username) else None
        if key is None:
            if not ring.has_user(username):
                kdf.derive(password, secrets.token_bytes(16), kdf.DEFAULT)  # same time either way
            failures = throttle.failed(path)
            raise WrongPassword(_wrong_message(failures))
        cipher.register_key(path, key)
        encrypt.resume(path, key)
        _check_open(path, key)
    else:
        _check_open(path, None)
        with Store.open(path, create=False) as store:
            stored = users.password_hash(store.conn, username)
        if stored is None or not kdf.verify_password(stored, password):
            if stored is None:
                kdf.hash_password(password)  # same time either way
            failures = throttle.failed(path)
            raise WrongPassword(_wrong_message(failures))
    return _start(path, username, encrypted=encrypted, how="login")


def recover(
    db_path: str | Path, recovery_text: str, *, username: str, new_password: str
) -> Session:
    """Forgotten password: the recovery key unlocks, and `username` gets `new_password`."""
    path = Path(db_path)
    raw = kdf.parse_recovery_key(recovery_text)
    kdf.check_new_password(new_password)
    install()
    throttle.check(path)
    ring_path = keyring_path(path)
    if not ring_path.exists():
        raise UserError(N_("数据库未加密，没有恢复密钥。请由县级管理员用 kcbx user reset 重设密码"))
    ring = keyring_mod.load(ring_path)
    key = ring.unlock_recovery(raw)
    if key is None:
        throttle.failed(path)
        raise WrongPassword(N_("恢复密钥不正确（不是这个数据库的恢复密钥）"))
    cipher.register_key(path, key)
    encrypt.resume(path, key)
    _check_open(path, key)
    with Store.open(path, create=False) as store:
        if users.get(store.conn, username) is None:
            raise UserError(Msg("用户“{username}”不存在", username=username))
        ring.with_password(username, new_password, key).save(ring_path)
        store.actor = username
        users.set_password(store, username, new_password, must_change=False)
    return _start(path, username, encrypted=True, how="recovery")


def _password_ok(path: Path, username: str, password: str, *, encrypted: bool) -> bool:
    """Is this the user's password (the keyring's slot if encrypted, else the stored hash)?"""
    if encrypted:
        ring = keyring_mod.load(keyring_path(path))
        key = ring.unlock_password(username, password)
        return key is not None and key == cipher.key_for(path)
    with Store.open(path, create=False) as store:
        stored = users.password_hash(store.conn, username)
    return stored is not None and kdf.verify_password(stored, password)


def _wrong_message(failures: int) -> str:
    wait = throttle.delay(failures)
    if wait:
        return Msg("用户名或密码错误（请等待 {wait} 秒后再试）", wait=wait)
    return N_("用户名或密码错误")


def _check_open(path: Path, key: bytes | None) -> None:
    report = integrity.open_check(path, key)
    if report.damaged:
        raise integrity.DatabaseDamaged(report, backup.list_backups(path))


def _start(path: Path, username: str, *, encrypted: bool, how: str) -> Session:
    with Store.open(path, create=False) as store:
        user = users.get(store.conn, username)
        if user is None or not user.active:
            if encrypted:
                cipher.forget_key(path)
            raise UserError(N_("该账户不存在或已被停用，请联系县级管理员"))
        earlier = throttle.failures(path)
        throttle.succeeded(path)
        session = Session(path, user, encrypted=encrypted)
        session.apply(store)
        store.audit("login", detail={"how": how, "failed_before": earlier})
    activate(session)
    return session


__all__ = [
    "DbState",
    "Session",
    "WrongPassword",
    "activate",
    "current",
    "db_state",
    "install",
    "login",
    "recover",
    "setup",
    "sign_out",
]
