"""The flow table balances on the demo county; the figures of a hand-worked county are exact."""

import datetime as dt

import pytest
import small_county

from desktop.reports import stats
from desktop.reports.periods import parse_period


def test_flow_of_the_hand_worked_county(store):
    cases = small_county.build(store)
    tl = stats.load_timelines(store)
    sep = stats.flow_total(tl, parse_period("2026-09"))
    assert sep.row() == [2, 2, 1, 0, 1, 0, 0, 2]
    assert stats.flow_total(tl, parse_period("2026-08")).row() == [2, 0, 0, 0, 0, 0, 0, 2]
    assert stats.flow_total(tl, parse_period("2026-06")).row() == [1, 1, 0, 0, 0, 0, 0, 2]
    # the suspected case that was verified enrolled never entered the dropout ledger
    assert tl[cases["E"]].moves(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == []
    assert tl[cases["B"]].state_on(dt.date(2026, 9, 9)) == "suspected"
    assert tl[cases["B"]].state_on(dt.date(2026, 9, 10)) == "dropout"


def test_rates_of_the_hand_worked_county(store):
    small_county.build(store)
    tl = stats.load_timelines(store)
    sep = stats.flow_total(tl, parse_period("2026-09"))
    persuasion = stats.persuasion_rate(sep)
    assert (persuasion.numerator, persuasion.denominator, persuasion.text) == (1, 4, "25.00%")
    dropout = stats.dropout_rate(store, tl, 2026)
    assert (dropout.numerator, dropout.denominator, dropout.text) == (2, 10, "20.00%")
    earlier = stats.dropout_rate(store, tl, 2025)  # C and D dropped out, but no enrolment data
    assert earlier.numerator == 2 and earlier.value is None and "2025-2026-1" in earlier.note
    # C and D dropped out in 2025—2026; C came back in September, in the next school year
    cohort = stats.year_persuasion_rate(tl, 2025, until=dt.date(2026, 9, 30))
    assert (cohort.numerator, cohort.denominator) == (0, 2)
    assert stats.dropout_rate(store, tl, 2026, until=dt.date(2026, 9, 5)).numerator == 1  # A only
    consolidation = stats.consolidation_rate(store, 2026)
    assert (consolidation.numerator, consolidation.denominator, consolidation.text) == (
        3,
        4,
        "75.00%",
    )
    assert stats.consolidation_rate(store, 2025).value is None


def test_breakdowns_of_the_hand_worked_county(store):
    cases = small_county.build(store)
    tl = stats.load_timelines(store)
    attrs = stats.load_attributes(store)
    sep = parse_period("2026-09")
    by_town = stats.breakdown(tl, attrs, sep, "township")
    names = dict(
        store.conn.execute("SELECT code, name FROM regions WHERE level='township'").fetchall()
    )
    assert by_town[names[cases["towns"][1]]].row() == [1, 0, 0, 0, 1, 0, 0, 0]  # D
    assert by_town[names[cases["towns"][0]]].row() == [1, 2, 1, 0, 0, 0, 0, 2]
    by_cause = stats.breakdown(tl, attrs, sep, "cause")
    assert by_cause["学习困难"].returned == 1 and by_cause["家庭经济困难"].returned == 1
    # D, A and B (a suspected case is confirmed only with a cause)
    assert by_cause["外出打工"].row() == [1, 2, 0, 0, 1, 0, 0, 2]
    assert stats.breakdown(tl, attrs, sep, "placement")["插班"].returned == 1


PERIODS = [
    "2026-11",
    "2026-10",
    "2026-03",
    "2025-09",
    "2026-Q3",
    "2026-2027-1",
    "2025-2026-2",
    "2025-2026",
    "2026",
    "2024",
]


@pytest.mark.parametrize("code", PERIODS)
def test_flow_balances_on_the_demo_county(demo_store, code):
    tl = stats.load_timelines(demo_store)
    period = parse_period(code)
    total = stats.flow_total(tl, period)
    assert total.balances(), total
    assert total.opening + total.new > 0  # the demo county has work in every period tested
    attrs = stats.load_attributes(demo_store)
    for dim in stats.DIMENSIONS:
        groups = stats.breakdown(tl, attrs, period, dim)
        assert all(f.balances() for f in groups.values())
        if dim not in stats.MULTI_VALUED:  # single-valued: the groups add up to the total
            summed = stats.Flow()
            for f in groups.values():
                summed.add(f)
            assert summed == total, dim


def test_period_end_agrees_with_the_ledger_columns(demo_store):
    """期末 at today, from the folded histories, equals the cases the ledgers show now."""
    tl = stats.load_timelines(demo_store)
    today = dt.date.today()
    now = stats.flow_total(tl, parse_period(f"{today.year}-{today.month:02d}"))
    in_ledger = demo_store.conn.execute(
        "SELECT count(*) FROM cases WHERE deleted=0 AND state IN ('dropout','persuading','transferred_pending')"
    ).fetchone()[0]
    assert now.closing == in_ledger
    # consecutive months chain: one month's 期末 is the next month's 期初
    oct_, nov = parse_period("2026-10"), parse_period("2026-11")
    assert stats.flow_total(tl, oct_).closing == stats.flow_total(tl, nov).opening


def test_periods():
    assert parse_period("2026-11").span == "2026年11月1日至2026年11月30日"
    assert parse_period("2026-2027-1").start == dt.date(2026, 9, 1)
    assert parse_period("2026-2027-1").end == dt.date(2027, 2, 28)
    assert parse_period("2028-2029-1").end == dt.date(2029, 2, 28)
    assert parse_period("2026-Q4").label == "2026年第四季度"
    assert parse_period("2026-2027").end == dt.date(2027, 8, 31)
    assert parse_period("2026-09-01..2026-09-15").end == dt.date(2026, 9, 15)
    from desktop.domain.errors import UserError

    with pytest.raises(UserError, match="无法识别"):
        parse_period("十一月")


def test_agrees_with_the_printed_monthly_form(demo_store):
    """desktop.forms.stats (the printed 月报 form) computes the flow on its own; both agree."""
    from desktop.forms import stats as form_stats

    tl = stats.load_timelines(demo_store)
    keys = [
        "opening",
        "added",
        "returned",
        "transferred",
        "deferred",
        "home_teaching",
        "other",
        "closing",
    ]
    for code in ("2026-11", "2026-09", "2025-2026", "2024"):
        period = parse_period(code)
        theirs = form_stats.ledger_flow(demo_store, start=period.start, end=period.end).total
        assert stats.flow_total(tl, period).row() == [theirs[k] for k in keys], code
    rates = form_stats.rates(demo_store, end=dt.date(2026, 11, 30))
    assert (
        stats.dropout_rate(demo_store, tl, 2026, until=dt.date(2026, 11, 30)).text
        == rates["dropout_rate"]
    )
    assert (
        stats.year_persuasion_rate(tl, 2026, until=dt.date(2026, 11, 30)).text
        == rates["return_rate"]
    )
