"""Every dialog class and every page fits the screens cadres have: a 1366×768 laptop, 1280×720,
and 1920×1080 at 150 % (each less a 40-pixel taskbar): the frame inside the available area,
buttons inside the window, no sideways scroll bar in a form.

Each screen is a separate process (one QApplication per process, one screen configuration per
application): tests/ui/geometry_probe.py opens everything and reports problems as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui]

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

# (name, physical width, physical available height, logical DPI): Qt scales by DPI / 96.
SCREENS = [
    ("1366x768", 1366, 728, 96),
    ("1280x720", 1280, 680, 96),
    ("1920x1080@150%", 1920, 1020, 144),
]


def probe(tmp_path: Path, demo_master: Path, width: int, height: int, dpi: int) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": "test",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": dpi,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, str(HERE / "geometry_probe.py"), str(work), str(demo_master)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("name", "width", "height", "dpi"), SCREENS, ids=[s[0] for s in SCREENS])
def test_every_dialog_and_page_fits(tmp_path, demo_master, name, width, height, dpi):
    out = probe(tmp_path, demo_master, width, height, dpi)
    logical = (round(width * 96 / dpi), round(height * 96 / dpi))
    assert tuple(out["screen"]) == logical  # the screen the probe ran on is the one asked for
    opened = set(out["opened"])
    # Pages and the dialogs the walkthrough found too big are among those opened.
    for must in (
        "page today",
        "page case",
        "page dashboard",
        "desktop.ui.printing_dialogs.PreviewDialog",
        "desktop.ui.case_dialogs.ServiceReceiptDialog",
        "desktop.ui.case_dialogs.ContactDialog",
        "desktop.ui.security.login.LoginDialog",
    ):
        assert must in opened
    assert out["problems"] == []


def test_the_probe_finds_a_window_too_big(qtbot):
    """The check itself: a window larger than the screen, or a form scrolling sideways, fails."""
    sys.path.insert(0, str(HERE))
    try:
        import geometry_probe
    finally:
        sys.path.remove(str(HERE))
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialog, QLineEdit, QScrollArea, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    scroll = QScrollArea()
    wide = QLineEdit()
    wide.setMinimumWidth(900)
    scroll.setWidget(wide)
    QVBoxLayout(dialog).addWidget(scroll)
    dialog.resize(600, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = geometry_probe.check(dialog, QRect(0, 0, 400, 300))
    assert any("outside the available" in p for p in problems)
    assert any("sideways scroll bar" in p for p in problems)


def test_fit_caps_a_window_to_the_screen(qtbot):
    from PySide6.QtWidgets import QDialog

    from desktop.ui import screen_fit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 5000)
    dialog.show()
    screen_fit.fit(dialog)
    cap = screen_fit.max_client_size(dialog)
    assert dialog.width() <= cap.width() and dialog.height() <= cap.height()
    area = screen_fit.available(dialog)
    assert area.contains(dialog.geometry())
