"""`kcbx form`: list templates, issue a document, print a blank form, reprint, batch print.

kcbx form --list
kcbx form --db FILE TEMPLATE --case CASE_NO --out FILE.pdf        issue (numbered, stored)
kcbx form --db FILE TEMPLATE --case CASE_NO --blank --out FILE.pdf
kcbx form --db FILE TEMPLATE --case CASE_NO --draft --out FILE.pdf
kcbx form --db FILE ledger_dropout --township 丙妹镇 --out FILE.pdf
kcbx form --db FILE monthly_report --period 2026-09 --out FILE.pdf
kcbx form --db FILE order_notice --batch --village 党略村 --out FILE.pdf
kcbx form --db FILE --reprint NUMBER_OR_ID --out FILE.pdf
kcbx form --db FILE --issued [--case CASE_NO]
kcbx form --db FILE --assign-slot N
kcbx form --db FILE order_notice --set-next 39 [--year 2026] [--township 丙妹镇]
kcbx form --db FILE --void NUMBER_OR_ID --reason 原因
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import UserError

if TYPE_CHECKING:
    from desktop.core.workbench import Workbench


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("template", nargs="?", help="文书模板（见 --list）")
    parser.add_argument("--list", action="store_true", help="列出所有文书模板")
    parser.add_argument("--db", help="数据库文件")
    parser.add_argument("--case", help="案件编号（或案件ID）")
    parser.add_argument("--out", help="输出的PDF文件")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--blank", action="store_true", help="空白表（只填学生身份信息），不编号")
    mode.add_argument("--draft", action="store_true", help="样稿（不编号、不存档）")
    mode.add_argument("--batch", action="store_true", help="批量出具：乡镇/村内所有符合条件的案件")
    mode.add_argument("--reprint", metavar="编号或ID", help="重印已出具的文书")
    mode.add_argument("--issued", action="store_true", help="列出已出具的文书")
    mode.add_argument("--assign-slot", type=int, metavar="N", help="为本机分配文书编号段N")
    mode.add_argument(
        "--set-next", type=int, metavar="N", help="设定该类文书本年度的下一个文号（接续纸质登记簿）"
    )
    mode.add_argument(
        "--void", metavar="编号或ID", help="作废已出具的文书（文号保留，须 --reason）"
    )
    parser.add_argument("--reason", help="作废原因")
    parser.add_argument("--year", type=int, help="--set-next 的年度（默认今年）")
    parser.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="字库没有的字打印为方框编码（仅警告）；默认拒绝生成",
    )
    parser.add_argument(
        "--reissue", action="store_true", help="该案件已出具过此文书时，确认重新出具（占用新文号）"
    )
    parser.add_argument("--township", help="乡镇（名称或区划代码）")
    parser.add_argument("--village", help="村（名称或区划代码）")
    parser.add_argument("--period", help="统计月份，如 2026-09")
    parser.add_argument(
        "--state", action="append", default=[], help="批量时只含此状态的案件（可多次）"
    )
    parser.add_argument("--deadline", help="限期日期，如 2026-12-05（默认按县设置的天数）")
    parser.add_argument("--amount", help="罚款金额（元），行政处罚决定书、催告书用")
    parser.add_argument("--event", help="家访记录表：联系记录的ID（默认最近一次）")


def run(args: argparse.Namespace) -> int:
    from desktop.forms import documents

    if args.list:
        for t in documents.templates().values():
            scope = "按案件" if t.scope == "case" else "按区域"
            print(
                f"{t.id:22} {t.title}（{scope}）{('　' + t.description) if t.description else ''}"
            )
        return 0
    if not args.db:
        raise UserError("请用 --db 指定数据库文件")
    from desktop.security.cli_support import open_workbench

    # Signed in as in the other commands: the account's scope holds for everything printed
    # (documents, drafts, blank forms, reprints, the register, area forms).
    with open_workbench(args, local_name=os.environ.get("KCBX_ACTOR", "命令行")) as bench:
        return _run(bench, args)


def _run(bench: Workbench, args: argparse.Namespace) -> int:
    from desktop.forms import batches, documents, numbering

    store = bench.store

    if args.assign_slot is not None:
        numbering.assign_slot(store, args.assign_slot)
        print(f"本机（{numbering.device_mark(store.device_id)}）的文书编号段为 {args.assign_slot}")
        return 0
    if args.issued:
        case_id = bench.find_case(args.case) if args.case else None
        for d in numbering.issued(store, case_id=case_id):
            title = documents.templates().get(d["template"])
            void = f"  作废：{d['void_reason']}" if d["voided"] else ""
            print(
                f"{d['on']}  {d['number']}  {title.title if title else d['template']}  {d['id']}{void}"
            )
        return 0
    if args.void:
        doc_id = _document_id(store, args.void)
        numbering.void_document(store, doc_id, reason=args.reason or "")
        print(f"已作废 {args.void}（文号保留，登记簿显示“作废”）")
        return 0
    if args.set_next is not None:
        return _set_next(store, args)
    out = _out(args)
    if args.reprint:
        rendered = documents.reprint(store, _document_id(store, args.reprint))
        _write(out, rendered.pdf)
        documents.record_output(store, rendered, target=f"pdf:{out}")
        note = "" if rendered.matches else "（注意：与出具时的PDF不完全相同，可能是程序版本不同）"
        print(f"已重印 {rendered.number}，{rendered.pages}页 → {out}{note}")
        return 0
    if not args.template:
        raise UserError("请指定文书模板（用 --list 查看）")
    template = documents.get_template(args.template)
    options = {
        k: v
        for k, v in (("deadline", args.deadline), ("amount", args.amount), ("event_id", args.event))
        if v
    }
    area = _area(store, args)
    if args.batch:
        case_ids = batches.select_cases(
            store, township=area.township, village=area.village, states=args.state
        )
        result = batches.batch(
            store,
            template.id,
            case_ids,
            options=options,
            progress=_progress,
            glyphs="print" if args.allow_missing_glyphs else "refuse",
        )
        _write(out, result.pdf)
        documents.record_output(store, result, target=f"pdf:{out}")
        print(f"\n已出具{len(result.doc_ids)}份{template.title}，共{result.pages}页 → {out}")
        for case_no, why in result.skipped:
            print(f"  跳过 {case_no}：{why}", file=sys.stderr)
        return 0
    glyphs = "print" if args.allow_missing_glyphs else "refuse"
    kw: dict[str, Any] = {"options": options, "glyphs": glyphs}
    if template.scope == "case":
        if not args.case:
            raise UserError(f"“{template.title}”需要用 --case 指定案件编号")
        kw["case_id"] = bench.find_case(args.case)
    else:
        kw["area"] = area
    if args.blank:
        kw.pop("options")
        rendered = documents.blank(store, template.id, **kw)
    elif args.draft:
        rendered = documents.draft(store, template.id, **kw)
    else:
        rendered = documents.issue(store, template.id, reissue=args.reissue, **kw)
    missing = documents.missing_glyphs(rendered.content)
    if missing:
        from desktop.forms.fonts import char_name

        listed = "、".join(f"{ch}（{char_name(ch)}）" for ch in missing[:5])
        print(f"警告：字库中没有 {listed}，已打印为方框中的编码，请在纸面上手写", file=sys.stderr)
    _write(out, rendered.pdf)
    documents.record_output(store, rendered, target=f"pdf:{out}")
    what = {"issue": f"已出具 {rendered.number}", "blank": "空白表", "draft": "样稿"}[rendered.mode]
    print(f"{what}：{template.title}，{rendered.pages}页 → {out}")
    return 0


def _set_next(store: Any, args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.forms import config, documents, numbering

    if not args.template:
        raise UserError("请指定文书模板，如 kcbx form order_notice --set-next 39")
    template = documents.get_template(args.template)
    cfg = config.FormsConfig(store)
    issuer = documents.resolve_issuer(store, cfg, template, case=None, area=_area(store, args))
    series = cfg["forms.series"].get(template.id) or template.id
    year = args.year or dt.date.today().year
    numbering.set_next_number(store, issuer=issuer, series=series, year=year, number=args.set_next)
    print(f"{issuer.name}{year}年“{template.title}”的下一个文号为{args.set_next}号")
    return 0


def _progress(done: int, total: int, text: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{text}", end="", file=sys.stderr)


def _out(args: argparse.Namespace) -> Path:
    if not args.out:
        raise UserError("请用 --out 指定输出的PDF文件")
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("输出文件应以 .pdf 结尾")
    return out


def _write(path: Path, data: bytes) -> None:
    """Atomic: a reader never sees half a PDF; a full disk leaves the old file as it was."""
    from desktop.store.files import write_bytes

    write_bytes(path, data)


def _document_id(store: Any, text: str) -> str:
    row = store.conn.execute(
        "SELECT id FROM events WHERE kind='document' AND (id=? OR json_extract(payload, '$.number')=?)"
        " ORDER BY seq LIMIT 1",
        (text, text),
    ).fetchone()
    if row is None:
        raise UserError(f"找不到文书“{text}”")
    return row[0]


def _region(store: Any, text: str | None, level: str, parent: str = "") -> str:
    if not text:
        return ""
    sql = "SELECT code FROM regions WHERE level=? AND (code=? OR name=? OR official_name=?)"
    params = [level, text, text, text]
    if parent:
        sql += " AND parent=?"
        params.append(parent)
    rows = store.conn.execute(sql, params).fetchall()
    if not rows:
        raise UserError(f"找不到{'乡镇' if level == 'township' else '村'}“{text}”")
    if len(rows) > 1:
        raise UserError(f"“{text}”有重名，请用区划代码或同时指定乡镇")
    return rows[0][0]


def _area(store: Any, args: argparse.Namespace):
    from desktop.forms.base import Area

    township = _region(store, args.township, "township")
    village = _region(store, args.village, "village", township)
    if village and not township:
        township = village[:9] + "000"
    return Area(township=township, village=village, period=args.period or "")
