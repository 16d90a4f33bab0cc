"""Local user accounts in the `users` table (schema_security.py): who may sign in, as what.

Rows are local (never synced). Every change to an account is recorded in the audit trail
(which syncs), in the same transaction. Passwords are stored as Argon2id hashes; on an
encrypted database the keyring decides who can unlock, and the hash is kept in step.
Who may manage accounts is the policy's decision (session.py checks it before calling here).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.security import kdf
from desktop.security.keyring import normalise_username
from desktop.security.policy import ROLE_LABELS, Area, Role, check_area
from desktop.store.changelog import now_iso
from desktop.store.repo import Store


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    role: Role
    area: Area
    active: bool = True
    must_change: bool = False

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _from_row(r: sqlite3.Row) -> User:
    return User(
        username=r["username"],
        display_name=r["display_name"],
        role=Role(r["role"]),
        area=Area(
            tuple(json.loads(r["townships"])),
            tuple(json.loads(r["villages"])),
            tuple(json.loads(r["schools"])),
        ),
        active=bool(r["active"]),
        must_change=bool(r["must_change"]),
    )


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM users WHERE active=1").fetchone()[0]


def get(conn: sqlite3.Connection, username: str) -> User | None:
    r = conn.execute("SELECT * FROM users WHERE username=?", (username,)).fetchone()
    return _from_row(r) if r else None


def all_users(conn: sqlite3.Connection) -> list[User]:
    return [
        _from_row(r)
        for r in conn.execute("SELECT * FROM users ORDER BY active DESC, role, username")
    ]


def password_hash(conn: sqlite3.Connection, username: str) -> str | None:
    r = conn.execute(
        "SELECT password_hash FROM users WHERE username=? AND active=1", (username,)
    ).fetchone()
    return r[0] if r else None


def _check_display_name(name: str) -> str:
    name = name.strip()
    if not (1 <= len(name) <= 40) or any(c in name for c in "\r\n\t"):
        raise UserError(N_("姓名不能为空，最多40个字"))
    return name


def create(
    store: Store,
    *,
    username: str,
    display_name: str,
    role: Role,
    area: Area,
    password: str,
    must_change: bool = False,
) -> User:
    """Add an account (the caller has checked the policy and the password rules)."""
    username = normalise_username(username)
    display_name = _check_display_name(display_name)
    role = Role(role)
    check_area(role, area)
    if store.conn.execute("SELECT 1 FROM users WHERE username=?", (username,)).fetchone():
        raise UserError(Msg("用户名“{username}”已存在", username=username))
    if store.conn.execute("SELECT 1 FROM users WHERE display_name=?", (display_name,)).fetchone():
        raise UserError(
            Msg(
                "已有名为“{display_name}”的用户，请加以区分（如“张伟（二中）”）",
                display_name=display_name,
            )
        )
    hashed = kdf.hash_password(password)
    at = now_iso()
    with store.transaction():
        store.conn.execute(
            "INSERT INTO users(username, display_name, role, townships, villages, schools,"
            " password_hash, must_change, active, created_at, created_by, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,1,?,?,?)",
            (
                username,
                display_name,
                role.value,
                json.dumps(list(area.townships)),
                json.dumps(list(area.villages)),
                json.dumps(list(area.schools)),
                hashed,
                int(must_change),
                at,
                store.actor,
                at,
            ),
        )
        store.audit(
            "user.create",
            entity="users",
            row_id=username,
            detail={"role": role.value, "area": _area_detail(area)},
        )
    return User(username, display_name, role, area, True, must_change)


def _area_detail(area: Area) -> dict[str, list[str]]:
    return {
        "townships": list(area.townships),
        "villages": list(area.villages),
        "schools": list(area.schools),
    }


def set_password(store: Store, username: str, password: str, *, must_change: bool) -> None:
    hashed = kdf.hash_password(password)
    with store.transaction():
        n = store.conn.execute(
            "UPDATE users SET password_hash=?, must_change=?, updated_at=? WHERE username=?",
            (hashed, int(must_change), now_iso(), username),
        ).rowcount
        if n != 1:
            raise UserError(Msg("用户“{username}”不存在", username=username))
        store.audit(
            "user.password",
            entity="users",
            row_id=username,
            detail={"reset": must_change},
        )


def change_role(store: Store, username: str, *, role: Role, area: Area) -> None:
    role = Role(role)
    check_area(role, area)
    with store.transaction():
        n = store.conn.execute(
            "UPDATE users SET role=?, townships=?, villages=?, schools=?, updated_at=?"
            " WHERE username=?",
            (
                role.value,
                json.dumps(list(area.townships)),
                json.dumps(list(area.villages)),
                json.dumps(list(area.schools)),
                now_iso(),
                username,
            ),
        ).rowcount
        if n != 1:
            raise UserError(Msg("用户“{username}”不存在", username=username))
        store.audit(
            "user.role",
            entity="users",
            row_id=username,
            detail={"role": role.value, "area": _area_detail(area)},
        )


def deactivate(store: Store, username: str) -> None:
    """Disable an account (the row stays, so the audit trail still names who it was)."""
    with store.transaction():
        user = get(store.conn, username)
        if user is None or not user.active:
            raise UserError(Msg("用户“{username}”不存在或已停用", username=username))
        if user.role is Role.COUNTY_ADMIN and (
            store.conn.execute(
                "SELECT count(*) FROM users WHERE role='county_admin' AND active=1"
            ).fetchone()[0]
            <= 1
        ):
            raise UserError(N_("不能停用最后一个县级管理员账户"))
        store.conn.execute(
            "UPDATE users SET active=0, updated_at=? WHERE username=?", (now_iso(), username)
        )
        store.audit("user.deactivate", entity="users", row_id=username)
