"""`kcbx compare --db FILE`: registry comparison; prints who was flagged and why.

Nothing is created unless asked: `--open-cases` opens 疑似辍学 cases for every open
``not_enrolled`` candidate of the run just made (or of `--run`); `--out FILE.xlsx` writes the
candidates to a workbook for checking on paper.
"""

from __future__ import annotations

import argparse
import datetime as dt


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="数据库文件")
    parser.add_argument(
        "--on", type=dt.date.fromisoformat, help="比对基准日期 YYYY-MM-DD（默认今天）"
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=["hukou", "poverty", "age_list"],
        help="参与比对的名单（可多次；默认三类名单各取最近一次导入）",
    )
    parser.add_argument(
        "--open-cases", action="store_true", help="为“适龄未在学”的人建立疑似辍学案件"
    )
    parser.add_argument("--out", help="把比对结果写入Excel文件（.xlsx）")
    parser.add_argument("--limit", type=int, default=50, help="最多打印多少人（默认50）")


def run(args: argparse.Namespace) -> int:
    from desktop.core.progress import Printer
    from desktop.intake import candidates as cand
    from desktop.intake.compare import CANDIDATE_LABELS, run_comparison
    from desktop.security.cli_support import open_workbench

    # Signed in as in the other commands: the people listed, exported or given a case are
    # those of the account's scope (a school's account lists nobody: they are not at school).
    with open_workbench(args, local_name="命令行比对") as bench:
        store = bench.store
        kinds = tuple(args.kind) if args.kind else ("hukou", "poverty", "age_list")
        result = run_comparison(store, on=args.on, kinds=kinds, progress=Printer())
        print(result.summary())
        listed = cand.candidates(store, result.id)
        for shown, c in enumerate(listed):
            if shown >= args.limit:
                print(f"…… 共 {len(listed)} 人，其余未列出（--limit 可调整，--out 导出全部）")
                break
            print(
                f"[{CANDIDATE_LABELS[c['kind']]}] {c['name']} {c['id_number'] or '（无身份证号）'}"
            )
            for reason in c["reasons"]:
                print(f"    · {reason}")
        if args.out:
            from desktop.reports.exports import write_candidates

            write_candidates(store, result.id, args.out)
            print(f"已写入 {args.out}")
        if args.open_cases:
            seqs = [c["seq"] for c in listed if c["kind"] == "not_enrolled"]
            if not seqs:
                print("没有需要建立案件的“适龄未在学”人员")
            else:
                print(cand.open_cases(store, seqs).summary())
    return 0
