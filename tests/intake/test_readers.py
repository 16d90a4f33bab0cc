"""Reading roster files: header detection on messy sheets, encodings, broken files."""

import datetime as dt

import pytest
from messy_sheets import excel_like_xlsx, id_number, messy_xueji, simple_sheet

from desktop.intake.columns import detect, lookup, skip_reason
from desktop.intake.readers import FileUnreadable, read_grid


def test_two_row_merged_header_under_title_rows(tmp_path):
    path = tmp_path / "学籍.xlsx"
    messy_xueji(path)
    grid = read_grid(path)
    assert grid.sheet == "学生名册"
    assert (1, 1, 1, 14) in grid.merges and (3, 11, 3, 12) in grid.merges
    header = detect(grid)
    assert header.rows == [3, 4]
    assert header.data_start == 5
    assert header.labels[1] == "学生信息/姓名"
    m = header.mapping
    assert m[1] == "name" and m[3] == "id_number" and m[4] == "birth_date"
    assert m[10] == "guardian_name" and m[11] == "guardian_phone"  # 姓名 under 监护人信息
    assert m[7] == "school" and m[8] == "grade" and m[13] == "village"
    # the column-number row, the total and the signature lines are not data
    reasons = [skip_reason(grid, r, header) for r in range(5, len(grid.rows) + 1)]
    assert reasons[0] == "column_numbers"
    assert reasons[-3:] == ["empty", "total", "footer"]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("公民身份号码", "id_number"),
        ("证件号码", "id_number"),
        ("身份证号码（18位）", "id_number"),
        ("学生身份证号", "id_number"),
        ("儿童姓名", "name"),
        ("出生年月", "birth_date"),
        ("全国学籍号", "xueji_no"),
        ("乡(镇)", "township"),
        ("村（社区）", "village"),
        ("户口所在地", "hukou_address"),
        ("监测对象类别", "category"),
        ("监护人身份证号", "guardian_id"),
        ("备 注", "remark"),
        ("与户主关系", "relation"),
    ],
)
def test_header_spellings(label, field):
    assert lookup(label) == field


def test_csv_two_row_header_without_merge_information(tmp_path):
    path = tmp_path / "名单.csv"
    rows = [
        "适龄儿童摸底名单,,,,,",
        "序号,儿童信息,,,监护人信息,",
        ",姓名,性别,身份证号,姓名,联系电话",
        f"1,王五,男,{id_number(dt.date(2015, 1, 9), 3)},王大,13900000000",
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    header = detect(read_grid(path))
    assert header.rows == [2, 3]
    assert header.mapping[1] == "name" and header.mapping[4] == "guardian_name"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8", "utf-16"])
def test_csv_encodings_from_wps_and_excel(tmp_path, encoding):
    path = tmp_path / "户籍.csv"
    sep = "\t" if encoding == "utf-16" else ","
    text = (
        sep.join(["姓名", "公民身份号码", "村（社区）"])
        + "\n"
        + sep.join(["䶮宝", id_number(dt.date(2015, 1, 9), 3), "岜沙村"])
        + "\n"
    )
    if encoding in ("gbk",):
        text = text.replace("䶮", "张")  # GBK cannot hold it; GB18030 can
    path.write_bytes(text.encode(encoding))
    grid = read_grid(path)
    assert grid.rows[1][2] == "岜沙村"
    assert grid.file_format == "csv"


def _valid_xlsx(path):
    simple_sheet(path, ["姓名", "身份证号"], [["张三", id_number(dt.date(2014, 3, 5), 1)]])
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "空的"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "不是有效的xlsx"),
        (lambda p: p.write_bytes(_valid_xlsx(p).read_bytes()[:1500]), "损坏或不完整"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "旧版Excel"),
    ],
)
def test_broken_xlsx_files_say_why(tmp_path, make, message):
    path = tmp_path / "名册.xlsx"
    make(path)
    with pytest.raises(FileUnreadable, match=message):
        read_grid(path)


def test_an_empty_sheet_and_other_non_rosters(tmp_path):
    from openpyxl import Workbook

    empty = tmp_path / "空表.xlsx"
    Workbook().save(empty)
    with pytest.raises(FileUnreadable, match="空的"):
        read_grid(empty)
    html = tmp_path / "导出.xls"
    html.write_text("<html><table><tr><td>姓名</td></tr></table></html>", encoding="utf-8")
    with pytest.raises(FileUnreadable, match="网页"):
        read_grid(html)
    garbled = tmp_path / "乱码.csv"
    garbled.write_bytes(b"\xd0\xd5\xc3\xfb,abc\n\x80\x80\xff\xfe,\x81\n")
    with pytest.raises(FileUnreadable, match="编码"):
        read_grid(garbled)
    with pytest.raises(FileUnreadable, match="找不到文件"):
        read_grid(tmp_path / "没有这个文件.xlsx")


def test_sheet_choice(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "两个表.xlsx"
    wb = Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("名单")
    ws.append(["姓名", "身份证号"])
    ws.append(["张三", id_number(dt.date(2014, 3, 5), 1)])
    wb.save(path)
    assert read_grid(path).sheet == "名单"  # the empty first sheet is passed over
    assert read_grid(path, sheet=2).sheet == "名单"
    with pytest.raises(FileUnreadable, match="没有名为"):
        read_grid(path, sheet="花名册")


def test_fast_reader_gives_what_openpyxl_gives(tmp_path):
    """The fast sheet parser and openpyxl's own agree cell for cell, on what openpyxl writes
    (inline strings) and on what Excel/WPS write (shared strings, date styles, gaps)."""
    from openpyxl import Workbook, load_workbook

    from desktop.intake.readers import _trimmed_rows, fast_rows

    idn = id_number(dt.date(2014, 3, 5), 1)
    ours = tmp_path / "openpyxl.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"] = "姓名", True, 3.25
    ws["A2"], ws["C2"] = dt.datetime(2012, 3, 5), 41275
    ws["C2"].number_format = "yyyy年m月d日"
    ws["A4"] = "=1+1"  # no cached value: None in both
    ws["E6"] = int(idn)
    wb.save(ours)
    excel = tmp_path / "excel.xlsx"
    excel_like_xlsx(
        excel,
        {
            1: ["从江县学生名册"],
            3: ["姓名", "身份证号", "出生日期", "在读"],
            4: ["张三", idn, dt.date(2014, 3, 5), True],
            6: ["李四", 5.22633201403051e17, 20140305, False],
            9: ["王五", idn, None, None],
        },
    )
    for p in (ours, excel):
        ws = load_workbook(p, read_only=True, data_only=True).active
        fast = _trimmed_rows(fast_rows(ws))
        ws.reset_dimensions()
        assert fast == _trimmed_rows(ws.iter_rows(values_only=True)), p.name
        if p == excel:
            assert fast[3] == ("张三", idn, dt.datetime(2014, 3, 5), True)
            assert fast[4] == () and fast[5][1] == 5.22633201403051e17
            assert fast[8][:2] == ("王五", idn)
    grid = read_grid(excel)
    assert grid.merges == [(1, 1, 1, 4)]
    header = detect(grid)
    assert header.rows == [3] and header.mapping[1] == "id_number"
