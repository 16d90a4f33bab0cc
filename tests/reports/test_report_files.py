"""Reports as files: the .xlsx a county hands in (read back with openpyxl) and the PDF (read
back with pdfplumber); ledger and comparison exports."""

import subprocess

import pytest
import small_county
from openpyxl import load_workbook
from system_tools import need

from desktop.reports.build import campaign_report, monthly_report
from desktop.reports.exports import export_ledger
from desktop.reports.periods import parse_period
from desktop.reports.render import write

SIGN = {"审核人": "王五", "填表人": "李四", "联系电话": "0855-6412345"}


def _rows(ws):
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]


def _find(rows, first):
    return next(r for r in rows if r and r[0] == first)


def test_monthly_xlsx_as_counties_hand_it_in(store, tmp_path):
    small_county.build(store)
    report = monthly_report(store, parse_period("2026-09"), signatures=SIGN)
    path = write(report, tmp_path / "月报.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["月报表", "分类统计", "防辍学", "在册名单"]
    ws = wb["月报表"]
    rows = _rows(ws)
    assert rows[0] == ["从江县控辍保学工作月报表"]
    assert "A1:K1" in {str(r) for r in ws.merged_cells.ranges}  # the title spans the table
    assert ws["A1"].font.bold and ws["A1"].alignment.horizontal == "center"
    assert rows[1] == ["2026年9月"]
    assert rows[2] == [
        "填报单位：从江县教育局（盖章）",
        "统计时段：2026年9月1日至2026年9月30日",
        "单位：人",
    ]
    head = _find(rows, "乡镇")
    assert head == [
        "乡镇",
        "期初",
        "新增",
        "复学",
        "转学核实",
        "延缓/休学",
        "送教上门",
        "超龄/其他",
        "期末",
        "劝返率",
        "挂牌督战",
    ]
    total = _find(rows, "合计")
    assert total == ["合计", 2, 2, 1, 0, 1, 0, 0, 2, 0.25]
    total_row = next(r for r in ws.iter_rows() if r[0].value == "合计")
    assert total_row[9].number_format == "0.00%" and total_row[1].border.left.style == "thin"
    assert total_row[0].font.bold
    notes = [r[0] for r in rows if r and str(r[0]).startswith(("辍学率", "本", "巩固率"))]
    assert [n.split("：")[0] for n in notes] == ["辍学率", "本学年劝返率", "本期劝返率", "巩固率"]
    assert notes[0].startswith("辍学率：20.00%") and notes[3].startswith("巩固率：75.00%")
    assert notes[1].startswith("本学年劝返率：0.00%（本学年新增辍学 2 人中已复学 0 人）")
    assert rows[-1] == [
        "单位负责人：",
        "审核人：王五",
        "填表人：李四",
        "联系电话：0855-6412345",
        f"填报日期：{report.filled_on.year}年{report.filled_on.month}月{report.filled_on.day}日",
    ]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert 8 <= ws.column_dimensions["A"].width <= 40
    names = _rows(wb["在册名单"])
    id_cells = [r for r in wb["在册名单"].iter_rows() if isinstance(r[0].value, int)]
    assert len(id_cells) == 2 and all(
        r[5].number_format == "@" and isinstance(r[5].value, str) for r in id_cells
    )
    assert _find(names, "序号")[:4] == ["序号", "乡镇", "村", "姓名"]


def test_campaign_report(store, tmp_path):
    small_county.build(store)
    report = campaign_report(store, parse_period("2026-2027-1"), signatures=SIGN)
    assert report.meta["term"] == "2026-2027-1"
    path = write(report, tmp_path / "专项行动.xlsx")
    ws = load_workbook(path).active
    rows = _rows(ws)
    assert rows[0] == ["从江县2026—2027学年秋季学期开学控辍保学专项行动统计表"]
    assert rows[1][1] == "统计时段：2026年8月18日至2026年9月30日"
    # 在校生, 摸排疑似, 核实在读, 期初, 新增, 复学, 送教, 延缓, 转学, 其他, 期末, 劝返率
    assert _find(rows, "合计") == ["合计", 10, 3, 1, 2, 2, 1, 0, 1, 0, 0, 2, 0.25]


def test_pdf_report_reads_back(store, tmp_path):
    import pdfplumber

    small_county.build(store)
    report = monthly_report(store, parse_period("2026-09"), signatures=SIGN)
    path = write(report, tmp_path / "月报.pdf")
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0]
        assert first.width > first.height  # landscape
        text = first.extract_text()
        assert len(pdf.pages) >= 2
        all_text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "从江县控辍保学工作月报表" in text
    assert "合计 2 2 1 0 1 0 0 2 25.00%" in text
    assert "审核人：王五" in text and "填表人：李四" in text
    assert "辍学率：20.00%" in text
    assert "按辍学原因" in all_text and "学生甲" not in all_text  # name lists stay out of the PDF
    need("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_ledger_export_of_a_view(demo_store, tmp_path):
    store = demo_store
    ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM cases WHERE state='suspected' ORDER BY case_no DESC"
        )
    ]
    path = tmp_path / "疑似.xlsx"
    n = export_ledger(store, path, case_ids=ids, title="疑似辍学学生台账")
    assert n == len(ids)
    ws = load_workbook(path).active
    rows = _rows(ws)
    assert rows[0] == ["从江县疑似辍学学生台账"]
    head = _find(rows, "序号")
    assert head[:6] == ["序号", "乡镇", "村", "姓名", "性别", "身份证号"]
    assert head[-2:] == ["状态", "挂牌督战"]
    body = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(body) == len(ids) and {r[16] for r in body} == {"疑似辍学"}
    first = store.conn.execute(
        "SELECT ch.id_number FROM cases c JOIN children ch ON ch.id=c.child_id WHERE c.id=?",
        (ids[0],),
    ).fetchone()[0]
    assert body[0][5] == first  # the view's order, IDs kept as text
    assert rows[-1][0] == "单位负责人："
    assert (
        store.conn.execute("SELECT count(*) FROM audit WHERE action='export_ledger'").fetchone()[0]
        == 1
    )


