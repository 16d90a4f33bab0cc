"""National administrative divisions: structural code parsing and the shipped division table.

Division codes are the statistics bureau's 12-digit codes: province 2 digits, prefecture 2,
county 2, township 3 (001–099 街道, 100–199 镇, 200–399 乡, other numbers other kinds) and
village 3. ``parse_division_code`` checks structure only: codes missing from the table (old
codes, abolished counties) are still valid codes. The table (2023 codes, see
``resources/data/regions/SOURCE.md``) is for picking a county and naming places.

The table is read lazily from ``regions.zip``: the province/prefecture/county index on first
use, and one member per county only when that county's townships or villages are needed.

Three prefecture-level cities have no counties (东莞市 4419, 中山市 4420, 儋州市 4604). As in
the source, each also appears as a county with the same 12-digit code (441900000000 …) that
holds its townships. Where a bare code is ambiguous, ``get`` and ``children`` resolve it to the
county; pass a ``Region`` (or ``level=``) to mean the prefecture.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import ValidationError
from desktop.domain.text import N_, Msg
from desktop.resources import resource_path

if TYPE_CHECKING:
    import zipfile

__all__ = [
    "DivisionCode",
    "Level",
    "Region",
    "RegionTable",
    "TownshipKind",
    "children",
    "county_divisions",
    "full_name",
    "get",
    "parse_division_code",
    "path",
    "provinces",
    "search_counties",
    "table_year",
]


class Level(IntEnum):
    """Division level; larger means smaller area."""

    PROVINCE = 1
    PREFECTURE = 2
    COUNTY = 3
    TOWNSHIP = 4
    VILLAGE = 5


class TownshipKind(Enum):
    """Kind of a township-level division, from its 3-digit number."""

    SUBDISTRICT = "街道"  # 001–099
    TOWN = "镇"  # 100–199
    TOWNSHIP = "乡"  # 200–399 (乡, 民族乡, 苏木)
    OTHER = "其他"  # 400– (development zones, farms and the like)


# Significant digits of a code at each level.
_DIGITS = {
    Level.PROVINCE: 2,
    Level.PREFECTURE: 4,
    Level.COUNTY: 6,
    Level.TOWNSHIP: 9,
    Level.VILLAGE: 12,
}
_LEVEL_OF_LENGTH = {digits: level for level, digits in _DIGITS.items()}
# GB/T 2260 province codes, including 台湾 71, 香港 81 and 澳门 82 (absent from the table).
_PROVINCE_RANGES = ((11, 15), (21, 23), (31, 37), (41, 46), (50, 54), (61, 65), (71, 71), (81, 82))
_PROVINCE_CODES = frozenset(str(n) for low, high in _PROVINCE_RANGES for n in range(low, high + 1))
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Prefecture names that are groupings, not places; left out of full names.
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


def _pad(code: str) -> str:
    return code.ljust(12, "0")


def _truncate(code: str, level: Level) -> str:
    return _pad(code[: _DIGITS[level]])


@dataclass(frozen=True)
class DivisionCode:
    """A structurally valid division code, normalised to 12 digits."""

    code: str
    level: Level

    @property
    def short(self) -> str:
        """The significant digits: 2, 4, 6, 9 or 12 of them."""
        return self.code[: _DIGITS[self.level]]

    def ancestor(self, level: Level) -> str | None:
        """The 12-digit code of the division at ``level`` containing this one (or itself)."""
        if level > self.level:
            return None
        return _truncate(self.code, level)

    @property
    def parent(self) -> str | None:
        """The 12-digit code of the enclosing division, ``None`` for a province.

        A township of a city without counties (441900003000) has the city as its parent.
        """
        if self.level is Level.PROVINCE:
            return None
        parent = _truncate(self.code, Level(self.level - 1))
        if self.level is Level.TOWNSHIP and parent[4:6] == "00":
            return _truncate(self.code, Level.PREFECTURE)
        return parent

    @property
    def province_code(self) -> str:
        return _truncate(self.code, Level.PROVINCE)

    @property
    def prefecture_code(self) -> str | None:
        return self.ancestor(Level.PREFECTURE)

    @property
    def county_code(self) -> str | None:
        return self.ancestor(Level.COUNTY)

    @property
    def township_code(self) -> str | None:
        return self.ancestor(Level.TOWNSHIP)

    @property
    def township_kind(self) -> TownshipKind | None:
        """街道/镇/乡/其他 for township and village codes, ``None`` above."""
        if self.level < Level.TOWNSHIP:
            return None
        number = int(self.code[6:9])
        if number < 100:
            return TownshipKind.SUBDISTRICT
        if number < 200:
            return TownshipKind.TOWN
        if number < 400:
            return TownshipKind.TOWNSHIP
        return TownshipKind.OTHER


def parse_division_code(code: str) -> DivisionCode:
    """Parse a 2/4/6/9/12-digit division code; raise ``ValidationError`` (Chinese) if malformed.

    Only the structure is checked, never membership in the table.
    """
    if not isinstance(code, str):
        raise ValidationError(
            Msg("区划代码应为数字字符串，收到的是 {name}。", name=type(code).__name__)
        )
    text = code.strip().translate(_FULLWIDTH_DIGITS)
    if not text:
        raise ValidationError(N_("区划代码为空。"))
    if not (text.isascii() and text.isdigit()):
        raise ValidationError(Msg("区划代码“{code}”只能由数字组成。", code=code.strip()))
    if len(text) not in _LEVEL_OF_LENGTH:
        raise ValidationError(
            Msg(
                "区划代码“{text}”应为 2、4、6、9 或 12 位数字，现为 {digits} 位。",
                text=text,
                digits=len(text),
            )
        )
    full = _pad(text)
    province, prefecture, county = full[0:2], full[2:4], full[4:6]
    township, village = full[6:9], full[9:12]
    if province not in _PROVINCE_CODES:
        raise ValidationError(
            Msg("区划代码“{text}”的省级代码“{province}”不存在。", text=text, province=province)
        )
    if prefecture == "00" and full[4:] != "00000000":
        raise ValidationError(
            Msg("区划代码“{text}”缺少地级代码（第 3–4 位为 00，其后却不为 0）。", text=text)
        )
    if township == "000" and village != "000":
        raise ValidationError(
            Msg("区划代码“{text}”缺少乡级代码（第 7–9 位为 000，其后却不为 0）。", text=text)
        )
    if village != "000":
        level = Level.VILLAGE
    elif township != "000":
        level = Level.TOWNSHIP
    elif county != "00":
        level = Level.COUNTY
    elif prefecture != "00":
        level = Level.PREFECTURE
    else:
        level = Level.PROVINCE
    return DivisionCode(code=full, level=level)


@dataclass(frozen=True)
class Region:
    """One division of the table: 12-digit code, official name, level."""

    code: str
    name: str
    level: Level

    @property
    def short_code(self) -> str:
        """The significant digits (``"522633"`` for a county)."""
        return self.code[: _DIGITS[self.level]]


_Key = tuple[str, Level]


@dataclass
class _County:
    rows: tuple[Region, ...]
    by_code: dict[str, Region]


class RegionTable:
    """The division table in one ``regions.zip``; thread-safe, loads counties on demand."""

    ENCODING = "gb18030"
    COUNTY_CACHE_SIZE = 16

    def __init__(self, archive: Path) -> None:
        self.archive = Path(archive)
        self._lock = threading.RLock()
        self._zip: zipfile.ZipFile | None = None
        self._index_loaded = False
        self._year = 0
        self._by_key: dict[_Key, Region] = {}
        self._deepest: dict[str, Region] = {}
        self._children: dict[_Key, list[Region]] = {}
        self._provinces: list[Region] = []
        self._counties: list[Region] = []
        self._county_full_names: list[tuple[Region, str]] | None = None
        self._county_cache: OrderedDict[str, _County] = OrderedDict()
        self.members_read: list[str] = []  # archive members read so far, in order

    # -- loading -----------------------------------------------------------------------------
    def _read(self, member: str) -> str | None:
        with self._lock:
            if self._zip is None:
                import zipfile

                self._zip = zipfile.ZipFile(self.archive)
            try:
                data = self._zip.read(member)
            except KeyError:
                return None
            self.members_read.append(member)
        return data.decode(self.ENCODING)

    def close(self) -> None:
        with self._lock:
            if self._zip is not None:
                self._zip.close()
                self._zip = None

    def _ensure_index(self) -> None:
        if self._index_loaded:
            return
        with self._lock:
            if self._index_loaded:
                return
            text = self._read("index.tsv")
            if text is None:
                raise FileNotFoundError(f"{self.archive} has no index.tsv")
            lines = text.splitlines()
            self._year = int(lines[0].split("\t")[3])
            for line in lines[1:]:
                code, name, level_text = line.split("\t")
                region = Region(code, name, Level(int(level_text)))
                self._by_key[(code, region.level)] = region
                self._deepest[code] = region  # sorted by level within a code
                if region.level is Level.PROVINCE:
                    self._provinces.append(region)
                else:
                    parent = (_truncate(code, Level(region.level - 1)), Level(region.level - 1))
                    self._children.setdefault(parent, []).append(region)
                if region.level is Level.COUNTY:
                    self._counties.append(region)
            self._index_loaded = True

    def _county(self, county6: str) -> _County:
        with self._lock:
            cached = self._county_cache.get(county6)
            if cached is not None:
                self._county_cache.move_to_end(county6)
                return cached
            text = self._read(f"{county6}.tsv") or ""
            county = _County(rows=_parse_county_member(county6, text), by_code={})
            county.by_code = {region.code: region for region in county.rows}
            self._county_cache[county6] = county
            if len(self._county_cache) > self.COUNTY_CACHE_SIZE:
                self._county_cache.popitem(last=False)
            return county

    # -- queries -----------------------------------------------------------------------------
    def year(self) -> int:
        """The year of the division codes in the table (2023)."""
        self._ensure_index()
        return self._year

    def provinces(self) -> list[Region]:
        self._ensure_index()
        return list(self._provinces)

    def counties(self) -> list[Region]:
        """All county-level divisions, by code."""
        self._ensure_index()
        return list(self._counties)

    def get(self, code: str, *, level: Level | None = None) -> Region | None:
        """The region with this code, or ``None`` if the table lacks it (e.g. an old code).

        Raises ``ValidationError`` for malformed codes. For a code shared by a prefecture and a
        county (441900000000) the county is returned unless ``level`` says otherwise.
        """
        parsed = parse_division_code(code)
        self._ensure_index()
        if level is None:
            if parsed.level <= Level.COUNTY:
                return self._deepest.get(parsed.code)
        elif level <= Level.COUNTY:
            return self._by_key.get((parsed.code, level))
        elif level is not parsed.level:
            return None
        return self._county(parsed.code[:6]).by_code.get(parsed.code)

    def children(self, parent: str | Region) -> list[Region]:
        """Direct sub-divisions, by code; ``[]`` for villages and for codes not in the table."""
        region = parent if isinstance(parent, Region) else self.get(parent)
        if region is None:
            return []
        self._ensure_index()
        if region.level <= Level.PREFECTURE:
            return list(self._children.get((region.code, region.level), ()))
        if region.level is Level.VILLAGE:
            return []
        rows = self._county(region.code[:6]).rows
        if region.level is Level.COUNTY:
            return [r for r in rows if r.level is Level.TOWNSHIP]
        prefix = region.code[:9]
        return [r for r in rows if r.level is Level.VILLAGE and r.code.startswith(prefix)]

    def county_divisions(self, county_code: str) -> list[Region]:
        """All townships and villages of a county, by code (each township before its villages).

        ``[]`` for a well-formed county code that the table lacks. Raises ``ValidationError``
        for codes that are not county codes.
        """
        parsed = parse_division_code(county_code)
        county = self.get(parsed.code, level=Level.COUNTY)
        if county is None:
            if parsed.level is Level.COUNTY:
                return []
            raise ValidationError(
                Msg("“{short}”不是县级区划代码，请选择一个县（市、区）。", short=parsed.short)
            )
        return list(self._county(county.code[:6]).rows)

    def path(self, code: str) -> list[Region]:
        """Regions from the province down to ``code`` itself.

        Levels the table lacks (old or unknown codes) are left out, so the last element is the
        region of ``code`` only if ``get(code)`` is not ``None``.
        """
        parsed = parse_division_code(code)
        target = self.get(parsed.code)
        deepest = target.level if target is not None else parsed.level
        result = []
        for level in Level:
            if level > deepest:
                break
            region = self.get(_truncate(parsed.code, level), level=level)
            if region is not None:
                result.append(region)
        return result

    def full_name(self, code: str) -> str:
        """Names along ``path(code)`` joined, without grouping names (市辖区) or repeats."""
        parts: list[str] = []
        for region in self.path(code):
            if region.name in _PLACEHOLDER_NAMES or (parts and parts[-1] == region.name):
                continue
            parts.append(region.name)
        return "".join(parts)

    def search_counties(self, text: str, *, limit: int | None = None) -> list[Region]:
        """Counties for a picker: name contains ``text`` first, then full name contains it.

        Digits match the start of the 6-digit county code instead.
        """
        needle = text.strip().translate(_FULLWIDTH_DIGITS)
        if not needle:
            return []
        counties = self.counties()
        if needle.isascii() and needle.isdigit():
            found = [c for c in counties if c.short_code.startswith(needle)]
        else:
            if self._county_full_names is None:
                self._county_full_names = [(c, self.full_name(c.code)) for c in counties]
            found = [c for c in counties if needle in c.name]
            seen = {c.code for c in found}
            found += [
                c for c, name in self._county_full_names if c.code not in seen and needle in name
            ]
        return found if limit is None else found[:limit]


def _parse_county_member(county6: str, text: str) -> tuple[Region, ...]:
    """Decode a county member (format in SOURCE.md).

    Township line ``TTT<TAB>name``; village line ``<TAB>VVV<TAB>name``, or ``<TAB>name`` for the
    previous village number + 1 (001 after a township line).
    """
    rows: list[Region] = []
    township = ""
    previous = 0
    for line in text.splitlines():
        parts = line.split("\t")
        if parts[0]:
            township = county6 + parts[0]
            previous = 0
            rows.append(Region(township + "000", parts[1], Level.TOWNSHIP))
        else:
            number = previous + 1 if len(parts) == 2 else int(parts[1])
            previous = number
            rows.append(Region(f"{township}{number:03d}", parts[-1], Level.VILLAGE))
    return tuple(rows)


_default: RegionTable | None = None
_default_lock = threading.Lock()


def default_table() -> RegionTable:
    """The table shipped in ``resources/data/regions/regions.zip`` (created on first use)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = RegionTable(resource_path("data", "regions", "regions.zip"))
    return _default


