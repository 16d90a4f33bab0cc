"""Reading a roster file (.xlsx or .csv) into a grid of cell values, or saying plainly why not.

The file's content decides how it is read, not its name: counties rename files, and some
"Excel" exports are really old .xls, HTML tables or CSV text. A file that cannot be read gives
a UserError in Chinese and nothing else happens.

CSV text is decoded as UTF-8 (with or without BOM), UTF-16 (WPS "Unicode text") or
GB18030 (a superset of GBK, what Excel/WPS write on Chinese Windows).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg

Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based, as Excel)


class Cancel(Exception):
    """Reading was stopped by the caller's progress (its own exception is the cause)."""


class FileUnreadable(UserError):
    """The roster file cannot be read; the message says why and what to do."""


@dataclass
class Grid:
    """One sheet's cell values. rows[i] is Excel row ``i + 1`` (CSV: line of record i + 1)."""

    file_name: str
    sheet: str
    rows: list[tuple[Any, ...]]
    merges: list[Merge] = field(default_factory=list)
    sheets: list[str] = field(default_factory=list)
    file_format: str = "xlsx"  # xlsx | csv
    encoding: str = ""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows[:200]), default=0)

    def cell(self, row: int, col: int) -> Any:
        """Value at 1-based (row, col), or None."""
        if row < 1 or row > len(self.rows):
            return None
        r = self.rows[row - 1]
        return r[col - 1] if 0 < col <= len(r) else None


_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_ZIP_MAGIC = b"PK\x03\x04"


def _broken(name: str, detail: str) -> Msg:
    return Msg(
        "文件“{name}”已损坏或不完整（可能没有下载或拷贝完整），无法读取。请重新导出或重新拷贝该文件"
        "（{detail}）",
        name=name,
        detail=detail,
    )


def read_grid(
    path: str | Path, *, sheet: str | int | None = None, tick: Callable[[int], None] | None = None
) -> Grid:
    """Read the roster at `path` (xlsx or csv); raise FileUnreadable saying why it cannot be."""
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise FileUnreadable(Msg("找不到文件：{path}", path=str(path))) from None
    except OSError as exc:
        raise FileUnreadable(
            Msg("无法打开文件“{name}”：{error}", name=name, error=str(exc.strerror or exc))
        ) from None
    if not head:
        raise FileUnreadable(Msg("文件“{name}”是空的（0字节），没有可导入的内容", name=name))
    if head.startswith(_XLS_MAGIC):
        raise FileUnreadable(
            Msg(
                "文件“{name}”是旧版Excel（.xls）格式或设置了打开密码。"
                "请在Excel/WPS中打开后“另存为”Excel工作簿（.xlsx，不设密码）再导入",
                name=name,
            )
        )
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, sheet=sheet, tick=tick)
    if path.suffix.lower() in (".xlsx", ".xlsm") and not _looks_like_text(path):
        raise FileUnreadable(_broken(name, N_("不是有效的xlsx文件")))
    return _read_csv(path)


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        sample = fh.read(4096)
    return b"\x00" not in sample or sample[:2] in (b"\xff\xfe", b"\xfe\xff")


# --- xlsx ---------------------------------------------------------------------------------

_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


