"""The county office's screens: the rule check (a planted violation listed alone, double-click
opens its case), 一县一案 and 挂牌督战 edited on screen, the 挂牌督战 filter of the ledgers and
the oversight report saved as .xlsx."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.core import county
from desktop.core.actor import Actor
from desktop.domain.scope import Scope
from desktop.store import queries
from desktop.ui import county_screens, intake_screens

pytestmark = [pytest.mark.gui]


def plant(store) -> tuple[str, str]:
    """A home visit with nothing found, written past the rules (as an old version would)."""
    case = store.conn.execute(
        "SELECT id, child_id, case_no FROM cases WHERE state = 'persuading' ORDER BY case_no LIMIT 1"
    ).fetchone()
    store.append_event(
        "contact",
        {"kind": "home_visit", "participants": ["龙干部（乡镇）"], "met": "祖母"},
        occurred_on=dt.date.today().isoformat(),
        case_id=case["id"],
        child_id=case["child_id"],
    )
    return case["id"], case["case_no"]


def data_menu_texts(window) -> list[str]:
    return [a.text() for a in window.menu("data").actions()]


def _window(qtbot, store, actor=None):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store, install_features=False, actor=actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_county_menu_is_for_county_accounts_only(qtbot, window):
    county_screens.install(window)
    texts = data_menu_texts(window)
    for label in ("规则检查…", "一县一案与挂牌督战…", "督导报告…"):
        assert label in texts
    township = window.store.conn.execute(
        "SELECT code FROM regions WHERE level = 'township' LIMIT 1"
    ).fetchone()[0]
    cadre = Actor("cadre", "王干部", "township_cadre", "乡镇干部", Scope.township(township))
    other = _window(qtbot, window.store, actor=cadre)
    county_screens.install(other)
    assert "规则检查…" not in data_menu_texts(other)


def test_the_rule_check_lists_the_planted_violation_and_opens_its_case(qtbot, window, dialogs):
    case_id, case_no = plant(window.store)
    seen = {}

    def look(dialog):
        table = dialog.table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        seen["summary"] = dialog.summary.text()
        rect = table.visualItemRect(table.item(0, 0))
        # a double-click is a click, then the second press (an item view needs both)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    dialogs.then(look)
    county_screens.open_violations(window)
    assert len(seen["rows"]) == 1
    number, day, kind, message, rule = seen["rows"][0]
    assert (number, day, rule) == (case_no, dt.date.today().isoformat(), "home_visit_is_complete")
    assert "了解到的情况" in message and kind
    assert "1 个案件的 1 条记录" in seen["summary"]
    assert window.current_page() == "case" and window.current_case_id() == case_id


def test_a_clean_county_shows_an_empty_list(qtbot, window, dialogs):
    seen = {}
    dialogs.then(lambda d: seen.update(rows=d.table.rowCount(), text=d.summary.text()))
    county_screens.open_violations(window)
    assert seen == {"rows": 0, "text": "全部案件的记录均符合现行规则。"}


def _set(table, row: int, col: int, text: str) -> None:
    table.item(row, col).setText(text)


def test_the_plan_is_edited_on_screen_and_a_bad_row_writes_nothing(qtbot, window, monkeypatch):
    from desktop.ui import errors
    from desktop.ui.county_plan_ui import CountyPlanDialog

    shown = []
    monkeypatch.setattr(
        errors, "show_error", lambda parent, exc, details=None: shown.append(str(exc))
    )
    monkeypatch.setattr(intake_screens, "inform", lambda *a: None)
    dialog = CountyPlanDialog(window)
    qtbot.addWidget(dialog)
    year = dialog.year.value()
    end = dt.date(year + 1, 6, 30).isoformat()
    t = dialog.table
    town = t.item(0, 0).text()
    for col, text in ((1, "95"), (2, "8"), (3, "吴志远（副镇长）"), (5, end)):
        _set(t, 0, col, text)
    _set(t, 1, 3, "潘明")  # a second township: a responsible person but no target
    _set(t, 1, 5, end)
    assert dialog.save_plan() is False
    assert shown and shown[-1].startswith(t.item(1, 0).text()) and "至少填写" in shown[-1]
    assert county.plan(window.workbench, year) == []
    _set(t, 1, 3, "")
    _set(t, 1, 5, "")
    _set(t, 0, 5, "2027-02-30")
    assert dialog.save_plan() is False and "不是有效日期" in shown[-1] and town in shown[-1]
    _set(t, 0, 5, end)
    assert dialog.save_plan() is True
    [saved] = county.plan(window.workbench, year)
    assert (saved.target_rate, saved.target_returns, saved.responsible) == (
        95.0,
        8,
        "吴志远（副镇长）",
    )
    # the dialog reads it back
    again = CountyPlanDialog(window)
    qtbot.addWidget(again)
    assert again.table.item(0, 3).text() == "吴志远（副镇长）"


def test_priority_regions_and_the_ledger_filter(qtbot, window, monkeypatch):
    from desktop.ui.county_plan_ui import CountyPlanDialog

    monkeypatch.setattr(intake_screens, "inform", lambda *a: None)
    store = window.store
    township = store.conn.execute(
        "SELECT township_code FROM cases WHERE deleted = 0 GROUP BY township_code"
        " ORDER BY count(*) LIMIT 1"
    ).fetchone()[0]
    dialog = CountyPlanDialog(window)
    qtbot.addWidget(dialog)
    dialog.set_checked(township, True)
    assert dialog.save_priority() is True
    assert county.priority_regions(window.workbench) == [township]

    window.show_page("all")
    page = window.cases_page
    page.ensure_loaded()
    everything = page.model.rowCount()
    page.filters.priority.setChecked(True)
    page.refresh()
    want = len(queries.case_seqs(store.conn, queries.CaseFilter(priority=True)))
    assert 0 < want < everything
    assert page.model.rowCount() == want
    page.filters.reset()
    page.refresh()
    assert not page.filters.priority.isChecked() and page.model.rowCount() == everything

    # the children's ledger (适龄儿童台账) filters the same way
    window.show_page("children")
    kids = window.children_page
    kids.ensure_loaded()
    all_kids = kids.model.rowCount()
    kids.filters.priority.setChecked(True)
    kids.refresh()
    want = len(queries.child_seqs(store.conn, queries.CaseFilter(priority=True)))
    in_town = store.conn.execute(
        "SELECT count(*) FROM children WHERE deleted = 0 AND township_code = ?", (township,)
    ).fetchone()[0]
    assert 0 < want == in_town < all_kids
    assert kids.model.rowCount() == want


def test_the_oversight_report_on_screen_and_as_xlsx(qtbot, window, dialogs, monkeypatch, tmp_path):
    monkeypatch.setattr(intake_screens, "inform", lambda *a: None)
    towns = county.townships(window.workbench)
    seen = {}

    def look(dialog):
        seen["rows"] = dialog.tables[0].rowCount()
        seen["first"] = dialog.tables[0].item(0, 0).text()
        seen["heads"] = [
            dialog.tables[0].horizontalHeaderItem(c).text()
            for c in range(dialog.tables[0].columnCount())
        ]
        dialog.export(".xlsx", path=str(tmp_path / "督导"))
        seen["saved"] = list(dialog.saved)

    dialogs.then(look)
    county_screens.open_oversight(window)
    assert seen["rows"] == len(towns) + 1  # each township and the 合计
    assert seen["first"] == towns[0][1]
    for head in ("挂牌督战", "逾期未走访", "无一人一案", "方案逾期", "目标劝返率", "责任人"):
        assert head in seen["heads"]
    [path] = seen["saved"]
    assert path.name == "督导.xlsx"
    assert load_workbook(path).sheetnames == ["按乡镇", "按包保责任人"]


def test_the_guide_names_the_county_entries_as_the_menu_does(qtbot, window):
    from desktop.resources import resource_path

    html = (resource_path("help") / "guide.html").read_text(encoding="utf-8")
    section = html[html.index("<h3>六、") : html.index("<h3>常用快捷键")]
    county_screens.install(window)
    labels = [a.text() for a in window.menu("data").actions()][-3:]
    assert labels == ["规则检查…", "一县一案与挂牌督战…", "督导报告…"]
    for label in labels:
        assert f"<b>{label}</b>" in section
    assert "kcbx check --rules" in section and "行政处罚事先告知书" in section
