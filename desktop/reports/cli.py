"""`kcbx report --db FILE --period P --out FILE.xlsx|.pdf [--kind monthly|campaign]`.

P: 2026-11 (month), 2026-Q4 (quarter), 2026-2027-1 (term), 2026-2027 (school year), 2026 (year)
or 2026-09-01..2026-09-30. The format follows the extension of --out.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, help="数据库文件")
    parser.add_argument("--period", required=True, help="统计时段，如 2026-11、2026-2027-1、2026")
    parser.add_argument("--out", required=True, help="输出文件（.xlsx 或 .pdf）")
    parser.add_argument(
        "--kind",
        choices=["monthly", "campaign"],
        default="monthly",
        help="monthly=月报（任意时段的统计表），campaign=开学专项行动统计表",
    )
    parser.add_argument("--unit", help="填报单位（默认：县教育局名称）")
    parser.add_argument("--reviewer", default="", help="审核人")
    parser.add_argument("--preparer", default="", help="填表人")
    parser.add_argument("--head", default="", help="单位负责人")
    parser.add_argument("--phone", default="", help="联系电话")
    parser.add_argument("--no-names", action="store_true", help="xlsx中不附在册学生名单")


def run(args: argparse.Namespace) -> int:
    from desktop.reports.periods import parse_period
    from desktop.reports.render import build_report, write
    from desktop.security.cli_support import open_workbench

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UserError("输出文件的扩展名应为 .xlsx 或 .pdf")
    period = parse_period(args.period)
    signatures = {
        "单位负责人": args.head,
        "审核人": args.reviewer,
        "填表人": args.preparer,
        "联系电话": args.phone,
    }
    # Signed in as in the other commands: a school's or a township's account reports on its
    # own cases only (the Workbench's store reads in the account's scope).
    with open_workbench(args, local_name="命令行报表") as bench:
        store = bench.store
        report = build_report(
            store,
            period,
            kind=args.kind,
            unit=args.unit,
            signatures={k: v for k, v in signatures.items() if v},
            names=not args.no_names,
        )
        write(report, out)
        store.audit("report", detail={"kind": args.kind, "period": period.code, "file": out.name})
    total = report.meta.get("total")
    if total is not None:
        print(
            f"{period.label}：期初 {total.opening}，新增 {total.new}，复学 {total.returned}，"
            f"转学核实 {total.transferred}，延缓/休学 {total.deferred}，送教上门 {total.home_teaching}，"
            f"超龄/其他 {total.other}，期末 {total.closing}"
        )
    print(f"已生成 {out}")
    return 0
