"""The one search box: characters, pinyin, initials, ID and 学籍号 fragments, as you type.

The index lives in the database (desktop.store.search), kept in step by every write: nothing is
built at start, and the first key press is answered as fast as the hundredth.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.store.repo import Store
from desktop.ui import yielding

RESULT_LIMIT = 1000
# No pause after a key: the search (a few ms on disk) runs at the event loop's next pass, so keys
# already queued (a fast typist, a paste, an input method's commit) are searched once, together.
PAUSE_MS = 0


class SearchService(QObject):
    """Answers the search box from the GUI thread's connection."""

    def __init__(self, store: Store, db_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.db_path = db_path

    def child_seqs(self, text: str, *, limit: int = RESULT_LIMIT) -> list[int] | None:
        """Child seqs matching `text`, best first; None for an empty query."""
        from desktop.store.search import SearchIndex, normalise_query, number_matches

        if not normalise_query(text):
            return None
        # A case number or a 文书 number (printed on every form) finds its child first.
        numbers = number_matches(self.store.conn, text, limit=limit)
        names = [h.child_seq for h in SearchIndex(self.store.conn).search(text, limit=limit)]
        return list(dict.fromkeys(numbers + names))[:limit]


class SearchBox(QLineEdit):
    """Emits `search(text)` once the keys typed so far are in; Esc clears; Down moves to the
    results."""

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
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(lambda: self.search.emit(self.text()))
        self.textChanged.connect(self._changed)

    def _changed(self, _text: str) -> None:
        # Background jobs (Today, the ledgers' preload) step aside while the user types.
        yielding.note_input()
        self._timer.start()

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
