"""`kcbx check [--db FILE] [--quick]`: check the database and explain what was found."""

from __future__ import annotations

import argparse

from desktop.security import cli_support


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cli_support.add_db_argument(parser)
    parser.add_argument(
        "--quick", action="store_true", help="只做快速检查（quick_check，不查外键和结构）"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.security import backup, cipher, integrity

    path = cli_support.db_path(args)
    key = None
    if cipher.is_encrypted(path):
        cli_support.sign_in(args, allow_damaged=True)
        key = cipher.key_for(path)
        if key is None:
            print("数据库已加密：需要登录才能检查。")
            return 1
    report = integrity.quick_check(path, key) if args.quick else integrity.full_check(path, key)
    print(report.text())
    items = backup.list_backups(path)
    if items:
        print(f"最近的备份：{items[0].label}（共 {len(items)} 份，目录 {backup.backup_dir(path)}）")
    else:
        print("注意：这个数据库还没有备份。可以运行 kcbx backup 立即备份。")
    if report.damaged and items:
        print(f"恢复方法：kcbx restore --db {path} --latest")
    return 1 if report.damaged else 0
