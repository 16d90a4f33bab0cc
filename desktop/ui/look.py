"""The app's few looks — page titles, the case's state badge, the navigation list — set on the
widgets that carry them (by object name) rather than by a style sheet on the QApplication.

An application-wide style sheet makes Qt draw every widget through QStyleSheetStyle: building
the main window took about twice as long (each widget re-polished as it joined a layout) and
every table paint was slower. Only the navigation list keeps a (widget-level) style sheet, for
its selected-item colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

NAV_STYLE = (
    "QListWidget#nav { font-size: 11pt; }"
    " QListWidget#nav::item:selected { background: #1565c0; color: white; }"
)
TITLE_PT, BADGE_PT = 13, 11
BADGE_COLOUR = "#0d47a1"


def apply(root: QWidget) -> None:
    """Give `root` and its child labels their look (call once a page is built)."""
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        name = label.objectName()
        if name == "pageTitle":
            _font(label, TITLE_PT, bold=True)
        elif name == "stateBadge":
            _font(label, BADGE_PT)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(BADGE_COLOUR))
            label.setPalette(palette)


def _font(label: QLabel, points: int, *, bold: bool = False) -> None:
    font = label.font()
    font.setPointSize(points)
    if bold:
        font.setBold(True)
    label.setFont(font)