def _read_xlsx(path: Path, *, sheet: str | int | None, tick: Callable[[int], None] | None) -> Grid:
    import zipfile

    from openpyxl import load_workbook

    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            bad = zf.testzip()
        if bad is not None:
            raise FileUnreadable(_broken(name, Msg("{member} 校验失败", member=bad)))
        if "xl/workbook.xml" not in names:
            if "word/document.xml" in names:
                raise FileUnreadable(Msg("文件“{name}”是Word文档，不是Excel表格", name=name))
            raise FileUnreadable(Msg("文件“{name}”不是Excel工作簿（.xlsx）", name=name))
        with warnings.catch_warnings():  # "extension not supported" etc.: noise to a user
            warnings.simplefilter("ignore")
            wb = load_workbook(path, read_only=True, data_only=True)
    except FileUnreadable:
        raise
    except Exception as exc:  # zipfile, zlib, XML errors: all mean the file is damaged
        raise FileUnreadable(_broken(name, type(exc).__name__)) from None
    try:
        sheets = list(wb.sheetnames)
        if not sheets:
            raise FileUnreadable(Msg("文件“{name}”中没有工作表", name=name))
        order = _sheet_order(sheets, sheet, name)
        for title in order:
            ws = wb[title]
            ws.reset_dimensions()  # some exporters write a wrong <dimension>: read everything
            try:
                try:
                    rows = _trimmed_rows(fast_rows(ws, tick=tick))
                except Cancel:
                    raise
                except Exception:  # anything unusual: openpyxl's own (slower) parser decides
                    rows = _trimmed_rows(ws.iter_rows(values_only=True))
                merges = _merged_ranges(ws)
            except (FileUnreadable, Cancel):
                raise
            except Exception as exc:
                raise FileUnreadable(
                    _broken(
                        name, Msg("工作表“{sheet}”：{error}", sheet=title, error=type(exc).__name__)
                    )
                ) from None
            if rows or sheet is not None:
                if not rows:
                    raise FileUnreadable(
                        Msg("工作表“{sheet}”是空的，没有可导入的数据", sheet=title)
                    )
                return Grid(name, title, rows, merges, sheets, "xlsx")
        raise FileUnreadable(Msg("文件“{name}”的工作表都是空的，没有可导入的数据", name=name))
    finally:
        wb.close()


def _sheet_order(sheets: list[str], wanted: str | int | None, name: str) -> list[str]:
    if wanted is None:
        return sheets
    if isinstance(wanted, int) or (isinstance(wanted, str) and wanted.isdigit()):
        index = int(wanted)
        if not 1 <= index <= len(sheets):
            raise FileUnreadable(
                Msg(
                    "文件“{name}”只有 {count} 个工作表，没有第 {index} 个",
                    name=name,
                    count=len(sheets),
                    index=index,
                )
            )
        return [sheets[index - 1]]
    if wanted not in sheets:
        raise FileUnreadable(
            Msg(
                "文件“{name}”中没有名为“{sheet}”的工作表（有：{sheets}）",
                name=name,
                sheet=wanted,
                sheets=list(sheets),
            )
        )
    return [wanted]


def _trimmed_rows(rows: Any) -> list[tuple[Any, ...]]:
    """Rows without trailing empty cells; trailing empty rows dropped."""
    out: list[tuple[Any, ...]] = []
    last_filled = 0
    for row in rows:
        values = tuple(None if (isinstance(v, str) and not v.strip()) else v for v in row)
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        out.append(values[:end])
        if end:
            last_filled = len(out)
    return out[:last_filled]


def _column_number(ref: str) -> int:
    n = 0
    for ch in ref:
        if ch <= "9":
            break
        n = n * 26 + ord(ch) - 64
    return n


