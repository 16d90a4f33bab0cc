"""`kcbx search --db FILE QUERY`: children by name, pinyin, initials, ID/学籍号 fragment."""

from __future__ import annotations

import argparse

from desktop.store.search import search_children


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="数据库文件")
    parser.add_argument("--limit", type=int, default=20, help="最多显示几条（默认20）")
    parser.add_argument("query", help="姓名、拼音、首字母、身份证号或学籍号片段")


def run(args: argparse.Namespace) -> int:
    from desktop.security.cli_support import open_workbench

    # Signed in as in the other commands: a school's account finds only its pupils.
    with open_workbench(args, local_name="命令行查找") as bench:
        rows = search_children(
            bench.store.conn, args.query, limit=args.limit, scope=bench.actor.scope
        )
        if not rows:
            print("没有找到匹配的学生")
            return 0
        for r in rows:
            print(
                f"{r['name']}\t{r['sex']}\t{r['birth_date'] or ''}\t{r['id_number']}\t"
                f"{r['village_name'] or ''}\t{r['school_name'] or ''}"
            )
    return 0
