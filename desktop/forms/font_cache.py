"""Parsed TrueType fonts kept between runs, so that a cold start does not parse them again.

reportlab parses a font file in pure Python (cmap, widths, glyph offsets) when it is
registered: 0.04–0.2 s for each CJK font, about half a second for the four fonts a notice uses,
on every start of the app or of ``kcbx form``. The parsed state of a font (everything but the
file's bytes, which are read as they are) is written once to the user's cache folder
(``<data_dir>/cache/fonts``) with marshal and read back in a fraction of the time. The cache
entry is keyed by the file's name, size and modification time and by the reportlab and Python
versions; anything wrong with it (missing, stale, unreadable, another layout) means the font
is parsed as before and the entry written again.
"""

from __future__ import annotations

import marshal
import os
import sys
from pathlib import Path
from typing import Any

FORMAT = 1
# what every parsed face holds (checked on reading an entry back)
REQUIRED = ("charToGlyph", "charWidths", "glyphPos", "hmetrics", "numGlyphs", "unitsPerEm")


def cache_dir() -> Path | None:
    """The folder of the cache entries (None if it cannot be made: no cache then)."""
    from desktop.paths import data_dir

    try:
        path = data_dir() / "cache" / "fonts"
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def entry_path(path: Path) -> Path | None:
    import reportlab

    folder = cache_dir()
    if folder is None:
        return None
    st = path.stat()
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    name = f"{path.stem}-{st.st_size}-{st.st_mtime_ns}-rl{reportlab.Version}-py{version}.metrics"
    return folder / name


def _read(entry: Path, path: Path) -> Any:
    """The cached face of ``path`` (a reportlab TTFontFace), or None."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    try:
        state = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(state, dict) or state.pop("__format__", None) != FORMAT:
        return None
    if any(key not in state for key in REQUIRED):
        return None
    data = path.read_bytes()
    if len(data) != state.pop("__size__", -1):
        return None
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = data
    units = face.unitsPerEm
    if units == 1000:
        face._pdfScale = lambda x: x
    else:  # as reportlab's extractInfo makes it
        mult = 1000 / units
        face._pdfScale = lambda x: x * mult
    return face


def _write(entry: Path, face: Any) -> None:
    state = {k: v for k, v in face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    state["__format__"] = FORMAT
    state["__size__"] = len(face._ttf_data)
    try:
        blob = marshal.dumps(state)
    except ValueError:  # a value marshal cannot hold: this font is not cached
        return
    tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(blob)
        os.replace(tmp, entry)
    except OSError:
        tmp.unlink(missing_ok=True)


def face(path: Path) -> tuple[Any, bool]:
    """The parsed face of a font file and whether it came from the cache."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    try:
        entry = entry_path(path)
    except OSError:
        entry = None
    if entry is not None and entry.exists():
        cached = _read(entry, path)
        if cached is not None:
            return cached, True
    parsed = TTFontFace(str(path))
    if entry is not None:
        _write(entry, parsed)
    return parsed, False


def ttfont(name: str, path: Path) -> Any:
    """``TTFont(name, path)``, its face read from the cache when it can be. The caller holds
    the fonts lock (reportlab's TTFont makes its face through the module's TTFontFace, which is
    pointed at the cached face while the font is made)."""
    from reportlab.pdfbase import ttfonts

    made, _ = face(path)
    real = ttfonts.TTFontFace
    ttfonts.TTFontFace = lambda *args, **kwargs: made
    try:
        return ttfonts.TTFont(name, str(path))
    finally:
        ttfonts.TTFontFace = real
