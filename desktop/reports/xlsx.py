"""Writing a `Report` as an .xlsx the way counties hand reports in: the title merged across,
填报单位/统计时段/单位：人 on one line, a bordered table with a 合计 row, notes, and the
单位负责人/审核人/填表人/联系电话/填报日期 line; columns sized to their content; printed
landscape on A4, one page wide, the table head repeated on every page.

ID numbers are written as text cells (format '@'), so Excel never turns them into 5.22633E+17.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.reports.model import Report, Sheet, Table

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
HEAD_FILL = "D9D9D9"
_PERCENT = re.compile(r"-?\d+(\.\d+)?%")


def display_width(value: Any) -> int:
    """Columns a value takes in Excel: wide (CJK) characters count two."""
    s = "" if value is None else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def write_report(report: Report, path: str | Path) -> Path:
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in report.sheets:
        ws = wb.create_sheet(_sheet_name(sheet.name))
        _write_sheet(ws, report, sheet)
    save(wb, path)
    return path


def save(wb: Any, path: Path) -> None:
    """Write the workbook atomically: a full disk or an error leaves the old file as it was."""
    from desktop.store.files import atomic_open

    try:
        with atomic_open(path, "wb") as fh:
            wb.save(fh)
    except PermissionError:
        raise UserError(
            Msg("无法写入“{name}”：文件可能正在Excel/WPS中打开，请关闭后重试", name=path.name)
        ) from None
    except OSError as exc:
        raise UserError(
            Msg("无法写入“{path}”：{why}", path=path, why=exc.strerror or exc)
        ) from None


def _sheet_name(name: str) -> str:
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31] or "Sheet"


class _Styles:
    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.title = Font(name=TITLE_FONT, size=18, bold=True)
        self.subtitle = Font(name=BODY_FONT, size=12)
        self.body = Font(name=BODY_FONT, size=11)
        self.bold = Font(name=BODY_FONT, size=11, bold=True)
        self.head_fill = PatternFill("solid", fgColor=HEAD_FILL)
        self.center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.right = Alignment(horizontal="right", vertical="center")
        self.note = Alignment(horizontal="left", vertical="top", wrap_text=True)
        self._made: dict[tuple[bool, bool, str], Any] = {}

    def apply(self, cell: Any, key: tuple[bool, bool, str]) -> None:
        """Style a body cell (left-aligned?, bold?, number format). Setting font, border and
        alignment on every cell hashes the style objects each time (openpyxl), which is most
        of the cost of a 5,000-row ledger; the first cell's style array is copied instead."""
        made = self._made.get(key)
        if made is not None:
            cell._style = copy.copy(made)
            return
        left, bold, fmt = key
        cell.font = self.bold if bold else self.body
        cell.border = self.border
        cell.alignment = self.left if left else self.center
        cell.number_format = fmt
        self._made[key] = copy.copy(cell._style)


def _merge_text(
    ws: Any, row: int, first: int, last: int, value: str, *, font: Any, align: Any
) -> None:
    cell = ws.cell(row=row, column=first, value=value)
    cell.font, cell.alignment = font, align
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _write_sheet(ws: Any, report: Report, sheet: Sheet) -> None:
    from openpyxl.utils import get_column_letter

    st = _Styles()
    width = max(len(t.columns) for t in sheet.tables)
    widths = _column_widths(sheet.tables, width)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    total_width = sum(widths)
    row = 1
    _merge_text(ws, row, 1, width, sheet.title, font=st.title, align=st.center)
    ws.row_dimensions[row].height = 36
    row += 1
    if sheet.subtitle:
        _merge_text(ws, row, 1, width, sheet.subtitle, font=st.subtitle, align=st.center)
        row += 1
    # 填报单位（盖章） | 统计时段 | 单位：人
    line = [report.unit_text(), report.period_text, report.measure]
    needs = [display_width(t) + 4 for t in line]
    aligns = [st.left, st.center, st.right]
    if width >= 3:
        for (first, last), text, align in zip(_spans(widths, needs), line, aligns, strict=True):
            _merge_text(ws, row, first, last, text, font=st.body, align=align)
    else:
        _merge_text(ws, row, 1, width, "　".join(line), font=st.body, align=st.left)
    ws.row_dimensions[row].height = 22
    row += 1
    first_head = None
    for table in sheet.tables:
        if table.title:
            _merge_text(ws, row, 1, width, table.title, font=st.bold, align=st.left)
            row += 1
        head = row
        first_head = first_head or head
        for c, label in enumerate(table.columns, start=1):
            cell = ws.cell(row=row, column=c, value=label)
            cell.font, cell.alignment, cell.border, cell.fill = (
                st.bold,
                st.center,
                st.border,
                st.head_fill,
            )
        ws.row_dimensions[row].height = (
            30 if max(display_width(x) for x in table.columns) > 8 else 22
        )
        row += 1
        for values in table.rows:
            _body_row(ws, row, table, values, st, bold=False)
            row += 1
        if table.total is not None:
            _body_row(ws, row, table, table.total, st, bold=True)
            row += 1
        for note in table.notes:
            _note(ws, row, width, note, st, total_width)
            row += 1
        row += 1
    for note in sheet.notes:
        _note(ws, row, width, note, st, total_width)
        row += 1
    if sheet.signature:
        row += 1
        _signature(ws, row, widths, report, st)
    ws.freeze_panes = (
        ws.cell(row=(first_head or 1) + 1, column=1) if len(sheet.tables) == 1 else None
    )
    _print_setup(ws, sheet, first_head, one_page=row <= SHORT_SHEET_ROWS)


