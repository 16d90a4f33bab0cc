"""Export's scope in SQL (sync/scoped.py) against the op-by-op choice it replaces for a large
span: the same ops acted on with the same flags, the same bundle."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from synckit import T1, T2, V2, County, bundle, child, know, make_county

from desktop.domain import model
from desktop.domain.scope import Scope
from desktop.store import cases, schema
from desktop.store.repo import Store
from desktop.sync import enrol, envelope, export, importer, keys, scoped
from desktop.sync.columns import APPEND_TABLES
from desktop.sync.payload import unpack_body, unpack_manifest

SYNCED = {*schema.MUTABLE, *APPEND_TABLES}


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def a_county_office(county: County, path: Path) -> Store:
    """Children of two townships with their records; moves both ways; an event of a case
    alone; a guardian, a case and an event whose child is not here; a set about a record that
    is not here."""
    k = county.device(path, role="county")
    kids = {
        t: [
            child(k, f"{t[-4:]}学生{i}", township=t, village=V2 if t == T2 else "522633100001")
            for i in range(3)
        ]
        for t in (T1, T2)
    }
    for ids in kids.values():
        k.create("guardians", model.Guardian(child_id=ids[0], name="吴父", phone="13800000000"))
        case_id = cases.open_case(
            k,
            model.Case(child_id=ids[1], ledger_kind="dropout", causes=("20",)),
            opened_on=dt.date.today() - dt.timedelta(days=20),
        )
        cases.save_plan(
            k,
            model.Plan(
                case_id=case_id,
                cause_analysis="厌学",
                measures="家访",
                deadline=dt.date(2030, 1, 1),
            ),
        )
        k.append_event(
            "contact",
            {"kind": "phone", "participants": ["班主任"], "result": "considering"},
            child_id=ids[2],
            occurred_on="2026-11-02",
        )
    k.update("children", kids[T1][2], {"township_code": T2, "village_code": V2})  # T1 -> T2
    k.update("children", kids[T2][2], {"township_code": T1, "village_code": "522633100001"})
    k.update("children", kids[T1][0], {"address": "岜沙村3组"})
    k.conn.execute("PRAGMA foreign_keys = OFF")  # a guardian whose child has not arrived,
    try:  # a set about a record that has not
        ghost = "0" * 32
        g = k.create(
            "guardians", model.Guardian(child_id=kids[T1][0], name="吴母", phone="13800000001")
        )
        with k.transaction() as conn:
            conn.execute("UPDATE guardians SET child_id = ? WHERE id = ?", (ghost, g))
        n = k.conn.execute("SELECT n FROM devices WHERE device_id = ?", (k.device_id,)).fetchone()[
            0
        ]
        seq = k.conn.execute(
            "SELECT max(origin_seq) FROM changes WHERE origin = ?", (n,)
        ).fetchone()[0]
        with k.transaction() as conn:
            conn.execute(
                "INSERT INTO changes(origin, origin_seq, hlc, entity, row_id, field, kind, value,"
                " base, actor) SELECT origin, ?, hlc, 'children', ?, 'name', 's', '\"无名\"', NULL,"
                " actor FROM changes WHERE origin = ? AND origin_seq = ?",
                (seq + 1, "1" * 32, n, seq),
            )
    finally:
        k.conn.execute("PRAGMA foreign_keys = ON")
    return k


def by_python(
    k: Store, scope: Scope, frm: int, upto: int
) -> tuple[list[int], dict[tuple[str, str], Any]]:
    """The ops the choice acts on, read op by op and flagged by export.scope_flags."""
    n = k.conn.execute("SELECT n FROM devices WHERE device_id = ?", (k.device_id,)).fetchone()[0]
    ops = export.log_ops(
        k.conn,
        "c.origin=? AND c.origin_seq > ? AND c.origin_seq <= ? ORDER BY c.origin_seq",
        (n, frm, upto),
    )
    ids: dict[str, list[str]] = {}
    for op in ops:
        ids.setdefault(op.entity, []).append(op.row_id)
    flags = {
        e: export.scope_flags(k, e, sorted(set(v)), scope) for e, v in ids.items() if e in SYNCED
    }
    kept, flag_of = [], {}
    for op in ops:
        if op.entity not in flags:
            continue
        f = flags[op.entity][op.row_id]
        moves = op.entity == "children" and op.kind == "s" and op.field in scoped.MOVES
        if f != 0 or moves:
            kept.append(op.origin_seq)
            flag_of[(op.entity, op.row_id)] = f
    return kept, flag_of


@pytest.mark.parametrize(
    "scope",
    [Scope.township(T1), Scope.township(T2), Scope.township(T1, T2), Scope.school("没有这所学校")],
)
def test_the_ops_and_flags_chosen_in_sql_are_those_of_the_op_by_op_choice(
    county: County, tmp_path: Path, scope: Scope
) -> None:
    k = a_county_office(county, tmp_path / "k.db")
    n = k.conn.execute("SELECT n FROM devices WHERE device_id = ?", (k.device_id,)).fetchone()[0]
    upto = k.conn.execute("SELECT max(origin_seq) FROM changes WHERE origin = ?", (n,)).fetchone()[
        0
    ]
    for frm in (0, 5, upto - 3):
        want, want_flags = by_python(k, scope, frm, upto)
        scoped.select(k, scope)
        try:
            rows, flags = scoped.ops(k, n, frm, upto, SYNCED)
        finally:
            scoped.drop(k)
        assert [r[1] for r in rows] == want
        assert {(e, i): f for e, by_id in flags.items() for i, f in by_id.items()} == want_flags
    assert {None, export.MISSING} <= set(by_python(k, scope, 0, upto)[1].values())


def opened(store: Store, data: bytes) -> tuple[dict[str, Any], Any]:
    env = envelope.read(data)
    plain = envelope.open_for(
        env, device_id=store.device_id, box_key=keys.private_keys(store).box, limit=2**31 - 1
    )
    manifest, rest = unpack_manifest(plain)
    return manifest, unpack_body(rest)


def test_a_first_bundle_is_the_same_either_way(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A township laptop's first bundle from a county office: chosen in SQL (a span above
    SCAN_ABOVE ops) or op by op, the same ops, rows, segments and ranges; the laptop imports it."""
    k = county.device(tmp_path / "k.db", role="county")
    for i in range(8):
        kid = child(
            k, f"学生{i}", township=T2 if i % 2 else T1, village=V2 if i % 2 else "522633100001"
        )
        k.append_event(
            "contact",
            {"kind": "phone", "participants": ["班主任"], "result": "considering"},
            child_id=kid,
            occurred_on="2026-11-02",
        )
    a = county.device(tmp_path / "a.db", name="A")
    know(k, a)
    cert = enrol.peer_cert(k, a.device_id)
    assert cert is not None
    used: list[bool] = []
    real = scoped.select

    def select(store: Store, scope: Scope) -> None:
        used.append(True)
        real(store, scope)

    monkeypatch.setattr(scoped, "select", select)
    by_op = export.prepare(k, [cert])
    assert not used  # a small span: op by op
    monkeypatch.setattr(export, "SCAN_ABOVE", 0)
    in_sql = export.prepare(k, [cert])
    assert used
    assert by_op is not None and in_sql is not None
    (m1, b1), (m2, b2) = opened(a, by_op.data), opened(a, in_sql.data)
    assert m1["ranges"] == m2["ranges"] and m1["op_count"] == m2["op_count"] == 8
    for part in ("devices", "ops", "rows", "segments"):
        assert json.dumps(getattr(b1, part)) == json.dumps(getattr(b2, part)), part
    result = importer.import_bytes(a, in_sql.data)
    assert result.ops == 8
    assert {r[0] for r in a.conn.execute("SELECT name FROM children")} == {
        f"学生{i}" for i in range(0, 8, 2)
    }
    assert bundle(a, k) is not None
