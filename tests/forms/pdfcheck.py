"""Reading rendered documents back: their text, and where each line of glyphs landed."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

import pdfplumber

from desktop.forms.layout import Rect

GAP = 1.0  # points: glyphs closer than this belong to one drawn line


@dataclass
class Segment:
    page: int
    text: str
    rect: Rect  # PDF coordinates (origin bottom left)


def pdf_text(pdf: bytes) -> str:
    """All text, lines joined without breaks (a wrapped name or number reads whole)."""
    return "".join(parse(pdf)[0])


def page_texts(pdf: bytes) -> list[str]:
    return list(parse(pdf)[0])


def segments(pdf: bytes) -> tuple[list[Segment], list[tuple[float, float]]]:
    """Runs of glyphs drawn as one line (same baseline, touching), and the page sizes."""
    _, segs, sizes = parse(pdf)
    return segs, sizes


@functools.lru_cache(maxsize=4)
def parse(pdf: bytes) -> tuple[tuple[str, ...], list[Segment], list[tuple[float, float]]]:
    """One pass of pdfplumber over a PDF: page texts, line segments, page sizes."""
    texts: list[str] = []
    out: list[Segment] = []
    sizes = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages):
            texts.append((page.extract_text() or "").replace("\n", ""))
            height = float(page.height)
            sizes.append((float(page.width), height))
            chars = sorted(page.chars, key=lambda c: (round(c["top"], 1), c["x0"]))
            current: list[dict] = []
            for c in chars:
                if current and (
                    abs(c["top"] - current[-1]["top"]) > 0.3
                    or c["x0"] - current[-1]["x1"] > GAP
                    or c["x0"] < current[-1]["x0"]
                ):
                    out.append(_segment(number, current, height))
                    current = []
                current.append(c)
            if current:
                out.append(_segment(number, current, height))
    return tuple(texts), out, sizes


def _segment(page: int, chars: list[dict], height: float) -> Segment:
    x0 = min(c["x0"] for c in chars)
    x1 = max(c["x1"] for c in chars)
    top = min(c["top"] for c in chars)
    bottom = max(c["bottom"] for c in chars)
    return Segment(
        page, "".join(c["text"] for c in chars), Rect(x0, height - bottom, x1, height - top)
    )


def misplaced(pdf: bytes, frames: list[list[Rect]]) -> list[str]:
    """Lines of text not inside the page, or not wholly inside one frame of their page."""
    segs, sizes = segments(pdf)
    bad = []
    for s in segs:
        if not s.text.strip():
            continue
        width, height = sizes[s.page]
        page = Rect(0, 0, width, height)
        if not page.contains(s.rect, tolerance=0):
            bad.append(f"p{s.page + 1} off the page: {s.text!r} {s.rect}")
        elif not any(f.contains(s.rect) for f in frames[s.page]):
            bad.append(f"p{s.page + 1} outside every cell/frame: {s.text!r} {s.rect}")
    return bad


def cell_texts(pdf: bytes, frames: list[list[Rect]], *, page: int | None = None) -> list[str]:
    """The text of every frame (table cell), its lines joined top to bottom."""
    segs, _ = segments(pdf)
    by_frame: dict[tuple[int, int], list[Segment]] = {}
    for s in segs:
        if page is not None and s.page != page:
            continue
        for index, frame in enumerate(frames[s.page]):
            if frame.contains(s.rect):
                by_frame.setdefault((s.page, index), []).append(s)
    out = []
    for inside in by_frame.values():
        inside.sort(key=lambda s: (-s.rect.y1, s.rect.x0))
        out.append("".join(s.text for s in inside))
    return out