def _body_row(
    ws: Any, row: int, table: Table, values: list[Any], st: _Styles, *, bold: bool
) -> None:
    for c, value in enumerate(values, start=1):
        fmt = "General"
        if (c - 1) in table.id_columns:
            value, fmt = ("" if value is None else str(value)), "@"
        elif isinstance(value, str) and _PERCENT.fullmatch(value):
            value, fmt = float(value[:-1]) / 100, "0.00%"
        cell = ws.cell(row=row, column=c, value=value)
        st.apply(cell, (c <= table.text_columns and not bold, bold, fmt))
    for c in range(len(values) + 1, len(table.columns) + 1):
        st.apply(ws.cell(row=row, column=c), (False, bold, "General"))


def _note(ws: Any, row: int, width: int, text: str, st: _Styles, total_width: float) -> None:
    _merge_text(ws, row, 1, width, text, font=st.body, align=st.note)
    lines = max(1, -(-display_width(text) // max(1, int(total_width * 0.95))))
    ws.row_dimensions[row].height = 16 * lines + 4


def _signature(ws: Any, row: int, widths: list[float], report: Report, st: _Styles) -> None:
    items = [f"{label}：{value or ''}" for label, value in report.signature_line()]
    if len(widths) < len(items):  # a narrow table: one item per column, several lines
        for i, item in enumerate(items):
            r, c = divmod(i, len(widths))
            _merge_text(ws, row + r, c + 1, c + 1, item, font=st.body, align=st.left)
        return
    needs = [max(display_width(t) + 4, 12) for t in items]
    for (first, last), item in zip(_spans(widths, needs), items, strict=True):
        _merge_text(ws, row, first, last, item, font=st.body, align=st.left)
    ws.row_dimensions[row].height = 24


def _spans(widths: Sequence[float], needs: Sequence[float]) -> list[tuple[int, int]]:
    """Columns (first, last) for each item, in order, splitting the width in proportion to what
    each item needs and cutting at column edges; every item gets at least one column."""
    n, cols = len(needs), len(widths)
    if cols <= n:
        return [(i + 1, i + 1) for i in range(n)]
    total, want = sum(widths), sum(needs)
    edges, cum, acc = [], 0.0, 0.0
    bounds = []
    for w in widths:
        cum += w
        bounds.append(cum)
    for need in needs[:-1]:
        acc += need / want * total
        edges.append(min(range(cols), key=lambda c: abs(bounds[c] - acc)) + 1)
    out, start = [], 1
    for i in range(n):
        end = edges[i] if i < n - 1 else cols
        end = max(end, start)  # at least one column
        end = min(end, cols - (n - 1 - i))  # leave one for each item after
        out.append((start, end))
        start = end + 1
    return out


def _column_widths(tables: list[Table], width: int) -> list[float]:
    widths = [6.0] * width
    for t in tables:
        if t.widths:
            for i, w in enumerate(t.widths[:width]):
                widths[i] = max(widths[i], w)
            continue
        for i in range(min(width, len(t.columns))):
            head = display_width(t.columns[i])
            cells = [display_width(r[i]) for r in t.rows[:2000] if i < len(r)]
            if t.total and i < len(t.total):
                cells.append(display_width(t.total[i]))
            need = max([min(head, 12), *cells]) + 2
            if i in t.id_columns:
                need = max(need, 21)
            widths[i] = max(widths[i], min(float(need), 40.0))
        # number columns of a statistics table look best all alike
        numbers = range(t.text_columns, min(width, len(t.columns)))
        if len(numbers) > 1:
            same = max(widths[i] for i in numbers)
            for i in numbers:
                widths[i] = same
    return widths


SHORT_SHEET_ROWS = 45  # a sheet this short is printed on one page


def _print_setup(ws: Any, sheet: Sheet, head_row: int | None, *, one_page: bool) -> None:
    ws.page_setup.orientation = "landscape" if sheet.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if head_row:
        ws.print_title_rows = f"{head_row}:{head_row}"
