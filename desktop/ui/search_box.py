"""The one search box: characters, pinyin, initials, ID and 学籍号 fragments, as you type.

The in-memory index (desktop.store.search.SearchIndex) is built lazily: by a background op
shortly after start-up, or at the first keystroke if that comes first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.store.repo import Store

RESULT_LIMIT = 3000


class SearchService(QObject):
    """Owns the SearchIndex of the GUI thread's connection."""

    ready = Signal()

    def __init__(self, store: Store, db_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.db_path = db_path
        self.index = None  # desktop.store.search.SearchIndex once built
        self._building = False

    def build_in_background(self) -> None:
        if self.index is not None or self._building or self.db_path is None:
            return
        from desktop.ui import ops

        path = self.db_path
        self._building = True

        def build(progress: ops.Progress):  # type: ignore[no-untyped-def]
            from desktop.store import db
            from desktop.store.search import SearchIndex

            conn = db.connect(path)
            try:
                index = SearchIndex(conn)
                index.build()
            finally:
                conn.close()
            return index

        def done(index) -> None:  # type: ignore[no-untyped-def]
            self._building = False
            if self.index is None:
                index.conn = self.store.conn  # later refreshes run on the GUI thread
                self.index = index
                self.ready.emit()

        def failed(_exc: BaseException) -> None:
            self._building = False  # built synchronously at the first keystroke instead

        ops.Op(None, build).success(done).failure(failed).run_in_background()

    @property
    def building(self) -> bool:
        return self._building and self.index is None

    def ensure(self):  # type: ignore[no-untyped-def]
        if self.index is None:
            from desktop.store.search import SearchIndex

            index = SearchIndex(self.store.conn)
            index.build()
            self.index = index
            self.ready.emit()
        return self.index

    def child_seqs(self, text: str, *, limit: int = RESULT_LIMIT) -> list[int] | None:
        """Child seqs matching `text`, best first; None for an empty query."""
        from desktop.store.search import normalise_query, number_matches

        if not normalise_query(text):
            return None
        # A case number or a 文书 number (printed on every form) finds its child first.
        numbers = number_matches(self.store.conn, text, limit=limit)
        names = [h.child_seq for h in self.ensure().search(text, limit=limit)]
        return list(dict.fromkeys(numbers + names))[:limit]


class SearchBox(QLineEdit):
    """Emits `search(text)` shortly after typing stops; Esc clears; Down moves to the results."""

    search = Signal(str)
    leave_down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(
            self.tr(
                "查找学生：姓名、拼音、首字母、身份证号、学籍号、案件编号或文书编号（Ctrl+F 或 /）"
            )
        )
        self.setMinimumWidth(360)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())

    def flush(self) -> None:
        """Run the pending search now (tests, Enter)."""
        if self._timer.isActive():
            self._timer.stop()
            self.search.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.flush()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.leave_down.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.flush()
            self.leave_down.emit()
            return
        super().keyPressEvent(event)
