"""Shipped fonts and the per-character fallback: nothing printed blank, nothing silently lost."""

from __future__ import annotations

import contextlib
import itertools
import re
import struct
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.forms import fonts
from desktop.resources import resource_path

# Rare characters of personal names and places (synthetic names; none is a real person).
RARE_NAME_CHARS = (
    "堃赟玥䶮𠇔犇淼昇喆曌燚鑫龑垚彧珺琎砼嫚玙瑀旻淏禕"
    "昊晟琦瑄璟琨珏玮炜烨煜熠焱焜昶晔暄婧婕妤嫣媛翊翀骞麒麟澍濛沣泓湉滢漪懿歆钰铖锟镕锴"
    "皓晞晗昕曦暻顼颢珩琮瑢璐璠瓒琇玹玏珣瑨琤玘琛覃仝訾闫阚佘亓芈乜邝厍靳逯隗嵇禤冼"
    "𫖯𬘡𬇙𬭚𬬭𫟼鿬鿫㳇䃥㮾𡐓𣒍𡌶"
)
NON_BMP = [ch for ch in RARE_NAME_CHARS if ord(ch) > 0xFFFF]
PUA = "\ue000"  # private use: no font can know what it means
SIZES = (12, 16, 22)  # GB/T 9704: 小四 forms, 三号 body, 二号 title


def gb2312_hanzi() -> list[str]:
    """GB2312 level 1 (rows 16-55) and level 2 (rows 56-87): 6,763 hanzi."""
    out = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                out.append(bytes([hi, lo]).decode("gb2312"))
    return out


def gbk_hanzi() -> list[str]:
    out = []
    for hi in range(0x81, 0xFF):
        for lo in range(0x40, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gbk")
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(ch) <= 0x9FFF:
                out.append(ch)
    return out


def glyph_has_outline(font_name: str, ch: str) -> bool:
    face = pdfmetrics.getFont(font_name).face
    gid = face.charToGlyph[ord(ch)]
    return face.glyphPos[gid + 1] - face.glyphPos[gid] > 0


# --- files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("filename", sorted(fonts.FONT_FILES.values()))
def test_shipped_font_is_truetype_with_glyf_outlines(filename: str) -> None:
    data = resource_path("fonts", filename).read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00", "not a single TrueType font (TTC/OTF?)"
    (num_tables,) = struct.unpack(">H", data[4:6])
    tags = {data[12 + 16 * i : 16 + 16 * i] for i in range(num_tables)}
    assert b"glyf" in tags
    assert b"CFF " not in tags


def test_licences_name_every_shipped_file() -> None:
    text = resource_path("fonts", "LICENSES.md").read_text(encoding="utf-8")
    for filename in fonts.FONT_FILES.values():
        assert filename in text
    for licence in ("OFL-1.1.txt", "Apache-2.0.txt", "Hanazono-Font-License.txt"):
        assert licence in text
        assert resource_path("fonts", licence).stat().st_size > 500


def test_register_fonts_is_idempotent() -> None:
    fonts.register_fonts()
    first = {name: pdfmetrics.getFont(name) for name in fonts.FONT_FILES}
    fonts.register_fonts()
    assert all(pdfmetrics.getFont(name) is font for name, font in first.items())


def test_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError):
        fonts.font_for_char("fangsong_gb2312", "王")


# --- coverage --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", fonts.ROLES)
def test_gb2312_in_the_roles_own_font(role: str) -> None:
    chars = gb2312_hanzi()
    assert len(chars) == 6763
    own = fonts.primary_font(role)
    strays = [ch for ch in chars if fonts.font_for_char(role, ch) != own]
    assert strays == [], f"{role}: {len(strays)} GB2312 hanzi not in {own}"


def test_gbk_hanzi_print_in_song_style() -> None:
    chars = gbk_hanzi()
    assert len(chars) > 20000
    strays = [ch for ch in chars if fonts.font_for_char(fonts.SONG, ch) != fonts.SONG_FONT]
    assert strays == []


@pytest.mark.parametrize("role", fonts.ROLES)
def test_rare_name_chars_covered_with_real_glyphs(role: str) -> None:
    for ch in RARE_NAME_CHARS:
        font = fonts.font_for_char(role, ch)
        assert font != fonts.MISSING, f"{ch} U+{ord(ch):X} not covered for {role}"
        assert glyph_has_outline(font, ch), f"{ch} maps to an empty glyph in {font}"
    assert fonts.uncovered_chars(RARE_NAME_CHARS, role) == []


def test_every_role_chain_holds_every_font() -> None:
    for role in fonts.ROLES:
        assert sorted(fonts.CHAINS[role]) == sorted(fonts.FONT_FILES)
    assert fonts.FANGSONG == fonts.KAI == fonts.BODY


