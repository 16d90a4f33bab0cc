"""The intake feature module driven as a user would, in a stand-in window that implements only
the MainWindow contract (and once in the real main window)."""

import datetime as dt

import pytest
from messy_sheets import messy_xueji

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _inline_jobs(monkeypatch):
    from desktop.ui import intake_screens, ops

    ops.set_synchronous(True)
    said = []
    monkeypatch.setattr(
        intake_screens, "inform", lambda parent, title, text: said.append((title, text))
    )
    yield said
    ops.set_synchronous(False)


def stand_in(qtbot, store, db_path):
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow, QStackedWidget

    from desktop.core.workbench import Workbench
    from desktop.security.actor import actor_for

    class Window(QMainWindow):
        data_changed = Signal()
        changed = Signal(object)  # Changes

        def notify(self, changes):
            self.changed.emit(changes)
            self.data_changed.emit()

        def __init__(self):
            super().__init__()
            self.store, self.db_path = store, db_path
            self.workbench = Workbench(store, actor_for(store))  # the core, as the app's
            self.menus = {
                k: self.menuBar().addMenu(k)
                for k in ("file", "case", "print", "sync", "data", "tools", "help")
            }
            self.pages, self.stack = {}, QStackedWidget()
            self.setCentralWidget(self.stack)
            self.opened, self.selection, self.key = [], [], "active"

        def menu(self, key):
            return self.menus[key]

        def add_status_widget(self, widget):
            self.statusBar().addPermanentWidget(widget)

        def add_page(self, key, title, widget):
            self.pages[key] = widget
            self.stack.addWidget(widget)

        def show_page(self, key):
            self.key = key
            self.stack.setCurrentWidget(self.pages[key])

        def current_page(self):
            return self.key

        def current_case_id(self):
            return None

        def selected_case_ids(self):
            return list(self.selection)

        def open_case(self, case_id):
            self.opened.append(case_id)

        def add_case_action(self, label, callback, *, shortcut=None):
            pass

    window = Window()
    qtbot.addWidget(window)
    from desktop.ui import intake_screens

    intake_screens.install(window)
    return window


def labels(window):
    return [a.text() for a in window.menu("data").actions() if a.text()]


def test_install_adds_menus_and_pages(qtbot, store):
    window = stand_in(qtbot, store, store.path)
    assert labels(window) == [
        "导入名册（学籍/户籍/监测/适龄儿童）…",
        "数据比对（精准摸排）",
        "统计看板",
        "生成统计报表（月报/专项行动）…",
        "导出台账到Excel…",
    ]
    assert set(window.pages) == {"dashboard", "compare"}


def test_import_dialog_mapping_report_and_import(qtbot, store, tmp_path, _inline_jobs):
    from PySide6.QtCore import Qt

    from desktop.ui.intake_import import ImportDialog

    path = tmp_path / "学籍.xlsx"
    messy_xueji(path)
    window = stand_in(qtbot, store, store.path)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path), "xueji")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    assert "表头在第 3、4 行" in dialog.mapping_info.text()
    assert dialog.combos[3].currentData() == "id_number"
    assert dialog.mapping_table.item(3, 1).text() == "学生信息/身份证号码"
    assert dialog.mapping_table.item(1, 2).text().startswith("张三 | 李 小红")  # data, not 1 2 3
    dialog.set_field(5, "")  # the user decides not to import 民族
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 2
    assert dialog.import_button.text() == "导入 5 行"
    assert dialog.issue_table.rowCount() == 5
    assert (
        dialog.issue_table.item(1, 0).text() == "8"
        and "数字" in dialog.issue_table.item(1, 2).text()
    )
    with qtbot.waitSignal(window.data_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result.children_created == 5
    assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] == 5
    assert {r[0] for r in store.conn.execute("SELECT ethnicity FROM children")} == {""}
    assert _inline_jobs[-1][0] == "导入完成"


