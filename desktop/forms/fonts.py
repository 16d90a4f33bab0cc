"""Shipped CJK fonts for printed documents, with a per-character fallback.

reportlab draws a character its font lacks as *nothing*, silently. Names and addresses hold rare
characters (堃 赟 玥 䶮 𠇔), so every string is split into runs, each run in the first font of a
role's chain that has all of its characters (checked in the font's cmap).

Roles (what the text is for, not a font name):

- ``SONG``: 宋体-style; forms, tables, ledgers, titles (小标宋 stand-in).
- ``BODY``: body text of notices (GB/T 9704 asks for 仿宋; no redistributable TrueType 仿宋 with a
  full GB2312 repertoire exists, so a 楷体 is used). ``FANGSONG`` and ``KAI`` are aliases.
- ``HEI``: 黑体-style sans; headings, table heads. Also the Qt UI font (see ``UI_FONT_FAMILY``).

Every chain holds all four shipped fonts (own style first, then the closest style), so all roles
cover the same characters; only the look of a fallback character differs.

A character no shipped font has is never dropped. ``runs`` gives it the pseudo font ``MISSING``;
``draw_string`` draws it as a box one em wide holding its code point in hex (e.g. ``2A6D6``),
``markup`` writes ``[U+2A6D6]``. Callers should check ``uncovered_chars(text)`` first and warn the
user (the official can then write the character by hand). Default-ignorable characters (variation
selectors, zero-width joiners, BOM, soft hyphen) are dropped: they have no glyph by design.
Whitespace no font has is printed as an ordinary space.

reportlab is imported lazily, so this module is cheap to import (the UI imports it for
``qt_font_files``).
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.resources import resource_path

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

SONG = "song"
BODY = "body"
HEI = "hei"
FANGSONG = BODY
KAI = BODY
ROLES = (SONG, BODY, HEI)

# reportlab font names -> files in resources/fonts (see resources/fonts/LICENSES.md).
SONG_FONT = "KcbxSong"
KAI_FONT = "KcbxKai"
HEI_FONT = "KcbxHei"
FALLBACK_FONT = "KcbxFallbackMin"
FONT_FILES = {
    SONG_FONT: "kcbx-song.ttf",
    KAI_FONT: "kcbx-kai.ttf",
    HEI_FONT: "wqy-microhei.ttf",
    FALLBACK_FONT: "kcbx-fallback-min.ttf",
}
CHAINS: dict[str, tuple[str, ...]] = {
    SONG: (SONG_FONT, FALLBACK_FONT, KAI_FONT, HEI_FONT),
    BODY: (KAI_FONT, SONG_FONT, FALLBACK_FONT, HEI_FONT),
    HEI: (HEI_FONT, SONG_FONT, FALLBACK_FONT, KAI_FONT),
}
UI_FONT_FAMILY = "WenQuanYi Micro Hei"  # family name Qt reports for wqy-microhei.ttf

MISSING = "<missing>"  # pseudo font name of a run of characters no font has
PLACEHOLDER_FONT = "Helvetica"  # standard PDF font used to write a missing code point

_lock = threading.Lock()
_cmaps: dict[str, dict[int, int]] = {}
_cache: dict[tuple[str, str], str] = {}


def font_dir() -> Path:
    return resource_path("fonts")


def qt_font_files() -> list[Path]:
    """Font files for ``QFontDatabase.addApplicationFont`` (Hei first: it is the UI font)."""
    return [font_dir() / FONT_FILES[name] for name in (HEI_FONT, SONG_FONT, KAI_FONT)]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with UTF-16BE values as the PDF spec requires.

    reportlab 5.1 writes ``<%04X>`` of the code point, so a character beyond the BMP (𠇔
    U+201D4) gets five hex digits and readers extract a wrong character (U+201D) when text is
    copied or searched. Surrogate pairs fix that; BMP output is unchanged.
    """
    pairs = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _load(name: str) -> dict[int, int]:
    """Register one shipped font with reportlab (once) and return its cmap."""
    cmap = _cmaps.get(name)
    if cmap is not None:
        return cmap
    with _lock:
        if name not in _cmaps:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics, ttfonts
            from reportlab.pdfbase.ttfonts import TTFont

            ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
            font = TTFont(name, str(font_dir() / FONT_FILES[name]))
            pdfmetrics.registerFont(font)
            # Paragraph <b>/<i> must not fail: map every style to the one face.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _cmaps[name] = font.face.charToGlyph
    return _cmaps[name]


def register_fonts() -> None:
    """Register every shipped font with reportlab, once per process (thread-safe, idempotent).

    Not required before the other functions: they load a font the first time a chain reaches
    it (parsing all four files costs about 0.5 s; a Song-only form needs one).
    """
    for name in FONT_FILES:
        _load(name)


