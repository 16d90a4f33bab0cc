"""挂牌督战 (priority regions, seed §二.1): a county setting on townships/villages, a ledger
filter, and a breakdown in every report."""

from desktop.reports import stats
from desktop.reports.periods import parse_period
from desktop.store import queries
from desktop.store.repo import Store


def test_the_ledger_filter_and_the_report_breakdown_follow_the_setting(demo_store: Store):
    store = demo_store
    village = store.conn.execute(
        "SELECT village_code FROM cases WHERE state = 'persuading' GROUP BY 1"
        " ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    in_village = {
        r[0] for r in store.conn.execute("SELECT seq FROM cases WHERE village_code = ?", (village,))
    }
    # nothing is a priority region until the county says so
    assert queries.case_seqs(store.conn, queries.CaseFilter(priority=True)) == []
    store.set_setting("priority.regions", [village])
    found = set(queries.case_seqs(store.conn, queries.CaseFilter(priority=True)))
    assert found == in_village
    persuading = queries.CaseFilter(states=("persuading",), priority=True)
    assert 0 < len(queries.case_seqs(store.conn, persuading)) <= len(found)
    # a listed township covers all its villages
    township = village[:9] + "000"
    store.set_setting("priority.regions", [township])
    whole = set(queries.case_seqs(store.conn, queries.CaseFilter(priority=True)))
    assert whole >= in_village
    assert whole == {
        r[0]
        for r in store.conn.execute("SELECT seq FROM cases WHERE township_code = ?", (township,))
    }
    attrs = stats.load_attributes(store)
    marked = {cid for cid, a in attrs.items() if a["priority"] == ["挂牌督战地区"]}
    ids = {
        r[0]
        for r in store.conn.execute("SELECT id FROM cases WHERE township_code = ?", (township,))
    }
    assert marked == ids
    period = parse_period("2026")
    tl = stats.load_timelines(store)
    groups = stats.breakdown(tl, attrs, period, "priority")
    assert set(groups) <= {"挂牌督战地区", "其他地区"} and "挂牌督战地区" in groups
