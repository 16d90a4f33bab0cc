"""`kcbx restore [--db FILE] (--latest | --pick N | --file BACKUP.db)`: restore a backup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.security import cli_support


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cli_support.add_db_argument(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--latest", action="store_true", help="恢复最近的一份完好备份")
    which.add_argument(
        "--pick", type=int, metavar="N", help="恢复列表中的第N份（见 kcbx backup --list）"
    )
    which.add_argument("--file", help="恢复指定的备份文件（.db，旁边要有 .json 说明文件）")
    parser.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    parser.add_argument(
        "--recovery", action="store_true", help="用恢复密钥打开备份（环境变量 KCBX_RECOVERY_KEY）"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.security import backup, restore

    path = cli_support.db_path(args)
    if args.file:
        candidate = Path(args.file)
        try:
            chosen = backup.parse_manifest(backup.manifest_path(candidate).read_bytes(), candidate)
        except OSError as exc:
            raise UserError(f"找不到备份说明文件：{backup.manifest_path(candidate)}") from exc
        items = [chosen]
    else:
        items = backup.list_backups(path)
        if not items:
            raise UserError(f"没有找到备份（备份目录：{backup.backup_dir(path)}）")
        if args.pick:
            if not (1 <= args.pick <= len(items)):
                raise UserError(f"没有第 {args.pick} 份备份（共 {len(items)} 份）")
            items = [items[args.pick - 1]]
        elif not args.latest:
            for i, b in enumerate(items, start=1):
                print(f"{i:>3}. {b.label}  {b.path.name}")
            print("请用 --latest、--pick N 或 --file 指定要恢复的备份")
            return 1
    session = cli_support.sign_in(args, allow_damaged=True) if not args.recovery else None
    if session is not None:
        session.require("restore")
    # The newest backup that opens and checks out (a damaged one is skipped with a note).
    last_error: Exception | None = None
    for b in items:
        try:
            key = _key(args, b, path)
            if not args.yes and not _confirm(b):
                print("已取消")
                return 1
            previous = restore.restore(path, b, key=key)
        except backup.BackupError as exc:
            print(f"跳过 {b.label}：{exc}", file=sys.stderr)
            last_error = exc
            if not args.latest:
                break
            continue
        print(f"已从备份恢复：{b.label}")
        if previous is not None:
            print(f"恢复前的数据库已保存为：{previous}")
        return 0
    raise UserError(f"没有可用的备份能够恢复：{last_error}")


def _key(args: argparse.Namespace, b, path: Path):
    from desktop.security import restore

    if not b.encrypted:
        return None
    if args.recovery:
        return restore.backup_key(b, recovery=cli_support._ask("恢复密钥：", "KCBX_RECOVERY_KEY"))
    try:
        return restore.backup_key(b, db_path=path)
    except Exception:
        return restore.backup_key(
            b, username=cli_support.ask_username(args), password=cli_support.ask_password()
        )


def _confirm(b) -> bool:
    if not sys.stdin.isatty():
        raise UserError("没有终端可以确认：请加 --yes 参数")
    answer = input(f"用 {b.label} 的备份替换当前数据库？当前数据库会先另存一份。[y/N] ")
    return answer.strip().lower() in ("y", "yes", "是")