def test_compare_page_opens_cases_after_confirmation(qtbot, demo_store, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt

    from desktop.intake.importer import commit, prepare
    from desktop.intake.synthetic import write_registry_roster
    from desktop.ui import intake_screens

    path = tmp_path / "户籍.xlsx"
    write_registry_roster(demo_store, path, missing=6, seed=2)
    commit(demo_store, prepare(demo_store, path, kind="hukou"))
    window = stand_in(qtbot, demo_store, demo_store.path)
    page = window.pages["compare"].ensure()
    page.on_date.setDate(dt.date(2026, 11, 28))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert "发现适龄未在学" in page.summary.text()
    page.kind_box.setCurrentIndex(page.kind_box.findData("not_enrolled"))
    n = page.table.rowCount()
    assert n >= 1
    before = demo_store.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    questions = []
    monkeypatch.setattr(
        intake_screens, "confirm", lambda parent, title, text: questions.append(text) or False
    )
    page.check_rows([0])
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "将为选中的 1 人建立疑似辍学案件" in questions[0]
    assert demo_store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == before  # declined
    monkeypatch.setattr(intake_screens, "confirm", lambda parent, title, text: True)
    page.check_rows(list(range(n)))
    with qtbot.waitSignal(window.data_changed):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert demo_store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == before + n
    page.status_box.setCurrentIndex(page.status_box.findData("case_opened"))
    assert page.table.rowCount() == n
    page._open(page.table.item(0, 1))
    assert window.opened == [page.rows[0]["case_id"]]


def test_dashboard_shows_the_period(qtbot, demo_store):
    from desktop.reports import stats
    from desktop.reports.periods import parse_period

    window = stand_in(qtbot, demo_store, demo_store.path)
    window.resize(1300, 850)
    window.show()
    window.show_page("dashboard")  # built and filled on first show
    lazy = window.pages["dashboard"]
    qtbot.waitUntil(lambda: lazy.page is not None and lazy.page.data is not None, timeout=10000)
    page = lazy.page
    expected = stats.flow_total(stats.load_timelines(demo_store), parse_period(page.period_code()))
    assert page.tiles["closing"].value.text() == str(expected.closing)
    assert page.tiles["new"].value.text() == str(expected.new)
    assert len(page.flow_chart.series()) == 1 and page.cause_chart.series()[0].count() >= 1
    assert page.trend_chart.axes()[0].count() == 12  # twelve months on the category axis
    # the axes take their room (charts filled during the first show used to lose them)
    qtbot.waitUntil(lambda: page.flow_chart.plotArea().left() > 25, timeout=5000)
    assert page.town_chart.plotArea().left() > 40  # township names on the left axis
    assert not page.grab().isNull()


def test_report_dialog_and_ledger_export(qtbot, demo_store, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from desktop.ui import intake_screens
    from desktop.ui.intake_reports import ReportDialog

    window = stand_in(qtbot, demo_store, demo_store.path)
    monkeypatch.setattr(intake_screens, "confirm", lambda *a: False)
    dialog = ReportDialog(window)
    qtbot.addWidget(dialog)
    dialog.sign_edits["填表人"].setText("李四")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".pdf"))
    dialog.generate(str(tmp_path / "月报"))
    assert dialog.output.endswith("月报.pdf") and (tmp_path / "月报.pdf").stat().st_size > 10000
    assert ReportDialog(window).sign_edits["填表人"].text() == "李四"  # remembered
    target = tmp_path / "台账.xlsx"
    monkeypatch.setattr(intake_screens, "ask_save_path", lambda *a: str(target))
    intake_screens.export_current_ledger(window)  # the "active" ledger is showing
    ws = load_workbook(target).active
    body = [r for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    active = demo_store.conn.execute(
        "SELECT count(*) FROM cases WHERE state IN ('dropout','persuading','transferred_pending')"
    ).fetchone()[0]
    assert len(body) == active
    window.selection = [r[0] for r in demo_store.conn.execute("SELECT id FROM cases LIMIT 3")]
    intake_screens.export_current_ledger(window)
    assert (
        len(
            [
                r
                for r in load_workbook(target).active.iter_rows(values_only=True)
                if isinstance(r[0], int)
            ]
        )
        == 3
    )


def test_compare_page_in_english(qtbot, qapp, demo_store, tmp_path):
    """An English user runs a comparison: the summary, the kinds, states and grades in the
    table and the filters are English (the people, files and places stay as written)."""
    import re

    from PySide6.QtCore import Qt

    from desktop.intake.importer import commit, prepare
    from desktop.intake.synthetic import write_registry_roster
    from desktop.ui import i18n

    path = tmp_path / "户籍.xlsx"
    write_registry_roster(demo_store, path, missing=3, seed=3)
    commit(demo_store, prepare(demo_store, path, kind="hukou"))
    assert i18n.install(qapp, "en") == "en"
    try:
        window = stand_in(qtbot, demo_store, demo_store.path)
        page = window.pages["compare"].ensure()
        page.on_date.setDate(dt.date(2026, 11, 28))
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        summary = page.summary.text()
        assert summary.startswith("Compared on 2026-11-28, roster term ")
        assert "Household register (户籍.xlsx)" in summary
        assert re.sub(r"户籍\.xlsx", "", summary).isascii()
        boxes = [page.kind_box.itemText(i) for i in range(page.kind_box.count())]
        boxes += [page.status_box.itemText(i) for i in range(page.status_box.count())]
        assert all(text.isascii() for text in boxes), boxes
        assert page.table.rowCount() >= 1
        for row in range(page.table.rowCount()):
            assert page.table.item(row, 0).text().isascii()  # the kind
            assert page.table.item(row, 4).text().isascii()  # the grade expected
            assert page.table.item(row, 8).text() == "Open"  # the state
            reasons = page.table.item(row, 7).text().splitlines()  # read back from the store
            assert reasons[0].startswith("On Household register (户籍.xlsx, row "), reasons
            assert reasons[1].startswith("By birth date "), reasons
    finally:
        i18n.uninstall(qapp)


def test_import_dialog_in_english(qtbot, qapp, store, tmp_path, _inline_jobs):
    """An English user imports a roll: the kinds, the fields to map to, the check's summary,
    the issues' columns and the import's result are English."""
    from PySide6.QtCore import Qt

    from desktop.ui import i18n
    from desktop.ui.intake_import import ImportDialog

    path = tmp_path / "xueji.xlsx"
    messy_xueji(path)
    assert i18n.install(qapp, "en") == "en"
    try:
        window = stand_in(qtbot, store, store.path)
        dialog = ImportDialog(window)
        qtbot.addWidget(dialog)
        kinds = [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())]
        assert "School roster" in kinds and all(k.isascii() for k in kinds)
        dialog.set_file(str(path), "xueji")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        fields = [dialog.combos[3].itemText(i) for i in range(dialog.combos[3].count())]
        assert "ID number" in fields and all(f.isascii() for f in fields), fields
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == 2
        assert dialog.summary.text().startswith(
            'School roster: xueji.xlsx (sheet "学生名册"), header in row 3, 4\n'
            "9 data rows: 5 can be imported, 4 with errors are not imported"
        )
        assert dialog.issue_table.item(1, 1).text().startswith("Column ")
        with qtbot.waitSignal(window.data_changed):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert _inline_jobs[-1][1].startswith("5 rows imported (4 rows with errors not imported); ")
    finally:
        i18n.uninstall(qapp)


def test_installs_in_the_real_main_window(qtbot, store):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "导入名册（学籍/户籍/监测/适龄儿童）…" in labels(window)
    window.show_page("compare")
    window.show_page("dashboard")
