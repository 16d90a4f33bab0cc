"""Today: filters (mine / township / village / kind) with counts, urgency order with newly
suspected children first, overdue 一人一案 deadlines on Today and on the case; the case shows the
ledger it is on now."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.store.queries import TodayItem
from desktop.store.queries_today import CaseFacet, plan_overdue
from desktop.ui.today import CaseRole
from desktop.ui.today_filters import TodayFilter, arrange

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def facet(township="A", village="A1", state="persuading", mine=False):
    return CaseFacet(township, township + "镇", village, village + "村", state, "", mine)


def item(section, case, due, overdue=False):
    return TodayItem(section, case, "", due, case, None, overdue)


FACETS = {
    "s1": facet(state="suspected"),
    "p1": facet(township="B", village="B1", mine=True),
    "p2": facet(),
    "p3": facet(village="A2"),
}
ITEMS = [
    item("visits", "p2", "2026-12-05"),
    item("visits", "p1", "2026-10-01", overdue=True),
    item("visits", "s1", "2026-12-09"),
    item("visits", "p3", "2026-06-01", overdue=True),
    item("plan", "p2", "2026-01-01", overdue=True),
]


def test_newly_suspected_first_then_most_overdue():
    groups = arrange(ITEMS, FACETS, TodayFilter())
    assert [i.case_id for i in groups["verify"]] == ["s1"]
    assert [i.case_id for i in groups["visits"]] == ["p3", "p1", "p2"]
    assert [i.case_id for i in groups["plan"]] == ["p2"]


def test_filters():
    ids = lambda f: sorted(i.case_id for g in arrange(ITEMS, FACETS, f).values() for i in g)  # noqa: E731
    assert ids(TodayFilter(mine=True)) == ["p1"]
    assert ids(TodayFilter(township="B")) == ["p1"]
    assert ids(TodayFilter(township="A", village="A2")) == ["p3"]
    assert ids(TodayFilter(kind="verify")) == ["s1"]
    assert ids(TodayFilter(kind="plan", township="B")) == []


def test_plan_overdue_lists_open_cases_past_their_deadline(demo_store):
    today = dt.date.today()
    items = plan_overdue(demo_store.conn, today=today)
    assert items and all(i.overdue and i.section == "plan" for i in items)
    for i in items:
        state = demo_store.get("cases", i.case_id)["state"]
        assert state in ("dropout", "persuading") and i.due < today.isoformat()


def _sections(page):
    tree = page.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_today_page_orders_and_filters(qtbot, window):
    page = window.today_page
    page.refresh()
    shown = [s for s in _sections(page) if not s.isHidden()]
    titles = [s.text(0) for s in shown]
    assert titles[0].startswith("新发现的疑似辍学（待核实）")
    assert titles[1].startswith("一人一案劝返时限已过")
    verify = shown[0]
    for k in range(verify.childCount()):
        case_id = verify.child(k).data(0, CaseRole)
        assert window.store.get("cases", case_id)["state"] == "suspected"
    total = len(page.items)
    # A township: only its items, and the combo says how many
    box = page.filters.township
    assert box.count() > 2 and f"（{total}）" in box.itemText(0)
    box.setCurrentIndex(1)
    code = box.currentData()
    count = int(box.currentText().rsplit("（", 1)[1].rstrip("）"))
    listed = [s.child(k).data(0, CaseRole) for s in _sections(page) for k in range(s.childCount())]
    listed = [c for c in listed if c]
    assert listed and len(listed) <= count
    assert all(window.store.get("cases", c)["township_code"] == code for c in listed)
    assert "筛选出待办" in page.summary.text()
    # Mine: the test user has worked on no case
    box.setCurrentIndex(0)
    page.filters.mine.setChecked(True)
    assert all(s.childCount() == 0 for s in _sections(page) if s.text(0)[:2] != "未保")


def test_case_shows_its_ledger_and_an_overdue_plan(qtbot, window):
    store = window.store
    late = plan_overdue(store.conn, today=dt.date.today())[0]
    case = store.get("cases", late.case_id)
    window.open_case(late.case_id)
    html = window.case_view._case_html(case)
    assert "辍学台账" in html and "疑似辍学台账" not in html
    assert "已过" in html and "学生仍未复学" in html
    # flagged: the passed deadline stands in red, not as one more grey line
    from desktop.ui.case_view import RED_CELL

    assert f"<td{RED_CELL}>{late.due}（已过" in html
    assert "劝返时限" in window.case_view.plan_view.toPlainText()
    assert "已过" in window.case_view.plan_view.toPlainText()
    suspected = store.conn.execute("SELECT * FROM cases WHERE state='suspected' LIMIT 1").fetchone()
    assert "疑似辍学台账" in window.case_view._case_html(suspected)
