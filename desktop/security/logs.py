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
from collections.abc import Iterable, Iterator

from desktop import paths

ID_RE = re.compile(r"(?<![0-9A-Za-z])[GJgj]?\d{17}[\dXx](?![0-9A-Za-z])|\d{15,}")
MOBILE_RE = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)")
LANDLINE_RE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f·]+")
NAME_MIN, NAME_MAX = 2, 6


class Redactor:
    """Replaces personal data in text. Thread-safe; names can be added at any time.

    The names are kept compact: a province's 2.5 million children and guardians have about
    a million different names, which as a set of strings held ~150 MB. Here the names of one
    length that begin with one character are a single string, the rest of each name sorted
    and run together (fixed width), searched by bisection (~6 MB for the same names)."""

    def __init__(self) -> None:
        self._groups: dict[tuple[int, str], str] = {}  # (length, first character) -> rests
        self._lock = threading.Lock()

    def add_names(self, names: Iterable[str]) -> None:
        """Names in any order; those already known are kept once."""
        found: dict[tuple[int, str], list[str]] = {}
        for n in names:
            if not isinstance(n, str):
                continue
            n = n.strip()
            if NAME_MIN <= len(n) <= NAME_MAX:
                found.setdefault((len(n), n[0]), []).append(n[1:])
        self._merge(found)

    def add_sorted_names(self, names: Iterable[str], *, batch: int = 50_000) -> None:
        """Names as a stream, best sorted (a database's names in ORDER BY order): they are
        merged a first character at a time (or `batch` names), so that a million names never
        sit in memory as strings all at once. Unsorted names are merged just the same, only
        slower."""
        pending: list[str] = []
        first = ""
        for n in names:
            if not isinstance(n, str) or not n:
                continue
            if n[0] != first or len(pending) >= batch:
                self.add_names(pending)
                pending, first = [], n[0]
            pending.append(n)
        self.add_names(pending)

    def _merge(self, found: dict[tuple[int, str], list[str]]) -> None:
        with self._lock:
            for key, rests in found.items():
                width = key[0] - 1
                old = self._groups.get(key, "")
                rests.extend(old[i : i + width] for i in range(0, len(old), width))
                self._groups[key] = "".join(sorted(set(rests)))

    def knows(self, name: str) -> bool:
        """Whether `name` (already stripped) is one of the names added."""
        if len(name) < NAME_MIN:
            return False
        packed = self._groups.get((len(name), name[0]))
        if not packed:
            return False
        rest, width = name[1:], len(name) - 1
        lo, hi = 0, len(packed) // width
        while lo < hi:
            mid = (lo + hi) // 2
            here = packed[mid * width : (mid + 1) * width]
            if here < rest:
                lo = mid + 1
            elif here > rest:
                hi = mid
            else:
                return True
        return False

    def __call__(self, text: str) -> str:
        text = ID_RE.sub("[身份证号]", text)
        text = MOBILE_RE.sub("[手机号]", text)
        text = LANDLINE_RE.sub("[电话]", text)
        if self._groups:
            text = _CJK_RUN.sub(self._names_in_run, text)
        return text

    def _names_in_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        out: list[str] = []
        i = 0
        while i < len(run):
            for size in range(min(NAME_MAX, len(run) - i), NAME_MIN - 1, -1):
                if self.knows(run[i : i + size]):
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
    """Teach the redactor the names in a database (children, guardians, users), read in name
    order a row at a time (a province's names as a list of strings held ~130 MB), through a
    small page cache: one pass over the tables would fill the connection's 32 MB with pages
    read once (county: 56 -> 24 MB of process memory, and faster)."""
    execute = conn.execute  # type: ignore[attr-defined]
    cache = None
    try:
        cache = execute("PRAGMA cache_size").fetchone()[0]
        execute("PRAGMA cache_size = -2000")
    except Exception:
        pass
    try:
        return _learn_names(conn)
    finally:
        if cache is not None:
            try:
                execute(f"PRAGMA cache_size = {int(cache)}")
            except Exception:
                pass


# Sorting a table's names is SQLite's work, in memory (temp_store = MEMORY: no plaintext sort
# files); a province's 1.5 million guardians sorted at once held ~80 MB. They are read in
# NAME_PARTS parts (by the first character's code point), each sorted on its own.
NAME_PARTS = 8


def _learn_names(conn: object) -> int:
    n = 0
    for table in ("children", "guardians", "users"):
        column = "display_name" if table == "users" else "name"
        for part in range(NAME_PARTS):
            try:
                cur = conn.cursor()  # type: ignore[attr-defined]
                cur.row_factory = None
                cur.execute(
                    f"SELECT {column} FROM {table} WHERE unicode({column}) % ? = ?"
                    f" ORDER BY {column}",
                    (NAME_PARTS, part),
                )
            except Exception:
                break
            counted = [0]

            def names(cur: object = cur, counted: list[int] = counted) -> Iterator[str]:
                for row in cur:  # type: ignore[attr-defined]
                    counted[0] += 1
                    yield row[0]

            try:
                redactor.add_sorted_names(names())
            except Exception:
                break
            n += counted[0]
    return n