def test_ledger_export_by_states_respects_scope(demo_store, tmp_path):
    from desktop.domain.scope import Scope

    store = demo_store
    town = store.conn.execute(
        "SELECT township_code FROM cases WHERE state='persuading' LIMIT 1"
    ).fetchone()[0]
    store.scope = Scope.township(town)
    n = export_ledger(
        store, tmp_path / "台账.xlsx", states=("dropout", "persuading", "transferred_pending")
    )
    expected = store.conn.execute(
        "SELECT count(*) FROM cases WHERE township_code=? AND state IN ('dropout','persuading','transferred_pending')",
        (town,),
    ).fetchone()[0]
    assert n == expected


def test_report_cli(demo_db, tmp_path, capsys):
    from desktop.cli import main

    out = tmp_path / "月报.xlsx"
    assert (
        main(
            [
                "report",
                "--db",
                str(demo_db),
                "--period",
                "2026-11",
                "--out",
                str(out),
                "--preparer",
                "李四",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "期初" in printed and out.exists()
    assert main(["report", "--db", str(demo_db), "--period", "十一月", "--out", str(out)]) == 1
    assert "统计时段“十一月”无法识别" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".docx", ".csv"])
def test_report_refuses_unknown_formats(store, tmp_path, suffix):
    from desktop.domain.errors import UserError

    report = monthly_report(store, parse_period("2026-09"))
    with pytest.raises(UserError, match=r"\.xlsx 或 \.pdf"):
        write(report, tmp_path / f"x{suffix}")


def test_ledger_export_of_a_filtered_view(demo_store, tmp_path):
    from desktop.store import queries

    store = demo_store
    town = store.conn.execute(
        "SELECT township_code FROM cases WHERE state IN ('dropout', 'persuading')"
        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    f = queries.CaseFilter(states=("dropout", "persuading", "transferred_pending"), township=town)
    seqs = queries.case_seqs(store.conn, f, sort="case_no")
    n = export_ledger(store, tmp_path / "筛选.xlsx", case_filter=f)
    assert n == len(seqs) > 0
    body = [
        r
        for r in load_workbook(tmp_path / "筛选.xlsx").active.iter_rows(values_only=True)
        if isinstance(r[0], int)
    ]
    town_name = store.conn.execute("SELECT name FROM regions WHERE code=?", (town,)).fetchone()[0]
    assert {r[1] for r in body} == {town_name}
    assert export_ledger(store, tmp_path / "行.xlsx", case_seqs=seqs[:2]) == 2


def test_a_full_disk_leaves_the_previous_report_as_it_was(store, tmp_path, monkeypatch):
    import errno
    import os

    from desktop.store import files

    small_county.build(store)
    report = monthly_report(store, parse_period("2026-09"), signatures=SIGN)
    path = tmp_path / "月报.xlsx"
    path.write_bytes(b"last month's report")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(files.DiskFullError, match="磁盘已满"):
        write(report, path)
    assert path.read_bytes() == b"last month's report"
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left
