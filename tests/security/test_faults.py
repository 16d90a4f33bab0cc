"""Crashes and full disks: SIGKILL at random moments during writes, imports, migrations and
backups, and a disk that fills up. The database must always open clean, with everything that
was committed (reported by the child process after COMMIT) still there, and no half change."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from security_helpers import ADMIN, PASSWORD

from desktop.security import backup, cipher, session
from desktop.store import db
from desktop.store.repo import Store

WORKER = Path(__file__).with_name("fault_worker.py")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]


class Child:
    def __init__(self, mode: str, path: Path, key: bytes | None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), mode, str(path), key.hex() if key else "plain"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("ready"):
                self.ready.set()
            self.lines.append(line.strip())
        self.ready.set()

    def kill_after(self, seconds: float, *, after_commits: int = 0) -> None:
        """SIGKILL `seconds` after the worker has reported `after_commits` commits (or ended)."""
        assert self.ready.wait(60), "worker did not start"
        deadline = time.monotonic() + 120
        while len(self.committed) < after_commits and self.proc.poll() is None:
            assert time.monotonic() < deadline, "worker made no progress"
            time.sleep(0.01)
        time.sleep(seconds)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self.reader.join(10)
        err = self.proc.stderr.read() if self.proc.stderr else ""
        assert self.proc.returncode in (0, -signal.SIGKILL), err

    @property
    def committed(self) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith("commit ")]


def _key_of(path: Path) -> bytes | None:
    if not cipher.is_encrypted(path):
        return None
    session.login(path, ADMIN, PASSWORD)
    key = cipher.key_for(path)
    session.sign_out()
    return key


def _open_clean(path: Path, key: bytes | None) -> Store:
    session.install()
    if key is not None:
        cipher.register_key(path, key)
    store = Store.open(path, create=False)
    assert [r[0] for r in store.conn.execute("PRAGMA integrity_check")] == ["ok"]
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return store


@pytest.fixture(params=["plain", "encrypted"])
def target(request, demo_db, tmp_path):
    if request.param == "plain":
        return demo_db, None
    enc = request.getfixturevalue("encrypted")
    return enc.path, _key_of(enc.path)


def test_sigkill_during_writes(target):
    path, key = target
    rng = random.Random(8)
    committed: list[str] = []
    for _ in range(8):
        child = Child("writes", path, key)
        child.kill_after(rng.uniform(0.0, 0.6), after_commits=rng.choice([0, 1, 3]))
        committed += child.committed
        with _open_clean(path, key) as store:
            for cid in committed:
                row = store.conn.execute("SELECT notes FROM children WHERE id=?", (cid,)).fetchone()
                assert row is not None and row[0].startswith("第"), cid
            # no half transaction: every test child has its guardian, event and field change
            partial = store.conn.execute(
                "SELECT count(*) FROM children c WHERE c.name LIKE '测试%' AND (c.notes = ''"
                " OR NOT EXISTS (SELECT 1 FROM guardians g WHERE g.child_id = c.id)"
                " OR NOT EXISTS (SELECT 1 FROM events e WHERE e.child_id = c.id))"
            ).fetchone()[0]
            assert partial == 0
            ops = store.conn.execute(
                "SELECT count(*) FROM changes WHERE actor='故障测试'"
            ).fetchone()[0]
            n = store.conn.execute(
                "SELECT count(*) FROM children WHERE name LIKE '测试%'"
            ).fetchone()[0]
            assert ops == 4 * n  # the change log moved in step with the data
        session.sign_out()
    assert len(committed) >= 5  # the test did exercise commits


def test_sigkill_during_bulk_imports(target):
    path, key = target
    rng = random.Random(9)
    committed: list[str] = []
    for _ in range(6):
        child = Child("import", path, key)
        child.kill_after(rng.uniform(0.0, 1.0), after_commits=rng.choice([0, 1, 2]))
        committed += child.committed
        with _open_clean(path, key) as store:
            counts = dict(
                store.conn.execute(
                    "SELECT notes, count(*) FROM children WHERE notes LIKE 'batch%' GROUP BY notes"
                ).fetchall()
            )
            for batch in committed:
                assert counts.get(batch) == 500, batch
            assert set(counts.values()) <= {500}  # a batch is all there or not at all
            guardians = store.conn.execute(
                "SELECT count(*) FROM guardians WHERE id LIKE 'g-batch%'"
            ).fetchone()[0]
            assert guardians == sum(counts.values())
        session.sign_out()
    assert committed


def test_sigkill_during_migrations(target, tmp_path):
    path, key = target
    master = tmp_path / "master"
    master.mkdir()
    shutil.copy(path, master / path.name)
    if cipher.is_encrypted(path):
        shutil.copy(str(path) + db.KEYRING_SUFFIX, master / (path.name + db.KEYRING_SUFFIX))
    rng = random.Random(10)
    outcomes = set()
    for i in range(8):
        shutil.copy(master / path.name, path)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        child = Child("migrate", path, key)
        child.kill_after(rng.uniform(0.0, 4.0) if i else 30)  # the first one runs to the end
        with _open_clean(path, key) as store:
            steps = {r[0] for r in store.conn.execute("SELECT step FROM schema_migrations")}
            has_table = store.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name='fault_step'"
            ).fetchone()
            if 399 in steps:
                assert store.conn.execute("SELECT count(*) FROM fault_step").fetchone()[0] == 60_000
                outcomes.add("migrated")
            else:
                assert has_table is None  # no half migration
                outcomes.add("not migrated")
            if child.committed:
                assert 399 in steps
        for b in backup.list_backups(path):  # a backup that is listed is whole
            backup.verify(b, key)
        session.sign_out()
    assert "migrated" in outcomes


def test_sigkill_during_backups(target):
    path, key = target
    rng = random.Random(11)
    reported: list[str] = []
    for _ in range(5):
        child = Child("backup", path, key)
        child.kill_after(rng.uniform(0.0, 1.0), after_commits=rng.choice([0, 1]))
        reported += child.committed
        listed = backup.list_backups(path)
        names = {b.path.name for b in listed}
        assert set(reported) <= names
        for b in listed:
            backup.verify(b, key)
    backup.rotate(backup.backup_dir(path))
    leftovers = [p for p in backup.backup_dir(path).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    with _open_clean(path, key):
        pass


def test_sigkill_during_encryption(demo_db, tmp_path):
    """First-run encryption killed at random moments: the next sign-in always ends with an
    encrypted, complete database and no plaintext leftovers."""
    from desktop.security import kdf
    from desktop.security.keyring import Keyring, keyring_path

    master = tmp_path / "plain-master.db"
    shutil.copy(demo_db, master)
    with Store.open(master) as store:
        children = store.conn.execute("SELECT count(*) FROM children").fetchone()[0]
    session.setup(
        master, username=ADMIN, display_name="管理员", password=PASSWORD, encrypt_db=False
    )
    session.sign_out()
    rng = random.Random(12)
    for _ in range(6):
        shutil.copy(master, demo_db)
        key = bytes(rng.randrange(256) for _ in range(32))
        _, raw = kdf.new_recovery_key()
        Keyring.create(key, user=ADMIN, password=PASSWORD, recovery=raw).save(keyring_path(demo_db))
        child = Child("encrypt", demo_db, key)
        child.kill_after(rng.uniform(0.0, 1.0))
        session.login(demo_db, ADMIN, PASSWORD)
        assert not cipher.is_plaintext_sqlite(demo_db)
        leftovers = [
            p.name for p in demo_db.parent.iterdir() if p.name.startswith(f".{demo_db.name}")
        ]
        assert leftovers == []
        with _open_clean(demo_db, key) as store:
            assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] == children
        session.sign_out()


# --- a full disk -------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path):
    """A 6 MB tmpfs (needs root and `mount`; skipped where the sandbox does not allow it)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("encrypt_db", [False, True])
