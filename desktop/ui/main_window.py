"""The main window: the case ledger over the real database (first version)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QMainWindow, QTableView

from desktop.domain.states import STATE_LABELS, State
from desktop.store.repo import Store

_COLUMNS = (
    ("case_no", "案件编号"),
    ("name", "姓名"),
    ("sex", "性别"),
    ("township", "乡镇"),
    ("village", "村"),
    ("state", "状态"),
    ("persuasion_count", "劝返次数"),
    ("next_contact_on", "下次走访"),
)


class CaseTableModel(QAbstractTableModel):
    """Holds case row numbers only; fetches a row the first time it is shown."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.seqs = [
            r[0] for r in store.conn.execute("SELECT seq FROM cases WHERE deleted=0 ORDER BY seq")
        ]
        self._cache: dict[int, tuple] = {}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.seqs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def _row(self, row: int) -> tuple:
        seq = self.seqs[row]
        if seq not in self._cache:
            r = self.store.conn.execute(
                "SELECT c.case_no, ch.name, ch.sex, t.name, v.name, c.state, c.persuasion_count,"
                " c.next_contact_on FROM cases c JOIN children ch ON ch.id = c.child_id"
                " LEFT JOIN regions t ON t.code = c.township_code LEFT JOIN regions v ON v.code = c.village_code"
                " WHERE c.seq = ?",
                (seq,),
            ).fetchone()
            self._cache[seq] = tuple(r)
        return self._cache[seq]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._row(index.row())[index.column()]
        if _COLUMNS[index.column()][0] == "state":
            return STATE_LABELS[State(value)]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[override]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _COLUMNS[section][1]
        return None


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        county = store.setting("county.name") or ""
        self.setWindowTitle(f"控辍保学工作台 — {county}")
        self.view = QTableView()
        self.model = CaseTableModel(store)
        self.view.setModel(self.model)
        self.setCentralWidget(self.view)
        self.resize(1280, 720)
