"""A smaller ICU data library for the Linux bundle (32 MB → ~5 MB).

The Qt of the PySide6 wheels links ICU, whose data library (libicudata.so.NN) holds every
locale, converter and dictionary ICU has. Qt itself calls only four ICU services (checked with
`nm -D --undefined-only` on the Qt libraries; `check()` below keeps it honest): collation
(ucol_*), code-page converters (ucnv_*), time-zone display names (ucal_*) and case mapping
(u_strToUpper/Lower). This keeps the data those need for Chinese and English — every root,
zh*, yue* (a parent of some zh_Hant locales) and en* locale file, the non-locale tables — and
the Chinese code pages; it drops other languages' locale files, other code pages, and the
break-iterator, transliteration and number-spelling trees no Qt call reaches.

The data is ICU's "common data" package (format CmnD 1): a table of contents of item names
and offsets, items aligned to 16 bytes. It is rewritten here in Python and linked back into a
shared library (one symbol, icudtNN_dat) with the C compiler. `check()` runs the same ICU-
dependent questions through Qt with the original and the smaller library and wants identical
answers. Can go if Qt wheels stop bundling ICU or ship a filtered data build.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Trees of per-locale resource bundles ("" = the main tree) and the locales kept in them.
LOCALE_TREES = frozenset({"", "coll", "curr", "lang", "region", "unit", "zone"})
KEPT_LANGUAGES = frozenset({"root", "zh", "yue", "en"})
# Trees no Qt call reaches (break iteration, transliteration, number spelling).
DROPPED_TREES = frozenset({"brkitr", "translit", "rbnf"})
# Code pages kept: GB18030, GBK (ibm-1386, windows-936), GB2312 (ibm-1383, EUC-CN). UTF-8/16/32
# and Latin-1 are built into Qt and ICU code.
KEPT_CONVERTERS = frozenset(
    {"gb18030.cnv", "ibm-1386_P100-2001.cnv", "windows-936-2000.cnv", "ibm-1383_P110-1999.cnv"}
)
# A locale id: language, then subtags that start with a capital or a digit (zh_Hant_HK,
# en_001); bundle names like res_index, supplementalData or zoneinfo64 do not match.
_LOCALE = re.compile(r"^([a-z]{2,3}|root)(_[A-Z0-9][A-Za-z0-9]*)*$")


def keep_item(name: str) -> bool:
    """Whether an item (e.g. "coll/zh.res", "gb18030.cnv", "icudt73l/zone/en.res" without the
    package prefix) stays in the data."""
    tree, _, leaf = name.rpartition("/")
    if tree.split("/")[0] in DROPPED_TREES:
        return False
    if leaf.endswith(".cnv"):
        return leaf in KEPT_CONVERTERS
    if tree in LOCALE_TREES and leaf.endswith(".res"):
        stem = leaf[: -len(".res")]
        match = _LOCALE.match(stem)
        if match:
            return match.group(1) in KEPT_LANGUAGES
    return True


# --- the common data package -----------------------------------------------------------


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of a little-endian ICU common data package."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package (CmnD)")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_offset : end]))
    return blob[:header_size], items


PAD = b"\xaa"  # what ICU's own tools pad with


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package again, items in the same (sorted) order, data aligned to 16 bytes."""
    count = len(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * count + len(names)
    data_start = _align(len(header) + toc_size) - len(header)
    offsets, data, name_pos = [], bytearray(), 4 + 8 * count
    for name, item in items:
        offsets.append((name_pos, data_start + len(data)))
        name_pos += len(name) + 1
        data += item
        end = len(header) + data_start + len(data)
        data += PAD * (_align(end) - end)
    toc = struct.pack("<I", count) + b"".join(struct.pack("<II", n, d) for n, d in offsets)
    toc += names
    toc += PAD * (data_start - len(toc))
    return header + toc + bytes(data)


def _align(n: int, to: int = 16) -> int:
    return (n + to - 1) // to * to


def trim_package(blob: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    header, items = read_package(blob)
    kept = [(name, data) for name, data in items if keep(name.split("/", 1)[-1])]
    return write_package(header, kept)


# --- the shared library -----------------------------------------------------------------


def _sections(data: bytes) -> list[tuple[int, ...]]:
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    return [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]


def _dynamic_symbols(data: bytes):  # type: ignore[no-untyped-def]
    """(name, section index, value, size) of each dynamic symbol of a 64-bit LE ELF file."""
    sections = _sections(data)
    for _n, kind, _f, _a, offset, size, link, _i, _al, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            name_off, _info, _other, shndx, value, sym_size = struct.unpack_from(
                "<IBBHQQ", data, pos
            )
            name = data[strtab + name_off : data.index(b"\0", strtab + name_off)].decode()
            yield name, shndx, value, sym_size


def data_symbol(path: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the icudtNN_dat symbol of a 64-bit little-endian ELF library."""
    data = path.read_bytes()
    for name, _shndx, value, size in _dynamic_symbols(data):
        if re.fullmatch(r"icudt\d+_dat", name):
            for _n, _k, _f, addr, sec_off, sec_size, *_rest in _sections(data):
                if addr <= value < addr + sec_size and sec_off:
                    start = sec_off + value - addr
                    return name, data[start : start + size]
    raise ValueError(f"{path}: no icudtNN_dat symbol")


# ICU functions Qt may call for the data kept here (see the module docstring).
KNOWN_ICU_CALLS = re.compile(r"^(ucol_|ucnv_|UCNV_|ucal_|u_strTo(Upper|Lower)$)")


def icu_calls(libraries: list[Path]) -> set[str]:
    """ICU functions (version suffix removed) the given non-ICU libraries import."""
    calls = set()
    for lib in libraries:
        data = lib.read_bytes()
        if data[:4] != b"\x7fELF":
            continue
        for name, shndx, _value, _size in _dynamic_symbols(data):
            if shndx == 0 and re.fullmatch(r"u[a-zA-Z]*_\w+_\d+|U[A-Z_]+_\d+", name):
                calls.add(name.rsplit("_", 1)[0])
    return calls


def unexpected_icu_calls(libraries: list[Path]) -> set[str]:
    return {c for c in icu_calls(libraries) if not KNOWN_ICU_CALLS.match(c)}


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def build_library(original: Path, out: Path) -> tuple[int, int]:
    """Write the smaller library to `out` (same file name, soname and symbol as `original`);
    returns (data bytes before, after)."""
    cc = compiler()
    if cc is None:
        raise RuntimeError("no C compiler (cc/gcc) to link the ICU data library")
    symbol, blob = data_symbol(original)
    trimmed = trim_package(blob)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudata.dat"
        dat.write_bytes(trimmed)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol},%object\n{symbol}:\n"
            f'\t.incbin "{dat}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",%progbits\n'
        )
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-o", str(out), str(asm)],
            check=True,
        )
    return len(blob), len(trimmed)


# --- the check: Qt's answers with either library ---------------------------------------

PROBE = r"""
from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QStringEncoder, QTimeZone
names = ["张伟", "李娜", "王芳", "阿明", "欧阳", "曾", "𠇔", "zhang", "Ärger", "apple", "Zebra"]
for loc in ("zh_CN", "en_US"):
    c = QCollator(QLocale(loc))
    print(loc, sorted(names, key=c.sortKey), c.compare("张", "李"))
tz = QTimeZone(b"Asia/Shanghai")
for loc in ("zh_CN", "en_US"):
    for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName):
        print(loc, tz.displayName(QTimeZone.TimeType.StandardTime, kind, QLocale(loc)))
print(QLocale("zh_CN").toUpper("straße"), QLocale("en_US").toLower("ÄBC"))
for cp in ("GB18030", "GBK", "GB2312", "UTF-16LE"):
    d = QStringDecoder(cp)
    print(cp, d.isValid(), QStringEncoder(cp).isValid())
"""


def _probe(env_extra: dict[str, str]) -> str:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=False
    )
    return out.stdout + out.stderr


def check(library: Path) -> None:
    """Raise if Qt answers any ICU-dependent question differently with `library`."""
    full = _probe({})
    small = _probe({"LD_PRELOAD": str(library)})
    if full != small or "Error" in full:
        raise RuntimeError(
            f"the smaller ICU data changes Qt's answers:\n--- full\n{full}\n--- small\n{small}"
        )