@pytest.mark.skipif(
    not resource_path("data", "regions", "regions.zip").exists(), reason="no regions.zip"
)
def test_every_region_name_char_is_covered() -> None:
    chars: set[str] = set()
    with zipfile.ZipFile(resource_path("data", "regions", "regions.zip")) as archive:
        for member in archive.namelist():
            chars.update(archive.read(member).decode("gb18030"))
    chars -= set("\t\r\n")
    assert len(chars) > 5000
    pua = {ch for ch in chars if 0xE000 <= ord(ch) <= 0xF8FF}
    text = "".join(sorted(chars - pua))
    for role in fonts.ROLES:
        assert fonts.uncovered_chars(text, role) == []
    # The bureau's private-use characters (custom-made glyphs) must be reported, not dropped.
    assert set(fonts.uncovered_chars("".join(sorted(pua)))) == pua


# --- runs, markup, widths --------------------------------------------------------------------


def test_runs_cover_text_and_each_font_has_its_chars() -> None:
    text = "监护人：张𠇔（Zhang）䶮 王五"
    parts = fonts.runs(text, fonts.BODY)
    assert "".join(chunk for _, chunk in parts) == text
    for font, chunk in parts:
        face = pdfmetrics.getFont(font).face
        assert all(ord(ch) in face.charToGlyph for ch in chunk)
    for (font_a, _), (font_b, _) in itertools.pairwise(parts):
        assert font_a != font_b


def test_ignorable_chars_dropped_and_odd_spaces_kept_as_space() -> None:
    assert fonts.runs("王\ufe00五\u200b", fonts.SONG) == [(fonts.SONG_FONT, "王五")]
    joined = "".join(chunk for _, chunk in fonts.runs("王\u2028五", fonts.SONG))
    assert joined in ("王\u2028五", "王 五")
    assert fonts.uncovered_chars("王\ufe00\u2028五") == []


@pytest.mark.parametrize("size", SIZES)
def test_string_width_sums_runs(size: int) -> None:
    text = "王𠇔同学（ID 123）"
    expected = sum(
        pdfmetrics.stringWidth(chunk, font, size) for font, chunk in fonts.runs(text, fonts.SONG)
    )
    assert fonts.string_width(text, fonts.SONG, size) == pytest.approx(expected)
    # Ideographs are one em wide in every shipped font: 28 characters of 三号 are 28 × 16 pt.
    for role in fonts.ROLES:
        assert fonts.string_width("王" * 28, role, size) == pytest.approx(28 * size)
        assert fonts.string_width("𠇔", role, size) == pytest.approx(size, rel=0.05)


def test_markup_escapes_and_names_fonts() -> None:
    text = "王<b>&五\n𠇔" + PUA
    out = fonts.markup(text, fonts.BODY)
    assert "&lt;b&gt;&amp;" in out
    assert "<br/>" in out
    assert f'<font name="{fonts.FANG_FONT}">' in out
    assert f"[U+{ord(PUA):04X}]" in out
    Paragraph(out, fonts.paragraph_style("t", role=fonts.BODY, size=16)).wrap(400, 400)


# --- PDFs read back --------------------------------------------------------------------------


def glyph_bytes_by_code(program: bytes) -> dict[int, int]:
    """Outline bytes of the glyph of each code of an embedded reportlab subset (own sfnt parse).

    reportlab writes subsets with a (1,0) format 6 cmap; the glyph length comes from ``loca``;
    .notdef counts as 0.
    """
    (num_tables,) = struct.unpack(">H", program[4:6])
    tables = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack(">4sLLL", program[12 + 16 * i : 28 + 16 * i])
        tables[tag] = program[offset : offset + length]
    (loc_format,) = struct.unpack(">h", tables[b"head"][50:52])
    (num_glyphs,) = struct.unpack(">H", tables[b"maxp"][4:6])
    if loc_format == 0:
        loca = [
            2 * v
            for v in struct.unpack(f">{num_glyphs + 1}H", tables[b"loca"][: 2 * (num_glyphs + 1)])
        ]
    else:
        loca = list(struct.unpack(f">{num_glyphs + 1}L", tables[b"loca"][: 4 * (num_glyphs + 1)]))
    cmap = tables[b"cmap"]
    (sub_offset,) = struct.unpack(">L", cmap[8:12])
    fmt, _, _, first, count = struct.unpack(">5H", cmap[sub_offset : sub_offset + 10])
    assert fmt == 6
    gids = struct.unpack(f">{count}H", cmap[sub_offset + 10 : sub_offset + 10 + 2 * count])
    # glyph 0 is .notdef: a character the font lacks (drawn as a box or as nothing)
    return {first + i: (loca[g + 1] - loca[g]) if g else 0 for i, g in enumerate(gids)}


