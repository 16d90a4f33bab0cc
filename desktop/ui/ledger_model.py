"""Item models for the ledgers: they hold row handles (seq) and fetch rows in cached blocks.

Like Anki's browser table: the list of seqs comes from one SQL query that filters and sorts
(`desktop.store.queries`); a row is fetched the first time it is painted, together with the
rest of its block, and cached (a bounded number of blocks). `refresh()` re-runs the query;
`mark_stale()` forgets the cached rows so the next paint refetches them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.domain import codes
from desktop.domain.states import STATE_LABELS, State
from desktop.store import queries
from desktop.store.queries import Column
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import causes_text, code_label, domain_text, flags_text, sex_text

IdRole = int(Qt.ItemDataRole.UserRole) + 1  # the row's record id (case id or child id)
CaseIdRole = int(Qt.ItemDataRole.UserRole) + 2  # the case to open for this row
SeqRole = int(Qt.ItemDataRole.UserRole) + 3
# Plain ints: comparing enum members on every paint call is measurably slow.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGN, IdRole, CaseIdRole})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_CENTERED = frozenset({"persuasion_count", "joint_count", "grade", "sex"})

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

_OVERDUE = QColor("#b3261e")
_MUTED = QColor("#6b6b6b")
_Index = QModelIndex | QPersistentModelIndex


# Column headers, marked for translation (lupdate reads these literals).
HEADERS = {
    "case_no": QT_TRANSLATE_NOOP("Ledger", "案件编号"),
    "name": QT_TRANSLATE_NOOP("Ledger", "姓名"),
    "sex": QT_TRANSLATE_NOOP("Ledger", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("Ledger", "出生日期"),
    "township": QT_TRANSLATE_NOOP("Ledger", "乡镇"),
    "village": QT_TRANSLATE_NOOP("Ledger", "村"),
    "school": QT_TRANSLATE_NOOP("Ledger", "学校"),
    "grade": QT_TRANSLATE_NOOP("Ledger", "年级"),
    "causes": QT_TRANSLATE_NOOP("Ledger", "辍学原因"),
    "state": QT_TRANSLATE_NOOP("Ledger", "状态"),
    "persuasion_count": QT_TRANSLATE_NOOP("Ledger", "劝返次数"),
    "joint_count": QT_TRANSLATE_NOOP("Ledger", "联合劝返"),
    "last_contact_on": QT_TRANSLATE_NOOP("Ledger", "上次联系"),
    "next_contact_on": QT_TRANSLATE_NOOP("Ledger", "下次走访"),
    "responsible": QT_TRANSLATE_NOOP("Ledger", "包保责任人"),
    "id_number": QT_TRANSLATE_NOOP("Ledger", "身份证号"),
    "xueji_no": QT_TRANSLATE_NOOP("Ledger", "学籍号"),
    "flags": QT_TRANSLATE_NOOP("Ledger", "标识"),
    "case_state": QT_TRANSLATE_NOOP("Ledger", "案件状态"),
}


class LazyTableModel(QAbstractTableModel):
    """A table over a list of seqs; rows fetched by `fetch(seqs)` in blocks of BLOCK."""

    BLOCK = 100
    MAX_BLOCKS = 60  # cached blocks (6,000 rows)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[Sequence[int]], dict[int, sqlite3.Row]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._fetch = fetch
        # 8 bytes a row: the children ledger of a province slice has 1,000,000 rows, which as a
        # list of ints held 36 MB
        self._seqs: array[int] = array("q")
        self._blocks: OrderedDict[int, dict[int, sqlite3.Row]] = OrderedDict()
        # display strings and foreground colours of cached rows, by seq
        self._cells: dict[int, tuple[tuple[str, ...], tuple[QColor | None, ...] | None]] = {}
        self.centred_columns = frozenset(
            i for i, c in enumerate(self.columns) if c.key in _CENTERED
        )
        self.today = dt.date.today().isoformat()
        self.fetch_count = 0  # blocks fetched (tests and the bench look at it)

    # --- content --------------------------------------------------------------------------

    def set_seqs(self, seqs: Sequence[int]) -> None:
        self.beginResetModel()
        self._seqs = array("q", seqs)
        self._blocks.clear()
        self._cells.clear()
        self.today = dt.date.today().isoformat()
        self.endResetModel()

    def extend_seqs(self, seqs: Sequence[int]) -> None:
        """Append rows (the cached ones, the selection and the scroll position stay)."""
        if not seqs:
            return
        start = len(self._seqs)
        self.beginInsertRows(QModelIndex(), start, start + len(seqs) - 1)
        self._seqs.extend(seqs)
        self.endInsertRows()

    def seqs(self) -> list[int]:
        return list(self._seqs)

    def mark_stale(self) -> None:
        """Forget cached rows; visible rows are refetched when next painted."""
        self._blocks.clear()
        self._cells.clear()
        if self._seqs:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._seqs) - 1, len(self.columns) - 1)
            )

    def prime(self, start: int, rows: dict[int, sqlite3.Row]) -> None:
        """Take the block at `start` already fetched (e.g. in the background with the seqs),
        so that painting it reads nothing; ignored unless it is exactly that block's rows."""
        if start % self.BLOCK or start in self._blocks:
            return
        wanted = self._seqs[start : start + self.BLOCK]
        if wanted and set(wanted) <= rows.keys():
            self._blocks[start] = {seq: rows[seq] for seq in wanted}

    def row_record(self, row: int) -> sqlite3.Row | None:
        if not 0 <= row < len(self._seqs):
            return None
        start = row - row % self.BLOCK
        block = self._blocks.get(start)
        if block is None:
            block = self._fetch(self._seqs[start : start + self.BLOCK])
            self.fetch_count += 1
            self._blocks[start] = block
            while len(self._blocks) > self.MAX_BLOCKS:
                _start, old = self._blocks.popitem(last=False)
                for seq in old:
                    self._cells.pop(seq, None)
        else:
            self._blocks.move_to_end(start)
        return block.get(self._seqs[row])

    def _row_cells(
        self, row: int
    ) -> tuple[tuple[str, ...], tuple[QColor | None, ...] | None] | None:
        rec = self.row_record(row)
        if rec is None:
            return None
        seq = self._seqs[row]
        cells = self._cells.get(seq)
        if cells is None:
            texts = tuple(self.display(rec, c.key) for c in self.columns)
            colours = tuple(self.color(rec, c.key) for c in self.columns)
            cells = (texts, colours if any(c is not None for c in colours) else None)
            self._cells[seq] = cells
        return cells

    def row_cells(
        self, row: int
    ) -> tuple[tuple[str, ...], tuple[QColor | None, ...] | None] | None:
        """A row's display strings and foreground colours (None: all default), one per
        column, in one call (the table's paint asks once per row); None: no such row."""
        return self._row_cells(row)

    def row_texts(self, row: int) -> tuple[str, ...] | None:
        """The display strings of a row, one per column (None: no such row)."""
        cells = self._row_cells(row)
        return None if cells is None else cells[0]

    def cell_colour(self, row: int, col: int) -> QColor | None:
        """The foreground colour of a cell, if not the default."""
        cells = self._row_cells(row)
        if cells is None or cells[1] is None:
            return None
        return cells[1][col]

    # --- Qt API -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                key = self.columns[section].key
                return QCoreApplication.translate("Ledger", HEADERS.get(key, key))
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Asked for every cell by the selection model and the view: no enum arithmetic here.
        return _FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._seqs) and 0 <= col < len(self.columns)):
            return None
        role = int(role)
        if role == SeqRole:
            return self._seqs[row]
        if role not in _ROLES:
            return None
        cells = self._row_cells(row)
        if cells is None:
            return "" if role == _DISPLAY else None
        if role in (_DISPLAY, _TOOLTIP):
            text = cells[0][col]
            if role == _TOOLTIP:
                return text if len(text) > 12 else None
            return text
        rec = self.row_record(row)
        assert rec is not None
        if role == IdRole:
            return rec["id"]
        if role == CaseIdRole:
            return self.case_id(rec)
        if role == _ALIGN:
            return _CENTER if col in self.centred_columns else None
        color = cells[1][col] if cells[1] is not None else None
        return QBrush(color) if color is not None else None

    # --- per ledger -------------------------------------------------------------------------

    def display(self, rec: sqlite3.Row, key: str) -> str:
        raise NotImplementedError

    def color(self, rec: sqlite3.Row, key: str) -> QColor | None:
        return None

    def case_id(self, rec: sqlite3.Row) -> str | None:
        return None


