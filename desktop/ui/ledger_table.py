"""The ledgers' table view: paints its visible rows itself, in one pass.

A QTableView paints cell by cell through its item delegate, which asks the model for seven
roles per cell (each a call into Python) and lays out every text through the style; a
20,000-case ledger's first screen (about 25 rows × 15 columns) took ~25 ms of CPU that way on
the test machine, most of a 50 ms budget. Here each visible row's display strings come from the
model's cache in one call (`LazyTableModel.row_texts`), and each cell is one `drawText`.

Everything else is the QTableView: selection, keyboard, scrolling, the header (sizes, order,
hidden sections, sort indicator), tooltips (the model's ToolTipRole), accessibility. What is
drawn: the alternating row colours, the selected rows, the model's foreground colours, left
or centred text elided at the right, the grid, the focus frame of the current cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

# QStyle and its option classes are imported where used: building their Python types (QStyle
# has 21 enums) costs ~15 ms, which the app's start should not pay; warm_up() pays it when idle.

_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_ELIDE = Qt.TextElideMode.ElideRight
_MARGIN = 3  # text margin inside a cell, as the style's item delegate leaves


class LedgerTable(QTableView):
    _grid_pen: QPen | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after_paint: list[Callable[[], object]] = []

    def warm_up(self) -> None:
        """Do, while the app is idle, what the first paint would otherwise pay for: the first
        Python handle on the viewport makes PySide look up the widget's class among every
        QWidget subclass (~40 classes' types built, ~15 ms); QStyle's types (~15 ms)."""
        from PySide6.QtWidgets import QStyleOptionFocusRect

        self.viewport().fontMetrics()
        self._grid_colour()
        QStyleOptionFocusRect()

    def warm_glyphs(self, texts: list[str]) -> None:
        """Draw `texts` (the first screen of a ledger about to be opened) off screen with the
        table's font, while the app is idle: the font engine then has their glyphs rendered and
        cached (shared by every raster paint device), which the first paint of a screen of
        Chinese names would otherwise do (~20 ms of its time on the test machine)."""
        image = QImage(1600, 40, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        painter.setFont(self.viewport().font())
        for text in texts:
            if text:
                painter.drawText(2, 28, text)
        painter.end()

    def _grid_colour(self) -> QColor:
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        option = QStyleOptionViewItem()
        option.initFrom(self)
        return QColor.fromRgba(
            self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
            & 0xFFFFFFFF
        )

    def after_next_paint(self, callback: Callable[[], object]) -> None:
        """Call `callback` at the event loop's next pass after the next paint of the rows
        (that paint is then on screen)."""
        self._after_paint.append(callback)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._grid_pen = None
        super().changeEvent(event)

    def _selected_rows(self, first: int, last: int) -> set[int]:
        """The wholly selected rows among first..last, from the selection's ranges (asking
        isRowSelected for each painted row asks the model for every cell's flags)."""
        selection = self.selectionModel()
        if selection is None or not selection.hasSelection():
            return set()
        model = self.model()
        right = model.columnCount() - 1
        rows: set[int] = set()
        ranges = selection.selection()
        for r in (ranges.at(i) for i in range(ranges.size())):
            if r.left() <= 0 and r.right() >= right and r.parent() == self.rootIndex():
                rows.update(range(max(r.top(), first), min(r.bottom(), last) + 1))
        return rows

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint(event)
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for callback in waiting:
                QTimer.singleShot(0, self, callback)

    def _paint(self, event: QPaintEvent) -> None:
        model = self.model()
        row_cells = getattr(model, "row_cells", None)
        if row_cells is None or model.rowCount() == 0:
            super().paintEvent(event)
            return
        viewport = self.viewport()
        area = event.rect()
        hheader, vheader = self.horizontalHeader(), self.verticalHeader()
        first = vheader.visualIndexAt(area.top())
        if first < 0:
            return
        last = vheader.visualIndexAt(area.bottom())
        if last < 0:
            last = model.rowCount() - 1
        centred: frozenset[int] = getattr(model, "centred_columns", frozenset())
        # (logical, x, width, room, centred) of the columns in `area`, in visual order
        columns = []
        for visual in range(hheader.count()):
            logical = hheader.logicalIndex(visual)
            if hheader.isSectionHidden(logical):
                continue
            x, width = hheader.sectionViewportPosition(logical), hheader.sectionSize(logical)
            if x + width > area.left() and x <= area.right():
                columns.append((logical, x, width, width - 2 * _MARGIN, logical in centred))
        if not columns:
            return
        right = max(c[1] + c[2] for c in columns)
        left = min(c[1] for c in columns)

        palette = self.palette()
        group = (
            QPalette.ColorGroup.Active if self.isActiveWindow() else QPalette.ColorGroup.Inactive
        )
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        selected_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        alternating = self.alternatingRowColors()
        selected_rows = self._selected_rows(first, last)
        metrics = viewport.fontMetrics()
        elided = metrics.elidedText
        advance = metrics.horizontalAdvance
        # Most cells fit: a bound from per-character widths spares measuring their text.
        wide = max(
            advance(QCoreApplication.translate("LedgerTable", "中")), advance("W"), advance("…")
        )
        baseline = (metrics.ascent() - metrics.descent()) // 2
        uniform = (
            vheader.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
            and vheader.hiddenSectionCount() == 0
        )

        painter = QPainter(viewport)
        painter.setFont(viewport.font())
        pen = text_colour
        painter.setPen(pen)
        draw = painter.drawText
        if uniform:  # fixed row heights (the ledgers): positions by arithmetic
            height = vheader.defaultSectionSize()
            top = vheader.sectionViewportPosition(first)
        for row in range(first, last + 1):
            if uniform:
                y = top + (row - first) * height
            else:
                if vheader.isSectionHidden(row):
                    continue
                y, height = vheader.sectionViewportPosition(row), vheader.sectionSize(row)
            selected = row in selected_rows
            if selected:
                painter.fillRect(QRect(left, y, right - left, height), highlight)
            elif alternating and row % 2:
                painter.fillRect(QRect(left, y, right - left, height), alternate)
            cells = row_cells(row)
            if cells is None:
                continue
            texts, colours = cells
            text_y = y + height // 2 + baseline
            for logical, x, _width, room, centre in columns:
                text = texts[logical]
                if not text:
                    continue
                if selected:
                    wanted = selected_text
                elif colours is not None:
                    wanted = colours[logical] or text_colour
                else:
                    wanted = text_colour
                if wanted is not pen:
                    pen = wanted
                    painter.setPen(pen)
                if len(text) * wide > room and advance(text) > room:
                    text = elided(text, _ELIDE, room)
                if centre:
                    draw(QRect(x + _MARGIN, y, room, height), _CENTRE, text)
                else:  # a point, not a rectangle: no layout pass for the common case
                    draw(x + _MARGIN, text_y, text)
        if self.showGrid():
            self._grid(painter, columns, first, last)
        self._focus(painter, columns)
        painter.end()

    def _grid(self, painter: QPainter, columns: list, first: int, last: int) -> None:
        if self._grid_pen is None:  # the style's grid colour: built once, not per paint
            self._grid_pen = QPen(self._grid_colour(), 0, self.gridStyle())
        painter.setPen(self._grid_pen)
        vheader = self.verticalHeader()
        top = vheader.sectionViewportPosition(first)
        bottom = vheader.sectionViewportPosition(last) + vheader.sectionSize(last) - 1
        left = min(c[1] for c in columns)
        right = max(c[1] + c[2] for c in columns) - 1
        for _logical, x, width, _room, _centre in columns:
            painter.drawLine(x + width - 1, top, x + width - 1, bottom)
        for row in range(first, last + 1):
            y = vheader.sectionViewportPosition(row) + vheader.sectionSize(row) - 1
            painter.drawLine(left, y, right, y)

    def _focus(self, painter: QPainter, columns: list) -> None:
        current = self.currentIndex()
        if not current.isValid() or not self.hasFocus():
            return
        rect = self.visualRect(current)
        if rect.isEmpty():
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect

        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = rect.adjusted(0, 0, -1, -1)
        option.backgroundColor = self.palette().color(QPalette.ColorRole.Highlight)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
