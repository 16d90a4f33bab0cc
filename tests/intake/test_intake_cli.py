"""`kcbx import` and `kcbx compare` as county IT staff run them."""

import datetime as dt

from messy_sheets import id_number, messy_xueji, simple_sheet
from openpyxl import load_workbook

from desktop.cli import main


def count(path, table):
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_prints_mapping_and_report(store, tmp_path, capsys):
    path = tmp_path / "学籍.xlsx"
    messy_xueji(path)
    db = str(store.path)
    store.close()
    assert main(["import", "--db", db, "--kind", "xueji", "--check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "D列 学生信息/身份证号码 → 身份证号" in out
    assert "共 9 行数据：可导入 5 行，有错误未导入 4 行" in out
    assert "第10行 D列（学生信息/身份证号码）：身份证号校验位错误" in out
    assert "只检查，未导入任何数据" in out and count(db, "children") == 0
    assert main(["import", "--db", db, "--kind", "xueji", "--strict", str(path)]) == 1
    assert (
        "按 --strict 要求整个文件未导入" in capsys.readouterr().err and count(db, "children") == 0
    )
    assert main(["import", "--db", db, "--kind", "xueji", str(path)]) == 0
    assert "新建学生 5 人" in capsys.readouterr().out and count(db, "children") == 5


def test_import_with_a_corrected_mapping_and_a_broken_file(store, tmp_path, capsys):
    path = tmp_path / "名单.xlsx"
    simple_sheet(path, ["姓名", "号码"], [["王小明", id_number(dt.date(2013, 5, 2), 7)]])
    db = str(store.path)
    store.close()
    assert main(["import", "--db", db, "--kind", "age_list", str(path)]) == 1
    assert "没有找到必需的列：身份证号或出生日期" in capsys.readouterr().err
    assert main(["import", "--db", db, "--kind", "age_list", "--map", "B=身份证号", str(path)]) == 0
    assert count(db, "roster_rows") == 1
    broken = tmp_path / "坏.csv"
    broken.write_bytes(b"\x80\x81\xff,\xfe\n")
    before = count(db, "changes")
    assert main(["import", "--db", db, "--kind", "hukou", str(broken)]) == 1
    assert "无法识别文件“坏.csv”的文字编码" in capsys.readouterr().err
    assert count(db, "changes") == before


def test_compare_cli_lists_exports_and_opens_cases(store, tmp_path, capsys):
    path = tmp_path / "适龄.xlsx"
    ids = [id_number(dt.date(2015, 6, 1), 1), id_number(dt.date(2016, 2, 3), 2)]
    simple_sheet(path, ["儿童姓名", "身份证号"], [["甲", ids[0]], ["乙", ids[1]]])
    db = str(store.path)
    store.close()
    assert main(["import", "--db", db, "--kind", "age_list", str(path)]) == 0
    out_xlsx = tmp_path / "比对.xlsx"
    assert main(["compare", "--db", db, "--on", "2026-11-28", "--out", str(out_xlsx)]) == 0
    printed = capsys.readouterr().out
    assert "发现适龄未在学 2 人" in printed and "· 学籍中没有此人" in printed
    assert count(db, "cases") == 0  # listing creates nothing
    rows = [
        r
        for r in load_workbook(out_xlsx).active.iter_rows(values_only=True)
        if isinstance(r[0], int)
    ]
    assert {r[6] for r in rows} == set(ids) and rows[0][1] == "适龄未在学"
    assert main(["compare", "--db", db, "--on", "2026-11-28", "--open-cases"]) == 0
    assert "已建立疑似辍学案件 2 件" in capsys.readouterr().out
    assert count(db, "cases") == 2 and count(db, "children") == 2
