"""CJK fonts for printed documents: office fonts when the computer has them, shipped ones
otherwise, with a per-character fallback.

reportlab draws a character its font lacks as *nothing*, silently. Names and addresses hold rare
characters (堃 赟 玥 䶮 𠇔), so every string is split into runs, each run in the first font of a
role's chain that has all of its characters (checked in the font's cmap).

Roles (what the text is for, not a font name):

- ``SONG``: 宋体-style; forms, tables, ledgers, page numbers.
- ``BODY``: body text of notices, GB/T 9704 仿宋 (``FANGSONG``; ``KAI`` is an old alias).
- ``TITLE``: titles, GB/T 9704 小标宋: a heavy Song.
- ``HEI``: 黑体-style sans; headings, table heads. Also the Qt UI font (see ``UI_FONT_FAMILY``).

Office fonts: offices use 仿宋_GB2312 (or Windows' 仿宋 ``simfang.ttf``) and 方正小标宋, which
cannot be shipped. When a TrueType file of one of them is found in the computer's font folders
(by file name, see ``SYSTEM_FONTS``), it heads the role's chain; otherwise the shipped
``kcbx-fang.ttf`` (FandolFang) and ``kcbx-title.ttf`` (Noto Serif CJK SC Bold) are used.
``KCBX_SYSTEM_FONTS=0`` in the environment (or ``set_font_dirs([])``) uses the shipped fonts
only. ``describe_fonts`` names the fonts a rendered document used (kept in its snapshot).

Every chain holds all shipped fonts (own style first, then the closest style), so all roles
cover the same characters; only the look of a fallback character differs.

A character no font has is never dropped. ``runs`` gives it the pseudo font ``MISSING``;
``draw_string`` draws it as a box one em wide holding its code point in hex (e.g. ``2A6D6``),
``markup`` writes ``[U+2A6D6]``. Callers check ``uncovered_chars(text)`` first and refuse or
warn (the official can then write the character by hand). Default-ignorable characters
(variation selectors, zero-width joiners, BOM, soft hyphen) are dropped: they have no glyph by
design. Whitespace no font has is printed as an ordinary space.

reportlab is imported lazily, so this module is cheap to import (the UI imports it for
``qt_font_files``).
"""

from __future__ import annotations

import functools
import os
import sys
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
TITLE = "title"
FANGSONG = BODY
KAI = BODY
ROLES = (SONG, BODY, HEI, TITLE)

# reportlab font names -> files in resources/fonts (see resources/fonts/LICENSES.md).
SONG_FONT = "KcbxSong"
FANG_FONT = "KcbxFang"
TITLE_FONT = "KcbxTitle"
KAI_FONT = "KcbxKai"
HEI_FONT = "KcbxHei"
FALLBACK_FONT = "KcbxFallbackMin"
FONT_FILES = {
    SONG_FONT: "kcbx-song.ttf",
    FANG_FONT: "kcbx-fang.ttf",
    TITLE_FONT: "kcbx-title.ttf",
    KAI_FONT: "kcbx-kai.ttf",
    HEI_FONT: "wqy-microhei.ttf",
    FALLBACK_FONT: "kcbx-fallback-min.ttf",
}
CHAINS: dict[str, tuple[str, ...]] = {
    SONG: (SONG_FONT, FALLBACK_FONT, TITLE_FONT, FANG_FONT, KAI_FONT, HEI_FONT),
    BODY: (FANG_FONT, SONG_FONT, FALLBACK_FONT, TITLE_FONT, KAI_FONT, HEI_FONT),
    TITLE: (TITLE_FONT, SONG_FONT, FALLBACK_FONT, FANG_FONT, KAI_FONT, HEI_FONT),
    HEI: (HEI_FONT, SONG_FONT, FALLBACK_FONT, TITLE_FONT, FANG_FONT, KAI_FONT),
}
# Office fonts looked up by file name (lower case) in the computer's font folders; the first
# TrueType file found heads the role's chain. reportlab names: SysFang, SysTitle.
SYSTEM_FONTS: dict[str, tuple[str, tuple[str, ...]]] = {
    BODY: (
        "SysFang",
        (
            "仿宋_gb2312.ttf",
            "fs_gb2312.ttf",
            "fangsong_gb2312.ttf",
            "simfang.ttf",
            "仿宋.ttf",
            "fangsong.ttf",
        ),
    ),
    TITLE: (
        "SysTitle",
        (
            "方正小标宋简体.ttf",
            "方正小标宋_gbk.ttf",
            "fzxbsjw.ttf",
            "fzxbsk.ttf",
            "fzxbsjw--gb1-0.ttf",
            "fzxiaobiaosong-b05s.ttf",
            "方正小标宋_gb2312.ttf",
        ),
    ),
}
UI_FONT_FAMILY = "WenQuanYi Micro Hei"  # family name Qt reports for wqy-microhei.ttf

MISSING = "<missing>"  # pseudo font name of a run of characters no font has
PLACEHOLDER_FONT = HEI_FONT  # embedded font used to write a missing code point's hex digits

