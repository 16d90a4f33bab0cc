"""The main window: 工作台, the ledgers, the case view; menus; the search box.

It is also the contract feature modules build on (see features.py and the brief):
`store`, `db_path`, `menu(key)`, `add_status_widget()`, `add_page()` / `show_page()`,
`current_case_id()`, `selected_case_ids()`, `open_case()`, `add_case_action()`, the
`workbench` (the core: every write and every read for a screen goes through it; background jobs
take `workbench.worker()`, see ops.worker) and `notify(changes)` after a write: the `changed`
signal carries the core's `Changes` and each view refreshes if what it shows was touched.
`data_changed` (no value) is still heard from older emitters and means "reload everything".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.actor import Actor
from desktop.core.changes import ALL, Changes
from desktop.core.workbench import Workbench
from desktop.store.repo import Store
from desktop.ui import look, yielding
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.ledger_view import LedgerPage
from desktop.ui.search_box import SearchBox, SearchService

if TYPE_CHECKING:
    from desktop.security.session import Session
    from desktop.ui import intake_screens
    from desktop.ui.case_view import CaseView
    from desktop.ui.lazy_page import LazyPage
    from desktop.ui.security.lock import Locker
    from desktop.ui.sync_panel import SyncController

log = logging.getLogger("kcbx.ui")

MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "文件(&F)")),
    ("case", QT_TRANSLATE_NOOP("MainWindow", "案件(&C)")),
    ("print", QT_TRANSLATE_NOOP("MainWindow", "打印(&P)")),
    ("sync", QT_TRANSLATE_NOOP("MainWindow", "同步(&S)")),
    ("data", QT_TRANSLATE_NOOP("MainWindow", "数据(&D)")),
    ("tools", QT_TRANSLATE_NOOP("MainWindow", "工具(&T)")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)")),
)

# Navigation: page key, title. Ledger keys are those of queries.LEDGER_STATES.
NAV = (
    ("today", QT_TRANSLATE_NOOP("MainWindow", "工作台")),
    ("children", QT_TRANSLATE_NOOP("MainWindow", "适龄儿童")),
    ("all", QT_TRANSLATE_NOOP("MainWindow", "全部案件")),
    ("suspected", QT_TRANSLATE_NOOP("MainWindow", "疑似辍学")),
    ("active", QT_TRANSLATE_NOOP("MainWindow", "辍学/劝返中")),
    ("returned", QT_TRANSLATE_NOOP("MainWindow", "已复学跟踪")),
    ("deferred", QT_TRANSLATE_NOOP("MainWindow", "延缓/休学")),
    ("home_teaching", QT_TRANSLATE_NOOP("MainWindow", "送教上门")),
    ("closed", QT_TRANSLATE_NOOP("MainWindow", "已销号")),
    ("case", QT_TRANSLATE_NOOP("MainWindow", "案件详情")),
)
CASE_LEDGERS = ("all", "suspected", "active", "returned", "deferred", "home_teaching", "closed")
KeyRole = Qt.ItemDataRole.UserRole + 10


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    changed = Signal(object)  # Changes: what a write touched (ALL: reload everything)
    data_changed = Signal()  # older emitters: something changed (heard as changed(ALL))
    # Set by the features that install themselves (features.py), when they do.
    intake_pages: dict[str, intake_screens.LazyPage]  # intake_screens
    prevention_pages: dict[str, LazyPage]  # prevention_screens
    security_session: Session | None  # security_ui
    locker: Locker  # security_ui, for a signed-in session
    security_checks_timer: QTimer  # security_ui
    _sync_controller: SyncController  # sync_panel (kept alive with the window)

    def __init__(
        self,
        store: Store,
        *,
        db_path: Path | None = None,
        install_features: bool = True,
        actor: Actor | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        if actor is None:
            from desktop.security.actor import actor_for

            actor = actor_for(store)
        self.workbench = Workbench(store, actor)
        self._notifying = False
        self.db_path = Path(db_path) if db_path else store.path
        self._pages: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}
        self._case_actions: list[tuple[str, Callable[[str], None], str | None]] = []
        self._current_key = ""
        county = store.setting("county.name") or ""
        self.setWindowTitle(self.tr("控辍保学工作台") + (f" — {county}" if county else ""))
        self.setMinimumSize(QSize(1000, 600))
        self.search_service = SearchService(store, self.db_path, self)
        self._build_menus()
        self._build_body()
        self._build_status()
        self._build_shortcuts()
        self.changed.connect(self._on_changed)
        self.data_changed.connect(self._on_data_changed)
        self.resize(1366, 740)
        self.show_page("today")
        if install_features:
            from desktop.ui import features

            features.install_all(self)
        # After the window is up, off the GUI thread: the main ledger's ids (not while the
        # user types: see yielding).
        for key in ("all", "active"):
            QTimer.singleShot(
                300,
                self,
                lambda k=key: yielding.when_idle(
                    self, lambda: self.cases_page.preload(k, self.db_path)
                ),
            )
        # The children ledger (where a first search shows its results) is built while idle,
        # so that the first key press only searches and paints.
        QTimer.singleShot(120, self, lambda: yielding.when_idle(self, self._prepare_children))

    # --- construction --------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.named_actions: dict[str, QAction] = {}  # filled by actions.install
        for key, title in MENUS:
            self._menus[key] = bar.addMenu(_t(title))
        from desktop.ui import actions

        actions.install(self)

    def _build_body(self) -> None:
        from desktop.ui.today import TodayPage

        self.search_box = SearchBox()
        self.search_box.search.connect(self._search)
        self.search_box.leave_down.connect(self._focus_results)
        self.new_child_button = QPushButton(self.tr("新建学生…"))
        self.new_child_button.setToolTip(self.tr("先查重再登记一名学生（Ctrl+N）"))
        self.new_child_button.clicked.connect(lambda: self.trigger("new_child"))
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 0)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_child_button)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(look.NAV_STYLE)
        self.nav.setFixedWidth(132)
        self.nav.setSpacing(1)
        self.stack = QStackedWidget()
        self.today_page = TodayPage(self)
        # The children ledger (100,000 rows) is built while idle after start-up, or the first
        # time it is shown or searched; it loads its rows when shown.
        self._children_page: LedgerPage | None = None
        self._children_host = QWidget()
        self._children_layout = QVBoxLayout(self._children_host)
        self._children_layout.setContentsMargins(0, 0, 0, 0)
        self.cases_page = LedgerPage(self.store, cases=True)
        # The case view is built the first time a case is opened (keeps start-up light).
        self._case_view: CaseView | None = None
        self._case_host = QWidget()
        self._case_layout = QVBoxLayout(self._case_host)
        self._case_layout.setContentsMargins(0, 0, 0, 0)
        self.cases_page.activated.connect(self._open_row)
        self.cases_page.count_changed.connect(self._show_count)
        self.cases_page.clear_search_requested.connect(self.clear_search)
        for key, title in NAV:
            widget = {
                "today": self.today_page,
                "children": self._children_host,
                "case": self._case_host,
            }.get(key, self.cases_page)
            self._register(key, _t(title), widget)
        self.nav.currentItemChanged.connect(self._nav_changed)

        body = QHBoxLayout()
        body.setContentsMargins(4, 0, 0, 0)
        body.setSpacing(2)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def _register(self, key: str, title: str, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            look.apply(widget)
            self.stack.addWidget(widget)
        self._pages[key] = widget
        item = QListWidgetItem(title)
        item.setData(KeyRole, key)
        item.setSizeHint(QSize(120, 30))
        self.nav.addItem(item)
        if key == "case":
            item.setHidden(True)  # shown once a case is open (must be in the list to hide)

    def _build_status(self) -> None:
        self.count_label = QLabel()
        self.county_label = QLabel(self.store.setting("county.name") or "")
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.county_label)

    def _build_shortcuts(self) -> None:
        for seq in ("Ctrl+F", "/"):
            sc = QShortcut(QKeySequence(seq), self)
            sc.activated.connect(self.focus_search)
        for i, (key, _title) in enumerate(NAV[:9], start=1):
            sc = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            sc.activated.connect(lambda k=key: self.show_page(k))
        QShortcut(QKeySequence("Alt+Left"), self).activated.connect(self.go_back)

    # --- the contract --------------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        if key in self._pages:
            raise ValueError(f"page {key!r} exists")
        self._register(key, title, widget)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KeyRole) == key:
                item.setHidden(False)
                if self.nav.currentRow() == row:
                    self._nav_changed(item, None)
                else:
                    self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def _page_widget(self, key: str) -> QWidget | None:
        if key == "children":
            return self.children_page
        if key == "case":
            return self._case_view
        return self._pages.get(key)

    def current_page(self) -> str:
        return self._current_key

    def current_case_id(self) -> str | None:
        if self._current_key == "case":
            return self._case_view.case_id if self._case_view is not None else None
        page = self._page_widget(self._current_key)
        if isinstance(page, LedgerPage):
            return page.current_case_id()
        if page is self.today_page:
            return self.today_page.current_case_id()
        return None

    def selected_case_ids(self) -> list[str]:
        page = self._page_widget(self._current_key)
        if isinstance(page, LedgerPage):
            return page.selected_case_ids()
        case_id = self.current_case_id()
        return [case_id] if case_id else []

    def open_case(self, case_id: str) -> None:
        self.case_view.show_case(case_id)
        self.show_page("case")

    def open_child(self, child_id: str) -> None:
        self.case_view.show_child(child_id)
        self.show_page("case")

    def add_case_action(
        self, label: str, callback: Callable[[str], None], *, shortcut: str | None = None
    ) -> QAction:
        """A button on the case view (and an entry in the 案件 menu); callback(case_id)."""
        self._case_actions.append((label, callback, shortcut))
        action = QAction(label, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))

        def run() -> None:
            case_id = self.current_case_id()
            if not case_id:
                QMessageBox.information(
                    self, self.tr("请选择案件"), self.tr("请先选择或打开一个案件。")
                )
                return
            callback(case_id)

        action.triggered.connect(run)
        self.menu("case").addAction(action)
        if self._case_view is not None:
            self._case_view.add_extra_action(label, callback)
        return action

    @property
    def children_page(self) -> LedgerPage:
        """The 适龄儿童 ledger (created on first use)."""
        if self._children_page is None:
            page = LedgerPage(self.store, cases=False)
            page.activated.connect(self._open_row)
            page.count_changed.connect(self._show_count)
            page.clear_search_requested.connect(self.clear_search)
            look.apply(page)
            self._children_layout.addWidget(page)
            page.show()  # shown now, not at the next event loop pass
            self._children_page = page
        return self._children_page

    def _prepare_children(self) -> None:
        if not self.isVisible():  # closed (or never shown): built when first used
            return
        handle = self.windowHandle()
        if handle is not None and not handle.isExposed():  # not painted yet: after that
            QTimer.singleShot(100, self, lambda: yielding.when_idle(self, self._prepare_children))
            return
        self.children_page.table.warm_up()

    @property
    def case_view(self) -> CaseView:
        """The child and case page (created on first use)."""
        if self._case_view is None:
            from desktop.ui.case_view import CaseView

            view = self._case_view = CaseView(self)
            look.apply(view)
            self._case_layout.addWidget(view)
            view.show()
            for label, callback, _shortcut in self._case_actions:
                view.add_extra_action(label, callback)
        return self._case_view

    # --- behaviour -----------------------------------------------------------------------

    def trigger(self, name: str) -> None:
        """Run one of the window's named actions (menus, buttons and tests use the same)."""
        self.named_actions[name].trigger()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear_search(self) -> None:
        """Empty the search box and show the ledgers unfiltered (the 筛选 chip's ×)."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._search("")

    def _search(self, text: str) -> None:
        try:
            seqs = self.search_service.child_seqs(text)
        except Exception as exc:  # a broken index must not take the window down
            from desktop.ui.errors import show_error

            show_error(self, exc)
            return
        page = self._page_widget(self._current_key)
        if not isinstance(page, LedgerPage):
            if seqs is None:
                if self._children_page is not None:
                    self._children_page.set_search(None)
                self.cases_page.set_search(None)
                return
            # Filtered before it is shown: it loads once, the matches only (shown first, it
            # would load every child of the county and then the matches).
            page = self.children_page
            page.set_search(seqs, text)
            self.cases_page.set_search(seqs, text)
            self.show_page("children")
        else:
            other = self.cases_page if page is self.children_page else self.children_page
            other.set_search(seqs, text)
            page.set_search(seqs, text)
        if seqs is not None and page.model.rowCount() > 0:
            page.table.selectRow(0)

    def _focus_results(self) -> None:
        page = self._page_widget(self._current_key)
        if isinstance(page, LedgerPage):
            page.table.setFocus()
            if not page.table.currentIndex().isValid() and page.model.rowCount():
                page.table.selectRow(0)

    def _nav_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(KeyRole)
        if self._current_key and self._current_key != key:
            self._previous_key = self._current_key
        self._current_key = key
        widget = self._pages[key]
        self.stack.setCurrentWidget(widget)
        if key in CASE_LEDGERS:
            self.cases_page.set_ledger(key, item.text())
        elif key == "children":
            self.children_page.title.setText(item.text())
            self.children_page.ensure_loaded()
            self._show_count(self.children_page.model.rowCount())
        elif key == "today":
            self.today_page.ensure_loaded()
        if key not in ("children", *CASE_LEDGERS):
            self.count_label.clear()

    def go_back(self) -> None:
        previous = getattr(self, "_previous_key", "")
        if previous:
            self.show_page(previous)

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("共 %n 条", "", n))

    def _open_row(self, case_id: str, child_id: str) -> None:
        if case_id:
            self.open_case(case_id)
        elif child_id:
            self.open_child(child_id)

    def notify(self, changes: Changes = ALL) -> None:
        """After a write: views refresh what `changes` touched (listeners of data_changed too)."""
        self._notifying = True
        try:
            self.changed.emit(changes)
            self.data_changed.emit()
        finally:
            self._notifying = False

    def _on_data_changed(self) -> None:
        if not self._notifying:
            self.changed.emit(ALL)

    def _on_changed(self, changes: Changes) -> None:
        self.store.invalidate_caches()
        ledgers = (
            (self._children_page, ("children", "guardians", "cases")),
            (self.cases_page, ("cases", "children")),
        )
        for page, kinds in ledgers:
            if page is not None and (changes.everything or changes.affects(*kinds)):
                page.model.mark_stale()
                page.schedule_refresh()
        self.today_page.schedule_refresh()
        view = self._case_view
        if view is not None and (
            changes.everything
            or view.case_id in changes.ids("cases")
            or view.child_id in changes.ids("children") | changes.ids("guardians")
        ):
            view.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop.ui import ops

        ops.wait_for_idle(10000)
        super().closeEvent(event)
