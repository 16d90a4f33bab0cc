"""The sync feature module in a window: status bar, review queue, history, sync by hand and by
itself (tested against a minimal stand-in for the MainWindow contract, and the real window)."""

from __future__ import annotations

import pytest
from synckit import County, bundle, child, exchange, make_county

from desktop.sync import conflicts, importer

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture(autouse=True)
def _inline_jobs(monkeypatch):
    from desktop.ui import ops, sync_panel

    ops.set_synchronous(True)
    told: list[str] = []
    monkeypatch.setattr(sync_panel, "inform", lambda parent, title, text: told.append(text))
    yield told
    ops.set_synchronous(False)


def stand_in(qtbot, store):
    """The MainWindow contract, nothing else."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow, QStackedWidget

    from desktop.core.workbench import Workbench
    from desktop.security.actor import actor_for

    class Window(QMainWindow):
        data_changed = Signal()
        changed = Signal(object)  # Changes

        def notify(self, changes) -> None:
            self.changed.emit(changes)
            self.data_changed.emit()

        def __init__(self) -> None:
            super().__init__()
            self.store, self.db_path = store, store.path
            self.workbench = Workbench(store, actor_for(store))  # the core, as the app's
            self.stack = QStackedWidget()
            self.setCentralWidget(self.stack)
            self.pages: dict = {}
            self.menus = {
                k: self.menuBar().addMenu(k)
                for k in ("file", "case", "print", "sync", "data", "tools", "help")
            }
            self.opened: list[str] = []
            self.changes = 0
            self.data_changed.connect(self._count)

        def _count(self) -> None:
            self.changes += 1

        def menu(self, key):
            return self.menus[key]

        def add_status_widget(self, widget):
            self.statusBar().addPermanentWidget(widget)

        def add_page(self, key, title, widget):
            self.pages[key] = widget
            self.stack.addWidget(widget)

        def show_page(self, key):
            self.stack.setCurrentWidget(self.pages[key])

        def current_case_id(self):
            return None

        def selected_case_ids(self):
            return []

        def open_case(self, case_id):
            self.opened.append(case_id)

        def add_case_action(self, label, callback, *, shortcut=None):
            self.case_actions = {**getattr(self, "case_actions", {}), label: callback}

    window = Window()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def install(window):
    from desktop.ui import sync_panel

    controller = sync_panel.install(window)
    controller.stop()
    return controller, window.pages["sync"], window.findChild(sync_panel.SyncStatus)


def test_unenrolled_device_says_so(qtbot, tmp_path):
    from desktop.store.repo import Store

    store = Store.open(tmp_path / "new.db")
    window = stand_in(qtbot, store)
    _controller, page, status = install(window)
    assert status.text() == "同步：本机未注册"
    assert "尚未注册" in page.identity.text()
    assert [a.text() for a in window.menu("sync").actions() if a.text()][:2] == [
        "立即同步",
        "同步中心…",
    ]
    store.close()


def test_review_queue_history_and_sync_by_folder(
    qtbot, county, tmp_path, monkeypatch, _inline_jobs
):
    from desktop.ui import sync_panel

    a = county.device(tmp_path / "a.db", name="丙妹镇-1")
    b = county.device(tmp_path / "b.db", name="县教育局", role="county")
    kid = child(a, "吴小龙")
    exchange(a, b)
    a.update("children", kid, {"address": "岜沙村1组"})
    b.update("children", kid, {"address": "岜沙村2组"})
    exchange(a, b)
    window = stand_in(qtbot, b)
    controller, page, status = install(window)
    assert "待审核 1" in status.text()
    assert page.conflicts.topLevelItemCount() == 1
    top = page.conflicts.topLevelItem(0)
    assert top.text(0) == "学生 吴小龙 · 住址" and top.childCount() == 2
    assert {top.child(i).text(1) for i in range(2)} == {"岜沙村1组", "岜沙村2组"}
    assert page.history.rowCount() >= 1 and page.history.item(0, 1).text() == "收到"
    page.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    window.grab().save(str(tmp_path / "sync-review-open.png"))
    # the county user keeps a's value
    choice = next(top.child(i) for i in range(2) if top.child(i).text(1) == "岜沙村1组")
    page.conflicts.setCurrentItem(choice)
    page.resolve_selected()
    assert b.get("children", kid)["address"] == "岜沙村1组"
    assert page.conflicts.topLevelItemCount() == 0 and window.changes >= 1
    # the sync state of a case, as the case view offers it
    from desktop.domain import model
    from desktop.store import cases

    case_id = cases.open_case(b, model.Case(child_id=kid, ledger_kind="suspected"))
    window.case_actions["同步状态"](case_id)
    assert "尚未发出" in _inline_jobs[-1]
    assert "待审核" not in status.text()
    # a USB stick: added, synced by itself because it is reachable
    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(sync_panel, "ask_folder", lambda parent, title: str(stick))
    page.add_folder()
    assert page.transports.count() == 1 and "上次成功" in page.transports.item(0).text()
    assert status.text().startswith("同步：刚刚")
    # a's side picks it up from the stick and gets the choice
    from desktop.sync import runner
    from desktop.sync.transports import FolderTransport

    runner.sync_over(a, FolderTransport(stick))
    controller.run()
    runner.sync_over(a, FolderTransport(stick))
    assert a.get("children", kid)["address"] == "岜沙村1组"
    assert conflicts.review_items(a) == []
    # a refused file shows in the quarantine list
    bad = tmp_path / "坏包.kcbx"
    bad.write_bytes(bundle(a, b)[:500])
    monkeypatch.setattr(sync_panel, "ask_open_files", lambda parent, title, f: [str(bad)])
    page.import_by_hand()
    assert "已拒收" in _inline_jobs[-1]
    assert page.quarantine.rowCount() == 1 and "截断" in page.quarantine.item(0, 2).text()
    for index, name in ((0, "overview"), (1, "review"), (2, "history")):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        window.grab().save(str(tmp_path / f"sync-{name}.png"))
    a.close()
    b.close()


def test_export_by_hand_and_import(qtbot, county, tmp_path, monkeypatch, _inline_jobs):
    from desktop.ui import sync_panel

    a = county.device(tmp_path / "a.db", name="甲")
    b = county.device(tmp_path / "b.db", name="乙")
    bundle(a, b)  # a knows b
    child(a, "手工导出")
    window = stand_in(qtbot, a)
    _c, page, _s = install(window)
    out = tmp_path / "给乙.kcbx"
    monkeypatch.setattr(sync_panel, "ask_item", lambda parent, title, label, items: 0)
    monkeypatch.setattr(sync_panel, "ask_save_path", lambda *args: str(out))
    page.export_by_hand()
    assert out.exists() and "已导出" in _inline_jobs[-1]
    result = importer.import_file(b, out)
    assert b.conn.execute("SELECT count(*) FROM children WHERE name='手工导出'").fetchone()[0] == 1
    assert result.status == "imported"
    a.close()
    b.close()


def test_review_queue_in_english(qtbot, qapp, county, tmp_path):
    """A county user in English sees the conflict's line and the versions' devices in English
    (the child's name and the values typed stay as written)."""
    from desktop.ui import i18n

    a = county.device(tmp_path / "a.db", name="丙妹镇-1")
    b = county.device(tmp_path / "b.db", name="县教育局", role="county")
    kid = child(a, "吴小龙")
    exchange(a, b)
    a.update("children", kid, {"address": "岜沙村1组"})
    b.update("children", kid, {"address": "岜沙村2组"})
    exchange(a, b)
    assert i18n.install(qapp, "en") == "en"
    try:
        window = stand_in(qtbot, b)
        _controller, page, _status = install(window)
        top = page.conflicts.topLevelItem(0)
        assert top.text(0) == "students 吴小龙 · Address"
        devices = {top.child(i).text(1): top.child(i).text(2) for i in range(top.childCount())}
        assert devices == {"岜沙村1组": "丙妹镇-1", "岜沙村2组": "This computer"}
    finally:
        i18n.uninstall(qapp)


def test_installs_in_the_real_main_window(qtbot, county, tmp_path):
    from desktop.ui.main_window import MainWindow

    a = county.device(tmp_path / "a.db")
    window = MainWindow(a, install_features=False)
    qtbot.addWidget(window)
    _controller, _page, status = _install_real(window)
    window.show_page("sync")
    assert window.current_page() == "sync"
    assert status.text().startswith("同步：从未")
    a.close()


def _install_real(window):
    from desktop.ui import sync_panel

    controller = sync_panel.install(window)
    controller.stop()
    status = window.findChild(sync_panel.SyncStatus)
    return controller, None, status
