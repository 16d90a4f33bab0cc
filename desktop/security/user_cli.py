"""`kcbx user …`: local accounts, the first-run setup, encryption and the recovery key.

    kcbx user setup --username admin --name 县管理员 [--no-encrypt]   # first run
    kcbx user list
    kcbx user add zhangsan --name 张三 --role township_cadre --township 522633101000
    kcbx user passwd                       # change your own password
    kcbx user reset zhangsan               # admin: set a new password (changed at next sign-in)
    kcbx user reset admin --recovery       # forgotten password: the recovery key
    kcbx user role zhangsan --role teacher --school SCHOOL_ID
    kcbx user disable zhangsan
    kcbx user recovery-key                 # admin: a new recovery key (the old one stops working)
    kcbx user encrypt                      # admin: encrypt a plaintext database

Passwords are prompted for (or read from KCBX_PASSWORD / KCBX_NEW_PASSWORD / KCBX_RECOVERY_KEY).
"""

from __future__ import annotations

import argparse

from desktop.domain.errors import UserError
from desktop.security import cli_support


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cli_support.add_db_argument(parser)
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("setup", help="首次使用：创建县级管理员并加密数据库")
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True, help="姓名（显示在记录和文书上）")
    p.add_argument("--no-encrypt", action="store_true", help="暂不加密（不推荐）")
    sub.add_parser("list", help="列出用户")
    p = sub.add_parser("add", help="新建用户（县级管理员）")
    p.add_argument("username")
    p.add_argument("--name", required=True)
    _role_arguments(p)
    sub.add_parser("passwd", help="修改自己的密码")
    p = sub.add_parser("reset", help="重设某个用户的密码")
    p.add_argument("username")
    p.add_argument("--recovery", action="store_true", help="忘记密码：用恢复密钥")
    p = sub.add_parser("role", help="修改用户的角色和负责范围")
    p.add_argument("username")
    _role_arguments(p)
    p = sub.add_parser("disable", help="停用用户")
    p.add_argument("username")
    sub.add_parser("recovery-key", help="生成新的恢复密钥")
    sub.add_parser("encrypt", help="加密未加密的数据库")


def _role_arguments(p: argparse.ArgumentParser) -> None:
    from desktop.security.policy import ROLE_LABELS

    roles = "，".join(f"{r.value}={label}" for r, label in ROLE_LABELS.items())
    p.add_argument("--role", required=True, help=roles)
    p.add_argument("--township", action="append", default=[], help="乡镇代码（12位，可多次）")
    p.add_argument("--village", action="append", default=[], help="村代码（12位，可多次）")
    p.add_argument("--school", action="append", default=[], help="学校编号（可多次）")


def _area(args: argparse.Namespace):
    from desktop.security.policy import Area, Role

    try:
        role = Role(args.role)
    except ValueError:
        raise UserError(f"未知的角色“{args.role}”") from None
    return role, Area(tuple(args.township), tuple(args.village), tuple(args.school))


def run(args: argparse.Namespace) -> int:
    from desktop.security import session, users

    path = cli_support.db_path(args)
    if args.action == "setup":
        s, text = session.setup(
            path,
            username=args.username,
            display_name=args.name,
            password=cli_support.ask_new_password("管理员密码："),
            encrypt_db=not args.no_encrypt,
        )
        print(f"已创建县级管理员：{s.user.display_name}（{s.user.username}）")
        if text:
            _print_recovery(text)
        else:
            print("注意：数据库未加密。建议尽快运行 kcbx user encrypt")
        return 0
    if args.action == "reset" and args.recovery:
        from desktop.security.cli_support import _ask

        session.recover(
            path,
            _ask("恢复密钥：", "KCBX_RECOVERY_KEY"),
            username=args.username,
            new_password=cli_support.ask_new_password(),
        )
        print(f"已为 {args.username} 设置新密码")
        return 0
    s = cli_support.sign_in(args)
    if s is None:
        raise UserError("这个数据库还没有账户，请先运行 kcbx user setup")
    if args.action == "list":
        s.require("users")
        with s.open_store() as store:
            for u in users.all_users(store.conn):
                state = "" if u.active else "（已停用）"
                area = " ".join([*u.area.townships, *u.area.villages, *u.area.schools])
                print(f"{u.username:<16} {u.display_name:<10} {u.role_label:<8} {area}{state}")
        return 0
    if args.action == "add":
        role, area = _area(args)
        u = s.add_user(
            username=args.username,
            display_name=args.name,
            role=role,
            area=area,
            password=cli_support.ask_new_password(f"{args.username} 的初始密码："),
        )
        print(f"已新建用户 {u.username}（{u.role_label}），首次登录时需修改密码")
    elif args.action == "passwd":
        s.change_password(cli_support.ask_password("原密码："), cli_support.ask_new_password())
        print("密码已修改")
    elif args.action == "reset":
        s.reset_password(args.username, cli_support.ask_new_password())
        print(f"已重设 {args.username} 的密码（下次登录时需修改）")
    elif args.action == "role":
        role, area = _area(args)
        s.change_role(args.username, role=role, area=area)
        print(f"已修改 {args.username} 的角色")
    elif args.action == "disable":
        s.deactivate_user(args.username)
        print(f"已停用 {args.username}")
    elif args.action == "recovery-key":
        _print_recovery(s.new_recovery_key())
    elif args.action == "encrypt":
        text = s.encrypt_database(cli_support.ask_password("确认您的密码："))
        print("数据库已加密。其他用户需由管理员重设密码后才能登录。")
        _print_recovery(text)
    return 0


def _print_recovery(text: str) -> None:
    print()
    print("恢复密钥（请打印或抄写后交县教育局妥善保管；忘记所有密码时，只有它能打开数据库）：")
    print()
    print("    " + text)
    print()