def _check_role(role: str) -> tuple[str, ...]:
    try:
        return CHAINS[role]
    except KeyError:
        raise ValueError(f"unknown font role {role!r}; use one of {ROLES}") from None


def primary_font(role: str) -> str:
    """The reportlab font name of a role's own style (use it as a ParagraphStyle fontName)."""
    name = _check_role(role)[0]
    _load(name)
    return name


def is_ignorable(ch: str) -> bool:
    """Default-ignorable code points: no glyph by design, dropped from printed text."""
    cp = ord(ch)
    return (
        0xFE00 <= cp <= 0xFE0F  # variation selectors
        or 0xE0100 <= cp <= 0xE01EF  # ideographic variation selectors
        or cp in (0x00AD, 0x034F, 0x180E, 0xFEFF)
        or 0x200B <= cp <= 0x200F
        or 0x202A <= cp <= 0x202E
        or 0x2060 <= cp <= 0x2064
    )


def font_for_char(role: str, ch: str) -> str:
    """First font of the role's chain whose cmap has ``ch``, or ``MISSING``. Cached."""
    key = (role, ch)
    found = _cache.get(key)
    if found is not None:
        return found
    chain = _check_role(role)
    cp = ord(ch)
    found = next((name for name in chain if cp in _load(name)), MISSING)
    _cache[key] = found
    return found


# role -> character -> (font, printed text): "" for an ignorable character, " " for whitespace
# no font has. Filled lazily; a form reuses a few thousand characters at most.
_printed: dict[str, dict[str, tuple[str, str]]] = {role: {} for role in ROLES}


def _resolve(role: str, ch: str) -> tuple[str, str]:
    if is_ignorable(ch):
        return MISSING, ""
    font = font_for_char(role, ch)
    if font == MISSING and ch.isspace():
        return font_for_char(role, " "), " "
    return font, ch


def _normalise(text: str, role: str) -> Iterable[tuple[str, str]]:
    _check_role(role)
    printed = _printed[role]
    for ch in text:
        hit = printed.get(ch)
        if hit is None:
            hit = printed[ch] = _resolve(role, ch)
        if hit[1]:
            yield hit


