"""A page of the main window built the first time it is shown or used.

Feature modules add their pages at start-up (`window.add_page`); building their widgets and
running their queries then made every start pay for pages most sessions never open. The host
is registered instead; the page is built on its first show, or when code reaches one of its
attributes through the host (`host.tabs`, `host.show_review()` …).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory: Callable[[], QWidget] | None = factory
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> Any:
        if self._page is None:
            from desktop.ui import look

            assert self._factory is not None
            page, self._factory = self._factory(), None
            look.apply(page)
            self.layout().addWidget(page)  # type: ignore[union-attr]
            page.show()  # now, not at the next event-loop pass (its first paint has it)
            self._page = page
        return self._page

    def __getattr__(self, name: str) -> Any:  # only for names the host itself does not have
        if name.startswith("__") or name in ("_factory", "_page"):
            raise AttributeError(name)
        return getattr(self.page, name)

    def showEvent(self, event: QShowEvent) -> None:
        self.page  # noqa: B018 - built before it is painted
        super().showEvent(event)

    def refresh(self) -> None:
        if self._page is not None:  # a page built later is filled then
            self._page.refresh()  # type: ignore[attr-defined]
