"""`kcbx import --db FILE --kind KIND FILE.xlsx|.csv`: import a roster, print the validation report.

The column mapping found (and any saved preset) is printed; `--map 列名=字段` corrects it and
the corrected mapping is saved as the preset for the next file of the same kind.
`--check` validates and prints the report without writing anything; `--strict` refuses the
whole file if any row has an error.
"""

from __future__ import annotations

import argparse

from desktop.domain.errors import UserError
from desktop.intake.columns import FIELD_BY_KEY, FIELDS, KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="数据库文件")
    parser.add_argument(
        "--kind",
        required=True,
        choices=list(KINDS),
        help="名册类别：" + "，".join(f"{k}={v}" for k, v in KINDS.items()),
    )
    parser.add_argument("file", help="名册文件（.xlsx 或 .csv）")
    parser.add_argument("--sheet", help="工作表名称或序号（默认第一个有数据的工作表）")
    parser.add_argument("--term", help="学期代码，如 2026-2027-1（学籍名册，默认当前学期）")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="列名=字段",
        help="指定列对应的字段（可多次），字段为空表示不导入该列。字段："
        + "，".join(f"{f.key}={f.label}" for f in FIELDS),
    )
    parser.add_argument("--check", action="store_true", help="只检查并打印报告，不导入")
    parser.add_argument("--strict", action="store_true", help="有任何错误行就整个文件不导入")
    parser.add_argument("--limit", type=int, default=200, help="最多打印多少条问题（默认200）")


def _mapping(items: list[str]) -> dict[int | str, str]:
    out: dict[int | str, str] = {}
    for item in items:
        if "=" not in item:
            raise UserError(f"--map 的格式应为 列名=字段，如 证件号码=id_number（收到“{item}”）")
        label, key = (s.strip() for s in item.split("=", 1))
        if key and key not in FIELD_BY_KEY:
            by_label = {f.label: f.key for f in FIELDS}
            if key not in by_label:
                raise UserError(f"未知的字段“{key}”")
            key = by_label[key]
        where: int | str = label
        if len(label) <= 2 and label.isalpha() and label.isascii():  # a column letter: C, AA
            n = 0
            for ch in label.upper():
                n = n * 26 + ord(ch) - 64
            where = n - 1
        out[where] = key
    return out


def run(args: argparse.Namespace) -> int:
    from desktop.core.progress import Printer
    from desktop.intake.importer import check, commit, open_roster
    from desktop.security.cli_support import open_workbench

    # Signed in as in the other commands: the account's role and scope hold for what is
    # written (the store's rules) and for what the report shows.
    with open_workbench(args, local_name="命令行导入") as bench:
        store = bench.store
        plan = open_roster(store, args.file, kind=args.kind, sheet=args.sheet, term=args.term)
        if args.map:
            plan.set_mapping(_mapping(args.map))
        if plan.preset:
            print("已应用保存的列对应关系" + ("（同一表头）" if plan.preset == "exact" else ""))
        print("列对应关系：")
        print("\n".join(plan.mapping_lines()))
        check(store, plan, progress=Printer())
        print(plan.summary())
        issues = plan.issues
        if issues:
            print(f"检查报告（{len(issues)} 条）：")
            for issue in issues[: args.limit]:
                print("  " + issue.line())
            if len(issues) > args.limit:
                print(f"  …… 另有 {len(issues) - args.limit} 条未列出（--limit 可调整）")
        if args.check:
            print("只检查，未导入任何数据")
            return 0
        if args.strict and plan.validated and plan.validated.rejected_rows:
            raise UserError(
                f"有 {len(plan.validated.rejected_rows)} 行有错误，按 --strict 要求整个文件未导入"
            )
        result = commit(store, plan, progress=Printer())
        print(result.summary())
    return 0
