"""The page model every template draws on: pages of drawing ops, the frames text must stay in,
and the marks on every page (QR code with the document id, page number, 保密, 样稿).

Templates do not draw on the canvas directly while laying out: they add ops to the current
page, so the total page count is known before anything is drawn ("第1页 共3页") and a layout
can be measured before it is committed. ``Doc.render()`` draws everything and returns the PDF
bytes; with ``invariant`` (always on) the same ops give byte-identical PDFs, so a reprint of a
frozen snapshot has the same SHA-256.

``Doc.frames`` lists, per page, the rectangles text was laid out into (cells, the GB/T 9704
text block, the margins used by page marks). Tests read a PDF back and check that every glyph
lies inside one of them and inside the page.

Units are PDF points, origin at the bottom left. ``mm`` converts.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.forms import fonts
from desktop.forms.text import ASCENT

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
A4_LANDSCAPE = (297 * MM, 210 * MM)
PRODUCER = "控辍保学工作台 kcbx"

Op = Callable[["Canvas"], None]
_RENDER_LOCK = threading.Lock()  # rl_config is process-wide


def mm(value: float) -> float:
    return value * MM


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def contains(self, other: Rect, tolerance: float = 0.5) -> bool:
        return (
            other.x0 >= self.x0 - tolerance
            and other.x1 <= self.x1 + tolerance
            and other.y0 >= self.y0 - tolerance
            and other.y1 <= self.y1 + tolerance
        )


@dataclass(frozen=True)
class Run:
    """One line of text as drawn (for the bench baseline and for tests)."""

    page: int
    x: float
    y: float
    text: str
    role: str
    size: float
    char_space: float = 0.0
    align: str = "left"
    h_scale: float = 100.0


@dataclass
class Marks:
    """What is printed on every page besides the content."""

    qr_text: str = ""  # QR code content (the document id); empty: none
    caption: str = ""  # small text beside the QR code (document number or 样稿/空白表)
    page_numbers: str = "gb"  # "gb": — 1 — (GB/T 9704); "of": 第1页 共N页; "": none
    continue_numbers: bool = False  # "gb": go on from the previous section (an attachment)
    page_number_top: float = 28 * MM  # top of the page number (GB/T: 7 mm below the block)
    confidential: bool = False  # 保密 box at the top right
    watermark: str = ""  # e.g. 样稿 (a draft, not an issued document)
    copy_label: Callable[[int], str] | None = None  # per-page label (三联单: 第一联 存根…)


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)
    frames: list[Rect] = field(default_factory=list)
    label: str = ""
    block_right: float = 0.0  # right edge of the content's frames (before the marks' frames)


class Doc:
    """Pages of ops for one document (or a batch of documents sharing one PDF)."""

    def __init__(
        self,
        *,
        pagesize: tuple[float, float] = A4,
        title: str = "",
        subject: str = "",
        marks: Marks | None = None,
        record_runs: bool = False,
    ) -> None:
        self.pagesize = pagesize
        self.title = title
        self.subject = subject
        self.marks = marks or Marks()
        self.pages: list[Page] = []
        self.record_runs = record_runs
        self.runs: list[Run] = []
        # (first page index, Marks, pagesize) for documents appended to a batch
        self._sections: list[tuple[int, Marks, tuple[float, float]]] = [(0, self.marks, pagesize)]
        self.fonts_used: list[str] = []  # reportlab font names set while rendering

    # --- structure -----------------------------------------------------------------------

    @property
    def width(self) -> float:
        return self.pagesize[0]

    @property
    def height(self) -> float:
        return self.pagesize[1]

    def new_page(self, *, label: str = "") -> Page:
        page = Page(label=label)
        self.pages.append(page)
        return page

    @property
    def page(self) -> Page:
        if not self.pages:
            self.new_page()
        return self.pages[-1]

    @property
    def page_index(self) -> int:
        return len(self.pages) - 1

    def begin_section(self, marks: Marks, pagesize: tuple[float, float]) -> None:
        """Start another document in the same PDF (batch printing): its own marks and size."""
        self.marks, self.pagesize = marks, pagesize
        self._sections.append((len(self.pages), marks, pagesize))

    # --- drawing ops ---------------------------------------------------------------------

    def frame(self, rect: Rect) -> None:
        """Declare a rectangle text on this page is laid out into."""
        self.page.frames.append(rect)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        role: str = fonts.SONG,
        size: float = 12.0,
        align: str = "left",
        char_space: float = 0.0,
        h_scale: float = 100.0,
    ) -> float:
        """One line with its baseline at ``y``; returns its width."""
        if not text:
            return 0.0
        width = fonts.string_width(text, role, size, char_space, h_scale)
        self.page.ops.append(
            functools.partial(_draw_text, x, y, text, role, size, align, char_space, h_scale)
        )
        if self.record_runs:
            self.runs.append(
                Run(self.page_index, x, y, text, role, size, char_space, align, h_scale)
            )
        return width

    def line(self, x0: float, y0: float, x1: float, y1: float, *, width: float = 0.6) -> None:
        self.page.ops.append(functools.partial(_draw_line, x0, y0, x1, y1, width))

    def lines(
        self, segments: list[tuple[float, float, float, float]], *, width: float = 0.6
    ) -> None:
        """Many segments in one path (a grid's rules)."""
        self.page.ops.append(functools.partial(_draw_lines, tuple(segments), width))

    def rect(self, r: Rect, *, width: float = 0.6, fill: float | None = None) -> None:
        self.page.ops.append(functools.partial(_draw_rect, r, width, fill))

    def op(self, fn: Op) -> None:
        self.page.ops.append(fn)

    # --- output --------------------------------------------------------------------------

    def render(self) -> bytes:
        """Draw every page (with its marks) and return the PDF bytes (deterministic)."""
        from reportlab import rl_config
        from reportlab.pdfgen.canvas import Canvas

        with _RENDER_LOCK:
            saved = rl_config.useA85
            rl_config.useA85 = 0  # binary streams: ASCII85 is 25 % bigger and costly in Python
            try:
                return self._render(Canvas)
            finally:
                rl_config.useA85 = saved

    def _render(self, Canvas: type) -> bytes:
        buffer = io.BytesIO()
        # The initial font is an embedded one: reportlab's default (Helvetica) would be listed
        # in the PDF without being embedded.
        initial = fonts.primary_font(fonts.SONG)
        canvas = Canvas(
            buffer,
            pagesize=self._sections[0][2],
            invariant=1,
            pageCompression=1,
            initialFontName=initial,
        )
        canvas.setTitle(self.title)
        canvas.setSubject(self.subject)
        canvas.setAuthor(PRODUCER)
        canvas.setCreator(PRODUCER)
        canvas.setProducer(PRODUCER)
        bounds = [s[0] for s in self._sections[1:]] + [len(self.pages)]
        qr_forms: dict[str, str] = {}
        offset = 0  # page numbers before this section, for an attachment that continues them
        for (first, marks, size), end in zip(self._sections, bounds, strict=True):
            total = end - first
            offset = offset if marks.continue_numbers else 0
            for number, page in enumerate(self.pages[first:end], start=offset + 1):
                canvas.setPageSize(size)
                for op in page.ops:
                    op(canvas)
                _draw_marks(canvas, marks, size, number, total, page, qr_forms)
                canvas.showPage()
            offset += total
        self.fonts_used = sorted(canvas._doc.fontMapping)
        canvas.save()
        return buffer.getvalue()

    def mark_frames(self) -> None:
        """Add the frames of the page marks (QR caption, page number, 保密, 联) to every page."""
        bounds = [s[0] for s in self._sections[1:]] + [len(self.pages)]
        for (first, marks, size), end in zip(self._sections, bounds, strict=True):
            for page in self.pages[first:end]:
                page.block_right = page.block_right or max((f.x1 for f in page.frames), default=0)
                page.frames.extend(mark_rects(marks, size, page))


# --- the ops (module functions: partials of them are cheap and picklable) -----------------


def _draw_text(
    x: float,
    y: float,
    text: str,
    role: str,
    size: float,
    align: str,
    cs: float,
    h_scale: float,
    canvas: Canvas,
) -> None:
    fonts.draw_string(canvas, x, y, text, role, size, align=align, char_space=cs, h_scale=h_scale)


def _draw_line(x0: float, y0: float, x1: float, y1: float, width: float, canvas: Canvas) -> None:
    canvas.setLineWidth(width)
    canvas.line(x0, y0, x1, y1)


def _draw_lines(
    segments: tuple[tuple[float, float, float, float], ...], width: float, canvas: Canvas
) -> None:
    canvas.setLineWidth(width)
    canvas.lines(segments)


def _draw_rect(r: Rect, width: float, fill: float | None, canvas: Canvas) -> None:
    canvas.setLineWidth(width)
    if fill is not None:
        canvas.saveState()
        canvas.setFillGray(fill)
        canvas.rect(r.x0, r.y0, r.width, r.height, stroke=1 if width else 0, fill=1)
        canvas.restoreState()
    else:
        canvas.rect(r.x0, r.y0, r.width, r.height, stroke=1, fill=0)


# --- page marks ---------------------------------------------------------------------------

QR_SIZE = mm(14)
QR_MARGIN = mm(7)  # from the page's bottom edge (and right edge, for a page without frames)
CAPTION_SIZE = 6.0
PAGE_NUMBER_SIZE = 14.0  # 4号
GB_BLOCK_LEFT = 28 * MM  # the GB/T 9704 text block's edges (notice.py): 28 mm + 156 mm
GB_BLOCK_RIGHT = (28 + 156) * MM
CONFIDENTIAL_SIZE = 14.0


def _qr_position(size: tuple[float, float], page: Page | None = None) -> tuple[float, float]:
    """Below the text block, its right edge on the block's right edge (the 版心's for a notice,
    else the page's content frames'): the QR code and its caption (left of it) stay within the
    text block's columns, never out in the side margin."""
    right = size[0] - QR_MARGIN
    if page is not None and page.block_right:
        right = min(right, page.block_right)
    return right - QR_SIZE, QR_MARGIN


def _page_number_text(marks: Marks, number: int, total: int) -> str:
    if marks.page_numbers == "gb":
        return f"— {number} —"  # every page, a one-page notice too (GB/T 9704 7.5)
    if marks.page_numbers == "of":
        return f"第{number}页 共{total}页" if total > 1 else ""
    return ""


def mark_rects(marks: Marks, size: tuple[float, float], page: Page | None = None) -> list[Rect]:
    """Where page marks put text (the frames tests accept for it)."""
    out = []
    qx, qy = _qr_position(size, page)
    if marks.qr_text or marks.caption:
        out.append(Rect(mm(5), qy - mm(1), qx + QR_SIZE + mm(0.5), qy + QR_SIZE + mm(1)))
    out.append(Rect(mm(20), mm(4), size[0] - mm(20), marks.page_number_top + 1))
    if marks.confidential or marks.copy_label:
        out.append(Rect(mm(20), size[1] - mm(15), size[0] - mm(6), size[1] - mm(2)))
    if marks.watermark:
        out.append(Rect(0, 0, size[0], size[1]))
    return out


def _draw_marks(
    canvas: Canvas,
    marks: Marks,
    size: tuple[float, float],
    number: int,
    total: int,
    page: Page,
    qr_forms: dict[str, str],
) -> None:
    width, height = size
    if marks.watermark:
        canvas.saveState()
        canvas.setFillGray(0.82)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        fonts.draw_string(canvas, 0, -30, marks.watermark, fonts.HEI, 96, align="centre")
        canvas.restoreState()
    qx, qy = _qr_position(size, page)
    if marks.qr_text:
        name = qr_forms.get(marks.qr_text)
        if name is None:
            name = qr_forms[marks.qr_text] = f"qr{len(qr_forms)}"
            canvas.beginForm(name)
            draw_qr(canvas, marks.qr_text, 0, 0, QR_SIZE)
            canvas.endForm()
        canvas.saveState()
        canvas.translate(qx, qy)
        canvas.doForm(name)
        canvas.restoreState()
    if marks.caption:
        fonts.draw_string(
            canvas,
            qx - mm(1.5),
            qy + mm(0.5),
            marks.caption,
            fonts.SONG,
            CAPTION_SIZE,
            align="right",
        )
    label = _page_number_text(marks, number, total)
    if label and marks.page_numbers == "gb":
        # 4号 半角宋体, one character in from the text block: odd pages right, even pages left
        base = marks.page_number_top - PAGE_NUMBER_SIZE * ASCENT
        if number % 2:
            x, align = GB_BLOCK_RIGHT - PAGE_NUMBER_SIZE, "right"
        else:
            x, align = GB_BLOCK_LEFT + PAGE_NUMBER_SIZE, "left"
        fonts.draw_string(canvas, x, base, label, fonts.SONG, PAGE_NUMBER_SIZE, align=align)
    elif label:
        base = marks.page_number_top - 9.0 * ASCENT
        fonts.draw_string(canvas, width / 2, base, label, fonts.SONG, 9.0, align="centre")
    top = height - mm(10)  # baseline of the marks above every frame (forms start 15 mm down)
    right = width - mm(10)
    if marks.confidential:
        w = fonts.string_width("保密", fonts.HEI, CONFIDENTIAL_SIZE)
        canvas.saveState()
        canvas.setLineWidth(1.2)
        canvas.rect(right - w - mm(4), top - mm(2), w + mm(4), CONFIDENTIAL_SIZE * 0.88 + mm(3))
        canvas.restoreState()
        fonts.draw_string(
            canvas, right - mm(2), top, "保密", fonts.HEI, CONFIDENTIAL_SIZE, align="right"
        )
        right -= w + mm(8)
    if marks.copy_label is not None:
        fonts.draw_string(
            canvas, right, top, marks.copy_label(number), fonts.HEI, 10.5, align="right"
        )


@functools.lru_cache(maxsize=1)
def _qrencoder():
    """reportlab's QR encoder module (reportlab.graphics.barcode.qrencoder).

    Imported from its file: the package's __init__ builds every barcode widget and imports
    platypus and graphics.shapes (0.65 s); qrencoder itself needs only re and itertools.
    Can go if reportlab makes the barcode package import lazily.
    """
    import importlib.util
    import sys

    name = "reportlab.graphics.barcode.qrencoder"
    if name in sys.modules:
        return sys.modules[name]
    import reportlab.graphics

    path = Path(reportlab.graphics.__file__).parent / "barcode" / "qrencoder.py"
    spec = importlib.util.spec_from_file_location("_kcbx_qrencoder", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=256)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code modules of ``text`` (reportlab's encoder, error correction M).

    The mask pattern is fixed (2): choosing the best of eight masks costs ~16 ms per code in
    pure Python; any mask is valid for every reader, the choice only evens out dark areas.
    """
    qrencoder = _qrencoder()
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, 2)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` in a square of ``size`` points with a quiet zone of 2 modules."""
    n = len(qr_matrix(text))
    cell = size / (n + 4)
    canvas.saveState()
    canvas.setFillGray(1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.transform(cell, 0, 0, cell, x, y)
    # Written as operators in module units (integers): ~350 rectangles through reportlab's path
    # object cost ~25 ms in its pure-Python number formatting; this is the same drawing.
    canvas._code.append(_qr_operators(text))
    canvas.restoreState()


@functools.lru_cache(maxsize=256)
def _qr_operators(text: str) -> str:
    modules = qr_matrix(text)
    n = len(modules)
    ops = []
    for r, row in enumerate(modules):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{start + 2} {n + 1 - r} {c - start} 1 re")
            else:
                c += 1
    ops.append("f")
    return "\n".join(ops)
