"""Pages built when first shown or used; page looks set without an application style sheet."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _page_factory(made: list):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    class Page(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.title = QLabel("标题")
            self.title.setObjectName("pageTitle")
            QVBoxLayout(self).addWidget(self.title)
            self.shown = 0
            self.refreshed = 0
            made.append(self)

        def showEvent(self, event) -> None:
            super().showEvent(event)
            self.shown += 1

        def refresh(self) -> None:
            self.refreshed += 1

    return Page


def test_built_on_first_show_and_shown_at_once(qtbot):
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop.ui.lazy_page import LazyPage

    made: list = []
    host = LazyPage(_page_factory(made))
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QWidget())
    stack.addWidget(host)
    stack.show()
    host.refresh()  # not built: nothing to refresh
    assert made == [] and not host.built
    stack.setCurrentWidget(host)
    assert len(made) == 1 and made[0].shown == 1  # shown with the host, not a pass later
    assert made[0].title.font().bold()  # its look (desktop.ui.look) applied
    host.refresh()
    assert made[0].refreshed == 1


def test_attributes_reach_the_page_and_build_it(qtbot):
    from desktop.ui.lazy_page import LazyPage

    made: list = []
    host = LazyPage(_page_factory(made))
    qtbot.addWidget(host)
    assert host.title.text() == "标题" and len(made) == 1
    assert host.title is made[0].title
    with pytest.raises(AttributeError):
        host.no_such_thing  # noqa: B018


def test_main_window_titles_without_an_app_style_sheet(window):
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance().styleSheet() == ""
    title = window.cases_page.title
    assert title.font().bold() and title.font().pointSize() == 13
