"""One crash dialog; logs that rotate and never hold names, ID numbers or phone numbers.

- `setup_logging()` writes desktop logs to paths.logs_dir()/kcbx.log (rotating), through a
  filter that blanks personal data (18-character ID numbers, 学籍号, 11-digit phone numbers,
  and every run of Chinese characters, since names cannot be told apart from words).
- `install()` sets sys.excepthook (an unexpected error: log it, show the crash dialog once)
  and enables faulthandler into a file, so a hard crash is reported at the next start
  (`report_previous_crash()`). KCBX_CRASH_STDERR=1 also prints tracebacks to stderr (CI).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop.paths import logs_dir

_ID = re.compile(r"(?<![0-9A-Za-z])[GLJgLj]?\d{17}[\dXx](?![0-9A-Za-z])|[GLJ]\d{18}")
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]+")
_fault_file: IO[str] | None = None
_showing = False


def redact(text: str) -> str:
    """Text safe for a log file: no ID numbers, phone numbers or Chinese text (names)."""
    text = _ID.sub("[ID]", text)
    text = _PHONE.sub("[PHONE]", text)
    return _CJK.sub(lambda m: f"[CJK*{len(m.group())}]", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + "".join(traceback.format_exception(*record.exc_info))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = redact(message), None
        return True


def log_file() -> Path:
    return logs_dir() / "kcbx.log"


def fault_file() -> Path:
    return logs_dir() / "faulthandler.log"


def setup_logging() -> logging.Handler:
    import logging.handlers  # socket, pickle, queue…: after the first paint (app.main)

    handler = logging.handlers.RotatingFileHandler(
        log_file(), maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("kcbx")
    root.setLevel(logging.INFO)
    root.handlers = [
        h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    root.addHandler(handler)
    return handler


def install() -> None:
    global _fault_file
    _fault_file = open(fault_file(), "a", encoding="utf-8")  # noqa: SIM115 - kept open for faulthandler
    faulthandler.enable(file=_fault_file, all_threads=True)
    sys.excepthook = excepthook


def uninstall() -> None:
    global _fault_file
    faulthandler.disable()
    if _fault_file is not None:
        _fault_file.close()
        _fault_file = None
    sys.excepthook = sys.__excepthook__


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    details = "".join(traceback.format_exception(kind, exc, tb))
    logging.getLogger("kcbx.crash").error("unhandled exception\n%s", details)
    if os.environ.get("KCBX_CRASH_STDERR"):
        sys.stderr.write(details)
    if _showing:
        return
    _showing = True
    try:
        show_crash_dialog(details)
    finally:
        _showing = False


def crash_text(details: str) -> str:
    import PySide6

    from desktop import __version__

    return (
        f"kcbx {__version__}, Python {sys.version.split()[0]}, PySide6 {PySide6.__version__},"
        f" {sys.platform}\n\n{details}"
    )


def show_crash_dialog(details: str, *, previous: bool = False) -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    from desktop.ui.errors import crash_box

    box = crash_box(None, crash_text(details), previous=previous)
    box.exec()


def report_previous_crash() -> str | None:
    """If the last run died hard (faulthandler wrote), return what it wrote and clear the file."""
    path = fault_file()
    if not path.exists() or path.stat().st_size == 0:
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    path.with_suffix(".previous.log").write_text(text, encoding="utf-8")
    path.write_text("", encoding="utf-8")
    return text.strip() or None
