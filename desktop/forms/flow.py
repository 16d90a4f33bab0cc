"""Grid forms as data: blocks (title, lines, paragraphs, ruled tables, signature lines) flowed
down the pages of a ``Doc``.

A table is a list of rows of ``Cell``s over column widths in mm (scaled to the frame). Every
cell's text is wrapped into the cell (CJK line breaking, ``text.wrap``); a row grows to the
tallest cell, so text never leaves its cell. A row that would not fit on a whole page has its
text shrunk (down to ``MIN_SIZE``) until it does. Rows bound by a row span stay on one page;
``header_rows`` are repeated at the top of every page (ledgers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop.forms import fonts
from desktop.forms.layout import Doc, Rect, mm
from desktop.forms.text import ASCENT, DESCENT, Fitted, first_baseline, fit

MIN_SIZE = 6.0
SIZE_XIAOSI = 12.0  # 小四
SIZE_WUHAO = 10.5  # 五号
CHECKED, UNCHECKED = "■", "□"


def checks(options: Sequence[str], chosen: Sequence[str] | str | None = ()) -> str:
    """Tick-box text: ``■直接送达　□留置送达`` (no font has ☑; ■ reads as ticked)."""
    if isinstance(chosen, str):
        chosen = (chosen,)
    picked = set(chosen or ())
    return "　".join(f"{CHECKED if o in picked else UNCHECKED}{o}" for o in options)


# --- blocks ---------------------------------------------------------------------------------


@dataclass
class Cell:
    text: str = ""
    span: int = 1
    rowspan: int = 1
    label: bool = False  # a printed label: centred, Hei
    align: str | None = None  # left / centre / right (default: labels centred, values left)
    valign: str | None = None  # top / middle (default: middle, top when several lines)
    size: float | None = None
    role: str | None = None
    min_height: float = 0.0  # points: room to write by hand, or for a signature
    shade: bool = False  # light grey background (table heads)
    keep_with_next: bool = False  # a section heading: never last on a page


def L(text: str, span: int = 1, **kw: object) -> Cell:
    """A label cell."""
    return Cell(text, span, label=True, **kw)  # type: ignore[arg-type]


def V(text: object = "", span: int = 1, **kw: object) -> Cell:
    """A value cell."""
    return Cell("" if text is None else str(text), span, **kw)  # type: ignore[arg-type]


@dataclass
class Table:
    columns: Sequence[float]  # relative widths (mm at full frame width)
    rows: list[list[Cell]]
    header_rows: int = 0
    size: float = SIZE_WUHAO
    label_size: float | None = None
    leading: float = 1.3
    pad_x: float = mm(1.5)
    pad_y: float = mm(1.3)
    min_row_height: float = mm(8.5)
    border: float = 1.0
    rule: float = 0.5
    space_after: float = mm(2.5)
    valign: str | None = None  # for every cell (default: middle, top for several lines)


@dataclass
class Title:
    text: str
    size: float = 20.0
    role: str = fonts.TITLE
    space_after: float = mm(3)


@dataclass
class Line:
    """One line with up to three parts (left, centre, right); shrinks to fit."""

    left: str = ""
    centre: str = ""
    right: str = ""
    size: float = SIZE_WUHAO
    role: str = fonts.SONG
    space_after: float = mm(1.5)


@dataclass
class Para:
    text: str
    size: float = SIZE_WUHAO
    role: str = fonts.SONG
    indent: float = 0.0  # characters of first-line indent
    align: str = "left"
    leading: float = 1.45
    space_after: float = mm(1.5)


@dataclass
class Space:
    height: float


@dataclass
class PageBreak:
    label: str = ""


@dataclass
class Signatures:
    """Signature fields: ``label：________`` spread over ``per_line`` columns."""

    items: Sequence[str]
    per_line: int = 3
    size: float = SIZE_WUHAO
    role: str = fonts.SONG
    line_height: float = mm(10)
    space_after: float = mm(1)


Block = Title | Line | Para | Table | Space | PageBreak | Signatures


# --- the flow -------------------------------------------------------------------------------


def portrait_frame() -> Rect:
    """Content area of a portrait grid form (binding margin left; QR code below)."""
    return Rect(mm(22), mm(26), mm(210 - 16), mm(297 - 15))


def landscape_frame() -> Rect:
    return Rect(mm(12), mm(24), mm(297 - 12), mm(210 - 12))


@dataclass
class Flow:
    doc: Doc
    frame: Rect  # the content area of every page
    y: float = 0.0
    page_label: str = ""
    footer: Sequence[Line | Para | Signatures] = ()  # drawn at the bottom of every page
    _started: bool = field(default=False, init=False)
    _bottom: float = field(default=0.0, init=False)

    def start_page(self, label: str | None = None) -> None:
        self.doc.new_page(label=self.page_label if label is None else label)
        self.y = self.frame.y1
        self._started = True
        self._bottom = self.frame.y0
        if self.footer:
            heights = [self._measure(block)[0] for block in self.footer]
            top = self.frame.y0 + sum(heights)
            y = top
            for block, height in zip(self.footer, heights, strict=True):
                self._measure(block)[1](y)
                y -= height
            self._bottom = top + mm(1)

    def ensure_page(self) -> None:
        if not self._started:
            self.start_page()

    def room(self) -> float:
        return self.y - self._bottom

    def add(self, blocks: Sequence[Block]) -> None:
        self.ensure_page()
        for index, block in enumerate(blocks):
            if isinstance(block, Table):
                # a sign-off (signature lines, and the notes before them) never stands alone
                # on a page: the table's last rows go over with it
                keep, signed = 0.0, False
                for after in blocks[index + 1 :]:
                    if not isinstance(after, (Signatures, Line, Para)):
                        break
                    keep += self._measure(after)[0]
                    signed = signed or isinstance(after, Signatures)
                keep = keep if signed else 0.0
                self.table(block, keep_with=keep)
            elif isinstance(block, PageBreak):
                self.start_page(block.label or None)
            elif isinstance(block, Space):
                self.y -= min(block.height, self.room())
            else:
                self._simple(block)

    # --- simple blocks -----------------------------------------------------------------------

    def _simple(self, block: Title | Line | Para | Signatures) -> None:
        height, draw = self._measure(block)
        if height > self.room() and self.y < self.frame.y1 - 0.01:
            self.start_page()
        if height > self.room():  # taller than a whole page: shrink it
            height, draw = self._measure(block, limit=self.room())
        draw(self.y)
        self.y -= height

    def _measure(self, block: Title | Line | Para | Signatures, limit: float | None = None):
        width = self.frame.width
        x0 = self.frame.x0
        doc = self.doc
        if isinstance(block, Title):
            f = fit(block.text, role=block.role, size=block.size, width=width, leading=1.25)
            return f.height + block.space_after, lambda top: _lines(
                doc, f, x0, width, top, block.role, "centre"
            )
        if isinstance(block, Para):
            indent = block.indent * block.size
            text = "\u3000" * int(block.indent) + block.text if indent else block.text
            f = fit(
                text,
                role=block.role,
                size=block.size,
                width=width,
                height=limit,
                leading=block.leading,
                min_size=MIN_SIZE,
            )
            return f.height + block.space_after, lambda top: _lines(
                doc, f, x0, width, top, block.role, block.align
            )
        if isinstance(block, Line):
            return self._measure_line(block)
        return self._measure_signatures(block)

    def _measure_line(self, block: Line):
        parts = [(block.left, "left"), (block.centre, "centre"), (block.right, "right")]
        parts = [(t, a) for t, a in parts if t]
        size = block.size
        total = lambda s: sum(fonts.string_width(t, block.role, s) for t, _ in parts)  # noqa: E731
        while total(size) + mm(6) * (len(parts) - 1) > self.frame.width and size > MIN_SIZE:
            size -= 0.5
        frame, doc, role = self.frame, self.doc, block.role

        def draw(top: float) -> None:
            base = first_baseline(top, size)
            for text, align in parts:
                x = {"left": frame.x0, "centre": (frame.x0 + frame.x1) / 2, "right": frame.x1}[
                    align
                ]
                doc.text(x, base, text, role=role, size=size, align=align)
            doc.frame(Rect(frame.x0, top - size * (ASCENT + DESCENT), frame.x1, top))

        return size * (ASCENT + DESCENT) + block.space_after, draw

    def _measure_signatures(self, block: Signatures):
        size = block.size
        per = max(1, block.per_line)

        def width(s):
            return max((fonts.string_width(t, block.role, s) for t in block.items), default=0)

        # fewer fields per line before smaller text: a signature line needs room to sign
        while per > 1 and width(size) + mm(20) > self.frame.width / per:
            per -= 1
        while width(size) + mm(20) > self.frame.width / per and size > MIN_SIZE:
            size -= 0.5
        col = self.frame.width / per
        rows = [block.items[i : i + per] for i in range(0, len(block.items), per)]
        frame, doc, role = self.frame, self.doc, block.role
        height = len(rows) * block.line_height

        def draw(top: float) -> None:
            for r, items in enumerate(rows):
                base = top - (r + 1) * block.line_height + size * DESCENT + mm(1.5)
                for c, item in enumerate(items):
                    x = frame.x0 + c * col
                    w = doc.text(x, base, item, role=role, size=size)
                    doc.line(x + w + mm(1), base - mm(1), x + col - mm(4), base - mm(1), width=0.5)
            doc.frame(Rect(frame.x0, top - height, frame.x1, top))

        return height + block.space_after, draw

    # --- tables ------------------------------------------------------------------------------

    def table(self, t: Table, *, keep_with: float = 0.0) -> None:
        self.ensure_page()
        scale = self.frame.width / sum(t.columns)
        xs = [self.frame.x0]
        for w in t.columns:
            xs.append(xs[-1] + w * scale)
        laid = _lay(t, xs)
        heights = _row_heights(t, laid)
        header = list(range(t.header_rows))
        header_h = sum(heights[i] for i in header)
        full = self.frame.y1 - self._bottom - header_h
        i = t.header_rows
        if header:
            self._table_rows(t, laid, heights, header, xs, header=True)
        while i < len(t.rows):
            group = _span_group(t.rows, i)
            group_h = sum(heights[j] for j in group)
            if group_h > full:  # even a fresh page cannot hold it: shrink its text
                laid, heights = _shrink_group(t, laid, heights, group, xs, full)
                group_h = sum(heights[j] for j in group)
            last = group[-1] == len(t.rows) - 1
            # the last rows carry what must stay with them (a sign-off), if a page can hold both
            extra = keep_with + t.space_after if last and group_h + keep_with < full else 0.0
            if group_h + extra > self.room() + 0.01:
                self.start_page()
                if header:
                    self._table_rows(t, laid, heights, header, xs, header=True)
            self._table_rows(t, laid, heights, group, xs)
            i = group[-1] + 1
        self.y -= min(t.space_after, self.room())

    def _table_rows(self, t: Table, laid, heights, rows: list[int], xs, *, header: bool = False):
        tops = {}
        y = self.y
        for r in rows:
            tops[r] = y
            y -= heights[r]
        # rules: the top of the block, then each cell's bottom and right edge (merged)
        bottoms: dict[float, list[tuple[float, float]]] = {}
        segments: list[tuple[float, float, float, float]] = [
            (xs[0], self.y, xs[-1], self.y),
            (xs[0], y, xs[0], self.y),
        ]
        for r in rows:
            for cell, col, fitted in laid[r]:
                span_rows = [k for k in range(r, r + cell.rowspan) if k in tops]
                top = tops[r]
                bottom = tops[span_rows[-1]] - heights[span_rows[-1]]
                rect = Rect(xs[col], bottom, xs[col + cell.span], top)
                if cell.shade:
                    self.doc.rect(rect, width=0, fill=0.9)
                bottoms.setdefault(round(bottom, 3), []).append((rect.x0, rect.x1))
                segments.append((rect.x1, rect.y0, rect.x1, rect.y1))
                self.doc.frame(rect)
                _cell_text(self.doc, t, cell, fitted, rect)
        for level, spans in bottoms.items():
            spans.sort()
            start, end = spans[0]
            for x0, x1 in spans[1:]:
                if x0 <= end + 0.01:
                    end = max(end, x1)
                else:
                    segments.append((start, level, end, level))
                    start, end = x0, x1
            segments.append((start, level, end, level))
        self.doc.lines(segments, width=t.rule)
        outer = Rect(xs[0], y, xs[-1], self.y)
        if t.border > t.rule:
            self.doc.rect(outer, width=t.border)
        self.y = y


def _lines(doc: Doc, f: Fitted, x0: float, width: float, top: float, role: str, align: str) -> None:
    base = first_baseline(top, f.size)
    x = {"left": x0, "centre": x0 + width / 2, "right": x0 + width}[align]
    for n, line in enumerate(f.lines):
        doc.text(x, base - n * f.leading, line, role=role, size=f.size, align=align)
    doc.frame(Rect(x0, top - f.height, x0 + width, top))


def _cell_style(t: Table, cell: Cell) -> tuple[str, float]:
    role = cell.role or (fonts.HEI if cell.label else fonts.SONG)
    size = cell.size or ((t.label_size or t.size) if cell.label else t.size)
    return role, size


def _place(rows: list[list[Cell]]) -> list[list[tuple[Cell, int]]]:
    """The first column of every cell, skipping columns taken by row spans from above."""
    occupied: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        placed, col = [], 0
        for cell in row:
            while (r, col) in occupied:
                col += 1
            placed.append((cell, col))
            for rr in range(r, r + cell.rowspan):
                for cc in range(col, col + cell.span):
                    occupied.add((rr, cc))
            col += cell.span
        out.append(placed)
    return out


def _lay(t: Table, xs: list[float]) -> list[list[tuple[Cell, int, Fitted]]]:
    laid = []
    for placed in _place(t.rows):
        row = []
        for cell, col in placed:
            width = xs[col + cell.span] - xs[col] - 2 * t.pad_x
            role, size = _cell_style(t, cell)
            row.append(
                (cell, col, fit(cell.text, role=role, size=size, width=width, leading=t.leading))
            )
        laid.append(row)
    return laid


def _cell_height(t: Table, cell: Cell, fitted: Fitted) -> float:
    return max(
        fitted.height + 2 * t.pad_y, cell.min_height, t.min_row_height if cell.rowspan == 1 else 0
    )


def _row_heights(t: Table, laid: list[list[tuple[Cell, int, Fitted]]]) -> list[float]:
    heights = [t.min_row_height] * len(laid)
    for r, cells in enumerate(laid):
        for cell, _, fitted in cells:
            if cell.rowspan == 1:
                heights[r] = max(heights[r], _cell_height(t, cell, fitted))
    for r, cells in enumerate(laid):
        for cell, _, fitted in cells:
            if cell.rowspan > 1:
                last = min(r + cell.rowspan, len(laid)) - 1
                have = sum(heights[r : last + 1])
                need = _cell_height(t, cell, fitted)
                if need > have:
                    heights[last] += need - have
    return heights


def _span_group(rows: list[list[Cell]], start: int) -> list[int]:
    """Rows from ``start`` that must stay together: joined by row spans, or a heading row
    (``keep_with_next``) and the row after it."""
    end = start
    r = start
    while r <= end and r < len(rows):
        for cell in rows[r]:
            end = max(end, r + cell.rowspan - 1)
            if cell.keep_with_next:
                end = max(end, r + 1)
        r += 1
    return list(range(start, min(end, len(rows) - 1) + 1))


def _shrink_group(t: Table, laid, heights, group: list[int], xs, limit: float):
    """Refit the text of rows that cannot fit a page, sharing ``limit`` between them."""
    laid = list(laid)
    share = limit / len(group)
    for r in group:
        new = []
        for cell, col, _fitted in laid[r]:
            role, size = _cell_style(t, cell)
            width = xs[col + cell.span] - xs[col] - 2 * t.pad_x
            room = share * cell.rowspan - 2 * t.pad_y
            f = fit(
                cell.text,
                role=role,
                size=size,
                width=width,
                height=room,
                leading=t.leading,
                min_size=MIN_SIZE,
            )
            if f.height > room:  # still too tall at the smallest size: keep what fits
                keep = max(1, int((room - f.size * (ASCENT + DESCENT)) // f.leading) + 1)
                lines = (
                    (*f.lines[: keep - 1], f.lines[keep - 1][:-1] + "…")
                    if keep < len(f.lines)
                    else f.lines
                )
                f = replace(
                    f,
                    lines=tuple(lines),
                    height=(len(lines) - 1) * f.leading + f.size * (ASCENT + DESCENT),
                )
            new.append((replace(cell, min_height=0), col, f))
        laid[r] = new
    heights = list(heights)
    for r in group:
        heights[r] = max(
            [t.min_row_height] + [_cell_height(t, c, f) for c, _, f in laid[r] if c.rowspan == 1]
        )
    return laid, heights


def _cell_text(doc: Doc, t: Table, cell: Cell, f: Fitted, rect: Rect) -> None:
    if not f.lines or f.lines == ("",):
        return
    role, _ = _cell_style(t, cell)
    align = cell.align or ("centre" if cell.label else "left")
    tall = cell.min_height > 0 and not cell.label  # room to write: text starts at the top
    valign = (
        cell.valign
        or t.valign
        or ("middle" if (len(f.lines) == 1 and not tall) or cell.label else "top")
    )
    top = rect.y1 - (rect.height - f.height) / 2 if valign == "middle" else rect.y1 - t.pad_y
    x = {
        "left": rect.x0 + t.pad_x,
        "centre": (rect.x0 + rect.x1) / 2,
        "right": rect.x1 - t.pad_x,
    }[align]
    base = first_baseline(top, f.size)
    for n, line in enumerate(f.lines):
        doc.text(x, base - n * f.leading, line, role=role, size=f.size, align=align)
