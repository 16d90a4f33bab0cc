"""Build the fonts shipped in resources/fonts from Debian font packages (one-time, not at run time).

Needs fontTools, which is not an app dependency; use a throwaway venv:

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools==4.68.0
    /tmp/fontvenv/bin/python resources/fonts/build_fonts.py --work /tmp/fontbuild

The script downloads the pinned Debian packages with ``apt-get download`` into --work (unless
they are already there), unpacks them with ``dpkg-deb -x`` and writes, next to itself:

- ``kcbx-song.ttf``   Song (宋体) style: Noto Serif CJK SC, character subset, outlines converted
                      from CFF to TrueType (reportlab refuses CFF).
- ``kcbx-kai.ttf``    Kai (楷体) style for notice bodies: LXGW WenKai, character subset.
- ``wqy-microhei.ttf`` Hei (黑体) style and Qt UI font: face 0 of WenQuanYi Micro Hei's TTC.
- ``kcbx-fallback-min.ttf`` Mincho/Song style fallback for rare characters none of the above
                      has: HanaMinA + HanaMinB, character subset, merged into one file.

Character sets are chosen here (see ``charsets``); ``name_chars.txt`` lists extra characters
to keep, and every character of ``resources/data/regions/regions.zip`` is kept in the Song
chain. Output is deterministic for the same inputs (timestamps come from the sources).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.merge import Options as MergeOptions
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
REGIONS_ZIP = REPO / "resources" / "data" / "regions" / "regions.zip"

PACKAGES = {
    "fonts-noto-cjk": "1:20220127+repack1-1",
    "fonts-lxgw-wenkai": "1.250+repack-1",
    "fonts-wqy-microhei": "0.2.0-beta-3.1",
    "fonts-hanazono": "20170904-2.1",
}
NOTO_SERIF = "usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_SC_INDEX = 2  # face "Noto Serif CJK SC" in the collection
WENKAI = "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
MICROHEI = "usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
HANAMIN_A = "usr/share/fonts/truetype/hanazono/HanaMinA.ttf"
HANAMIN_B = "usr/share/fonts/truetype/hanazono/HanaMinB.ttf"

# Non-ideograph ranges every print font keeps when it has them.
SYMBOL_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1, Latin Extended-A (pinyin ā é ǐ ò ū ü)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x01F8, 0x01F9),
    (0x0251, 0x0251),
    (0x0261, 0x0261),
    (0x02C6, 0x02DD),  # modifier letters (ˉ ˇ ˊ ˋ ˙)
    (0x2000, 0x206F),  # general punctuation (— ‘ ’ “ ” … ‰ ※)
    (0x20AC, 0x20AC),
    (0x2100, 0x218F),  # letterlike (℃ № ℡), Roman numerals Ⅰ–Ⅻ
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics ①–⑳ ⑴ ⒈
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes □ ■ ○ ● △
    (0x2600, 0x26FF),  # ★ ☆ ☑ ☐
    (0x2713, 0x2717),  # ✓ ✔ ✕ ✖ ✗
    (0x3000, 0x303F),  # CJK symbols and punctuation 、。〈〉《》「」【】〔〕
    (0x3200, 0x33FF),  # enclosed CJK ㈠ ㊣, CJK compatibility ㎡
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
]
IDEOGRAPH_RANGES = [
    (0x2E80, 0x2FDF),  # radicals
    (0x31C0, 0x31EF),  # strokes
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3134F),  # Extensions B–G
]


def in_ranges(cp: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def gb_chars(codec: str, lead: range, trail: range) -> set[int]:
    out: set[int] = set()
    for hi in lead:
        for lo in trail:
            try:
                ch = bytes([hi, lo]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and not 0xE000 <= ord(ch) <= 0xF8FF:
                out.add(ord(ch))
    return out


def region_chars() -> set[int]:
    chars: set[int] = set()
    if not REGIONS_ZIP.exists():
        print(f"warning: {REGIONS_ZIP} missing; region names not added", file=sys.stderr)
        return chars
    with zipfile.ZipFile(REGIONS_ZIP) as z:
        for name in z.namelist():
            chars.update(ord(c) for c in z.read(name).decode("gb18030") if c not in "\t\r\n")
    return {c for c in chars if not 0xE000 <= c <= 0xF8FF}


def listed_chars() -> set[int]:
    text = (HERE / "name_chars.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return {ord(c) for c in "".join(lines) if not c.isspace()}


def fetch(work: Path) -> Path:
    root = work / "root"
    work.mkdir(parents=True, exist_ok=True)
    for pkg, version in PACKAGES.items():
        debs = list(work.glob(f"{pkg}_*.deb"))
        if not debs:
            subprocess.run(["apt-get", "download", f"{pkg}={version}"], cwd=work, check=True)
            debs = list(work.glob(f"{pkg}_*.deb"))
        for deb in debs:
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
            print(f"{deb.name} sha256 {hashlib.sha256(deb.read_bytes()).hexdigest()}")
    return root


def subset_font(font: TTFont, unicodes: set[int], *, keep_layout: bool = False) -> None:
    opts = subset.Options()
    opts.hinting = keep_layout
    opts.layout_features = ["*"] if keep_layout else []
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.desubroutinize = True
    opts.drop_tables += ["EBDT", "EBLC", "EBSC", "DSIG", "FFTM", "prop", "BDF "]
    if not keep_layout:
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace CFF outlines by quadratic TrueType ones (as fontTools' otf2ttf snippet does)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, *, family: str, ps_name: str, note: str) -> None:
    """Give a modified font its own name (OFL reserved names) and state the change in it."""
    table = font["name"]
    version = table.getDebugName(5) or ""
    table.names = [n for n in table.names if n.nameID not in {1, 2, 3, 4, 5, 6, 16, 17, 18, 21, 22}]
    if table.getDebugName(10):
        table.names = [n for n in table.names if n.nameID != 10]
    values = {
        1: family,
        2: "Regular",
        3: f"{ps_name};kcbx",
        4: family,
        5: f"{version}; kcbx subset",
        6: ps_name,
        10: note,
    }
    for name_id, value in values.items():
        table.setName(value, name_id, 3, 1, 0x409)
        if value.isascii():
            table.setName(value, name_id, 1, 0, 0)


def save(font: TTFont, path: Path) -> None:
    font.recalcTimestamp = False
    font.save(str(path), reorderTables=True)
    size = path.stat().st_size
    print(f"wrote {path.name}: {size / 1e6:.2f} MB, {len(font.getBestCmap())} characters")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="download/unpack directory")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    root = fetch(args.work)

    gb2312 = gb_chars("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    gbk = gb_chars("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
    regions = region_chars()
    listed = listed_chars()

    def symbol(cp: int) -> bool:
        return in_ranges(cp, SYMBOL_RANGES)

    def ideograph(cp: int) -> bool:
        return in_ranges(cp, IDEOGRAPH_RANGES)

    # Song: every ideograph and symbol the face has (the broadest font of the chain).
    song = TTFont(str(root / NOTO_SERIF), fontNumber=NOTO_SERIF_SC_INDEX, recalcTimestamp=False)
    song_cmap = song.getBestCmap()
    song_set = {c for c in song_cmap if ideograph(c) or symbol(c) or c in gbk}
    subset_font(song, song_set)
    cff_to_glyf(song)
    rename(
        song,
        family="Kcbx Song",
        ps_name="KcbxSong-Regular",
        note="Modified by the kcbx project (resources/fonts/build_fonts.py) from Noto Serif CJK"
        " SC 2.001 (Debian fonts-noto-cjk 1:20220127+repack1-1): character subset, CFF outlines"
        " converted to TrueType, layout tables dropped, renamed.",
    )
    save(song, args.out / "kcbx-song.ttf")
    song_set = set(song.getBestCmap())

    # Fallback (Mincho): rare ideographs the Song face lacks.
    hana_a = TTFont(str(root / HANAMIN_A), recalcTimestamp=False)
    hana_b = TTFont(str(root / HANAMIN_B), recalcTimestamp=False)
    kai_full = TTFont(str(root / WENKAI), recalcTimestamp=False)
    kai_cmap = set(kai_full.getBestCmap())
    wanted_rare = (
        regions
        | listed
        | {c for c in kai_cmap if ideograph(c)}
        | {c for c in range(0x3400, 0xA000) if ideograph(c)}
    ) - song_set
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for font, tag in ((hana_a, "a"), (hana_b, "b")):
            have = wanted_rare & set(font.getBestCmap())
            subset_font(font, have)
            part = Path(tmp) / f"hana-{tag}.ttf"
            font.save(str(part))
            parts.append(str(part))
        merged = Merger(options=MergeOptions(drop_tables=["vhea", "vmtx", "gasp"])).merge(parts)
    merged["head"].created = hana_a["head"].created
    merged["head"].modified = hana_a["head"].modified
    rename(
        merged,
        family="Kcbx Fallback Min",
        ps_name="KcbxFallbackMin-Regular",
        note="Modified by the kcbx project (resources/fonts/build_fonts.py) from HanaMinA and"
        " HanaMinB 2017-09-04 (Debian fonts-hanazono 20170904-2.1), used under the Hanazono Font"
        " License: character subset of rare ideographs, hinting dropped, two fonts merged.",
    )
    save(merged, args.out / "kcbx-fallback-min.ttf")
    fallback_set = set(merged.getBestCmap())

    # Kai: GB2312 in full (the usual 楷体_GB2312 repertoire), region and listed characters,
    # symbols, and whatever ideographs only this font has.
    kai_set = {
        c
        for c in kai_cmap
        if symbol(c)
        or c in gb2312
        or c in regions
        or c in listed
        or (ideograph(c) and c not in song_set and c not in fallback_set)
    }
    subset_font(kai_full, kai_set)
    rename(
        kai_full,
        family="Kcbx Kai",
        ps_name="KcbxKai-Regular",
        note="Modified by the kcbx project (resources/fonts/build_fonts.py) from LXGW WenKai"
        " 1.250 (Debian fonts-lxgw-wenkai 1.250+repack-1): character subset, layout tables"
        " dropped, renamed (the OFL reserves the names LXGW and 霞鹜).",
    )
    save(kai_full, args.out / "kcbx-kai.ttf")

    # Hei: the whole first face of the collection, unchanged (also the Qt UI font).
    hei = TTFont(str(root / MICROHEI), fontNumber=0, recalcTimestamp=False)
    hei_cmap = set(hei.getBestCmap())
    subset_font(hei, hei_cmap, keep_layout=True)
    save(hei, args.out / "wqy-microhei.ttf")

    union = song_set | fallback_set | set(kai_full.getBestCmap()) | hei_cmap
    for label, chars in (
        ("GB2312", gb2312),
        ("GBK", gbk),
        ("regions", regions),
        ("name_chars", listed),
    ):
        missing = "".join(chr(c) for c in sorted(chars - union))
        print(f"{label}: {len(chars)} characters, not covered: {len(missing)} {missing[:80]}")


if __name__ == "__main__":
    main()
