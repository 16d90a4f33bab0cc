"""Writing a `Report` as PDF with reportlab and the project's fonts (desktop.forms.fonts: every
string split into runs of a font that has its characters, so no name prints blank).

Landscape A4, the same content as the .xlsx: title, unit line, bordered tables with the head
repeated on each page, notes, the signature line, page numbers. Sheets marked `in_pdf=False`
(name lists) are left out of the printed report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.forms import fonts
from desktop.reports.model import Report, Sheet, Table
from desktop.reports.xlsx import _column_widths

MARGIN_MM = 14


def write_pdf(report: Report, path: str | Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    path = Path(path)
    page = landscape(A4)
    title = next((s.title for s in report.sheets if s.in_pdf), "统计报表")
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=(MARGIN_MM + 4) * mm,
        title=title,
        author=report.unit,
        creator="控辍保学工作台",
    )
    styles = _Styles()
    story: list[Any] = []
    printed = [s for s in report.sheets if s.in_pdf]
    for i, sheet in enumerate(printed):
        if i:
            story.append(PageBreak())
        story.extend(_sheet(report, sheet, styles, doc.width))

    def footer(canvas: Any, _doc: Any) -> None:
        fonts.draw_string(
            canvas,
            page[0] / 2,
            8 * mm,
            f"第 {canvas.getPageNumber()} 页",
            fonts.SONG,
            9,
            align="centre",
        )

    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except PermissionError:
        raise UserError(
            Msg("无法写入“{name}”：文件可能正在被其他程序打开，请关闭后重试", name=path.name)
        ) from None
    except OSError as exc:
        raise UserError(
            Msg("无法写入“{path}”：{why}", path=path, why=exc.strerror or exc)
        ) from None
    return path


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT

        ps = fonts.paragraph_style
        self.title = ps(
            "title", role=fonts.HEI, size=18, leading=24, alignment=TA_CENTER, spaceAfter=2
        )
        self.subtitle = ps(
            "subtitle", role=fonts.SONG, size=12, leading=16, alignment=TA_CENTER, spaceAfter=4
        )
        self.line = ps("line", role=fonts.SONG, size=10.5, leading=15, alignment=TA_LEFT)
        self.line_c = ps("line_c", role=fonts.SONG, size=10.5, leading=15, alignment=TA_CENTER)
        self.line_r = ps("line_r", role=fonts.SONG, size=10.5, leading=15, alignment=TA_RIGHT)
        self.caption = ps(
            "caption", role=fonts.HEI, size=10.5, leading=16, spaceBefore=6, spaceAfter=2
        )
        self.head = ps("head", role=fonts.HEI, size=9, leading=11, alignment=TA_CENTER)
        self.cell = ps("cell", role=fonts.SONG, size=9, leading=11)
        self.cell_c = ps("cell_c", role=fonts.SONG, size=9, leading=11, alignment=TA_CENTER)
        self.total = ps("total", role=fonts.HEI, size=9, leading=11, alignment=TA_CENTER)
        self.note = ps("note", role=fonts.SONG, size=9.5, leading=14, spaceBefore=2)


def _p(text: Any, style: Any, role: str = fonts.SONG) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.markup("" if text is None else str(text), role), style)


def _sheet(report: Report, sheet: Sheet, st: _Styles, width: float) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer
    from reportlab.platypus import Table as RLTable

    out: list[Any] = [_p(sheet.title, st.title, fonts.HEI)]
    if sheet.subtitle:
        out.append(_p(sheet.subtitle, st.subtitle))
    unit_line = RLTable(
        [
            [
                _p(report.unit_text(), st.line),
                _p(report.period_text, st.line_c),
                _p(report.measure, st.line_r),
            ]
        ],
        colWidths=[width * 0.38, width * 0.44, width * 0.18],
    )
    unit_line.setStyle(
        [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    )
    out.append(unit_line)
    out.append(Spacer(1, 2 * mm))
    for table in sheet.tables:
        if table.title:
            out.append(_p(table.title, st.caption, fonts.HEI))
        out.append(_table(table, st, width))
        for note in table.notes:
            out.append(_p(note, st.note))
        out.append(Spacer(1, 3 * mm))
    tail: list[Any] = []
    if sheet.notes:
        tail.append(_p("　　".join(sheet.notes), st.note))
    if sheet.signature:
        tail.append(Spacer(1, 5 * mm))
        items = report.signature_line()
        sig = RLTable(
            [[_p(f"{label}：{value}", st.line) for label, value in items]],
            colWidths=[width / len(items)] * len(items),
        )
        sig.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)])
        tail.append(sig)
    out.append(KeepTogether(tail))
    return out


def _table(table: Table, st: _Styles, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable

    n = len(table.columns)
    raw = _column_widths([table], n)
    if table.text_columns < n and not table.widths:
        # number columns share what the text columns leave, equally
        text = raw[: table.text_columns]
        rest = max(sum(raw[table.text_columns :]), 6.0 * (n - table.text_columns))
        raw = text + [rest / (n - table.text_columns)] * (n - table.text_columns)
    scale = width / sum(raw)
    col_widths = [w * scale for w in raw]
    data = [[_p(c, st.head, fonts.HEI) for c in table.columns]]
    for row in table.rows:
        data.append(
            [_p(v, st.cell if i < table.text_columns else st.cell_c) for i, v in enumerate(row)]
            + [""] * (n - len(row))
        )
    if table.total is not None:
        data.append(
            [_p(v, st.total, fonts.HEI) for v in table.total] + [""] * (n - len(table.total))
        )
    t = RLTable(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.total is not None:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.94, 0.94, 0.94)))
    t.setStyle(style)
    return t
