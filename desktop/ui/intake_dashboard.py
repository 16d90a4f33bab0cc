"""统计看板: the figures a county head reads at a glance — how many are out of school now, how
many came back, the rates — and four charts (this period's flow, the last twelve months,
where they are, why). Figures come from `desktop.reports.dashboard` on a background thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.stats import FLOW_COLUMNS
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

RED, GREEN, BLUE, GREY, ORANGE = "#c0392b", "#27ae60", "#2e6da4", "#7f8c8d", "#e67e22"
FLOW_COLOURS = (GREY, RED, GREEN, BLUE, ORANGE, "#8e44ad", GREY, RED)
# The flow chart's column names, short enough for its eight narrow columns in any language
# (the reports' own headings, stats.FLOW_COLUMNS, are longer in English).
FLOW_AXIS = {
    "opening": QT_TRANSLATE_NOOP("DashboardPage", "期初"),
    "new": QT_TRANSLATE_NOOP("DashboardPage", "新增"),
    "returned": QT_TRANSLATE_NOOP("DashboardPage", "复学"),
    "transferred": QT_TRANSLATE_NOOP("DashboardPage", "转学核实"),
    "deferred": QT_TRANSLATE_NOOP("DashboardPage", "延缓/休学"),
    "home_teaching": QT_TRANSLATE_NOOP("DashboardPage", "送教上门"),
    "other": QT_TRANSLATE_NOOP("DashboardPage", "超龄/其他"),
    "closing": QT_TRANSLATE_NOOP("DashboardPage", "期末"),
}


TOWN_BARS = 8  # township bars that keep a readable label each on a 1366×768 screen


def open_township_ledger(window: MainWindow, township_name: str) -> None:
    """The 辍学/劝返中 ledger, filtered to one township (from a dashboard bar)."""
    window.show_page("active")
    window.cases_page.filters.select_township(township_name)


class Tile(QFrame):
    """A big number with a caption."""

    def __init__(self, caption: str, colour: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        font = QFont()
        font.setPointSize(22)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet(f"color: {colour}")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel("")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setStyleSheet("color: #666")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def _month(iso: str) -> str:
    """2026-01 → 2026年1月 (Chinese) / 2026-01 (English)."""
    return QCoreApplication.translate("DashboardPage", "{0}年{1}月").format(iso[:4], int(iso[5:7]))


def _categories() -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.setTruncateLabels(False)  # township names and 转学核实 must be read whole
    return axis


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return chart, view


class DashboardPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        from desktop.reports.dashboard import default_periods

        self.window_ = window
        self.data: Any = None
        self._stale = True
        self.period_box = QComboBox()
        for code, label in default_periods():
            self.period_box.addItem(
                QCoreApplication.translate("DashboardPage", "{0}（{1}）").format(
                    domain_text(label), code
                ),
                code,
            )
        self.period_box.setEditable(True)
        self.period_box.activated.connect(lambda _i: self.refresh())
        refresh = QPushButton(QCoreApplication.translate("DashboardPage", "刷新"))
        refresh.clicked.connect(self.refresh)
        self.heading = QLabel()
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(QCoreApplication.translate("DashboardPage", "统计时段：")))
        top.addWidget(self.period_box)
        top.addWidget(refresh)
        self.tiles = {
            "closing": Tile(QCoreApplication.translate("DashboardPage", "在册辍学（期末）"), RED),
            "new": Tile(QCoreApplication.translate("DashboardPage", "本期新增辍学"), ORANGE),
            "returned": Tile(QCoreApplication.translate("DashboardPage", "本期劝返复学"), GREEN),
            "persuasion": Tile(
                QCoreApplication.translate("DashboardPage", "劝返率（本期）"), GREEN
            ),
            "dropout": Tile(QCoreApplication.translate("DashboardPage", "辍学率（本学年）"), RED),
            "suspected": Tile(QCoreApplication.translate("DashboardPage", "疑似辍学待核实"), BLUE),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.flow_chart, flow_view = _chart(
            QCoreApplication.translate("DashboardPage", "本期进出台账情况")
        )
        self.trend_chart, trend_view = _chart(
            QCoreApplication.translate("DashboardPage", "近12个月：月末在册辍学人数")
        )
        self.town_chart, town_view = _chart(
            QCoreApplication.translate("DashboardPage", "在册辍学人数（按乡镇）")
        )
        self.cause_chart, cause_view = _chart(
            QCoreApplication.translate("DashboardPage", "在册辍学原因（一案多因）")
        )
        town_view.setToolTip(
            QCoreApplication.translate("DashboardPage", "点击乡镇的条形，打开该乡镇的辍学台账")
        )
        self._town_names: list[str] = []
        self.cause_note = QLabel()
        self.cause_note.setWordWrap(True)
        self.cause_note.setStyleSheet("color:#555")
        causes = QVBoxLayout()
        causes.setContentsMargins(0, 0, 0, 0)
        causes.setSpacing(0)
        causes.addWidget(cause_view, 1)
        causes.addWidget(self.cause_note)
        grid = QGridLayout()
        grid.addWidget(flow_view, 0, 0)
        grid.addWidget(trend_view, 0, 1)
        grid.addWidget(town_view, 1, 0)
        grid.addLayout(causes, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            # after the page is laid out: charts filled before they have a size lose their axes
            QTimer.singleShot(0, self, self.refresh)

    def period_code(self) -> str:
        data = self.period_box.currentData()
        text = self.period_box.currentText().strip()
        if data and self.period_box.itemText(self.period_box.currentIndex()) == text:
            return str(data)
        return text

    def refresh(self) -> None:
        from desktop.reports.dashboard import compute

        self._stale = False
        code = self.period_code()

        def job(progress: Any) -> Any:
            with worker_store(self.window_) as store:
                return compute(store, code, progress=progress)

        Op(self, job).success(self.show_data).with_progress(
            QCoreApplication.translate("DashboardPage", "正在统计…")
        ).run_in_background()

    def show_data(self, data: Any) -> None:
        self.data = data
        f = data.flow
        county = self.window_.store.setting("county.name") or ""
        self.heading.setText(
            QCoreApplication.translate("DashboardPage", "{0}控辍保学统计看板　{1}").format(
                county, domain_text(data.period.label)
            )
        )
        self.tiles["closing"].set(
            str(f.closing),
            QCoreApplication.translate("DashboardPage", "期初 {0}").format(f.opening),
        )
        self.tiles["new"].set(str(f.new))
        self.tiles["returned"].set(
            str(f.returned),
            QCoreApplication.translate("DashboardPage", "另送教上门 {0}，延缓/休学 {1}").format(
                f.home_teaching, f.deferred
            ),
        )
        year = data.year_persuasion_rate
        self.tiles["persuasion"].set(
            data.persuasion_rate.text,
            QCoreApplication.translate("DashboardPage", "{0}；本学年 {1}").format(
                domain_text(data.persuasion_rate.note), year.text
            ),
        )
        self.tiles["dropout"].set(data.dropout_rate.text, domain_text(data.dropout_rate.note))
        self.tiles["suspected"].set(str(data.suspected_open))
        self._flow(f)
        self._trend(data.trend)
        self._towns(data.by_township)
        self._causes(data.by_cause)
        for chart in (self.flow_chart, self.trend_chart, self.town_chart, self.cause_chart):
            chart.layout().invalidate()  # axes added to a chart laid out before stay unplaced

    def _flow(self, f: Any) -> None:
        chart = self.flow_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        values = f.row()
        bar = QBarSet(QCoreApplication.translate("DashboardPage", "人数"))
        for v in values:
            bar.append(v)
        bar.setColor(QColor(BLUE))
        bar.setLabelColor(QColor("#222222"))  # beside the bar, on white
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)  # not on the bar
        chart.addSeries(series)
        cats = _categories()
        cats.append(
            [QCoreApplication.translate("DashboardPage", FLOW_AXIS[k]) for k, _ in FLOW_COLUMNS]
        )
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cats)
        axis = QValueAxis()
        axis.setRange(0, max([*values, 1]) * 1.15)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)

    def _trend(self, trend: list[tuple[str, int, int, int]]) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        line = QLineSeries()
        line.setName(QCoreApplication.translate("DashboardPage", "月末在册辍学"))
        line.setColor(QColor(RED))
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        line.setPointsVisible(True)
        returned = QBarSeries()
        back = QBarSet(QCoreApplication.translate("DashboardPage", "当月复学"))
        back.setColor(QColor(GREEN))
        for i, (_m, closing, _new, ret) in enumerate(trend):
            line.append(i, closing)
            back.append(ret)
        returned.append(back)
        chart.addSeries(returned)
        chart.addSeries(line)
        cats = _categories()
        # Short month names only ("1月"/"Jan"): a longer first label ("26年1月") did not fit its
        # column and Qt left it out; the years are in the title.
        locale = QLocale()
        cats.append(
            [locale.monthName(int(m[5:7]), QLocale.FormatType.ShortFormat) for m, *_ in trend]
        )
        if trend:
            chart.setTitle(
                QCoreApplication.translate(
                    "DashboardPage", "近12个月（{0}—{1}）：月末在册辍学人数"
                ).format(_month(trend[0][0]), _month(trend[-1][0]))
            )
        chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
        returned.attachAxis(cats)
        line.attachAxis(cats)
        axis = QValueAxis()
        axis.setRange(0, max([v for _, c, _, r in trend for v in (c, r)] + [1]) * 1.2)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        returned.attachAxis(axis)
        line.attachAxis(axis)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _towns(self, rows: list[tuple[str, int]]) -> None:
        chart = self.town_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # As many townships as can each keep a readable label (the largest first; the whole
        # list is in the ledger a click opens); the count stands beside each bar, not on it.
        rows = list(reversed(rows[:TOWN_BARS]))  # the largest at the top
        self._town_names = [name for name, _ in rows]
        series = QHorizontalBarSeries()
        bar = QBarSet(QCoreApplication.translate("DashboardPage", "在册辍学"))
        bar.setColor(QColor(RED))
        bar.setLabelColor(QColor("#222222"))  # beside the bar, on white
        for _name, n in rows:
            bar.append(n)
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        bar.clicked.connect(self._town_clicked)
        chart.addSeries(series)
        cats = _categories()
        small = QFont()
        small.setPointSize(8)
        cats.setLabelsFont(small)
        cats.append(
            [domain_text(name) for name, _ in rows]
            or [QCoreApplication.translate("DashboardPage", "（无）")]
        )
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cats)
        axis = QValueAxis()
        axis.setRange(0, max([n for _, n in rows] + [1]) * 1.15)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)

    def _town_clicked(self, index: int) -> None:
        """A township's bar → the 辍学台账 of that township."""
        if 0 <= index < len(self._town_names):
            open_township_ledger(self.window_, self._town_names[index])

    def _causes(self, rows: list[tuple[str, int]]) -> None:
        chart = self.cause_chart
        chart.removeAllSeries()
        total = sum(n for _, n in rows)
        closing = self.data.flow.closing if self.data is not None else 0
        self.cause_note.setText(
            QCoreApplication.translate(
                "DashboardPage",
                "一案多因：一名学生可有几个辍学原因，各原因人数相加（%1）多于在册辍学人数（%2）。",
            )
            .replace("%1", str(total))
            .replace("%2", str(closing))
        )
        series = QPieSeries()
        top, rest = rows[:6], sum(n for _, n in rows[6:])
        for name, n in top + (
            [(QCoreApplication.translate("DashboardPage", "其他原因"), rest)] if rest else []
        ):
            s = series.append(f"{domain_text(name)} {n}", n)
            s.setLabelVisible(True)
        series.setPieSize(0.62)
        chart.addSeries(series)
