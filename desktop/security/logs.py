"""Log files that rotate and never hold a child's name, ID number or phone number.

`setup_logging()` (called once at start) writes `kcbx.log` in paths.logs_dir(), rotated at
1 MB with 5 old files kept, through `RedactingFilter`, which replaces in every message and
traceback:
- 18-character ID numbers (and 学籍号 that contain one, and any run of 15+ digits) → [身份证号];
- mobile numbers (11 digits starting 1[3-9], also written 138-1234-5678 or +86…) → [手机号];
- landline numbers (0xx-xxxxxxxx) → [电话];
- every personal name it has been told about (`redactor.add_names(...)`; the app adds the
  names of the open database's children, guardians and users) → [姓名].
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from collections.abc import Iterable

from desktop import paths

ID_RE = re.compile(r"(?<![0-9A-Za-z])[GJgj]?\d{17}[\dXx](?![0-9A-Za-z])|\d{15,}")
MOBILE_RE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
LANDLINE_RE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f·]+")
NAME_MIN, NAME_MAX = 2, 6


class Redactor:
    """Replaces personal data in text. Thread-safe; names can be added at any time."""

    def __init__(self) -> None:
        self._names: set[str] = set()
        self._lock = threading.Lock()

    def add_names(self, names: Iterable[str]) -> None:
        fresh = {
            n.strip()
            for n in names
            if isinstance(n, str) and NAME_MIN <= len(n.strip()) <= NAME_MAX
        }
        with self._lock:
            self._names |= fresh

    def __call__(self, text: str) -> str:
        text = ID_RE.sub("[身份证号]", text)
        text = MOBILE_RE.sub("[手机号]", text)
        text = LANDLINE_RE.sub("[电话]", text)
        if self._names:
            text = _CJK_RUN.sub(self._names_in_run, text)
        return text

    def _names_in_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        names = self._names
        out: list[str] = []
        i = 0
        while i < len(run):
            for size in range(min(NAME_MAX, len(run) - i), NAME_MIN - 1, -1):
                if run[i : i + size] in names:
                    out.append("[姓名]")
                    i += size
                    break
            else:
                out.append(run[i])
                i += 1
        return "".join(out)


redactor = Redactor()


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback) through the redactor."""

    def __init__(self, redact: Redactor | None = None) -> None:
        super().__init__()
        self.redact = redact or redactor

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        record.exc_info = None  # the redacted text is what gets written
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


LOG_NAME = "kcbx.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_installed: logging.Handler | None = None


def setup_logging(level: int = logging.INFO) -> logging.Handler:
    """Rotating, redacted log file for the whole app (idempotent)."""
    global _installed
    if _installed is not None:
        return _installed
    handler = logging.handlers.RotatingFileHandler(
        paths.logs_dir() / LOG_NAME,
        maxBytes=MAX_BYTES,
        backupCount=BACKUP_COUNT,
        encoding="utf-8",
        delay=True,
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _installed = handler
    return handler


def learn_names(conn: object) -> int:
    """Teach the redactor the names in a database (children, guardians, users)."""
    n = 0
    for table in ("children", "guardians", "users"):
        column = "display_name" if table == "users" else "name"
        try:
            rows = conn.execute(f"SELECT {column} FROM {table}")  # type: ignore[attr-defined]
            names = [r[0] for r in rows]
        except Exception:
            continue
        redactor.add_names(names)
        n += len(names)
    return n
