"""The merge core (sync/apply.py) between real databases, without the envelope: a body made
from one device's change log, staged (checked) and applied on another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from synckit import County, child, make_county

from desktop.domain import model
from desktop.store import cases
from desktop.store.repo import Store
from desktop.sync import export
from desktop.sync.apply import Applied, StagedOp, apply, stage
from desktop.sync.envelope import BundleRefused
from desktop.sync.payload import Body, pack, unpack_body, unpack_manifest


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def devices(county: County, tmp_path: Path):
    made = [county.device(tmp_path / f"{n}.db", name=n) for n in ("甲", "乙", "丙")]
    yield made
    for d in made:
        d.close()


def body_of(src: Store, after: int = 0, upto: int | None = None) -> Body:
    """src's own ops after..upto as a bundle body carries them (through JSON and back)."""
    numbers = {r[1]: r[0] for r in src.conn.execute("SELECT n, device_id FROM devices")}
    top = src.log.next_seq - 1 if upto is None else upto
    ops = export.log_ops(
        src.conn,
        "c.origin=? AND c.origin_seq > ? AND c.origin_seq <= ? ORDER BY c.origin_seq",
        (src.log.origin, after, top),
    )
    body, _files = export._body(src, ops, numbers)
    return unpack_body(unpack_manifest(pack({}, body))[1])


def merge(dst: Store, body: Body) -> Applied:
    staged = stage(dst, body)
    dst.conn.execute("PRAGMA foreign_keys = OFF")  # as the importer does
    try:
        with dst.transaction():
            return apply(dst, staged)
    finally:
        dst.conn.execute("PRAGMA foreign_keys = ON")


def test_stage_pairs_each_op_with_its_row(devices):
    a, _b, _c = devices
    kid = child(a)
    a.update("children", kid, {"address": "岜沙村3组"})
    event_id = a.append_event(
        "contact",
        {"kind": "phone", "participants": ["班主任"], "result": "considering"},
        child_id=kid,
        occurred_on="2026-11-02",
    )
    staged = stage(a, body_of(a))
    mine = [op for op in staged.ops if op.row_id in (kid, event_id)]
    assert all(isinstance(op, StagedOp) for op in staged.ops)
    assert [(op.entity, op.kind, op.field) for op in mine] == [
        ("children", "c", None),
        ("children", "s", "address"),
        ("events", "a", None),
    ]
    create, change, append = mine
    assert dict(zip(staged.cols["children"], create.row or (), strict=True))["name"] == "吴小龙"
    assert change.row is None and change.value == '"岜沙村3组"'
    # an appended row's id is the row's (the op does not repeat it)
    assert append.row is not None and append.row[staged.cols["events"].index("id")] == event_id
    assert staged.devices == [a.device_id] and staged.max_hlc == max(op.hlc for op in staged.ops)


def _damage(body: Body, how: str) -> None:
    ops: list[Any] = body.ops
    create = next(op for op in ops if op[6] == "c")
    change = next(op for op in ops if op[6] == "s")
    if how == "device id":
        body.devices = ["不是设备编号!"]
    elif how == "unknown table":
        body.rows["secrets"] = body.rows.pop("children")
    elif how == "a local column":
        change[5] = "updated_at"
    elif how == "clock stamp":
        change[2] = "not-a-clock-stamp"
    elif how == "row missing":
        body.rows["children"]["data"].pop()
    elif how == "row too many":
        body.rows["children"]["data"].append(list(body.rows["children"]["data"][0]))
    elif how == "value not JSON":
        change[7] = "{岜沙"
    elif how == "op too short":
        create.pop()
    elif how == "origin out of range":
        create[0] = 5
    elif how == "columns":
        body.rows["children"]["cols"] = body.rows["children"]["cols"][:-1]


DAMAGES = [
    "device id",
    "unknown table",
    "a local column",
    "clock stamp",
    "row missing",
    "row too many",
    "value not JSON",
    "op too short",
    "origin out of range",
    "columns",
]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_body_is_refused_before_anything_is_written(devices, how):
    a, b, _c = devices
    kid = child(a)
    a.update("children", kid, {"address": "岜沙村3组"})
    body = body_of(a)
    stage(b, body)  # whole, it is fine
    _damage(body, how)
    before = b.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(BundleRefused) as refused:
        merge(b, body)
    assert refused.value.reason == "damaged" and "同步包内容无效" in str(refused.value)
    assert b.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    assert b.get("children", kid) is None


