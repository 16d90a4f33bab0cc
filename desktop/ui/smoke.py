"""`kcbx --smoke` (`python3 -m desktop --smoke`): does the app work on this machine?

The user's path, start to finish, in a throwaway folder and offscreen: a small demo county is
written, a county admin set up and the database encrypted (SQLCipher, Argon2id), the app
started as usual (fonts, translations, sign-in, the main window), and the painted window is
checked (not blank, titled). Prints one line and exits 0; otherwise prints the reason and
exits non-zero. Nothing outside the throwaway folder is read or written.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

# A window that never appears (a dialog waiting for someone) fails instead of hanging.
WATCHDOG_SECONDS = 120
# Whatever is on screen, a painted main window has text, icons and lines in many colours; a
# window that failed to paint is one flat colour (or a handful, for frames).
MIN_COLOURS = 24
DEMO_CHILDREN = 300


@dataclass
class Verdict:
    ok: bool
    message: str


def _fail(message: str) -> int:
    print(
        QCoreApplication.translate("Smoke", "kcbx 自检失败：{0}").format(message),
        file=sys.stderr,
        flush=True,
    )
    return 1


def colours(image: QImage, *, step: int = 3) -> int:
    """How many distinct colours a grid of every `step`-th pixel holds."""
    seen: set[int] = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def judge(window: QWidget) -> Verdict:
    """Whether `window` is the main window, visible and painted."""
    title = window.windowTitle()
    # the main window's title in the language in use (MainWindow translates it the same way)
    if QCoreApplication.translate("MainWindow", "控辍保学工作台") not in title:
        return Verdict(
            False, QCoreApplication.translate("Smoke", "主窗口标题不对：{0}").format(repr(title))
        )
    if not window.isVisible():
        return Verdict(False, QCoreApplication.translate("Smoke", "主窗口没有显示"))
    image = window.grab().toImage()
    if image.isNull() or image.width() < 400 or image.height() < 300:
        return Verdict(
            False,
            QCoreApplication.translate("Smoke", "主窗口没有绘制（{0}×{1}）").format(
                image.width(), image.height()
            ),
        )
    count = colours(image)
    if count < MIN_COLOURS:
        return Verdict(
            False,
            QCoreApplication.translate("Smoke", "主窗口像是空白（只有 {0} 种颜色）").format(count),
        )
    return Verdict(
        True,
        QCoreApplication.translate("Smoke", "主窗口“{0}”已绘制（{1}×{2}，{3} 种颜色）").format(
            title, image.width(), image.height(), count
        ),
    )


def run() -> int:
    saved = dict(os.environ)
    try:
        return _run()
    finally:  # the variables set for the app below are the smoke test's only
        os.environ.clear()
        os.environ.update(saved)


def _run() -> int:
    started = time.monotonic()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="kcbx-smoke-") as tmp:
        # Settings, logs, keyring and the crash marker go to the throwaway folder.
        os.environ["KCBX_DATA_DIR"] = tmp
        db = Path(tmp) / "demo.db"
        try:
            from desktop.demo.generate import generate
            from desktop.security import session

            stats = generate(db, children=DEMO_CHILDREN, seed=1)
            password = "Smoke-" + secrets.token_urlsafe(12)
            session.setup(
                db,
                username="smoke",
                display_name=QCoreApplication.translate("Smoke", "自检"),
                password=password,
            )
            session.sign_out()
        except Exception as exc:  # the reason is the whole point of a smoke test
            return _fail(
                QCoreApplication.translate("Smoke", "无法准备演示数据库：{0}: {1}").format(
                    type(exc).__name__, exc
                )
            )
        os.environ["KCBX_USER"] = "smoke"
        os.environ["KCBX_PASSWORD"] = password
        watchdog = threading.Timer(WATCHDOG_SECONDS, _timed_out)
        watchdog.daemon = True
        watchdog.start()
        verdicts: list[Verdict] = []
        try:
            from desktop.ui import app

            code = app.main(db=str(db), on_shown=lambda window: _check_soon(window, verdicts))
        except Exception as exc:
            return _fail(
                QCoreApplication.translate("Smoke", "程序启动出错：{0}: {1}").format(
                    type(exc).__name__, exc
                )
            )
        finally:
            watchdog.cancel()
    if not verdicts:
        return _fail(
            QCoreApplication.translate("Smoke", "主窗口没有出现（程序退出码 {0}）").format(code)
        )
    verdict = verdicts[0]
    if not verdict.ok:
        return _fail(verdict.message)
    print(
        QCoreApplication.translate(
            "Smoke",
            "kcbx 自检通过：{0}；演示县 {1} 名学生、{2} 个案件；加密数据库登录正常；用时 {3:.1f} 秒",
        ).format(verdict.message, stats.children, stats.cases, time.monotonic() - started),
        flush=True,
    )
    return 0


def _check_soon(window: QWidget, verdicts: list[Verdict]) -> None:
    """Once the event loop has painted the window: judge it and quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check() -> None:
        verdict = judge(window)
        verdicts.append(verdict)
        QApplication.exit(0 if verdict.ok else 1)

    QTimer.singleShot(500, check)


def _timed_out() -> None:
    _fail(
        QCoreApplication.translate(
            "Smoke", "{0} 秒内没有出现主窗口（是否有对话框在等待输入？）"
        ).format(WATCHDOG_SECONDS)
    )
    os._exit(3)