def _state_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return QCoreApplication.translate("State", STATE_LABELS[State(value)])
    except ValueError:
        return value


class CaseTableModel(LazyTableModel):
    def __init__(self, conn: sqlite3.Connection, parent: Any = None) -> None:
        super().__init__(queries.CASE_COLUMNS, lambda seqs: queries.case_rows(conn, seqs), parent)

    def display(self, rec: sqlite3.Row, key: str) -> str:
        if key == "state":
            text = _state_label(rec["state"])
            if rec["refusal_exception"]:
                text += QCoreApplication.translate("CaseTableModel", "（特殊情形）")
            if rec["state"] == "closed" and rec["outcome"]:
                text += "·" + domain_text(queries.outcome_label(rec["outcome"]))
            return text
        if key == "grade":
            return code_label(codes.GRADES, rec["grade"]) if rec["grade"] else ""
        if key == "sex":
            return sex_text(rec["sex"])
        if key == "causes":
            return causes_text(rec["causes"])
        if key == "responsible":
            return " / ".join(x for x in (rec["admin_name"], rec["edu_name"]) if x)
        if key in ("persuasion_count", "joint_count"):
            return str(rec[key])
        value = rec[key]
        return "" if value is None else str(value)

    def color(self, rec: sqlite3.Row, key: str) -> QColor | None:
        if key == "next_contact_on" and rec["next_contact_on"] and rec["state"] != "closed":
            return _OVERDUE if rec["next_contact_on"] < self.today else None
        if rec["state"] == "closed":
            return _MUTED
        return None

    def case_id(self, rec: sqlite3.Row) -> str | None:
        return rec["id"]


class ChildTableModel(LazyTableModel):
    def __init__(self, conn: sqlite3.Connection, parent: Any = None) -> None:
        super().__init__(queries.CHILD_COLUMNS, lambda seqs: queries.child_rows(conn, seqs), parent)

    def display(self, rec: sqlite3.Row, key: str) -> str:
        if key == "grade":
            return code_label(codes.GRADES, rec["grade"]) if rec["grade"] else ""
        if key == "flags":
            return flags_text(rec["flags"])
        if key == "case_state":
            return _state_label(rec["case_state"])
        if key == "sex":
            return sex_text(rec["sex"])
        value = rec[key]
        return "" if value is None else str(value)

    def color(self, rec: sqlite3.Row, key: str) -> QColor | None:
        if key == "case_state" and rec["case_state"] and rec["case_state"] != "closed":
            return _OVERDUE
        return None

    def case_id(self, rec: sqlite3.Row) -> str | None:
        return rec["case_id"]
