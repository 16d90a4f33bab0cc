"""The English interface of the county plan (一县一案), the oversight report, the dashboard, the
absence register and its sheet import, and the store's and the core's refusals: their texts are
marked where they are made (desktop/domain/text.py) and shown through `domain_text`, so an
English user reads English. The Chinese texts (printed reports, the command line) are unchanged.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_chinese import CJK

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.uninstall(qapp)


def test_county_plan_messages_in_english(english):
    from desktop.domain import county_plan as rules
    from desktop.domain.errors import ValidationError
    from desktop.ui.labels import domain_text, user_message

    assert rules.year_label(2026) == "2026—2027学年"
    assert domain_text(rules.year_label(2026)) == "school year 2026–2027"
    with pytest.raises(ValidationError) as bad_rate:
        rules.parse_rate("九五")
    assert str(bad_rate.value) == "目标劝返率“九五”不是数字（如 95 表示95%）"
    assert user_message(bad_rate.value) == (
        'Target return rate "九五" is not a number (e.g. 95 means 95%)'
    )
    late = rules.Target(2026, "522633101", 95.0, None, "王主任", dt.date(2028, 1, 1))
    with pytest.raises(ValidationError) as outside:
        rules.validate(late, {"522633101": "丙妹镇"})
    assert user_message(outside.value) == (
        "丙妹镇: deadline 2028-01-01 is not within school year 2026–2027 (2026-09-01 to 2027-08-31)"
    )
    from desktop.domain.states import Action, CaseFacts, State, available_actions

    why = available_actions(State.PERSUADING, CaseFacts())[Action.REFUSAL_EXCEPTION]
    assert why is not None and why.startswith("认定拒不返校特殊情形")
    assert domain_text(why).startswith("The refusal exception needs joint persuasion")
    with pytest.raises(ValidationError) as no_date:
        rules.parse_date("")
    assert user_message(no_date.value) == "Please fill in Deadline (e.g. 2027-06-30)"


def test_core_and_store_refusals_in_english(english, store):
    from desktop.core import county
    from desktop.core.actor import Actor
    from desktop.core.workbench import Refused, Workbench
    from desktop.domain.errors import UserError
    from desktop.domain.scope import Scope
    from desktop.store import files
    from desktop.ui.labels import domain_text, user_message

    township = store.conn.execute(
        "SELECT code FROM regions WHERE level = 'township' LIMIT 1"
    ).fetchone()[0]
    cadre = Actor("cadre", "王干部", "township_cadre", "乡镇干部", Scope.township(township))
    bench = Workbench(store, cadre)
    with pytest.raises(Refused) as refused:
        county.save_plan(bench, 2026, [])
    assert str(refused.value).startswith("当前用户（乡镇干部）无权修改")
    assert re.fullmatch(
        r"The current user \(.+\) may not change the county plan;"
        r" only a county administrator may",
        user_message(refused.value),
    )
    with pytest.raises(UserError) as unknown:
        store.set_setting("no.such.key", 1)
    assert user_message(unknown.value) == 'Unknown setting "no.such.key"'
    with pytest.raises(UserError) as gone:
        bench.case("no-such-case")
    assert not CJK.search(user_message(gone.value))
    assert domain_text(files.DISK_FULL).startswith("The disk is full")


def test_report_periods_and_rates_in_english(english):
    from desktop.reports import stats
    from desktop.reports.dashboard import default_periods
    from desktop.reports.periods import parse_period
    from desktop.ui.labels import domain_text

    assert parse_period("2026-Q4").label == "2026年第四季度"  # the printed report's
    assert domain_text(parse_period("2026-Q4").label) == "Q4 2026"
    assert domain_text(parse_period("2026-11").label) == "2026-11"
    assert domain_text(parse_period("2026-2027").label) == "school year 2026–2027"
    assert [domain_text(label) for _, label in default_periods(dt.date(2026, 12, 3))] == [
        "This month",
        "This term",
        "This school year",
        "This year",
    ]
    flow = stats.Flow(opening=10, new=2, returned=3)
    rate = stats.persuasion_rate(flow)
    assert rate.note == "复学 3 人 ÷（期初 10 + 新增 2）人"
    assert domain_text(rate.note) == "3 returned ÷ (10 at start + 2 new)"
    assert domain_text(rate.sentence()) == (
        "Return rate this period: 25.00% (3 returned ÷ (10 at start + 2 new))"
    )
    assert domain_text(stats.FLOW_COLUMNS[0][1]) == "Start"


def test_absence_messages_in_english(english):
    from desktop.domain.errors import ValidationError
    from desktop.prevention import xlsx_import
    from desktop.prevention.register import ClassKey
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(ValidationError) as odd:
        xlsx_import.reason_of("去赶集")
    assert user_message(odd.value) == (
        'Cause of absence "去赶集" not recognised'
        " (write sick leave, personal leave, unexcused/truant or unknown)"
    )
    preview = xlsx_import.Preview("缺勤.xlsx", "s1", problems=[(3, "没有填写姓名")])
    assert preview.summary() == "可导入缺勤记录0条（0天），有1行不能导入（见下）"
    assert domain_text(preview.summary()) == (
        "0 absence records can be imported (0 days), 1 rows cannot be imported (see below)"
    )
    key = ClassKey("s1", "7", "1班")
    assert key.label == "七年级1班"
    assert domain_text(key.label) == "Grade 7 1班"
    from desktop.ui.labels import sex_text

    assert (sex_text("女"), sex_text("男"), sex_text("")) == ("Female", "Male", "")


def test_the_dashboard_in_english(english, qtbot, window):
    from desktop.reports.dashboard import compute, default_periods
    from desktop.ui.intake_dashboard import DashboardPage

    page = DashboardPage(window)
    qtbot.addWidget(page)
    page.show_data(compute(window.store, default_periods()[0][0]))
    assert page.period_box.itemText(0).startswith("This month")
    county = str(window.store.setting("county.name") or "")
    assert not CJK.search(page.heading.text().replace(county, ""))
    [axis] = [a for a in page.flow_chart.axes() if hasattr(a, "categories")]
    assert axis.categories()[0] == "Start" and axis.categories()[-1] == "End"
    assert not CJK.search(page.tiles["dropout"].detail.text())
    assert not CJK.search(page.tiles["persuasion"].detail.text())
    labels = [s.label() for s in page.cause_chart.series()[0].slices()]
    assert labels and not any(CJK.search(label) for label in labels)


def test_the_oversight_report_and_county_plan_in_english(english, qtbot, window):
    from desktop.domain import county_plan as rules
    from desktop.reports import oversight
    from desktop.ui.county_plan_ui import CountyPlanDialog
    from desktop.ui.county_screens import OversightDialog

    dialog = OversightDialog(window, oversight.report(window.workbench))
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["By township", "By person responsible"]
    table = dialog.tables[0]
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads[:3] == ["Township", "Priority region", "Open cases"]
    assert not any(CJK.search(h) for h in heads)
    verdicts = {table.item(r, len(heads) - 1).text() for r in range(table.rowCount() - 1)}
    assert verdicts <= {"Not made", "Met", "Not met yet", "Not met, deadline passed"}
    assert table.item(table.rowCount() - 1, 0).text() == "Total"
    assert "学年" not in dialog.summary.text()
    plan = CountyPlanDialog(window)
    qtbot.addWidget(plan)
    year = rules.school_year_of(dt.date.today())
    assert plan.year_label.text() == f"school year {year}–{year + 1}"


def test_forms_refusals_division_codes_and_audit_in_english(english):
    from desktop.domain import regions
    from desktop.domain.errors import UserError
    from desktop.forms import numbering
    from desktop.security import audit_log
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(UserError) as bad_format:
        numbering.validate_pattern("{year}-{place}-{who}")
    assert str(bad_format.value) == "编号格式中有未知的字段：place、who"  # the command line's
    assert user_message(bad_format.value) == "Unknown fields in the number format: place, who"
    with pytest.raises(UserError) as bad_slot:
        numbering.assign_slot(None, 120)  # type: ignore[arg-type]
    assert user_message(bad_slot.value) == "The number block must be a whole number from 0 to 99"
    with pytest.raises(UserError) as bad_code:
        regions.parse_division_code("52a633")
    assert user_message(bad_code.value) == 'Division code "52a633" may only contain digits.'
    heads = [domain_text(h) for h in audit_log.HEADERS]
    assert heads[0] == "Time" and heads[-1] == "Details"
    assert not any(CJK.search(h) for h in heads)
    detail = audit_log._detail('{"how": "password", "rows": 3}')
    assert detail == "方式：password，条数：3"
    assert domain_text(detail) == "Kind: password, Rows: 3"


def test_the_comparison_page_headers_in_english(english, qtbot, window):
    from desktop.ui.intake_compare import ComparePage

    page = ComparePage(window)
    qtbot.addWidget(page)
    heads = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert heads[0] == "Kind" and not any(CJK.search(h) for h in heads)


def test_a_document_lacking_information_says_what_in_english(english):
    from types import SimpleNamespace

    from desktop.domain.errors import UserError
    from desktop.forms import documents
    from desktop.forms.base import FIELD_HELP
    from desktop.ui.labels import user_message

    template = SimpleNamespace(title="行政处罚决定书", notice=False)
    src = SimpleNamespace(
        missing=[FIELD_HELP["guardian_id"], FIELD_HELP["amount"]], blank=False, glyphs="print"
    )
    with pytest.raises(UserError) as refused:
        documents.check_complete(template, src, {})  # type: ignore[arg-type]
    assert str(refused.value).startswith(
        "“行政处罚决定书”缺少以下信息，暂不能出具：\n- 监护人身份证号："
    )
    lines = user_message(refused.value).split("\n")
    assert lines[0] == '"Penalty decision" cannot be issued yet; it lacks:'
    assert lines[1].startswith("- Guardian") and lines[2].startswith("- Fine")
    assert not any(CJK.search(line) for line in lines[1:])


def test_today_titles_and_file_errors_in_english(english, window):
    import errno

    from desktop.domain.scope import Scope
    from desktop.store import files, queries_today
    from desktop.ui.labels import domain_text, user_message

    items = queries_today.plan_overdue(
        window.store.conn, today=dt.date.today(), scope=Scope.everything()
    )
    assert items, "the demo county has case plans past their deadline"
    title = items[0].title
    assert "（" in title
    assert re.fullmatch(r"\S+ \(\d{4}-\d{3}-\d{4}-\w+\)", domain_text(title)), domain_text(title)
    denied = files.translate_os_error(PermissionError(errno.EACCES, "denied"), path="/x/a.xlsx")
    assert str(denied) == "没有写入权限，无法保存文件（/x/a.xlsx）"
    assert user_message(denied) == "No permission to write; the file cannot be saved (/x/a.xlsx)"