def test_a_full_disk_gives_a_clear_message_and_no_damage(tiny_disk, encrypt_db):
    from desktop.store.county import setup_county

    path = tiny_disk / "county.db"
    session.install()
    with Store.open(path) as store:
        setup_county(store, "522633")
    if encrypt_db:
        session.setup(path, username=ADMIN, display_name="管理员", password=PASSWORD)
        shutil.rmtree(tiny_disk / "backups", ignore_errors=True)
    ballast = tiny_disk / "ballast.bin"  # what the user deletes to make room afterwards
    ballast.write_bytes(b"\0" * 1_500_000)
    kept: list[str] = []
    with Store.open(path) as store:
        township = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[
            0
        ]
        with pytest.raises(db.DatabaseError) as err:
            for n in range(100_000):
                rows = [
                    {
                        "id": f"{n}-{i}",
                        "name": "填满磁盘",
                        "township_code": township,
                        "notes": "x" * 400,
                    }
                    for i in range(200)
                ]
                store.bulk_create("children", rows)
                kept.append(f"{n}-0")
        assert "磁盘已满" in str(err.value)
        assert "本次修改未保存" in str(err.value)
    assert kept
    # a backup onto the full disk: refused clearly, nothing half-written left
    with pytest.raises(db.DatabaseError, match="磁盘已满"):
        backup.make_backup(path, reason="manual", folder=tiny_disk / "bk")
    assert [p for p in (tiny_disk / "bk").iterdir()] == []
    # free some space (as the user would): everything committed is there, the file is clean,
    # and writing works again
    ballast.unlink()
    with _open_clean(path, cipher.key_for(path)) as store:
        for cid in kept:
            assert store.conn.execute("SELECT 1 FROM children WHERE id=?", (cid,)).fetchone()
        store.bulk_create("children", [{"id": "after", "name": "之后", "township_code": township}])
    with _open_clean(path, cipher.key_for(path)) as store:
        assert store.conn.execute("SELECT 1 FROM children WHERE id='after'").fetchone()


def test_an_injected_write_failure_does_no_damage(demo_db):
    """Where no tmpfs can be mounted: a file-size limit in a child process makes SQLite's writes
    fail mid-way (EFBIG). The child sees a clear message; the file stays clean and complete."""
    import textwrap

    size = demo_db.stat().st_size
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from desktop.store.repo import Store
        from desktop.store import db
        store = Store.open({str(demo_db)!r})
        t = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[0]
        store.bulk_create("children", [{{"id": "before", "name": "之前", "township_code": t}}])
        print("committed", flush=True)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size} + 300_000, {size} + 300_000))
        try:
            for n in range(1000):
                store.bulk_create("children", [{{"id": f"{{n}}-{{i}}", "name": "大量", "township_code": t,
                                   "notes": "x" * 500}} for i in range(300)])
        except db.DatabaseError as exc:
            print("refused", exc, flush=True)
            sys.exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "refused" in result.stdout and "本次修改未保存" in result.stdout
    with _open_clean(demo_db, None) as store:
        assert store.conn.execute("SELECT 1 FROM children WHERE id='before'").fetchone()
