"""Start-up pieces: languages, fonts, crash handling and logs, first run, help, a light start."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from desktop.ui import i18n

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.mark.parametrize("lang", i18n.shipped_languages())
def test_every_shipped_language_loads_and_translates(qapp, lang):
    assert set(i18n.shipped_languages()) >= {"zh_CN", "en"}
    try:
        assert i18n.install(qapp, lang) == lang
        if lang == "en":
            assert QCoreApplication.translate("MainWindow", "工作台") == "Today"
            assert QCoreApplication.translate("Ledger", "辍学原因") == "Causes"
            assert QCoreApplication.translate("State", "劝返中") == "Persuading"
        else:
            # the source language; Qt's own dialogs come in Chinese
            assert QCoreApplication.translate("MainWindow", "工作台") == "工作台"
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        i18n.install(qapp, "zh_CN")


def test_qm_is_built_from_the_ts_and_rebuilt_only_when_stale(tmp_path):
    qm = i18n.build_qm("en", out_dir=tmp_path)
    assert qm is not None and qm.stat().st_size > 1000
    stamp = qm.stat().st_mtime_ns
    assert i18n.build_qm("en", out_dir=tmp_path).stat().st_mtime_ns == stamp
    (tmp_path / "kcbx_en.qm.sha256").write_text("old")
    assert i18n.build_qm("en", out_dir=tmp_path) is not None
    assert (tmp_path / "kcbx_en.qm.sha256").read_text() != "old"


def test_every_ts_message_is_translated():
    import xml.etree.ElementTree as ET

    root = ET.parse(i18n.ts_file("en")).getroot()
    unfinished = [
        m.find("source").text
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_shipped_ui_font_renders_chinese(qapp):
    from desktop.ui.app import load_fonts

    families = load_fonts(qapp)
    assert "WenQuanYi Micro Hei" in families
    assert QFontDatabase.writingSystems("WenQuanYi Micro Hei")
    assert qapp.font().family() == "WenQuanYi Micro Hei"


def test_logs_never_hold_names_ids_or_phone_numbers(tmp_path):
    from desktop.ui import crash

    handler = crash.setup_logging()
    try:
        log = logging.getLogger("kcbx.test")
        log.error("child 吴小龙 id 52263320120305002X phone 13812345678 xueji G52263320120305002X")
        try:
            raise ValueError("学生 杨小花 的身份证号 522633201203050011 无效")
        except ValueError:
            log.exception("failed")
        handler.flush()
    finally:
        logging.getLogger("kcbx").removeHandler(handler)
        handler.close()
    text = crash.log_file().read_text(encoding="utf-8")
    for secret in ("吴小龙", "杨小花", "52263320120305002X", "522633201203050011", "13812345678"):
        assert secret not in text
    assert "ValueError" in text and "[PHONE]" in text and "[ID]" in text


def test_a_hard_crash_is_reported_at_next_start(tmp_path, monkeypatch):
    from desktop.ui import crash

    code = textwrap.dedent(
        """
        import ctypes, faulthandler
        from desktop.ui import crash
        crash.install()
        ctypes.string_at(0)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    report = crash.report_previous_crash()
    assert report is not None and "Fatal Python error" in report
    assert crash.report_previous_crash() is None  # reported once


def test_an_unexpected_error_opens_the_one_crash_dialog(qapp, monkeypatch):
    from desktop.ui import crash

    shown = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda details, **kw: shown.append(details))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        crash.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "RuntimeError: boom" in shown[0]


def test_first_run_creates_an_empty_county_database(qtbot, tmp_path):
    from desktop.store.repo import Store
    from desktop.ui import ops
    from desktop.ui.first_run import FirstRunDialog

    ops.set_synchronous(True)
    try:
        path = tmp_path / "new.db"
        dialog = FirstRunDialog(path)
        qtbot.addWidget(dialog)
        dialog.county.setChecked(True)
        dialog.county_search.setText("从江")
        assert dialog.county_list.count() >= 1 and "从江县" in dialog.county_list.item(0).text()
        dialog.create_database()
        assert dialog.created and path.exists()
    finally:
        ops.set_synchronous(False)
    with Store.open(path) as store:
        assert store.setting("county.code").startswith("522633")
        assert (
            store.conn.execute("SELECT count(*) FROM regions WHERE level='village'").fetchone()[0]
            > 100
        )


def test_help_guide_opens_with_its_pictures(qtbot, window):
    from desktop.resources import resource_path
    from desktop.ui.help import show_guide, show_shortcuts

    dialog = show_guide(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for task in ("查找学生", "记录家访", "打印", "同步"):
        assert task in text
    html = (resource_path("help") / "guide.html").read_text(encoding="utf-8")
    import re

    pictures = re.findall(r'src="([^"]+\.png)"', html)
    assert pictures and all((resource_path("help") / p).exists() for p in pictures)
    shortcuts = show_shortcuts(window)
    qtbot.addWidget(shortcuts)
    dialog.close()
    shortcuts.close()


def test_start_path_stays_light(tmp_path, demo_db):
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from desktop.ui.app import load_fonts
        load_fonts(app)
        from desktop.store.repo import Store
        from desktop.ui.main_window import MainWindow
        w = MainWindow(Store.open({str(demo_db)!r}))
        w.show()
        app.processEvents()
        w.show_page("all")
        app.processEvents()
        heavy = [m for m in ("pypinyin", "reportlab", "openpyxl", "sqlite_utils") if m in sys.modules]
        print("HEAVY", heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_many_qt_calls_do_not_exhaust_none():
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (see ui/__init__)."""
    code = textwrap.dedent(
        """
        import sys
        import desktop.ui
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(200_000):
            label.setText("x")
        print("OK", before - sys.getrefcount(None) < 2**39)
        """
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "OK True" in result.stdout, result.stderr[-2000:]


def test_pyside_source_scans_are_spared_and_that_changes_nothing():
    """The app marks its modules as already scanned for PySide's opt-in __feature__ syntax
    (desktop.ui.app.spare_pyside_source_scans): a module imported afterwards is not read
    from disk for it. That is only behaviour-neutral while no module uses __feature__."""
    from pathlib import Path

    from desktop.ui import app

    root = Path(app.__file__).resolve().parents[1]
    syntax = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [p for p in root.rglob("*.py") if syntax.search(p.read_text(encoding="utf-8"))]
    assert users == []
    seen = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert seen.get("desktop.store.repo") == -1 and seen.get("desktop.ui.main_window") == 0
    assert seen.get("desktop.sync.export") == -1  # not imported yet at start, marked anyway
    app.spare_pyside_source_scans()
    assert app.spare_pyside_source_scans() == 0  # nothing left to mark
