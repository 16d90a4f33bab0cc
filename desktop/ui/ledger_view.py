"""The ledger pages: a filter bar over a lazily filled table (cases, or all children)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import codes
from desktop.domain.states import STATE_LABELS, State
from desktop.store import queries
from desktop.store.repo import Store
from desktop.ui import yielding
from desktop.ui.labels import SEX_TEXTS, domain_text, sex_text, state_text
from desktop.ui.ledger_model import (
    CaseIdRole,
    CaseTableModel,
    ChildTableModel,
    IdRole,
    LazyTableModel,
)
from desktop.ui.ledger_table import LedgerTable

# Default column widths (pixels) that fit 1366×768 with the navigation list.
_WIDTHS = {
    "case_no": 130,
    "name": 70,
    "sex": 40,
    "birth_date": 86,
    "township": 80,
    "village": 80,
    "school": 120,
    "grade": 56,
    "causes": 130,
    "state": 96,
    "persuasion_count": 64,
    "joint_count": 64,
    "last_contact_on": 86,
    "next_contact_on": 86,
    "responsible": 110,
    "id_number": 150,
    "xueji_no": 160,
    "flags": 110,
    "case_state": 90,
}


class LazyCombo(QComboBox):
    """A combo box whose items are loaded the first time it opens (keeps start-up light)."""

    def __init__(self) -> None:
        super().__init__()
        self.loader: Callable[[], Sequence[tuple[str, str]]] | None = None

    def showPopup(self) -> None:
        if self.loader is not None:
            items, self.loader = self.loader(), None
            current = self.currentData()
            self.blockSignals(True)
            while self.count() > 1:
                self.removeItem(1)
            for data, label in items:
                self.addItem(label, data)
            self.setCurrentIndex(max(self.findData(current), 0))
            self.blockSignals(False)
        super().showPopup()


class FilterBar(QWidget):
    """Township, village, school, grade, cause, state, responsible person, overdue, 挂牌督战."""

    changed = Signal()

    def __init__(self, store: Store, *, cases: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._cases = cases
        self._quiet = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.township = self._combo(self.tr("全部乡镇"), 92)
        self.village = self._combo(self.tr("全部村"), 92)
        self.school = self._combo(self.tr("全部学校"), 120)
        self.grade = self._combo(self.tr("全部年级"), 76)
        for code, label in codes.GRADES.items:
            self.grade.addItem(domain_text(label), code)
        self.cause = self._combo(self.tr("全部原因"), 110)
        self.state = self._combo(self.tr("全部状态"), 96)
        self.responsible = self._combo(self.tr("全部责任人"), 96, lazy=True)
        self.overdue = QCheckBox(self.tr("逾期未走访"))
        self.priority = QCheckBox(self.tr("挂牌督战"))
        self.priority.setToolTip(self.tr("只显示县里挂牌督战的乡镇或村的案件"))
        self.clear = QPushButton(self.tr("清除筛选"))
        self.clear.setToolTip(self.tr("清除所有筛选条件（Ctrl+Shift+X）"))
        self.clear.setShortcut("Ctrl+Shift+X")
        for group, label in codes.CAUSES.items:
            self.cause.addItem(domain_text(label), group)
        for w in (self.township, self.village, self.school, self.grade):
            layout.addWidget(w)
        if cases:
            for w in (self.cause, self.state, self.responsible):
                layout.addWidget(w)
            layout.addWidget(self.overdue)
        else:
            self.priority.setToolTip(self.tr("只显示县里挂牌督战的乡镇或村的学生"))
            for hidden in (self.cause, self.state, self.responsible, self.overdue):
                hidden.hide()
        layout.addWidget(self.priority)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self._fill_townships()
        self.township.currentIndexChanged.connect(self._township_changed)
        for w in (self.village, self.school, self.grade, self.cause, self.state, self.responsible):
            w.currentIndexChanged.connect(self._emit)
        self.overdue.toggled.connect(self._emit)
        self.priority.toggled.connect(self._emit)
        self.clear.clicked.connect(self.reset)

    def _combo(self, all_label: str, width: int, *, lazy: bool = False) -> QComboBox:
        box = LazyCombo() if lazy else QComboBox()
        box.addItem(all_label, "")
        # at least as wide as its "all" choice ("All townships" in English)
        width = max(width, box.fontMetrics().horizontalAdvance(all_label) + 34)
        box.setMinimumWidth(width)
        box.setMaximumWidth(width + 60)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def _fill_townships(self) -> None:
        for code, name in queries.townships(self.store.conn, self.store.scope):
            self.township.addItem(name, code)
        self._fill_dependent()

    def _refill(self, box: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        box.blockSignals(True)
        current = box.currentData()
        while box.count() > 1:
            box.removeItem(1)
        for data, label in items:
            box.addItem(label, data)
        at = box.findData(current)
        box.setCurrentIndex(max(at, 0))
        box.blockSignals(False)

    def _fill_dependent(self) -> None:
        town = self.township.currentData() or ""
        conn = self.store.conn
        self._refill(self.village, queries.villages(conn, town) if town else [])
        self.village.setEnabled(bool(town))
        self._refill(self.school, queries.schools(conn, town))
        if self._cases:
            box = self.responsible
            assert isinstance(box, LazyCombo)
            box.loader = lambda: [(p, p) for p in queries.responsible_people(conn, town)]

    def set_states(self, states: tuple[str, ...] | None) -> None:
        """Offer the states of the ledger shown (a ledger of one state needs no state filter)."""
        self._refill(
            self.state,
            [(s, state_text(STATE_LABELS[State(s)])) for s in (states or [s.value for s in State])],
        )
        self.state.setVisible(self._cases and (states is None or len(states) > 1))

    def select_township(self, name_or_code: str) -> bool:
        """Show one township (by name or code), the other filters cleared; False if unknown."""
        at = self.township.findData(name_or_code)
        if at < 0:
            at = self.township.findText(name_or_code)
        if at < 0:
            return False
        self.reset()
        self.township.setCurrentIndex(at)
        return True

    def _township_changed(self) -> None:
        self._fill_dependent()
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def reset(self) -> None:
        self._quiet = True
        for box in (self.township, self.grade, self.cause, self.state, self.responsible):
            box.setCurrentIndex(0)
        self._fill_dependent()
        self.village.setCurrentIndex(0)
        self.school.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.priority.setChecked(False)
        self._quiet = False
        self.changed.emit()

    def value(self, states: tuple[str, ...] | None) -> queries.CaseFilter:
        state = self.state.currentData() if self.state.isVisible() else ""
        return queries.CaseFilter(
            states=(state,) if state else states,
            township=self.township.currentData() or "",
            village=self.village.currentData() or "",
            school_id=self.school.currentData() or "",
            grade=self.grade.currentData() or "",
            cause=self.cause.currentData() or "" if self._cases else "",
            responsible=self.responsible.currentData() or "" if self._cases else "",
            overdue=self.overdue.isChecked() if self._cases else False,
            priority=self.priority.isChecked(),
        )


class LedgerPage(QWidget):
    """A filter bar, the table, a count. Double-click or Enter opens the row's case."""

    activated = Signal(str, str)  # (case id or '', child id)
    count_changed = Signal(int)
    clear_search_requested = Signal()  # the 筛选 chip's ×: the search box empties
    FIRST_SCREEN = 40  # rows: more than a maximised window shows at 1366×768
    FIRST_RESULTS = 100  # search results queried before the first paint (the model's block)
    REST_AFTER_MS = 150  # the rest of the results at the latest (when nothing is painted)

    def __init__(self, store: Store, *, cases: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.is_cases = cases
        self.ledger_key = "all" if cases else "children"
        self.states: tuple[str, ...] | None = None
        self._search: list[int] | None = None  # child seqs in rank order, or None
        self._sort_key = "next_contact_on" if cases else ""
        self._descending = False
        self._by_rank = False
        self.model: LazyTableModel = (
            CaseTableModel(store.conn, self) if cases else ChildTableModel(store.conn, self)
        )
        self.filters = FilterBar(store, cases=cases)
        self.filters.changed.connect(self.refresh)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.table = LedgerTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        metrics = self.table.fontMetrics()  # 男/女 in Chinese, "Female" in English
        sex_width = max(
            _WIDTHS["sex"], *(metrics.horizontalAdvance(sex_text(v)) + 16 for v in SEX_TEXTS)
        )
        for i, col in enumerate(self.model.columns):
            header.resizeSection(i, sex_width if col.key == "sex" else _WIDTHS.get(col.key, 90))
        header.setStretchLastSection(True)
        keys = [c.key for c in self.model.columns]
        header.setSortIndicator(
            keys.index(self._sort_key) if self._sort_key in keys else -1,
            Qt.SortOrder.AscendingOrder,
        )
        self.table.doubleClicked.connect(self._activate)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.activate_current)
        # A search never filters a ledger silently: a chip says so, and its × clears it.
        self.search_chip = QPushButton()
        self.search_chip.setObjectName("searchChip")
        self.search_chip.setStyleSheet(
            "QPushButton#searchChip { background:#fff4ce; border:1px solid #d9b44a;"
            " border-radius:10px; padding:2px 10px; }"
        )
        self.search_chip.setToolTip(self.tr("清除搜索，显示全部"))
        self.search_chip.clicked.connect(self.clear_search_requested)
        self.search_chip.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.search_chip)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._loaded = False
        self._rest_pending = False  # search results after the first screen still to query
        self._preloaded: dict[str, tuple] = {}
        self._gen = 0  # bumped when the store changes: a preload from before is stale

    # --- what is shown -------------------------------------------------------------------

    def set_ledger(self, key: str, title: str) -> None:
        self.ledger_key = key
        self.title.setText(title)
        if self.is_cases:
            self.states = queries.LEDGER_STATES[key]
            self.filters.blockSignals(True)
            self.filters.set_states(self.states)
            self.filters.blockSignals(False)
        self.refresh()

    def set_search(self, child_seqs: Sequence[int] | None, text: str = "") -> None:
        """Show only these children (best match first), or everyone when None; `text` (what
        was searched) is shown on the chip that clears it."""
        self._search = list(child_seqs) if child_seqs is not None else None
        self._by_rank = child_seqs is not None
        self._rest_pending = False
        self.search_chip.setText(self.tr("筛选：%1 ×").replace("%1", text.strip()[:20]))
        self.search_chip.setVisible(child_seqs is not None)
        if self.isVisible():
            self.refresh()
        else:
            self._loaded = False  # re-queried when shown

    def current_filter(self) -> queries.CaseFilter:
        f = self.filters.value(self.states)
        if self._search is not None:
            f = replace(f, child_seqs=tuple(self._search))
        return f

    def preload(self, key: str, db_path: Path | None) -> None:
        """Fetch a ledger's row ids on the worker thread so that opening it only paints."""
        from desktop.ui import ops

        self.table.warm_up()
        if not self.is_cases or db_path is None or ops.is_synchronous():
            return
        states = queries.LEDGER_STATES[key]
        f = replace(self.filters.value(states), states=states)
        sort, descending, scope = self._sort_key, self._descending, self.store.scope
        wanted = (key, f, sort, descending, self._gen)

        block = self.model.BLOCK

        def work(_progress: ops.Progress) -> tuple[list[int], dict]:
            from desktop.store import db

            conn = yielding.pausing(db.connect(db_path, cache_kib=db.BACKGROUND_CACHE_KIB))
            try:
                seqs = queries.case_seqs(conn, f, sort=sort, descending=descending, scope=scope)
                # and the first screen's rows, so that opening the ledger only paints
                return seqs, queries.case_rows(conn, seqs[:block])
            finally:
                conn.close()

        def warm(seqs: list[int], rows: dict) -> None:
            columns = [c.key for c in self.model.columns]
            self.table.warm_glyphs(
                [
                    self.model.display(rows[seq], column)
                    for seq in seqs[: self.FIRST_SCREEN]
                    if seq in rows
                    for column in columns
                ]
            )

        def done(found: tuple[list[int], dict]) -> None:
            if wanted[-1] == self._gen:
                self._preloaded[key] = (wanted, found)
                yielding.when_idle(self, lambda: warm(*found))  # ~25 ms: not while typing

        job = yielding.background(work)
        ops.Op(self, job).success(done).failure(lambda _e: None).run_in_background()

    def _take_preloaded(self) -> tuple[list[int], dict] | None:
        found = self._preloaded.pop(self.ledger_key, None)
        if found is None or self._search is not None:
            return None
        wanted, seqs_rows = found
        key, f, sort, descending, gen = wanted
        current = self.current_filter()
        if (key, f, sort, descending, gen) != (
            self.ledger_key,
            current,
            self._sort_key,
            self._descending,
            self._gen,
        ):
            return None
        return seqs_rows

    def refresh(self) -> None:
        pre = self._take_preloaded()
        if pre is not None:
            self._apply(pre[0])
            self.model.prime(0, pre[1])
            return
        self._rest_pending = False  # a newer query: the rest of an older search is stale
        f = self.current_filter()
        conn, scope = self.store.conn, self.store.scope
        search = self._search
        if (
            not self.is_cases
            and self._by_rank
            and search is not None
            and len(search) > self.FIRST_RESULTS
        ):
            # Search results, best first: the first screen's worth is queried (filters, scope)
            # and painted; the rest once that paint is on screen, or dropped if a newer key
            # came meanwhile (each letter otherwise read up to 1,000 children first).
            head = replace(f, child_seqs=tuple(search[: self.FIRST_RESULTS]))
            self.model.set_seqs(
                self._rank_order(queries.child_seqs(conn, head, sort=self._sort_key, scope=scope))
            )
            self._loaded = True
            self._rest_pending = True
            self.table.after_next_paint(self._complete)
            QTimer.singleShot(self.REST_AFTER_MS, self, self._complete)  # if not painted
            return
        if self.is_cases:
            seqs: Sequence[int] = queries.case_seqs(
                conn,
                f,
                sort=self._sort_key,
                descending=self._descending,
                scope=scope,
                today=dt.date.today(),
            )
        else:
            # every child (a province slice: 1,000,000 rows) as compact ints; search results
            # (at most 1,000) are ranked below
            read = queries.child_seqs if search is not None else queries.child_seqs_compact
            seqs = read(conn, f, sort=self._sort_key, descending=self._descending, scope=scope)
        if self._by_rank and self._search is not None:
            seqs = self._rank_order(seqs)
        self._apply(seqs)

    def _complete(self) -> None:
        """The search results after the first screen (see refresh)."""
        if not self._rest_pending:
            return
        self._rest_pending = False
        f = self.current_filter()
        seqs = self._rank_order(
            queries.child_seqs(self.store.conn, f, sort=self._sort_key, scope=self.store.scope)
        )
        shown = self.model.seqs()
        if seqs[: len(shown)] == shown:  # as it must: the best matches come first either way
            self.model.extend_seqs(seqs[len(shown) :])
        else:
            self.model.set_seqs(seqs)
        self._apply_count(len(seqs))

    def _apply(self, seqs: Sequence[int]) -> None:
        self.model.set_seqs(seqs)
        self._loaded = True
        self._apply_count(len(seqs))

    def _apply_count(self, n: int) -> None:
        self.count.setText(self.tr("共 %n 条", "", n))
        self.count_changed.emit(n)

    def _rank_order(self, seqs: Sequence[int]) -> list[int]:
        """Search results best match first (the search gives child seqs in rank order)."""
        rank = {s: i for i, s in enumerate(self._search or [])}
        if not self.is_cases:
            return sorted(seqs, key=lambda s: rank.get(s, len(rank)))
        child_seq = queries.child_seq_of_cases(self.store.conn, seqs, scope=self.store.scope)
        return sorted(seqs, key=lambda s: rank.get(child_seq.get(s, -1), len(rank)))

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def schedule_refresh(self) -> None:
        """Re-query after the store changed (once, after pending events)."""
        self._gen += 1
        self._preloaded.clear()
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._loaded = False

    def _header_clicked(self, section: int) -> None:
        key = self.model.columns[section].key
        if key == self._sort_key and not self._by_rank:
            self._descending = not self._descending
        else:
            self._sort_key, self._descending = key, False
        self._by_rank = False
        self.table.horizontalHeader().setSortIndicator(
            section,
            Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
        )
        self.refresh()

    # --- selection -----------------------------------------------------------------------

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, CaseIdRole) if index.isValid() else None

    def selected_case_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for row in rows:
            cid = self.model.data(self.model.index(row, 0), CaseIdRole)
            if cid and cid not in out:
                out.append(cid)
        return out

    def activate_current(self) -> None:
        self._activate(self.table.currentIndex())

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_id = self.model.data(index, CaseIdRole) or ""
        child_id = (
            self.model.data(index, IdRole)
            if not self.is_cases
            else self.model.row_record(index.row())["child_id"]  # type: ignore[index]
        )
        self.activated.emit(case_id, child_id or "")
