"""Build the two office-style print fonts (仿宋 body, heavy 小标宋-like title) from Debian packages.

One-time build step, not run by the app. Needs fontTools (not an app dependency):

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools==4.68.0
    /tmp/fontvenv/bin/python resources/fonts/build_office_fonts.py --work /tmp/fontbuild

Downloads the pinned packages with ``apt-get download`` into --work (unless already there),
unpacks them with ``dpkg-deb -x`` and writes, next to itself:

- ``kcbx-fang.ttf``  仿宋 style for the body of notices (GB/T 9704 3号仿宋): FandolFang Regular
                     0.3 (texlive-lang-chinese), GPL with the font exception; character subset,
                     CFF outlines converted to TrueType (reportlab refuses CFF), renamed.
- ``kcbx-title.ttf`` heavy Song (小标宋 stand-in) for titles: Noto Serif CJK SC Bold 2.001
                     (fonts-noto-cjk), SIL OFL 1.1; subset to GB2312, the division names and the
                     symbols (a title character outside it falls back to the regular Song),
                     CFF → TrueType, renamed.

Then ``kcbx-kai.ttf`` (LXGW WenKai, made by ``build_fonts.py``), no longer a body font, is cut
to the characters no other shipped font has (the newest CJK additions in names): the per-glyph
fallback keeps them printable, and the frozen app stays within its size budget. Only that
step again, after ``build_fonts.py`` has remade the Kai font:

    /tmp/fontvenv/bin/python resources/fonts/build_office_fonts.py --kai-rest

The helpers (subsetting, CFF → glyf conversion, renaming, character sets) are those of
``build_fonts.py``. Output is deterministic for the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_fonts import (  # noqa: E402  (a sibling script, not a package)
    SYMBOL_RANGES,
    cff_to_glyf,
    gb_chars,
    in_ranges,
    listed_chars,
    region_chars,
    rename,
    save,
    subset_font,
)

PACKAGES = {
    "texlive-lang-chinese": "2022.20230122-1",
    "fonts-noto-cjk": "1:20220127+repack1-1",
}
FANDOL_FANG = "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf"
NOTO_SERIF_BOLD = "usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
NOTO_SERIF_SC_INDEX = 2  # face "Noto Serif CJK SC Bold"


def fetch(work: Path) -> Path:
    root = work / "root"
    work.mkdir(parents=True, exist_ok=True)
    for pkg, version in PACKAGES.items():
        debs = [d for d in work.glob(f"{pkg}_*.deb")]
        if not debs:
            subprocess.run(["apt-get", "download", f"{pkg}={version}"], cwd=work, check=True)
            debs = list(work.glob(f"{pkg}_*.deb"))
        for deb in debs:
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
            print(f"{deb.name} sha256 {hashlib.sha256(deb.read_bytes()).hexdigest()}")
    return root


# The fonts whose characters the Kai font need not carry again.
OTHERS = ("kcbx-song.ttf", "kcbx-fang.ttf", "kcbx-title.ttf", "wqy-microhei.ttf")
OTHERS_MIN = "kcbx-fallback-min.ttf"


def kai_rest(out: Path) -> None:
    """Cut kcbx-kai.ttf to the characters none of the other shipped fonts has."""
    covered: set[int] = set()
    for name in (*OTHERS, OTHERS_MIN):
        covered |= set(TTFont(str(out / name), lazy=True).getBestCmap())
    kai = TTFont(str(out / "kcbx-kai.ttf"), recalcTimestamp=False)
    subset_font(kai, set(kai.getBestCmap()) - covered)
    save(kai, out / "kcbx-kai.ttf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--work", type=Path, help="download/unpack directory")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--kai-rest", action="store_true", help="only cut kcbx-kai.ttf (see above)")
    args = ap.parse_args()
    if args.kai_rest:
        kai_rest(args.out)
        return
    if args.work is None:
        ap.error("--work is required")
    root = fetch(args.work)

    gb2312 = gb_chars("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    gbk = gb_chars("gbk", range(0x81, 0xFF), range(0x40, 0xFF))
    regions = region_chars()
    listed = listed_chars()

    def symbol(cp: int) -> bool:
        return in_ranges(cp, SYMBOL_RANGES)

    # 仿宋: every character of FandolFang that is a symbol, GBK, a division name or listed.
    fang = TTFont(str(root / FANDOL_FANG), recalcTimestamp=False)
    fang_set = {
        c for c in fang.getBestCmap() if symbol(c) or c in gbk or c in regions or c in listed
    }
    subset_font(fang, fang_set)
    cff_to_glyf(fang)
    rename(
        fang,
        family="Kcbx Fang",
        ps_name="KcbxFang-Regular",
        note="Modified by the kcbx project (resources/fonts/build_office_fonts.py) from"
        " FandolFang Regular 0.3 by the Fandol team (Debian texlive-lang-chinese"
        " 2022.20230122-1), GPL with the font exception: character subset, CFF outlines"
        " converted to TrueType, layout tables dropped, renamed.",
    )
    save(fang, args.out / "kcbx-fang.ttf")

    # Title: heavy serif, GB2312 + division names + symbols.
    title = TTFont(
        str(root / NOTO_SERIF_BOLD), fontNumber=NOTO_SERIF_SC_INDEX, recalcTimestamp=False
    )
    title_set = {
        c for c in title.getBestCmap() if symbol(c) or c in gb2312 or c in regions or c in listed
    }
    subset_font(title, title_set)
    cff_to_glyf(title)
    rename(
        title,
        family="Kcbx Title",
        ps_name="KcbxTitle-Bold",
        note="Modified by the kcbx project (resources/fonts/build_office_fonts.py) from Noto"
        " Serif CJK SC Bold 2.001 (Debian fonts-noto-cjk 1:20220127+repack1-1): character"
        " subset, CFF outlines converted to TrueType, layout tables dropped, renamed.",
    )
    save(title, args.out / "kcbx-title.ttf")

    kai_rest(args.out)

    for label, font, chars in (("fang", fang, gb2312), ("title", title, gb2312)):
        missing = "".join(chr(c) for c in sorted(chars - set(font.getBestCmap())))
        print(f"{label}: GB2312 not covered: {len(missing)} {missing[:40]}")


if __name__ == "__main__":
    main()
