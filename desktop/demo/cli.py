"""`kcbx demo --db FILE [--children N] [--seed S]`: write a synthetic county database."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from desktop.demo.generate import DEFAULT_COUNTY, generate


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="要生成的数据库文件（不能已存在）")
    parser.add_argument("--children", type=int, default=5000, help="学生人数（默认5000）")
    parser.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同数据）")
    parser.add_argument(
        "--county", default=DEFAULT_COUNTY, help=f"县级区划代码（默认 {DEFAULT_COUNTY} 从江县）"
    )
    parser.add_argument(
        "--today", type=dt.date.fromisoformat, help="参考日期 YYYY-MM-DD（默认今天）"
    )


def run(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    stats = generate(
        args.db,
        children=args.children,
        seed=args.seed,
        county=args.county,
        today=args.today,
        progress=lambda msg: print(msg, flush=True),
    )
    took = time.perf_counter() - start
    states = "，".join(f"{k} {v}" for k, v in sorted(stats.by_state.items()))
    print(
        f"完成：学生 {stats.children}，监护人 {stats.guardians}，学校 {stats.schools}，"
        f"案件 {stats.cases}（{states}），事件 {stats.events}，用时 {took:.1f} 秒"
    )
    return 0
