"""`kcbx --smoke` (`python3 -m desktop --smoke`): the README's run command as a self-check."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui import smoke


@pytest.mark.slow
def test_smoke_opens_the_real_window_and_exits_0(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KCBX_", "QT_"))}
    env["HOME"] = str(tmp_path)  # nothing may be written outside its throwaway folder
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert "kcbx 自检通过：主窗口“控辍保学工作台" in out.stdout
    assert "加密数据库登录正常" in out.stdout
    assert not any(tmp_path.iterdir())


def test_a_blank_window_fails(qtbot) -> None:
    window = QMainWindow()
    window.setWindowTitle("控辍保学工作台")
    window.setStyleSheet("background: white")
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    verdict = smoke.judge(window)
    assert not verdict.ok and "空白" in verdict.message


def test_a_painted_window_passes(qtbot) -> None:
    window = QMainWindow()
    window.setWindowTitle("控辍保学工作台")
    window.setCentralWidget(QLabel("疑似辍学台账 " * 40 + "\n" + "劝返中 已复学 跟踪巩固 " * 30))
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    verdict = smoke.judge(window)
    assert verdict.ok, verdict.message


def test_a_foreign_window_fails(qtbot) -> None:
    window = QMainWindow()
    window.setWindowTitle("Some dialog")
    qtbot.addWidget(window)
    window.show()
    assert not smoke.judge(window).ok


def test_a_failure_before_the_window_says_why(monkeypatch, capsys) -> None:
    import desktop.demo.generate as generate

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(generate, "generate", full_disk)
    assert smoke.run() == 1
    err = capsys.readouterr().err
    assert "kcbx 自检失败：无法准备演示数据库" in err and "No space left" in err