_lock = threading.Lock()
_cmaps: dict[str, dict[int, int]] = {}
_cache: dict[tuple[str, str], str] = {}
_font_dirs: list[Path] | None = None  # None: the platform's usual folders
_system: dict[str, Path | None] = {}  # role -> office font file found (None: none)
_paths: dict[str, Path] = {}  # reportlab name -> file, for every loaded font


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

            from desktop.forms import font_cache

            ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
            path = _paths.get(name) or font_dir() / FONT_FILES[name]
            font = font_cache.ttfont(name, Path(path))  # parsed once, then from the cache
            _paths[name] = path
            pdfmetrics.registerFont(font)
            if pdfmetrics.getFont(name) is not font:
                # reportlab aliases a second file with the same PostScript name to the first
                # one; an office font must be used as found (its own metrics and glyphs).
                pdfmetrics._fonts[name] = font
            # Paragraph <b>/<i> must not fail: map every style to the one face.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _cmaps[name] = font.face.charToGlyph
    return _cmaps[name]


def register_fonts() -> None:
    """Register every shipped font with reportlab, once per process (thread-safe, idempotent).

    Not required before the other functions: they load a font the first time a chain reaches
    it (parsing all six files costs about 1 s; a Song-only form needs one).
    """
    for name in FONT_FILES:
        _load(name)


def default_font_dirs() -> list[Path]:
    """The usual font folders of Windows, macOS and Linux (those that exist are searched)."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".local" / "share" / "fonts",
            home / ".fonts",
        ]
    return dirs


def set_font_dirs(dirs: Iterable[Path] | None) -> None:
    """Search these folders for office fonts (``[]``: shipped fonts only; ``None``: the
    platform's usual folders). Clears every cache (for tests and the settings page)."""
    global _font_dirs
    with _lock:
        _font_dirs = None if dirs is None else [Path(d) for d in dirs]
        _system.clear()
        for name, _files in SYSTEM_FONTS.values():
            _cmaps.pop(name, None)
            _paths.pop(name, None)
        _cache.clear()
        for table in _printed.values():
            table.clear()
        _runs.cache_clear()
        _layout.cache_clear()


def _search_dirs() -> list[Path]:
    if _font_dirs is not None:
        return _font_dirs
    if os.environ.get("KCBX_SYSTEM_FONTS", "1") == "0":
        return []
    return default_font_dirs()


def _find_file(dirs: list[Path], wanted: tuple[str, ...]) -> Path | None:
    """The first file (in ``wanted``'s order) found in ``dirs`` or their subfolders."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        try:
            for root, _subdirs, files in os.walk(folder):
                for file in files:
                    low = file.lower()
                    if low in wanted and low not in found:
                        found[low] = Path(root) / file
        except OSError:
            continue
    return next((found[name] for name in wanted if name in found), None)


def system_font(role: str) -> str | None:
    """The reportlab name of the office font heading ``role``'s chain, if this computer has a
    usable (TrueType) one; looked up once."""
    entry = SYSTEM_FONTS.get(role)
    if entry is None:
        return None
    name, wanted = entry
    if role not in _system:
        path = _find_file(_search_dirs(), wanted)
        if path is not None:
            _paths[name] = path
            try:
                _load(name)
            except Exception:  # a CFF/OpenType or damaged file: use the shipped font
                _paths.pop(name, None)
                _cmaps.pop(name, None)
                path = None
        _system[role] = path
    return name if _system[role] is not None else None


def chain(role: str) -> tuple[str, ...]:
    """The fonts tried for ``role``, in order (an office font first when present)."""
    try:
        base = CHAINS[role]
    except KeyError:
        raise ValueError(f"unknown font role {role!r}; use one of {ROLES}") from None
    office = system_font(role)
    return (office, *base) if office else base


_check_role = chain


def font_file(name: str) -> Path:
    """The file a (loaded or shipped) reportlab font name comes from."""
    return _paths.get(name) or font_dir() / FONT_FILES[name]


def font_label(name: str) -> str:
    """A reader's name for a font: its family name and where it comes from."""
    _load(name)
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getFont(name).face
    family = getattr(face, "familyName", b"")
    family = family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)
    origin = "本机字体" if name not in FONT_FILES else "随软件提供"
    return f"{family or face.name}（{origin}，{font_file(name).name}）"


def describe_fonts(used: Iterable[str]) -> dict[str, Any]:
    """What a document was printed in: the title and body fonts and every other font used.

    ``used`` is the reportlab font names a rendering set (``Doc.fonts_used``)."""
    used = list(used)
    out: dict[str, Any] = {}
    for role, key in ((TITLE, "title"), (BODY, "body"), (SONG, "forms")):
        name = chain(role)[0]
        if name in used:
            out[key] = font_label(name)
    named = {chain(r)[0] for r in (TITLE, BODY, SONG)}
    others = [font_label(n) for n in used if n not in named and (n in FONT_FILES or n in _paths)]
    if others:
        out["other"] = others
    return out


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
    _load(PLACEHOLDER_FONT)
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


def draw_right_string(
    canvas: Canvas, x: float, y: float, text: str, role: str = SONG, size: float = 12.0
) -> float:
    return draw_string(canvas, x, y, text, role, size, align="right")


def markup(text: str, role: str) -> str:
    """Paragraph markup of plain ``text``: XML-escaped runs, each in ``<font name=...>``.

    Use with ``paragraph_style`` (``wordWrap="CJK"``). A missing character becomes
    ``[U+XXXX]`` in the Hei font. Newlines become ``<br/>``.
    """
    out: list[str] = []
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            out.append("<br/>")
        for font, chunk in runs(line, role):
            if font == MISSING:
                _load(PLACEHOLDER_FONT)
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
