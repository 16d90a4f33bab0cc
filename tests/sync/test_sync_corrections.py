"""Corrections and voidings between two real databases: they are ordinary appended events, so
a correction made on one laptop replaces the event on the other; two corrections of one event
made apart go to the review queue on both; nothing is lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from synckit import T1, County, exchange, make_county, persuading_case

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.security.policy import Area, Policy, Role
from desktop.store import cases, corrections
from desktop.store.repo import Store
from desktop.sync import conflicts

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def pair(county: County, tmp_path: Path):
    devices = [county.device(tmp_path / f"{n}.db", name=n) for n in ("甲", "乙")]
    yield devices
    for d in devices:
        d.close()


def dropout_case(store: Store) -> str:
    return persuading_case(store, days_ago=60)


def visit(store: Store, case_id: str, on: dt.date) -> str:
    return cases.record(
        store,
        case_id,
        "contact",
        model.Contact(
            participants=("龙干部",), met="母亲", findings="学生在家", result="considering"
        ),
        occurred_on=on.isoformat(),
    )


def live_contacts(store: Store, case_id: str) -> list[tuple[str, str]]:
    from desktop.domain.casefacts import live_events

    return sorted(
        (e.id, e.occurred_on)
        for e in live_events(cases.events_of(store, case_id))
        if e.kind == "contact"
    )


def test_a_correction_made_on_one_laptop_replaces_the_event_on_the_other(pair):
    a, b = pair
    case_id = dropout_case(a)
    first = visit(a, case_id, TODAY - dt.timedelta(days=40))
    dup = visit(a, case_id, TODAY - dt.timedelta(days=40))
    exchange(a, b)
    assert cases.case_row(b, case_id)["persuasion_count"] == 2

    fixed_day = TODAY - dt.timedelta(days=2)
    fix = corrections.correct_event(a, first, occurred_on=fixed_day, reason="日期填错")
    corrections.void_event(a, dup, reason="重复登记")
    exchange(a, b)
    for s in (a, b):
        row = cases.case_row(s, case_id)
        assert row["persuasion_count"] == 1
        assert row["next_contact_on"] == (fixed_day + dt.timedelta(days=14)).isoformat()
        assert live_contacts(s, case_id) == [(fix, fixed_day.isoformat())]
        # nothing lost: the originals are still there
        assert (
            s.conn.execute(
                "SELECT count(*) FROM events WHERE id IN (?, ?)", (first, dup)
            ).fetchone()[0]
            == 2
        )
        assert conflicts.review_items(s) == []
    # b sees it is corrected and does not correct the old version again
    with pytest.raises(UserError, match="已被更正"):
        corrections.correct_event(b, first, changes={"met": "父亲"}, reason="再改")


def test_concurrent_corrections_go_to_review_on_both(pair):
    a, b = pair
    case_id = dropout_case(a)
    ev = visit(a, case_id, TODAY - dt.timedelta(days=30))
    exchange(a, b)
    on_a = corrections.correct_event(
        a, ev, occurred_on=TODAY - dt.timedelta(days=5), reason="甲：日期应为五天前"
    )
    on_b = corrections.correct_event(
        b, ev, occurred_on=TODAY - dt.timedelta(days=3), reason="乙：日期应为三天前"
    )
    exchange(a, b)
    exchange(b, a)
    keys = set()
    for s in (a, b):
        items = conflicts.review_items(s)
        assert len(items) == 1
        item = items[0]
        keys.add(item.key)
        assert item.entity == "events" and item.row_id == ev and item.case_id == case_id
        texts = sorted(v.value for v in item.versions)
        assert any("甲：日期应为五天前" in t for t in texts)
        assert any("乙：日期应为三天前" in t for t in texts)
        # the one that counts meanwhile is marked as the current value
        current = [v for v in item.versions if v.current]
        assert len(current) == 1 and current[0].hlc == max(v.hlc for v in item.versions)
        # meanwhile both devices count the same (the later) one, once
        assert cases.case_row(s, case_id)["persuasion_count"] == 1
        assert {i for i, _ in live_contacts(s, case_id)} <= {on_a, on_b}
        assert len(live_contacts(s, case_id)) == 1
    assert len(keys) == 1 and live_contacts(a, case_id) == live_contacts(b, case_id)

    # a county user keeps a's version; the decision syncs and settles it on b
    item = conflicts.review_items(a)[0]
    keep = next(v for v in item.versions if "甲" in v.value)
    a.permit = Policy(Role.TOWNSHIP_CADRE, Area(townships=(T1,)))  # a township user may not
    with pytest.raises(UserError, match="县级用户"):
        conflicts.resolve(a, item.key, op_id=keep.op_id)
    a.permit = Policy(Role.COUNTY_ADMIN)
    conflicts.resolve(a, item.key, op_id=keep.op_id)
    exchange(a, b)
    for s in (a, b):
        assert conflicts.review_items(s) == []
        assert live_contacts(s, case_id) == [(on_a, (TODAY - dt.timedelta(days=5)).isoformat())]
        row = cases.case_row(s, case_id)
        assert row["next_contact_on"] == (TODAY + dt.timedelta(days=9)).isoformat()
        # nothing lost: the original and both corrections are kept
        assert (
            s.conn.execute(
                "SELECT count(*) FROM events WHERE id IN (?, ?, ?)", (ev, on_a, on_b)
            ).fetchone()[0]
            == 3
        )
