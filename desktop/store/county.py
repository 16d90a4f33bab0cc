"""Setting a database up for one county: its divisions (picked, not typed) and its settings."""

from __future__ import annotations

from desktop.domain import regions
from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.store.repo import Store


def setup_county(store: Store, county_code: str, *, bureau: str | None = None) -> int:
    """Copy the county's townships and villages into the database; return how many."""
    code = regions.parse_division_code(county_code).code
    county = regions.get(code)
    if county is None or county.level is not regions.Level.COUNTY:
        raise UserError(Msg("找不到县级行政区划代码 {code}", code=county_code))
    divisions = regions.county_divisions(code)
    if not divisions:
        raise UserError(Msg("{county} 没有乡镇和村的区划数据", county=county.name))
    rows = [
        (r.code, regions.display_name(r.name), r.name, r.level.name.lower(), _parent(r.code))
        for r in [*regions.path(code), *divisions]
    ]
    with store.transaction():
        store.conn.executemany(
            "INSERT OR REPLACE INTO regions(code, name, official_name, level, parent) VALUES (?,?,?,?,?)",
            rows,
        )
        store.set_setting("county.code", code)
        store.set_setting("county.name", county.name)
        store.set_setting("county.bureau", bureau or f"{county.name}教育局")
        store.conn.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('county_code', ?)", (code,)
        )
    return len(divisions)


def _parent(code: str) -> str | None:
    parsed = regions.parse_division_code(code)
    return parsed.parent


def townships(store: Store) -> list[tuple[str, str]]:
    return [
        (r["code"], r["name"])
        for r in store.conn.execute(
            "SELECT code, name FROM regions WHERE level='township' ORDER BY code"
        )
    ]


def villages(store: Store, township_code: str | None = None) -> list[tuple[str, str]]:
    if township_code:
        rows = store.conn.execute(
            "SELECT code, name FROM regions WHERE level='village' AND parent=? ORDER BY code",
            (township_code,),
        )
    else:
        rows = store.conn.execute(
            "SELECT code, name FROM regions WHERE level='village' ORDER BY code"
        )
    return [(r["code"], r["name"]) for r in rows]


def region_name(store: Store, code: str | None) -> str:
    if not code:
        return ""
    row = store.conn.execute("SELECT name FROM regions WHERE code=?", (code,)).fetchone()
    return row["name"] if row else code