def test_records_are_inserted_once_and_known_ops_skipped(devices):
    a, b, _c = devices
    kids = [child(a, f"学生{i}") for i in range(3)]
    body = body_of(a)
    first = merge(b, body)
    assert first.new_ops == first.ops and first.created >= 3
    assert [b.get("children", k)["name"] for k in kids] == ["学生0", "学生1", "学生2"]
    again = merge(b, body_of(a))
    assert (again.new_ops, again.created, again.fields_set, again.appended) == (0, 0, 0, 0)


def test_a_change_that_arrives_before_its_record_waits_for_it(devices):
    a, b, _c = devices
    kid = child(a)
    made = a.log.next_seq - 1
    a.update("children", kid, {"address": "岜沙村3组"})
    early = merge(b, body_of(a, made))  # the set alone
    assert early.new_ops == 1 and early.created == 0 and b.get("children", kid) is None
    merge(b, body_of(a, 0, made))  # then the create
    assert b.get("children", kid)["address"] == "岜沙村3组"


def test_the_later_version_wins_in_any_order_and_a_conflict_is_kept(devices, county, tmp_path):
    a, b, c = devices
    kid = child(a)
    merge(b, body_of(a))
    base_a, base_b = a.log.next_seq - 1, b.log.next_seq - 1
    a.update("children", kid, {"address": "甲写的地址"})
    b.update("children", kid, {"address": "乙写的地址"})  # later: its clock stamp is greater
    from_a, from_b = body_of(a, base_a), body_of(b, base_b)
    d = county.device(tmp_path / "丁.db", name="丁")
    try:
        merge(c, body_of(a, 0, base_a))
        merge(d, body_of(a, 0, base_a))
        one = [merge(c, from_a), merge(c, from_b)]
        two = [merge(d, from_b), merge(d, from_a)]
        for s in (c, d):
            assert s.get("children", kid)["address"] == "乙写的地址"
        assert len(one[1].conflicts) == 1 and len(two[1].conflicts) == 1
        assert one[1].conflicts == two[1].conflicts  # the same review item on every device
        assert two[1].fields_set == 0  # the older version arrived last: nothing to change
    finally:
        d.close()


def test_a_new_event_refreshes_its_case(devices):
    a, b, _c = devices
    case_id = cases.open_case(
        a,
        model.Case(child_id=child(a), ledger_kind="dropout", causes=("20",)),
        opened_on=dt.date.today() - dt.timedelta(days=20),
    )
    cases.save_plan(
        a,
        model.Plan(
            case_id=case_id, cause_analysis="厌学", measures="家访", deadline=dt.date(2030, 1, 1)
        ),
    )
    merge(b, body_of(a))
    start = a.log.next_seq - 1
    day = dt.date.today() - dt.timedelta(days=2)
    cases.record(
        a,
        case_id,
        "contact",
        model.Contact(kind="phone", participants=("班主任",), result="considering"),
        occurred_on=day.isoformat(),
    )
    assert cases.case_row(b, case_id)["last_contact_on"] is None
    applied = merge(b, body_of(a, start))
    assert applied.appended >= 1 and applied.cases_refreshed == 1
    assert cases.case_row(b, case_id)["last_contact_on"] == day.isoformat()


def test_rows_read_by_a_whole_table_scan_are_the_same(devices, monkeypatch):
    """A first sync reads most of each table: one scan instead of a look-up per id."""
    a, b, _c = devices
    kids = [child(a, f"学生{i}") for i in range(4)]
    a.update("children", kids[0], {"address": "岜沙村3组"})
    looked_up = body_of(a)
    monkeypatch.setattr(export, "SCAN_ABOVE", 0)
    scanned = body_of(a)
    assert scanned.ops == looked_up.ops and scanned.rows == looked_up.rows
    assert len(scanned.rows["children"]["data"]) == 4
    monkeypatch.setattr(export, "SCAN_ABOVE", 20000)
    merge(b, scanned)
    assert b.get("children", kids[0])["address"] == "岜沙村3组"
