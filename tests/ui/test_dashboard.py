"""Dashboard: every township bar labelled, counts beside the bars, 一案多因 said on the causes
chart, and a township's bar opens its ledger."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def dashboard(qtbot, window):
    from desktop.reports.dashboard import compute, default_periods
    from desktop.ui.intake_dashboard import DashboardPage

    page = DashboardPage(window)
    qtbot.addWidget(page)
    page.resize(1200, 640)
    page.show()
    page.show_data(compute(window.store, default_periods()[0][0]))
    return page


def test_every_township_bar_has_its_name_and_count(dashboard):
    from desktop.ui.intake_dashboard import TOWN_BARS

    chart = dashboard.town_chart
    names = chart.axes(Qt.Orientation.Vertical)[0].categories()
    towns = dashboard.data.by_township
    assert len(names) == min(len(towns), TOWN_BARS)
    assert set(names) == {name for name, _ in towns[:TOWN_BARS]}
    series = chart.series()[0]
    assert series.isLabelsVisible()
    assert series.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
    # the count stands beside the bar on white: a dark label, not the default white
    assert series.barSets()[0].labelColor().lightness() < 100
    flow = dashboard.flow_chart.series()[0]
    assert flow.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd


def test_causes_chart_says_one_case_many_causes(dashboard):
    total = sum(n for _, n in dashboard.data.by_cause)
    note = dashboard.cause_note.text()
    assert "一案多因" in note and str(total) in note
    assert str(dashboard.data.flow.closing) in note
    assert "一案多因" in dashboard.cause_chart.title()


def test_a_township_bar_opens_its_ledger(dashboard, window):
    dashboard._town_clicked(0)
    name = dashboard._town_names[0]
    assert window.current_page() == "active"
    box = window.cases_page.filters.township
    assert box.currentText() == name
    code = box.currentData()
    page = window.cases_page
    rows = page.model.rowCount()
    assert rows > 0
    ids = [
        page.model.data(page.model.index(i, 0), Qt.ItemDataRole.UserRole + 1) for i in range(rows)
    ]
    assert all(window.store.get("cases", c)["township_code"] == code for c in ids)


def _painted_labels(chart) -> list[str]:
    """The axis and title texts the chart's scene draws (visible items only)."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem, QGraphicsTextItem

    scene = chart.scene()
    out = []
    for item in scene.items():
        if isinstance(item, QGraphicsTextItem) and item.isVisible():
            out.append(item.toPlainText())
        elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
            out.append(item.text())
    return out


@pytest.fixture
def app_fonts(qapp):
    """The app's own fonts (label widths as on the laptops), the test font back afterwards."""
    from desktop.ui.app import load_fonts

    before = qapp.font()
    load_fonts(qapp)
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("width", [1100, 900])
def test_every_month_of_the_trend_is_labelled(app_fonts, dashboard, qtbot, width):
    """The twelve months' labels are all painted (the first, longer one was hidden when it did
    not fit its column), at the width the page has on a 1366-pixel screen and narrower."""
    dashboard.resize(width, 640)
    dashboard.show_data(dashboard.data)
    qtbot.wait(50)
    chart = dashboard.trend_chart
    months = chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert len(months) == 12
    painted = _painted_labels(chart)
    assert [m for m in months if m not in painted] == []
    first, last = dashboard.data.trend[0][0], dashboard.data.trend[-1][0]
    assert first[:4] in chart.title() and last[:4] in chart.title()  # the years are said
