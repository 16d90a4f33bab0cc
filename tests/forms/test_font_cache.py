"""Parsed fonts come back from the cache exactly as reportlab parsed them (same metrics, same
embedded subset), and a stale or broken cache entry only means parsing again."""

from __future__ import annotations

import os
import shutil

from reportlab.pdfbase.ttfonts import TTFontFace

from desktop.forms import font_cache, fonts

KEPT = ("charToGlyph", "charWidths", "glyphPos", "hmetrics", "ascent", "descent", "bbox", "name")


def a_font(tmp_path):
    path = tmp_path / "kcbx-title.ttf"
    shutil.copy(fonts.font_dir() / "kcbx-title.ttf", path)
    return path


def test_a_cached_face_is_the_parsed_face(tmp_path) -> None:
    path = a_font(tmp_path)
    parsed = TTFontFace(str(path))
    _, cached = font_cache.face(path)
    assert not cached and font_cache.entry_path(path).exists()
    again, cached = font_cache.face(path)
    assert cached
    for name in KEPT:
        assert getattr(again, name) == getattr(parsed, name), name
    assert again._pdfScale(517) == parsed._pdfScale(517)
    subset = [0, *(ord(c) for c in "劝返复学通知书〔〕2026")]
    assert again.makeSubset(subset) == parsed.makeSubset(subset)  # the embedded font
    font = font_cache.ttfont("CacheTestTitle", path)
    assert font.face is not again and font.face.charWidths == parsed.charWidths
    assert font.stringWidth("劝返复学", 16) == 64


def test_a_broken_or_stale_entry_means_parsing_again(tmp_path) -> None:
    path = a_font(tmp_path)
    font_cache.face(path)
    entry = font_cache.entry_path(path)
    entry.write_bytes(b"not a cache entry")
    face, cached = font_cache.face(path)
    assert not cached and face.charToGlyph
    assert font_cache.face(path)[1]  # written again, good
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # the file changed
    assert font_cache.entry_path(path) != entry
    assert not font_cache.face(path)[1]


def test_no_cache_folder_still_loads(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(font_cache, "cache_dir", lambda: None)
    face, cached = font_cache.face(a_font(tmp_path))
    assert not cached and face.charToGlyph