def embedded_glyphs(pdf_path: Path) -> dict[tuple[str, str], int]:
    """(BaseFont without subset tag, character) -> outline bytes in the embedded font program."""
    out: dict[tuple[str, str], int] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            for ref in resolve1(page.page_obj.resources["Font"]).values():
                font = resolve1(ref)
                descriptor = resolve1(font.get("FontDescriptor"))
                if not descriptor or "FontFile2" not in descriptor:
                    continue
                base = resolve1(font["BaseFont"]).name.split("+", 1)[-1]
                lengths = glyph_bytes_by_code(resolve1(descriptor["FontFile2"]).get_data())
                to_unicode = resolve1(font["ToUnicode"]).get_data().decode("ascii")
                bfchar = to_unicode.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
                for code, value in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", bfchar):
                    ch = bytes.fromhex(value).decode("utf-16-be")
                    if int(code, 16) in lengths:
                        out[base, ch] = max(out.get((base, ch), 0), lengths[int(code, 16)])
    return out


def check_pdf_chars(pdf_path: Path, expected: str) -> str:
    """Every expected character is in the PDF text, in a font whose embedded glyph has ink."""
    glyphs = embedded_glyphs(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
        text = "".join(page.extract_text() for page in pdf.pages)
    for ch in expected:
        assert ch in text, f"{ch} U+{ord(ch):X} missing from the PDF text"
    for c in chars:
        if c["text"].isspace():
            continue
        base = c["fontname"].split("+", 1)[-1]
        assert glyphs[base, c["text"]] > 0, f"{c['text']} has an empty glyph in {base}"
    return text


@pytest.mark.parametrize("role", fonts.ROLES)
def test_draw_string_pdf_contains_rare_chars(tmp_path: Path, role: str) -> None:
    out = tmp_path / "line.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    y = 800.0
    for size in SIZES:
        for start in range(0, len(RARE_NAME_CHARS), 20):
            fonts.draw_string(canvas, 40, y, RARE_NAME_CHARS[start : start + 20], role, size)
            y -= size * 1.5
    canvas.save()
    check_pdf_chars(out, RARE_NAME_CHARS)


def test_draw_string_alignment(tmp_path: Path) -> None:
    out = tmp_path / "align.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    width = fonts.draw_string(canvas, 300, 700, "王𠇔", fonts.SONG, 22, align="centre")
    right = fonts.draw_right_string(canvas, 500, 600, "堃", fonts.HEI, 16)
    canvas.save()
    with pdfplumber.open(out) as pdf:
        chars = pdf.pages[0].chars
    assert width == pytest.approx(44, rel=0.05)
    assert chars[0]["x0"] == pytest.approx(300 - width / 2, abs=0.5)
    assert chars[2]["x1"] == pytest.approx(500, abs=0.5)
    assert right == pytest.approx(16)


def test_paragraph_markup_pdf_contains_rare_chars(tmp_path: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate

    out = tmp_path / "para.pdf"
    body = "监护人张堃：你的孩子王𠇔、刘䶮，现住某县㳇溪镇𡐓村。<请于7日内返校>&" * 3
    story = []
    for size in SIZES:
        for role in fonts.ROLES:
            style = fonts.paragraph_style(f"s{size}{role}", role=role, size=size)
            story.append(Paragraph(fonts.markup(body, role), style))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    text = check_pdf_chars(out, "堃𠇔䶮㳇𡐓<>&")
    assert "<请于7日内返校>&" in text.replace("\n", "")


def test_uncovered_char_is_a_visible_placeholder(tmp_path: Path) -> None:
    missing = next(chr(cp) for cp in range(0x2A6D6, 0x2A000, -1) if not _covered(chr(cp)))
    text = f"王{PUA}五{missing}"
    assert fonts.uncovered_chars(text) == [PUA, missing]
    assert [font for font, _ in fonts.runs(text, fonts.SONG)].count(fonts.MISSING) == 2
    assert fonts.string_width(text, fonts.SONG, 16) == pytest.approx(4 * 16)
    out = tmp_path / "missing.pdf"
    canvas = Canvas(str(out), pagesize=A4)
    fonts.draw_string(canvas, 100, 700, text, fonts.SONG, 16)
    canvas.save()
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        labels = [w for w in words if w["text"] in (f"{ord(PUA):04X}", f"{ord(missing):X}")]
        boxes = page.rects
    assert len(labels) == 2, words
    assert len(boxes) == 2
    for label in labels:
        assert any(b["x0"] <= label["x0"] and label["x1"] <= b["x1"] for b in boxes)
    assert all(b["width"] > 12 and b["height"] > 12 for b in boxes)


def _covered(ch: str) -> bool:
    return fonts.font_for_char(fonts.SONG, ch) != fonts.MISSING


# --- Qt --------------------------------------------------------------------------------------


@pytest.mark.gui
def test_qt_loads_shipped_fonts(qapp: object) -> None:
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in fonts.qt_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id != -1, path
        families += QFontDatabase.applicationFontFamilies(font_id)
    assert fonts.UI_FONT_FAMILY in families
    assert "Kcbx Song" in families