def table_year() -> int:
    """Year of the shipped division codes (2023)."""
    return default_table().year()


def provinces() -> list[Region]:
    """All 31 provinces, by code."""
    return default_table().provinces()


def children(parent: str | Region) -> list[Region]:
    """Direct sub-divisions; see ``RegionTable.children``."""
    return default_table().children(parent)


def get(code: str, *, level: Level | None = None) -> Region | None:
    """The region with this code or ``None``; see ``RegionTable.get``."""
    return default_table().get(code, level=level)


def county_divisions(county_code: str) -> list[Region]:
    """All townships and villages of a county; see ``RegionTable.county_divisions``."""
    return default_table().county_divisions(county_code)


def path(code: str) -> list[Region]:
    """Regions from the province down to ``code``; see ``RegionTable.path``."""
    return default_table().path(code)


def full_name(code: str) -> str:
    """E.g. 贵州省黔东南苗族侗族自治州从江县丙妹镇…村; see ``RegionTable.full_name``."""
    return default_table().full_name(code)


def search_counties(text: str, *, limit: int | None = None) -> list[Region]:
    """Counties matching ``text`` for a picker; see ``RegionTable.search_counties``."""
    return default_table().search_counties(text, limit=limit)


_COMMITTEE_SUFFIXES = (
    ("社区居民委员会", "社区"),
    ("村民委员会", "村"),
    ("居民委员会", "居委会"),
    ("村委会", "村"),
)


def display_name(name: str) -> str:
    """How people write a village: 党略村村民委员会 → 党略村, 文昌社区居民委员会 → 文昌社区."""
    for suffix, short in _COMMITTEE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return stem if stem.endswith(short) else stem + short
    return name
