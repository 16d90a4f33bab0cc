"""`kcbx check [--db FILE] [--quick] [--rules]`: check the database and explain what was found.

--rules replays every case's events through today's rules (desktop/domain/rules.py) and lists
each event that breaks one (data from older versions or from other laptops); exit 1 if any.
"""

from __future__ import annotations

import argparse

from desktop.security import cli_support


def add_arguments(parser: argparse.ArgumentParser) -> None:
    cli_support.add_db_argument(parser)
    parser.add_argument(
        "--quick", action="store_true", help="只做快速检查（quick_check，不查外键和结构）"
    )
    parser.add_argument(
        "--rules",
        action="store_true",
        help="按现行规则重放每个案件的记录，列出违反规则的案件、规则和记录",
    )


def run(args: argparse.Namespace) -> int:
    from desktop.security import backup, cipher, integrity

    path = cli_support.db_path(args)
    if args.rules:
        return _rules(args)
    key = None
    if cipher.is_encrypted(path):
        cli_support.sign_in(args, allow_damaged=True)
        key = cipher.key_for(path)
        if key is None:
            print("数据库已加密：需要登录才能检查。")
            return 1
    report = integrity.quick_check(path, key) if args.quick else integrity.full_check(path, key)
    print(report.text())
    broken = False if args.quick else _chain(path)
    items = backup.list_backups(path)
    if items:
        print(f"最近的备份：{items[0].label}（共 {len(items)} 份，目录 {backup.backup_dir(path)}）")
    else:
        print("注意：这个数据库还没有备份。可以运行 kcbx backup 立即备份。")
    if report.damaged and items:
        print(f"恢复方法：kcbx restore --db {path} --latest")
    return 1 if report.damaged or broken else 0


def _chain(path: object) -> bool:
    """The change log and audit rows against their devices' signed segments; True if broken."""
    from desktop.store.repo import Store
    from desktop.sync import chain

    try:
        with Store.open(path, create=False) as store:  # type: ignore[arg-type]
            found = chain.check(store)
    except Exception as exc:  # a database too damaged to read: reported above
        print(f"审计链：无法检查（{type(exc).__name__}）")
        return True
    if not found.segments:
        print("审计链：还没有签名的变更（本机首次同步时开始签名）")
        return False
    if found.problems:
        print(f"审计链被破坏：共 {len(found.problems)} 处，第一处断裂：{found.first}")
        for _device, _seq, message in sorted(found.problems)[1:10]:
            print(f"  另：{message}")
        return True
    text = f"审计链完整：{found.segments} 个签名段、{found.ops} 项变更与设备签名一致"
    if found.unsigned:
        text += f"（本机另有 {found.unsigned} 项变更在下次同步时签名）"
    print(text)
    return False


def _rules(args: argparse.Namespace) -> int:
    from desktop.domain.errors import UserError
    from desktop.store import rule_check
    from desktop.store.repo import Store

    path = cli_support.db_path(args)
    if not path.exists():
        raise UserError(f"数据库文件不存在：{path}")
    cli_support.sign_in(args)
    with Store.open(path, create=False) as store:
        found = rule_check.violations(store)
        total = store.conn.execute("SELECT count(*) FROM cases WHERE deleted = 0").fetchone()[0]
    if not found:
        print(f"规则检查：{total} 个案件的记录均符合现行规则。")
        return 0
    cases = len({v.case_id for v in found})
    print(f"规则检查：{total} 个案件中有 {cases} 个案件的 {len(found)} 条记录违反现行规则：")
    for v in found:
        print(v.line())
    print("请核实后更正或作废有关记录（案件页的时间线上“更正”“作废”）。")
    return 1
