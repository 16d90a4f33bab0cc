"""Rows packed as SQLite wrote their JSON (payload.RawRow): the same body once unpacked."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import County, child, make_county

from desktop.domain import model
from desktop.store.repo import Store
from desktop.sync import export
from desktop.sync.body_rows import stored_rows
from desktop.sync.payload import RawRow, pack, unpack_body, unpack_manifest


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def body_of(store: Store, *, raw: bool):  # type: ignore[no-untyped-def]
    numbers = {r[1]: r[0] for r in store.conn.execute("SELECT n, device_id FROM devices")}
    ops = export.log_ops(store.conn, "1 ORDER BY c.seq", ())
    body, _ = export._body(store, ops, numbers, raw=raw)
    return body


def test_rows_as_json_text_unpack_to_the_same_body(county: County, tmp_path: Path) -> None:
    k = county.device(tmp_path / "k.db", role="county")
    kid = child(k, '吴"小"龙\\二', notes="第一行\n第二行\t「引号」")
    k.create("guardians", model.Guardian(child_id=kid, name="吴父", phone="13800000000"))
    k.append_event(
        "contact",
        {"kind": "phone", "participants": ["班主任"], "result": "considering"},
        child_id=kid,
        occurred_on="2026-11-02",
    )
    raw, plain = body_of(k, raw=True), body_of(k, raw=False)
    assert all(type(r) is RawRow for s in raw.rows.values() for r in s["data"])
    assert not any(type(r) is RawRow for s in plain.rows.values() for r in s["data"])
    one = unpack_body(unpack_manifest(pack({}, raw))[1])
    two = unpack_body(unpack_manifest(pack({}, plain))[1])
    assert one.rows == two.rows and one.ops == two.ops
    assert [r.values() for r in raw.rows["children"]["data"]] == one.rows["children"]["data"]


def test_a_row_holding_a_float_is_read_as_values(county: County, tmp_path: Path) -> None:
    """SQLite writes a float in JSON with 15 digits: such a row is read as values instead."""
    k = county.device(tmp_path / "k.db", role="county")
    kid = child(k)
    g = k.create("guardians", model.Guardian(child_id=kid, name="吴父", phone="13800000000"))
    with k.transaction() as conn:
        conn.execute("UPDATE guardians SET is_primary = ? WHERE id = ?", (0.1 + 0.2, g))
    ops = export.log_ops(k.conn, "c.entity = 'guardians'", ())
    rows = stored_rows(k, ops, raw=True, scan_above=0)["guardians"]
    assert type(rows[g]) is not RawRow and 0.1 + 0.2 in rows[g]
    body = body_of(k, raw=True)
    back = unpack_body(unpack_manifest(pack({}, body))[1])
    assert 0.1 + 0.2 in back.rows["guardians"]["data"][0]