@functools.lru_cache(maxsize=4096)
def _runs(text: str, role: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    current = ""
    chunk: list[str] = []
    for font, ch in _normalise(text, role):
        if font != current and chunk:
            out.append((current, "".join(chunk)))
            chunk = []
        current = font
        chunk.append(ch)
    if chunk:
        out.append((current, "".join(chunk)))
    return tuple(out)


def runs(text: str, role: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(font_name, chunk)`` runs; ``font_name`` may be ``MISSING``."""
    return list(_runs(text, role))


def uncovered_chars(text: str, role: str = SONG) -> list[str]:
    """Distinct characters of ``text`` that no shipped font has, in order of appearance.

    They print as placeholders; callers should warn before printing. The answer is the same for
    every role (each chain holds every font); ``role`` only selects which cache is used.
    """
    seen: list[str] = []
    for font, ch in _normalise(text, role):
        if font == MISSING and ch not in seen:
            seen.append(ch)
    return seen


def escape(text: str) -> str:
    """XML-escape for Paragraph markup (xml.sax.saxutils would import urllib: 50 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def code_label(ch: str) -> str:
    """The hex code point written in a placeholder, e.g. ``2A6D6``."""
    return f"{ord(ch):04X}"


def placeholder_width(size: float) -> float:
    return float(size)


@functools.lru_cache(maxsize=4096)
def _layout(
    text: str, role: str, size: float, char_space: float = 0.0, h_scale: float = 100.0
) -> tuple[tuple[tuple[str, str], ...], tuple[float, ...], float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    parts = _runs(text, role)
    widths = tuple(
        (
            (
                placeholder_width(size) * len(chunk)
                if font == MISSING
                else stringWidth(chunk, font, size)
            )
            + char_space * len(chunk)
        )
        * h_scale
        / 100.0
        for font, chunk in parts
    )
    return parts, widths, sum(widths)


def string_width(
    text: str, role: str, size: float, char_space: float = 0.0, h_scale: float = 100.0
) -> float:
    """Width in points of ``text`` as ``draw_string`` draws it (runs, placeholders,
    ``char_space`` added after every character as reportlab's ``charSpace`` does, and the
    horizontal scale ``h_scale`` in percent)."""
    return _layout(text, role, size, char_space, h_scale)[2]


def _draw_placeholder(canvas: Canvas, x: float, y: float, ch: str, size: float) -> None:
    label = code_label(ch)
    pad = size * 0.06
    canvas.setLineWidth(max(size * 0.04, 0.3))
    canvas.rect(x + pad, y - size * 0.12, size - 2 * pad, size * 0.94, stroke=1, fill=0)
    label_size = min(size * 0.32, (size - 4 * pad) / (0.556 * len(label)))
    canvas.setFont(PLACEHOLDER_FONT, label_size)
    canvas.drawCentredString(x + size / 2, y + size * 0.35 - label_size * 0.35, label)


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    role: str = SONG,
    size: float = 12.0,
    *,
    align: str = "left",
    char_space: float = 0.0,
    h_scale: float = 100.0,
) -> float:
    """Draw one line of mixed-font text with its baseline at ``y``; returns its width.

    ``align`` is ``"left"`` (``x`` is the start), ``"centre"`` (``x`` is the middle) or
    ``"right"`` (``x`` is the end). Characters no font has are drawn as boxed code points.
    ``char_space`` (points, may be negative) is added after every character; ``h_scale``
    (percent) narrows or widens the glyphs (GB/T 9704 sets 28 characters of 16 pt in a 156 mm
    line: 98.7 %). The canvas state is restored afterwards.
    """
    parts, widths, total = _layout(text, role, size, char_space, h_scale)
    if align in ("centre", "center"):
        x -= total / 2
    elif align == "right":
        x -= total
    elif align != "left":
        raise ValueError(f"align must be left, centre or right, not {align!r}")
    canvas.saveState()
    try:
        for (font, chunk), width in zip(parts, widths, strict=True):
            if font == MISSING:
                step = (placeholder_width(size) + char_space) * h_scale / 100.0
                for i, ch in enumerate(chunk):
                    _draw_placeholder(canvas, x + i * step, y, ch, size)
            elif h_scale != 100.0:
                line = canvas.beginText(x, y)
                line.setFont(font, size)
                line.setHorizScale(h_scale)
                line.setCharSpace(char_space)
                line.textOut(chunk)
                canvas.drawText(line)
            elif char_space:
                _draw_spaced(canvas, x, y, chunk, font, size, char_space)
            else:
                canvas.setFont(font, size)
                canvas.drawString(x, y, chunk)
            x += width
    finally:
        canvas.restoreState()
    return total


def _draw_spaced(
    canvas: Canvas, x: float, y: float, chunk: str, font: str, size: float, char_space: float
) -> None:
    """Draw with character spacing, one text operation per font subset, each placed exactly.

    reportlab writes one Tj per 256-glyph subset of a font. PDF applies Tc after every glyph,
    but readers that extract positions (pdfminer) drop it at each Tj boundary and drift; placing
    each subset's piece at its own x keeps every reader's positions exact.
    """
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

    canvas.setFont(font, size)
    face = getFont(font)
    start = 0
    for _subset, codes in face.splitString(chunk, canvas._doc):
        piece = chunk[start : start + len(codes)]
        canvas.drawString(x, y, piece, charSpace=char_space)
        x += stringWidth(piece, font, size) + char_space * len(piece)
        start += len(codes)


def draw_centred_string(
    canvas: Canvas, x: float, y: float, text: str, role: str = SONG, size: float = 12.0
) -> float:
    return draw_string(canvas, x, y, text, role, size, align="centre")


def draw_right_string(
    canvas: Canvas, x: float, y: float, text: str, role: str = SONG, size: float = 12.0
) -> float:
    return draw_string(canvas, x, y, text, role, size, align="right")


def markup(text: str, role: str) -> str:
    """Paragraph markup of plain ``text``: XML-escaped runs, each in ``<font name=...>``.

    Use with ``paragraph_style`` (``wordWrap="CJK"``). A missing character becomes
    ``[U+XXXX]`` in Helvetica. Newlines become ``<br/>``.
    """
    out: list[str] = []
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            out.append("<br/>")
        for font, chunk in runs(line, role):
            if font == MISSING:
                labels = "".join(f"[U+{code_label(ch)}]" for ch in chunk)
                out.append(f'<font name="{PLACEHOLDER_FONT}">{labels}</font>')
            else:
                out.append(f'<font name="{font}">{escape(chunk)}</font>')
    return "".join(out)


def paragraph_style(
    name: str, *, role: str, size: float, leading: float | None = None, **kwargs: Any
) -> ParagraphStyle:
    """A ParagraphStyle for ``markup`` text: the role's font, CJK line breaking."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        name,
        fontName=primary_font(role),
        fontSize=size,
        leading=leading if leading is not None else size * 1.5,
        wordWrap="CJK",
        **kwargs,
    )


def char_name(ch: str) -> str:
    """Readable description of a character for a warning, e.g. ``U+2A6D6 CJK UNIFIED ...``."""
    return f"U+{code_label(ch)} {unicodedata.name(ch, '')}".strip()
