"""The recovery key sheet: printed through the system dialog or saved only where the user chooses
(with a warning), never written silently; the sheet names county, database and date. The ID
checksum message does not name a "correct" last digit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.ids import id_check_char, parse_id_number
from desktop.ui.security import login

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD"


def test_sheet_names_county_database_and_date(tmp_path):
    html = login.recovery_sheet_html(
        KEY, county="从江县", database=tmp_path / "county.db", today=dt.date(2026, 12, 3)
    )
    assert KEY in html and "从江县" in html and "county.db" in html and "2026-12-03" in html


def test_dialog_reads_the_county_from_the_database(qtbot, demo_db):
    dialog = login.RecoveryKeyDialog(KEY, database=demo_db)
    qtbot.addWidget(dialog)
    assert dialog.county and dialog.county in dialog.sheet()
    assert str(demo_db) in dialog.sheet()


def test_save_writes_only_where_chosen_after_a_warning(qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    target = tmp_path / "usb" / "key"
    target.parent.mkdir()
    warned: list[str] = []
    monkeypatch.setattr(login, "choose_pdf_path", lambda parent, suggested: str(target) + ".pdf")
    monkeypatch.setattr(
        login, "confirm_unencrypted", lambda parent, path: warned.append(path) or True
    )
    dialog = login.RecoveryKeyDialog(KEY, database=tmp_path / "county.db", county="从江县")
    qtbot.addWidget(dialog)
    dialog.save_key()
    saved = Path(str(target) + ".pdf")
    assert warned == [str(saved)]
    assert saved.read_bytes().startswith(b"%PDF")
    assert list(home.iterdir()) == []  # nothing written where the user did not choose
    assert "打印后请删除" in dialog.status.text()


def test_save_cancelled_at_the_warning_writes_nothing(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "key.pdf"
    monkeypatch.setattr(login, "choose_pdf_path", lambda parent, suggested: str(target))
    monkeypatch.setattr(login, "confirm_unencrypted", lambda parent, path: False)
    dialog = login.RecoveryKeyDialog(KEY, county="从江县")
    qtbot.addWidget(dialog)
    dialog.save_key()
    assert not target.exists()


def test_print_without_a_printer_says_so_and_writes_nothing(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(
        login, "exec_dialog", lambda d: pytest.fail("no print dialog without a printer")
    )
    dialog = login.RecoveryKeyDialog(KEY, county="从江县")
    qtbot.addWidget(dialog)
    dialog.print_key()
    assert "没有可用的打印机" in dialog.status.text()
    assert list(home.iterdir()) == []


def test_checksum_message_does_not_name_a_digit():
    number = "52263320120305002"
    right = id_check_char(number)
    wrong = "3" if right != "3" else "4"
    with pytest.raises(ValidationError) as caught:
        parse_id_number(number + wrong)
    message = str(caught.value)
    assert "校验位错误" in message and "核对" in message
    assert right not in message.replace("17", "")
    assert "应为" not in message
