"""`kcbx plan`: the county plan (一县一案), the 挂牌督战 regions and the oversight report (督导).

kcbx plan show [--year Y]
kcbx plan set TOWNSHIP --responsible NAME --deadline D [--rate R] [--returns N] [--phone P]
              [--note T] [--year Y]
kcbx plan remove TOWNSHIP [--year Y]
kcbx plan priority [--set CODE …] [--clear]
kcbx plan report --out FILE.xlsx|.pdf [--year Y] [--date D]

TOWNSHIP is a township's name or 12-digit code; Y the first year of a school year (2026 for
2026—2027, default: the current one). Only a county account may change the plan or the regions;
a refusal prints its Chinese reason, writes nothing and exits with 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop.domain import county_plan as rules
from desktop.domain.errors import UserError, ValidationError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop.security.cli_support import add_db_argument

    sub = parser.add_subparsers(
        dest="verb", required=True, metavar="show|set|remove|priority|report"
    )
    show = sub.add_parser("show", help="显示本学年各乡镇的目标、责任人和完成情况")
    put = sub.add_parser("set", help="设置一个乡镇的目标、责任人和完成时限")
    put.add_argument("township", metavar="TOWNSHIP", help="乡镇名称或区划代码")
    put.add_argument("--responsible", required=True, help="责任人")
    put.add_argument("--deadline", required=True, help="完成时限，如 2027-06-30")
    put.add_argument("--rate", default="", help="目标劝返率（%%），如 95")
    put.add_argument("--returns", default="", help="目标劝返人数")
    put.add_argument("--phone", default="", help="责任人联系电话")
    put.add_argument("--note", default="", help="备注")
    remove = sub.add_parser("remove", help="删除一个乡镇的目标")
    remove.add_argument("township", metavar="TOWNSHIP", help="乡镇名称或区划代码")
    priority = sub.add_parser("priority", help="显示或设置挂牌督战地区（乡镇或村）")
    priority.add_argument(
        "--set", nargs="+", default=None, metavar="CODE", help="挂牌督战的乡镇或村（名称或代码）"
    )
    priority.add_argument("--clear", action="store_true", help="取消全部挂牌督战地区")
    report = sub.add_parser("report", help="督导报告（按乡镇、按包保责任人）")
    report.add_argument("--out", required=True, help="输出文件（.xlsx 或 .pdf）")
    report.add_argument("--date", help="统计截止日期（默认今天）")
    for p in (show, put, remove, report):
        p.add_argument("--year", type=int, help="学年的起始年份，如 2026（默认本学年）")
    for p in (show, put, remove, priority, report):
        add_db_argument(p)


def run(args: argparse.Namespace) -> int:
    from desktop.core.actor import LOCAL_NAME
    from desktop.security.cli_support import open_workbench

    with open_workbench(args, local_name=LOCAL_NAME) as bench:
        if args.verb == "priority":
            return _priority(bench, args)
        year = args.year if args.year is not None else rules.school_year_of(dt.date.today())
        if args.verb == "show":
            return _show(bench, year)
        if args.verb == "set":
            return _set(bench, year, args)
        if args.verb == "remove":
            return _remove(bench, year, args)
        return _report(bench, year, args)


def township_code(bench: Any, text: str) -> str:
    """A township of the county by its name or code."""
    from desktop.core import county

    towns = county.townships(bench)
    for code, name in towns:
        if text in (code, name):
            return code
    names = "、".join(name for _, name in towns)
    raise ValidationError(f"本县没有乡镇“{text}”。本县的乡镇：{names}")


def _show(bench: Any, year: int) -> int:
    from desktop.reports import oversight

    o = oversight.build(bench, school_year=year)
    print(f"县控辍保学工作方案（一县一案）：{rules.year_label(year)}")
    for ln in o.townships:
        t = ln.target
        goal = (
            f"目标 {t.rate_text() or '—'} / {t.returns_text() or '—'}人，责任人 {t.responsible}，"
            f"时限 {t.deadline.isoformat()}"
            if t
            else "未制定目标"
        )
        mark = "【挂牌督战】" if ln.priority else ""
        print(
            f"{ln.name}{mark}：{goal}；复学 {ln.returned} 人，劝返率 {ln.rate_text()}，"
            f"{ln.verdict(o.today)}"
        )
    return 0


def _set(bench: Any, year: int, args: argparse.Namespace) -> int:
    from desktop.core import county

    target = rules.Target(
        school_year=year,
        township_code=township_code(bench, args.township),
        target_rate=rules.parse_rate(args.rate),
        target_returns=rules.parse_count(args.returns),
        responsible=args.responsible,
        deadline=rules.parse_date(args.deadline),
        phone=args.phone,
        note=args.note,
    )
    county.set_target(bench, target)
    print(f"已保存：{args.township}（{rules.year_label(year)}）")
    return 0


def _remove(bench: Any, year: int, args: argparse.Namespace) -> int:
    from desktop.core import county

    county.remove_target(bench, year, township_code(bench, args.township))
    print(f"已删除：{args.township}（{rules.year_label(year)}）")
    return 0


def region_code(names: dict[str, tuple[str, str, str | None]], text: str) -> str:
    """A township or village by code, name, or 乡镇/村 (a village name may repeat)."""
    if text in names:
        return text
    found = [c for c, (n, _l, _p) in names.items() if n == text]
    if "/" in text:
        town, village = text.split("/", 1)
        found = [
            c
            for c, (n, level, parent) in names.items()
            if level == "village" and n == village and parent and names[parent][0] == town
        ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(f"本县没有名为“{text}”的乡镇或村")
    raise ValidationError(f"“{text}”有{len(found)}处同名，请写成“乡镇/村”或用区划代码")


def _priority(bench: Any, args: argparse.Namespace) -> int:
    from desktop.core import county

    names = county.region_names(bench)
    if args.clear or args.set is not None:
        codes = [] if args.clear else [region_code(names, t) for t in args.set]
        county.set_priority_regions(bench, codes)
    listed = county.priority_regions(bench)
    if not listed:
        print("未设置挂牌督战地区")
        return 0
    print("挂牌督战地区：")
    for code in listed:
        name, level, parent = names.get(code, (code, "", None))
        where = f"{names[parent][0]}/{name}" if level == "village" and parent in names else name
        print(f"  {code}  {where}")
    return 0


def _report(bench: Any, year: int, args: argparse.Namespace) -> int:
    from desktop.reports import oversight

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UserError("输出文件的扩展名应为 .xlsx 或 .pdf")
    today = rules.parse_date(args.date, "统计截止日期") if args.date else dt.date.today()
    built = oversight.report(bench, today=today, school_year=year)
    oversight.export(bench, out, built=built)
    o = built.meta["oversight"]
    t = o.total
    print(
        f"截至{today.isoformat()}：在办案件 {t.open_cases}，逾期未走访 {t.overdue}，"
        f"无一人一案 {t.without_plan}，方案逾期 {t.plan_overdue}"
    )
    print(f"已生成 {out}")
    return 0
