"""Every window fits the screen it opens on (a 1366×768 laptop with a taskbar, 1280×720, or
1920×1080 at 150 %): capped to the screen's available area, moved inside it, buttons visible.

`install(app)` adds an application-wide filter that fits every top-level window when it is
shown, so a new dialog is covered without doing anything. Forms that can be taller than the
screen put their fields in a `FormScroll` (scrolls up and down, never sideways) and keep their
buttons outside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

# What a window manager adds above a window it has not decorated yet (title bar), so a window
# shown for the first time still fits once its title bar is drawn.
TITLE_BAR = 32
BORDER = 2


def available(widget: QWidget | None = None) -> QRect:
    """The available area (without taskbars) of the screen `widget` is on, or the primary."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def _decoration(widget: QWidget) -> tuple[int, int]:
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra_w = max(frame.width() - inner.width(), 2 * BORDER)
    extra_h = max(frame.height() - inner.height(), TITLE_BAR + BORDER)
    return extra_w, extra_h


def max_client_size(widget: QWidget) -> QSize:
    """The largest client size whose frame (title bar included) fits the available area."""
    area = available(widget)
    extra_w, extra_h = _decoration(widget)
    return QSize(area.width() - extra_w, area.height() - extra_h)


def fit(widget: QWidget) -> None:
    """Cap `widget` (a window) to the available area and move its frame inside it."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available(widget)
    cap = max_client_size(widget)
    size = widget.size()
    w, h = min(size.width(), cap.width()), min(size.height(), cap.height())
    if (w, h) != (size.width(), size.height()):
        widget.resize(max(w, widget.minimumWidth()), max(h, widget.minimumHeight()))
    if widget.testAttribute(Qt.WidgetAttribute.WA_Moved) or not isinstance(
        widget.parentWidget(), QWidget
    ):
        extra_w, extra_h = _decoration(widget)
        frame_w, frame_h = widget.width() + extra_w, widget.height() + extra_h
        pos = widget.frameGeometry().topLeft()
        x = min(max(pos.x(), area.left()), area.left() + max(area.width() - frame_w, 0))
        y = min(max(pos.y(), area.top()), area.top() + max(area.height() - frame_h, 0))
        if (x, y) != (pos.x(), pos.y()):
            widget.move(x, y)


class _Fitter(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(obj, QWidget)
            and obj.isWindow()
            and not event.spontaneous()
        ):
            kind = obj.windowType()
            if kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet):
                fit(obj)
        return False


_fitter: _Fitter | None = None


def install(app: QApplication) -> None:
    """Fit every window the application shows (idempotent)."""
    global _fitter
    if _fitter is None:
        _fitter = _Fitter(app)
        app.installEventFilter(_fitter)


class FormScroll(QScrollArea):
    """A form's fields, scrolling vertically only: as wide as the widest field needs."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(body)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        width += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, min(160, super().minimumSizeHint().height() or 160))

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = body.sizeHint() if body is not None else QSize(400, 300)
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2 * self.frameWidth(), hint.height())
