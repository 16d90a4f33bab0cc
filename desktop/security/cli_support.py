"""What the security commands share: which database, and signing in from a terminal.

Passwords are read with getpass when there is a terminal; scripts (and tests) pass them in
the environment: KCBX_USER, KCBX_PASSWORD (the signed-in user), KCBX_NEW_PASSWORD (a new
password being set), KCBX_RECOVERY_KEY. A password is never a command-line argument (it would
be visible in the process list and the shell history).

`install_for_cli()` is also what desktop/cli.py can call before any command, so `kcbx search`
and the others prompt for a password on an encrypted database instead of failing.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.domain.errors import UserError

if TYPE_CHECKING:
    from desktop.core.workbench import Workbench


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="数据库文件（默认：用户数据目录下的 kcbx.db）")
    parser.add_argument("--user", help="登录用户名（加密的数据库需要；也可用环境变量 KCBX_USER）")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_db()


def _ask(prompt: str, env: str, *, secret: bool = True) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"需要输入{prompt.rstrip('：: ')}（没有终端时请设置环境变量 {env}）")
    return getpass.getpass(prompt) if secret else input(prompt)


def ask_password(prompt: str = "密码：") -> str:
    return _ask(prompt, "KCBX_PASSWORD")


def ask_new_password(prompt: str = "新密码：") -> str:
    value = os.environ.get("KCBX_NEW_PASSWORD")
    if value is not None:
        return value
    first = _ask(prompt, "KCBX_NEW_PASSWORD")
    if _ask("再次输入新密码：", "KCBX_NEW_PASSWORD") != first:
        raise UserError("两次输入的密码不一致")
    return first


def ask_username(args: argparse.Namespace | None = None) -> str:
    name = getattr(args, "user", None) if args is not None else None
    return name or _ask("用户名：", "KCBX_USER", secret=False)


def sign_in(args: argparse.Namespace, *, allow_damaged: bool = False):
    """Sign in for a command (prompting as needed); the Session, or None for a plaintext
    database without accounts. With allow_damaged, a damaged database still yields its key."""
    from desktop.security import integrity, session

    path = db_path(args)
    session.install()
    try:
        state = session.db_state(path)
    except integrity.DatabaseDamaged:
        if not allow_damaged:
            raise
        return None
    if not state.encrypted and (state.needs_setup or not state.exists):
        return None
    try:
        return session.login(path, ask_username(args), ask_password())
    except integrity.DatabaseDamaged:
        if not allow_damaged:
            raise
        return None


@contextlib.contextmanager
def for_command() -> Iterator[None]:
    """One command's run: the terminal sign-in installed, then the process as it was (a
    command run inside a longer-lived process, e.g. a test, leaves no provider or session)."""
    from desktop.security import cipher, session

    previous = cipher.set_provider(None)
    install_for_cli()
    try:
        yield
    finally:
        session.sign_out()
        cipher.set_provider(previous)


def install_for_cli() -> None:
    """Route connections through the security layer; an encrypted database asks for a
    password the first time a command opens it."""
    from desktop.security import session

    def provider(path: Path) -> bytes | None:
        from desktop.security import cipher

        s = session.login(path, ask_username(), ask_password(f"{path.name} 的密码："))
        return cipher.key_for(s.db_path)

    session.install(provider)


def open_workbench(args: argparse.Namespace, *, local_name: str = "命令行") -> Workbench:
    """The command's Workbench on `--db`: signed in (asking as needed), acting as that
    account (its role and scope, whatever the command reads or writes); on a database
    without accounts, its one local user, named `local_name` in the records."""
    from desktop.core.actor import Actor
    from desktop.core.workbench import Workbench
    from desktop.security.actor import actor_of

    path = db_path(args)
    if not path.exists():
        raise UserError(f"数据库文件不存在：{path}")
    signed_in = sign_in(args)
    actor = actor_of(signed_in) if signed_in is not None else Actor.local(local_name)
    return Workbench.open(path, actor)
