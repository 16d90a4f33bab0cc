"""Failed sign-ins slow down the next attempt, exponentially, and restarting does not reset it.

After FREE_FAILURES wrong passwords for a database, each further attempt must wait
1, 2, 4, 8 … seconds (capped at MAX_DELAY) after the last failure. The count is kept per
database in the user's data folder (`signin-attempts.json`, written atomically) and
cleared by a successful sign-in. The file is small JSON; a damaged one counts as
FREE_FAILURES failures just now (the next wrong password waits), not as a clean slate.

The count is also kept in the database's keyring file (`kcbx.db.keyring`, the wrapped data
keys, without which the database cannot be opened), and the larger of the two counts: deleting
`signin-attempts.json` does not lift the wait, and deleting the keyring loses the database.
(Someone who edits both files by hand can still reset the count: this slows guessing at the
screen; against a stolen disk the protection is the Argon2id cost of every guess.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.store import files

FREE_FAILURES = 3
MAX_DELAY = 15 * 60
MAX_BYTES = 64 * 1024
MAX_ENTRIES = 200


class TooManyAttempts(UserError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        if seconds < 120:
            message = Msg("密码错误次数过多，请在 {seconds} 秒 后再试", seconds=seconds)
        else:
            minutes = (seconds + 59) // 60
            message = Msg("密码错误次数过多，请在 {minutes} 分钟 后再试", minutes=minutes)
        super().__init__(message)


@dataclass(frozen=True)
class Record:
    failures: int
    last: float  # time.time() of the last failure


def delay(failures: int) -> int:
    """Seconds to wait after `failures` consecutive failures."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY, 2 ** min(failures - FREE_FAILURES, 20))


def _file() -> Path:
    return paths.data_dir() / "signin-attempts.json"


def _key(db_path: str | Path) -> str:
    return hashlib.sha256(os.path.realpath(db_path).encode()).hexdigest()[:24]


def parse(data: bytes, *, now: float) -> dict[str, Record]:
    """The records in the file; unreadable data counts as FREE_FAILURES failures just now."""
    worst = {"*": Record(FREE_FAILURES, now)}
    if not data:
        return {}
    if len(data) > MAX_BYTES:
        return worst
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return worst
    if not isinstance(doc, dict) or len(doc) > MAX_ENTRIES:
        return worst
    out: dict[str, Record] = {}
    for key, value in doc.items():
        if (
            not isinstance(value, dict)
            or type(value.get("failures")) is not int
            or type(value.get("last")) not in (int, float)
            or not (0 <= value["failures"] <= 10**6)
            or value["last"] != value["last"]  # NaN
        ):
            return worst
        # A last failure "in the future" (clock set back) counts as now.
        out[str(key)] = Record(value["failures"], min(float(value["last"]), now))
    return out


def _load(now: float) -> dict[str, Record]:
    try:
        data = _file().read_bytes()
    except FileNotFoundError:
        return {}
    except OSError:
        return {"*": Record(FREE_FAILURES, now)}
    return parse(data, now=now)


def _save(records: dict[str, Record]) -> None:
    doc = {k: {"failures": r.failures, "last": r.last} for k, r in records.items() if k != "*"}
    # a full disk must not stop a correct password from working
    with contextlib.suppress(UserError, OSError):
        files.write_text(_file(), json.dumps(doc))


def _ring_record(db_path: str | Path, now: float) -> Record | None:
    """The count kept in the database's keyring file (None: no keyring, or no count)."""
    from desktop.security import keyring

    path = keyring.keyring_path(db_path)
    if not path.exists():
        return None
    try:
        ring = keyring.load(path)
    except keyring.KeyringError:
        return None
    if ring.throttle is None:
        return None
    return Record(ring.throttle[0], min(ring.throttle[1], now))


def _ring_save(db_path: str | Path, rec: Record | None) -> None:
    """Write the count into the keyring file (read again just before: it may have changed)."""
    import dataclasses

    from desktop.security import keyring

    path = keyring.keyring_path(db_path)
    if not path.exists():
        return
    with contextlib.suppress(UserError, OSError):
        ring = keyring.load(path)
        value = None if rec is None else (rec.failures, rec.last)
        if ring.throttle != value:
            dataclasses.replace(ring, throttle=value).save(path)


def _record(db_path: str | Path, now: float) -> Record | None:
    records = _load(now)
    found = [
        r for r in (records.get(_key(db_path)) or records.get("*"), _ring_record(db_path, now)) if r
    ]
    return max(found, key=lambda r: (r.failures, r.last)) if found else None


def wait_seconds(db_path: str | Path, *, now: float | None = None) -> int:
    """How long before the next attempt is allowed (0: now)."""
    now = time.time() if now is None else now
    rec = _record(db_path, now)
    if rec is None:
        return 0
    return max(0, int(rec.last + delay(rec.failures) - now + 0.999))


def failures(db_path: str | Path) -> int:
    """Consecutive failures now counted for the database."""
    now = time.time()
    found = [r for r in (_load(now).get(_key(db_path)), _ring_record(db_path, now)) if r]
    return max(r.failures for r in found) if found else 0


def check(db_path: str | Path, *, now: float | None = None) -> None:
    """Raise TooManyAttempts if the caller must still wait."""
    seconds = wait_seconds(db_path, now=now)
    if seconds > 0:
        raise TooManyAttempts(seconds)


def failed(db_path: str | Path, *, now: float | None = None) -> int:
    """Count a failure; return the number of consecutive failures."""
    now = time.time() if now is None else now
    records = _load(now)
    key = _key(db_path)
    old = _record(db_path, now) or Record(0, now)
    records[key] = Record(old.failures + 1, now)
    records.pop("*", None)
    _save(records)
    _ring_save(db_path, records[key])
    return records[key].failures


def succeeded(db_path: str | Path) -> None:
    records = _load(time.time())
    if records.pop(_key(db_path), None) is not None or "*" in records:
        records.pop("*", None)
        _save(records)
    _ring_save(db_path, None)