def fast_rows(ws: Any, *, tick: Callable[[int], None] | None = None) -> list[tuple[Any, ...]]:
    """Cell values of a read-only worksheet, row by row (Excel row i+1 at index i), the same
    values openpyxl's `iter_rows(values_only=True)` gives (shared and inline strings, numbers,
    booleans, dates by cell style, cached formula results) at about twice its speed: a county
    roster has 100,000 rows. Empty rows are kept so row numbers stay those Excel shows.
    `tick(rows_read)` is called every 5,000 rows (progress; it may raise to cancel)."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.cell.text import Text
    from openpyxl.utils.datetime import from_excel, from_ISO8601
    from openpyxl.worksheet._reader import _cast_number
    from openpyxl.xml.constants import SHEET_MAIN_NS

    wb = ws.parent
    strings = ws._shared_strings
    dates, durations, epoch = wb._date_formats, wb._timedelta_formats, wb.epoch
    row_tag, cell_tag = f"{{{SHEET_MAIN_NS}}}row", f"{{{SHEET_MAIN_NS}}}c"
    value_tag, inline_tag = f"{{{SHEET_MAIN_NS}}}v", f"{{{SHEET_MAIN_NS}}}is"
    text_tag = f"{{{SHEET_MAIN_NS}}}t"
    out: list[tuple[Any, ...]] = []
    row_no = 0
    with ws._get_source() as src:
        for _event, el in iterparse(src):
            if el.tag != row_tag:
                continue
            r = el.get("r")
            row_no = int(float(r)) if r else row_no + 1
            while len(out) < row_no - 1:
                out.append(())
            cells: dict[int, Any] = {}
            col = 0
            for c in el:
                if c.tag != cell_tag:
                    continue
                ref = c.get("r")
                col = _column_number(ref) if ref else col + 1
                kind = c.get("t", "n")
                value: Any
                if kind == "inlineStr":  # what openpyxl itself writes
                    child = c.find(inline_tag)
                    if child is None:
                        value = None
                    elif len(child) == 1 and child[0].tag == text_tag:  # plain, no rich runs
                        value = child[0].text or ""
                    else:
                        value = Text.from_tree(child).content
                else:
                    value = c.findtext(value_tag) or None
                    if value is not None:
                        if kind == "n":
                            value = _cast_number(value)
                            style = c.get("s")
                            if style and int(style) in dates:
                                try:
                                    value = from_excel(
                                        value, epoch, timedelta=int(style) in durations
                                    )
                                except (OverflowError, ValueError):
                                    value = "#VALUE!"
                        elif kind == "s":
                            value = strings[int(value)]
                        elif kind == "b":
                            value = bool(int(value))
                        elif kind == "d":
                            value = from_ISO8601(value)
                cells[col] = value
            el.clear()
            width = max(cells) if cells else 0
            out.append(tuple(cells.get(i) for i in range(1, width + 1)))
            if tick is not None and row_no % 5000 == 0:
                try:
                    tick(row_no)
                except Exception as exc:
                    raise Cancel from exc
    return out


def _merged_ranges(ws: Any) -> list[Merge]:
    """Merged ranges of a read-only worksheet (openpyxl does not parse them in that mode).

    <mergeCells> follows <sheetData> in the sheet XML, so the stream is scanned to its end."""
    from openpyxl.utils.cell import range_boundaries

    found: set[Merge] = set()
    tail = b""
    with ws._get_source() as src:
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            data = tail + chunk  # chunks overlap so a tag cut in two is still seen (set dedupes)
            for m in _MERGE_RE.finditer(data):
                min_col, min_row, max_col, max_row = range_boundaries(m[1].decode())
                found.add((min_row, min_col, max_row, max_col))
            tail = data[-128:]
    return sorted(found)


# --- csv ----------------------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of CSV bytes: UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in decoded:
            break
        return decoded, "gbk" if encoding == "gb18030" else encoding.replace("-sig", "")
    raise FileUnreadable(
        Msg(
            "无法识别文件“{name}”的文字编码（既不是UTF-8，也不是GBK/GB18030），或者它不是文本表格。"
            "请在Excel/WPS中打开，另存为“CSV UTF-8”或Excel工作簿（.xlsx）后再导入",
            name=name,
        )
    )


def _delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    best, best_score = ",", 0
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in lines]
        if not counts:
            continue
        # The header and data lines share the count; title lines above may have none.
        common = max(set(counts), key=counts.count)
        score = common * counts.count(common)
        if common and score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path) -> Grid:
    name = path.name
    data = path.read_bytes()
    text, encoding = decode_text(data, name)
    if text.lstrip().lower().startswith(("<html", "<!doctype", "<table", "<?xml")):
        raise FileUnreadable(
            Msg(
                "文件“{name}”实际上是网页或XML格式（有的系统导出的“Excel”是网页表格）。"
                "请用Excel/WPS打开后另存为Excel工作簿（.xlsx）再导入",
                name=name,
            )
        )
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        rows = _trimmed_rows(tuple(c if c.strip() else None for c in r) for r in reader)
    except csv.Error as exc:
        raise FileUnreadable(
            Msg("文件“{name}”的CSV格式有错，无法读取（{error}）", name=name, error=str(exc))
        ) from None
    if not rows:
        raise FileUnreadable(Msg("文件“{name}”中没有数据", name=name))
    return Grid(name, "", rows, [], [], "csv", encoding)
