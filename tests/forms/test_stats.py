"""The ledger flow of the monthly report: the identity holds, and each movement is counted in
the column a county officer expects."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import model
from desktop.domain.states import Action, ActionParams
from desktop.forms import stats
from desktop.store import cases


def months(year: int) -> list[tuple[dt.date, dt.date]]:
    out = []
    for m in range(1, 13):
        start = dt.date(year, m, 1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        out.append((start, end))
    return out


@pytest.mark.parametrize("year", [2025, 2026])
def test_flow_identity_holds_every_month_in_every_township(demo_store, year: int) -> None:
    moved = 0
    for start, end in months(year):
        table = stats.ledger_flow(demo_store, start=start, end=end)
        for code, row in table.rows.items():
            assert stats.FlowTable.balanced(row), (start, code, dict(row))
        total = table.total
        moved += total["added"] + total["returned"]
        # the closing of a month is the opening of the next
        nxt = stats.ledger_flow(
            demo_store, start=end + dt.timedelta(days=1), end=end + dt.timedelta(days=2)
        )
        assert nxt.total["opening"] == total["closing"]
    assert moved > 0


def test_closing_equals_the_cases_on_the_ledger_today(demo_store) -> None:
    today = dt.date.today()
    table = stats.ledger_flow(demo_store, start=today.replace(day=1), end=today)
    on_ledger = demo_store.conn.execute(
        "SELECT count(*) FROM cases WHERE state IN ('dropout','persuading','transferred_pending')"
    ).fetchone()[0]
    assert table.total["closing"] == on_ledger


@pytest.fixture
def child(store):
    school = store.create("schools", model.School(name="测试中学", kind="junior"))
    return store.create(
        "children",
        model.Child(
            name="王小明",
            sex="男",
            township_code="522633100000",
            village_code="522633100201",
            school_id=school,
            grade="8",
        ),
    ), school


def test_a_dropout_that_returns_moves_through_the_right_columns(store, child) -> None:
    child_id, school = child
    case_id = cases.open_case(
        store,
        model.Case(child_id=child_id, ledger_kind="dropout", causes=("20",)),
        opened_on=dt.date(2026, 9, 3),
    )
    store.update("cases", case_id, {"found_on": "2026-09-03"})
    cases.save_plan(
        store,
        model.Plan(
            case_id=case_id,
            cause_analysis="外出打工",
            measures="家访",
            deadline=dt.date(2026, 10, 30),
        ),
    )
    cases.take_action(store, case_id, Action.START_PERSUASION, ActionParams(on=dt.date(2026, 9, 5)))
    cases.record(
        store,
        case_id,
        "return",
        model.ReturnRecord(return_date=dt.date(2026, 10, 12), school_id=school, grade="8"),
        occurred_on="2026-10-12",
    )
    cases.take_action(
        store, case_id, Action.REGISTER_RETURN, ActionParams(on=dt.date(2026, 10, 12))
    )

    sep = stats.ledger_flow(store, start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 30)).total
    assert (sep["opening"], sep["added"], sep["closing"]) == (0, 1, 1)
    octo = stats.ledger_flow(store, start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31)).total
    assert (octo["opening"], octo["returned"], octo["closing"]) == (1, 1, 0)
    rates = stats.rates(store, end=dt.date(2026, 10, 31))
    assert rates["dropouts"] == 1 and rates["returned"] == 1 and rates["return_rate"] == "100.00%"
