"""Deliberately messy roster files, as counties really send them (synthetic people only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.domain.ids import id_check_char

COUNTY = "522633"  # 从江县, the test county


def id_number(birth: dt.date, seq: int, *, sex: str = "男", area: str = COUNTY) -> str:
    seq3 = (seq * 2 + (1 if sex == "男" else 0)) % 1000
    first17 = f"{area}{birth:%Y%m%d}{seq3:03d}"
    return first17 + id_check_char(first17)


def bad_checksum(number: str) -> str:
    last = number[-1]
    return number[:-1] + ("0" if last != "0" else "1")


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


# The people of the messy 学籍 sheet: (name, sex, birth, grade text).
PEOPLE = [
    ("张三", "男", dt.date(2014, 3, 5), "七年级"),
    ("李小红", "女", dt.date(2015, 6, 18), "初一"),
    ("王五", "男", dt.date(2016, 1, 9), "五年级"),
    ("赵六", "女", dt.date(2017, 11, 30), "3"),
    ("吴敏", "女", dt.date(2013, 2, 1), "八年级"),
    ("郑强", "男", dt.date(2018, 5, 20), "二年级"),
    ("孙丽", "女", dt.date(2012, 8, 8), "九年级"),
    ("周杰", "男", dt.date(2015, 9, 9), "五年级"),
]


def messy_xueji(path: Path, *, school: str = "丙妹镇中心小学") -> dict[str, object]:
    """A 学籍 roster with everything that goes wrong in practice. Returns what the test should
    expect (IDs of good rows, rows that must be refused and why)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "学生名册"
    ws.append(["从江县2026年秋季学期在校学生花名册"])
    ws.merge_cells("A1:N1")
    ws.append(["填报单位：丙妹镇中心学校（盖章）          填报日期：2026年9月10日"])
    ws.merge_cells("A2:N2")
    # two-row header with merged group cells
    ws.append(
        [
            "序号",
            "学生信息",
            None,
            None,
            None,
            None,
            "全国学籍号",
            "学校名称",
            "年级",
            "班级",
            "监护人信息",
            None,
            "乡镇",
            "村（社区）",
        ]
    )
    ws.append(
        [
            None,
            "姓名",
            "性别",
            "身份证号码",
            "出生日期",
            "民族",
            None,
            None,
            None,
            None,
            "姓名",
            "联系电话",
            None,
            None,
        ]
    )
    for rng in ("A3:A4", "B3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "K3:L3", "M3:M4", "N3:N4"):
        ws.merge_cells(rng)
    ws.append(list(range(1, 15)))  # the column-number row some templates have
    ids = [id_number(b, i + 1, sex=s) for i, (_, s, b, _) in enumerate(PEOPLE)]
    good: dict[int, str] = {}
    bad: dict[int, str] = {}

    def add(values: list[object]) -> int:
        ws.append(values)
        return ws.max_row

    n = 0

    def row(
        i: int,
        *,
        id_cell: object = None,
        birth: object = None,
        name: str | None = None,
        sex: str | None = None,
        grade: str | None = None,
        school_name: str | None = None,
    ) -> int:
        nonlocal n
        n += 1
        nm, sx, b, gr = PEOPLE[i]
        return add(
            [
                n,
                name if name is not None else nm,
                sex if sex is not None else sx,
                id_cell if id_cell is not None else ids[i],
                birth if birth is not None else b.strftime("%Y.%-m.%-d"),
                "苗族" if i % 2 else "汉",
                "G" + ids[i],
                school_name or school,
                grade if grade is not None else gr,
                f"{i % 3 + 1}班",
                "张父" if i % 2 else "李母",
                "13800000000",
                "丙妹镇",
                "岜沙村" if i % 2 else "",
            ]
        )

    good[row(0)] = ids[0]  # plain, date as 2014.3.5
    good[
        row(
            1,
            id_cell=" " + fullwidth(ids[1][:9]) + " " + ids[1][9:] + " ",
            birth="2015年6月18日",
            name=" 李 小红 ",
        )
    ] = ids[1]
    r = row(2, id_cell=float(ids[2]))  # Excel turned it into 5.22633E+17
    bad[r] = "科学计数法|数字"
    good[row(3, birth=20171130)] = ids[3]  # yyyymmdd as a number
    r = row(4, id_cell=bad_checksum(ids[4]))
    bad[r] = "校验位"
    good[row(5, birth=dt.datetime(2018, 5, 20))] = ids[5]  # a real date cell
    good[row(6, birth=(PEOPLE[6][2] - dt.date(1899, 12, 30)).days)] = ids[6]  # an Excel serial
    r = row(0, birth="2014-03-05")  # the same ID again
    bad[r] = "重复"
    r = row(7, sex="女")  # sex disagrees with the ID
    bad[r] = "性别"
    ws.append([])
    ws.append([f"合计：{n}人"])
    ws.append(["填表人：李四", None, None, "审核人：王五", None, None, "联系电话：0855-6412345"])
    wb.save(path)
    return {"good": good, "bad": bad, "ids": ids}


def simple_sheet(
    path: Path, header: list[str], rows: list[list[object]], *, title: str | None = None
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(header)))
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def excel_like_xlsx(path: Path, rows: dict[int, list[object]]) -> None:
    """A minimal workbook written the way Excel/WPS write them (openpyxl writes inline
    strings; Excel uses a shared-string table and styles for dates). `rows` maps a row number
    to its cells: str (shared), int/float, bool, dt.date (serial with a date style), None.
    Cells of row 9 carry no `r` attribute (allowed by the format)."""
    import zipfile
    from xml.sax.saxutils import escape

    shared: list[str] = []
    sheet_rows = []
    for r, cells in sorted(rows.items()):
        out = []
        for c, v in enumerate(cells):
            ref = "" if r == 9 else f' r="{chr(65 + c)}{r}"'
            if v is None:
                continue
            if isinstance(v, bool):
                out.append(f'<c{ref} t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, dt.date):
                out.append(f'<c{ref} s="1"><v>{(v - dt.date(1899, 12, 30)).days}</v></c>')
            elif isinstance(v, (int, float)):
                out.append(f"<c{ref}><v>{v!r}</v></c>")
            else:
                if v not in shared:
                    shared.append(str(v))
                out.append(f'<c{ref} t="s"><v>{shared.index(str(v))}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(out)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
            '<sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}>'
            '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">'
            + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
            + "</sst>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{"".join(sheet_rows)}</sheetData>'
            '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
