"""Chinese line breaking and fitting text into boxes (no reportlab Paragraph: faster, exact).

Lines break between any two ideographs, but never inside a run of Latin letters and digits (an
ID number, a phone number), a date (2026年11月28日) or a document number (〔2026〕38号); in a box
(``fit``) text is shrunk until such a unit fits the width (a unit wider than the line at the
smallest size is the only thing ever split), and
follow the usual 禁则: closing punctuation does not start a line, opening brackets do not end
one. Widths come from ``fonts.string_width`` so per-character fallback fonts are measured as
drawn.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.forms import fonts

# Characters that must not begin a line / must not end one.
NO_START = frozenset("，。、；：？！）》」』】〕〉’”…—·%‰,.;:?!)]}>、～")
NO_END = frozenset("（《「『【〔〈‘“([{<")
# Unbreakable units: a document number (丙府责改字〔2026〕38号, with its prefix up to 字), a date (2026年11月28日, 11月28日, 2026年11月), a Latin/digit run (an ID number,
# 学籍号, phone), a run of blanks to write on, a whitespace run; else one character.
_UNIT = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}字)?〔\d{4}〕第?\d+(?:-[0-9A-Za-z]+)?号"
    r"|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日"
    r"|[A-Za-z0-9@#&+\-_/.:%]+|＿+|\s+|.",
    re.S,
)

# A line box as pdfminer sees a glyph: from baseline + descent to descent + size. The lowest
# descent of the shipped fonts is Hei's (-0.24 em); the highest top is Song's (0.88 em).
ASCENT = 0.88
DESCENT = 0.25


@functools.lru_cache(maxsize=8192)
def _width(unit: str, role: str, size: float, char_space: float = 0.0) -> float:
    return fonts.string_width(unit, role, size, char_space)


def units(text: str) -> list[str]:
    """Breakable units: a Latin/digit run, a whitespace run, or one other character."""
    return _UNIT.findall(text)


def wrap(
    text: str,
    role: str,
    size: float,
    width: float,
    *,
    indent: float = 0.0,
    char_space: float = 0.0,
) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points (first line ``width - indent``).

    Newlines in ``text`` are hard breaks. Leading spaces of a continuation line are dropped.
    A line is never wider than allowed: a unit wider than a line is split by characters.
    """
    out: list[str] = []
    for number, paragraph in enumerate(text.split("\n")):
        first_indent = indent if number == 0 else 0.0
        out.extend(_wrap_paragraph(paragraph, role, size, width, first_indent, char_space))
    return out


@functools.lru_cache(maxsize=4096)
def _wrap_cached(
    text: str, role: str, size: float, width: float, indent: float, char_space: float
) -> tuple[str, ...]:
    return tuple(wrap(text, role, size, width, indent=indent, char_space=char_space))


def wrap_cached(
    text: str,
    role: str,
    size: float,
    width: float,
    *,
    indent: float = 0.0,
    char_space: float = 0.0,
) -> list[str]:
    """``wrap`` with a cache (forms measure the same cell texts several times)."""
    return list(_wrap_cached(text, role, size, round(width, 3), round(indent, 3), char_space))


def _split_long(unit: str, role: str, size: float, width: float, cs: float) -> list[str]:
    parts, current = [], ""
    for ch in unit:
        if current and _width(current + ch, role, size, cs) > width:
            parts.append(current)
            current = ch
        else:
            current += ch
    if current:
        parts.append(current)
    return parts


def _wrap_paragraph(
    text: str, role: str, size: float, width: float, indent: float, cs: float
) -> list[str]:
    if not text:
        return [""]
    width = max(width, size)  # at least one character per line
    pieces: list[str] = []
    for unit in units(text):
        if not unit.isspace() and _width(unit, role, size, cs) > width:
            pieces.extend(_split_long(unit, role, size, width, cs))
        else:
            pieces.append(unit)
    lines: list[str] = []
    start = 0  # first piece of the current line
    used = 0.0
    avail = width - indent
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if i == start and piece.isspace() and lines:
            start = i = i + 1  # no leading blanks on a continuation line
            continue
        w = _width(piece, role, size, cs)
        if i == start or used + w <= avail + 0.01:
            used += w
            i += 1
            continue
        # `piece` does not fit: break before it, or up to 3 pieces earlier to respect 禁则.
        brk = i
        for candidate in range(i, max(start, i - 3), -1):
            if pieces[candidate][:1] not in NO_START and pieces[candidate - 1][-1:] not in NO_END:
                brk = candidate
                break
        lines.append("".join(pieces[start:brk]).rstrip())
        start = i = brk
        used, avail = 0.0, width
    if start < len(pieces):
        lines.append("".join(pieces[start:]).rstrip())
    return lines


@dataclass(frozen=True)
class Fitted:
    """Text fitted into a box: the size chosen, its lines, their leading, the height needed."""

    size: float
    lines: tuple[str, ...]
    leading: float
    height: float  # from the top of the first line box to the bottom of the last


def line_height(size: float, leading_ratio: float) -> float:
    return size * leading_ratio


def fit(
    text: str,
    *,
    role: str,
    size: float,
    width: float,
    height: float | None = None,
    min_size: float = 6.0,
    leading: float = 1.3,
    max_lines: int | None = None,
) -> Fitted:
    """Wrap ``text`` at ``size``; if a ``height`` (or ``max_lines``) is given and the text is
    taller, or an unbreakable unit (ID number, date, document number) is wider than ``width``,
    shrink by half points down to ``min_size``. The result may still be taller than
    ``height`` at ``min_size``: the caller then grows the box (grids) or moves on a page."""
    current = size
    solid = [u for u in units(text) if len(u) > 1 and not u.isspace() and u[0] != "＿"]
    while True:
        lines = wrap_cached(text, role, current, width)
        lead = current * leading
        needed = _block_height(len(lines), current, lead)
        fits = (
            (height is None or needed <= height + 0.01)
            and (max_lines is None or len(lines) <= max_lines)
            # an ID number, a date or a document number is shrunk, never broken
            and all(_width(u, role, current) <= width + 0.01 for u in solid)
        )
        if fits or current - 0.5 < min_size:
            return Fitted(current, tuple(lines), lead, needed)
        current -= 0.5


def _block_height(n: int, size: float, leading: float) -> float:
    """Height of ``n`` lines: n-1 leadings plus one glyph box (ascent + descent)."""
    if n == 0:
        return 0.0
    return (n - 1) * leading + size * (ASCENT + DESCENT)


def first_baseline(top: float, size: float) -> float:
    """The baseline of a line whose glyph box starts at ``top`` (PDF y grows upwards)."""
    return top - size * ASCENT
