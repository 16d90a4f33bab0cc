"""工作台 (Today): what needs doing, each item one click from its case.

The items are computed by desktop.store.queries.today_items on the background worker (its own
connection), so opening the window never waits for them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import queries
from desktop.store.queries_today import CaseFacet
from desktop.ui import yielding
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text, user_message
from desktop.ui.today_filters import TodayFilters, arrange

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# By urgency: what was left half-typed, newly suspected children (to check within days), plans
# whose deadline passed, then visits and the rest. Within a group, the most overdue first.
SECTIONS = (
    ("drafts", QT_TRANSLATE_NOOP("Today", "未保存的草稿（上次未完成的录入）")),
    ("verify", QT_TRANSLATE_NOOP("Today", "新发现的疑似辍学（待核实）")),
    ("plan", QT_TRANSLATE_NOOP("Today", "一人一案劝返时限已过")),
    ("visits", QT_TRANSLATE_NOOP("Today", "走访到期或逾期")),
    ("monitoring", QT_TRANSLATE_NOOP("Today", "复学学生跟踪巩固")),
    ("deferrals", QT_TRANSLATE_NOOP("Today", "延缓/休学即将到期")),
    ("legal", QT_TRANSLATE_NOOP("Today", "法律文书期限")),
    ("campaign", QT_TRANSLATE_NOOP("Today", "开学专项行动清单")),
    # desktop/prevention/today.py
    ("absence", QT_TRANSLATE_NOOP("Today", "缺勤跟进（电话、家访、疑似辍学上报）")),
    ("support", QT_TRANSLATE_NOOP("Today", "帮扶计划复查")),
)
CaseRole = Qt.ItemDataRole.UserRole + 1
ChildRole = Qt.ItemDataRole.UserRole + 2
DraftRole = Qt.ItemDataRole.UserRole + 3


def _t(text: str) -> str:
    return QCoreApplication.translate("Today", text)


class TodayPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.items: list[queries.TodayItem] = []
        self._loaded = False
        self._loading = False
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("学生（案件编号）"), self.tr("事项"), self.tr("日期")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 640)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        # itemActivated alone: a double-click also emits it, so connecting itemDoubleClicked too
        # opened the dialog twice (closing the first, e.g. 取消 → 保留草稿, showed it again).
        self.tree.itemActivated.connect(self._open)
        sc = QShortcut(QKeySequence("Return"), self.tree)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(lambda: self._open(self.tree.currentItem(), 0))
        self.facets: dict[str, CaseFacet] = {}
        self.filters = TodayFilters()
        self.filters.set_sections(SECTIONS)
        self.filters.changed.connect(lambda: self._show(self.items, self.facets))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def ensure_loaded(self) -> None:
        if self._loaded:
            self._show(self.items, self.facets)  # drafts may have come or gone meanwhile
        elif not self._loading:
            from desktop.ui import ops

            if ops.is_synchronous():
                self.refresh()
            else:
                # After the first paint: the window is interactive at once; not while the
                # user types (the search box): the job would pause at once.
                QTimer.singleShot(50, self, lambda: yielding.when_idle(self, self.refresh))

    def schedule_refresh(self) -> None:
        if self.isVisible():
            self._timer.start(0)
        else:
            self._loaded = False

    def refresh(self) -> None:
        from desktop.ui import ops

        store = self.window_.store
        today = dt.date.today()
        path = self.window_.db_path
        scope = store.scope
        deferral_warn_days = int(store.setting("deferral.warn_days"))
        suspected_days = int(store.setting("visit.suspected_days"))
        campaign_months = tuple(int(m) for m in store.setting("campaign.months"))
        self.heading.setText(
            self.tr("工作台")
            + QCoreApplication.translate("TodayPage", " — {0}年{1}月{2}日").format(
                today.year, today.month, today.day
            )
        )
        self._loading = True
        self.summary.setText(self.tr("正在汇总待办事项…"))
        from desktop.prevention import register as prevention_register

        prevention_rules = prevention_register.rules_of(store)

        actor = store.actor

        def work(_progress: ops.Progress) -> tuple[list[queries.TodayItem], dict]:
            from desktop.prevention import today as prevention
            from desktop.store import db, queries_today

            def items(conn) -> tuple[list[queries.TodayItem], dict]:
                found = queries.today_items(
                    conn,
                    scope=scope,
                    today=today,
                    horizon_days=7,
                    deferral_warn_days=deferral_warn_days,
                    suspected_days=suspected_days,
                    campaign_months=campaign_months,
                )
                found += queries_today.plan_overdue(conn, today=today, scope=scope)
                found += prevention.items(conn, scope=scope, rules=prevention_rules, today=today)
                facets = queries_today.child_facets(
                    conn, (i.child_id for i in found if i.child_id and not i.case_id)
                )
                facets.update(
                    queries_today.case_facets(
                        conn, (i.case_id for i in found if i.case_id), actor=actor
                    )
                )
                return found, facets

            if path is None or ops.is_synchronous():
                return items(store.conn)
            conn = yielding.pausing(db.connect(path, cache_kib=db.BACKGROUND_CACHE_KIB))
            try:
                return items(conn)
            finally:
                conn.close()

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.summary.setText(self.tr("待办事项汇总失败：") + user_message(exc))

        def done(got: tuple[list[queries.TodayItem], dict]) -> None:
            # Filling the tree takes a while at county size: not while the user types.
            yielding.when_idle(self, lambda: self._show(*got))

        job = yielding.background(work)
        ops.Op(self, job).success(done).failure(failed).run_in_background()

    def _show(self, items: list[queries.TodayItem], facets: dict | None = None) -> None:
        from desktop.store import drafts

        self._loading = False
        self._loaded = True
        self.items = items
        self.facets = facets or {}
        self.filters.offer(items, self.facets)
        grouped = arrange(items, self.facets, self.filters.value())
        self.tree.clear()
        today = dt.date.today()
        months = tuple(self.window_.store.setting("campaign.months"))
        bold = QFont()
        bold.setBold(True)
        late_brush = QBrush(QColor("#b3261e"))
        counts = {}
        saved = drafts.list_drafts(self.window_.store)
        for key, title in SECTIONS:
            label = _t(title)
            if key == "campaign" and queries.is_campaign_month(today, months):
                label += self.tr("（本月为专项行动月）")
            section = QTreeWidgetItem([label])
            section.setFont(0, bold)
            self.tree.addTopLevelItem(section)
            section.setFirstColumnSpanned(True)  # only works once the item is in the tree
            if key == "drafts":
                for d in saved:
                    child = QTreeWidgetItem(
                        [d.title, self.tr("点击继续录入"), d.updated_at[:16].replace("T", " ")]
                    )
                    child.setData(0, DraftRole, d.key)
                    section.addChild(child)
                counts[key] = len(saved)
                if not saved:
                    section.setHidden(True)
            else:
                section_items = grouped.get(key, [])
                counts[key] = len(section_items)
                for item in section_items:
                    child = QTreeWidgetItem(
                        [domain_text(item.title), domain_text(item.detail), item.due]
                    )
                    child.setData(0, CaseRole, item.case_id or "")
                    child.setData(0, ChildRole, item.child_id or "")
                    if item.overdue:
                        for col in range(3):
                            child.setForeground(col, late_brush)
                    section.addChild(child)
            section.setText(
                0, QCoreApplication.translate("TodayPage", "{0}（{1}）").format(label, counts[key])
            )
            section.setExpanded(counts[key] > 0)
        shown = [i for group in grouped.values() for i in group]
        overdue = sum(1 for i in shown if i.overdue)
        if len(shown) == len(items):
            text = self.tr("待办 %1 项，其中逾期 %2 项。双击或按回车打开案件。")
        else:
            text = self.tr("筛选出待办 %1 项（共 %3 项），其中逾期 %2 项。双击或按回车打开案件。")
        self.summary.setText(
            text.replace("%1", str(len(shown)))
            .replace("%2", str(overdue))
            .replace("%3", str(len(items)))
        )

    def current_case_id(self) -> str | None:
        item = self.tree.currentItem()
        return (item.data(0, CaseRole) or None) if item else None

    def _open(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is None:
            return
        draft_key = item.data(0, DraftRole)
        if draft_key:
            from desktop.ui.drafts_ui import reopen_draft

            reopen_draft(self.window_, draft_key)
            return
        case_id = item.data(0, CaseRole)
        child_id = item.data(0, ChildRole)
        if case_id:
            self.window_.open_case(case_id)
        elif child_id:
            self.window_.open_child(child_id)
