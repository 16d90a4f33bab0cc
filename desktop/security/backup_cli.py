"""`kcbx backup [--db FILE] [--list]`: back up the database now, or list its backups."""

from __future__ import annotations

import argparse

from desktop.security import cli_support


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cli_support.add_db_argument(parser)
    parser.add_argument("--list", action="store_true", help="列出已有的备份")
    parser.add_argument("--auto", action="store_true", help="每日自动备份（今天已备份过则跳过）")


def run(args: argparse.Namespace) -> int:
    from desktop.security import backup

    path = cli_support.db_path(args)
    if args.list:
        items = backup.list_backups(path)
        if not items:
            print(f"没有找到备份（备份目录：{backup.backup_dir(path)}）")
            return 0
        for i, b in enumerate(items, start=1):
            size = f"{b.size / 1e6:.1f} MB"
            lock = "已加密" if b.encrypted else "未加密"
            print(f"{i:>3}. {b.label}  {size}  {lock}  {b.path.name}")
        return 0
    session = cli_support.sign_in(args)
    if session is not None:
        session.require("backup")
    made = backup.auto_backup(path) if args.auto else backup.make_backup(path, reason="manual")
    if made is None:
        print("今天已经备份过，跳过")
        return 0
    counts = "，".join(f"{k} {v}" for k, v in made.counts.items())
    print(f"已备份：{made.path}（{made.size / 1e6:.1f} MB，{counts}）")
    from desktop.store.repo import Store

    with Store.open(path, create=False) as store:
        store.audit("backup", detail={"backup": made.path.name, "reason": made.reason})
    return 0
