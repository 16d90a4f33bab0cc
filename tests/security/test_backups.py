"""Backups: made, checked, rotated, restored; before migrations; damage found at open."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from security_helpers import ADMIN, PASSWORD

from desktop.security import backup, cipher, integrity, restore, session
from desktop.security.backup import Backup, BackupError
from desktop.store import db, schema
from desktop.store.repo import Store

TZ = dt.timezone(dt.timedelta(hours=8))


def _count(path: Path, sql: str = "SELECT count(*) FROM children") -> int:
    with Store.open(path, create=False) as store:
        return store.conn.execute(sql).fetchone()[0]


def test_backup_is_checked_listed_and_verifiable(demo_db):
    b = backup.make_backup(demo_db, reason="manual")
    assert b.path.parent == demo_db.parent / "backups" / demo_db.stem
    assert b.counts["children"] == _count(demo_db)
    assert [x.path for x in backup.list_backups(demo_db)] == [b.path]
    backup.verify(b)
    # a flipped byte is caught by the hash
    data = bytearray(b.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    b.path.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="校验值不符"):
        backup.verify(b)


def test_half_written_backups_are_not_listed_and_are_cleaned(demo_db):
    b = backup.make_backup(demo_db, reason="manual")
    folder = b.path.parent
    orphan = folder / f"{demo_db.stem}-20260101-120000-manual.db"
    shutil.copy(b.path, orphan)  # a copy whose manifest was never written (crash)
    (folder / ".x.db.1234.tmp").write_bytes(b"partial")
    assert [x.path for x in backup.list_backups(demo_db)] == [b.path]
    removed = backup.rotate(folder)
    assert orphan in removed and not orphan.exists()
    assert not (folder / ".x.db.1234.tmp").exists()
    assert b.path.exists()


def test_auto_backup_at_most_daily(demo_db):
    day1 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)
    assert backup.auto_backup(demo_db, now=day1) is not None
    assert backup.auto_backup(demo_db, now=day1 + dt.timedelta(hours=5)) is None
    assert backup.auto_backup(demo_db, now=day1 + dt.timedelta(days=1)) is not None
    assert len(backup.list_backups(demo_db)) == 2


def _fake(path: Path, when: dt.datetime, reason: str = "daily") -> Backup:
    return Backup(path, when, reason, False, None, 0, "0" * 64, 1, {})


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2025, 1, 1, 8, 0, tzinfo=TZ)
    items = []
    for d in range(400):  # one backup a day for 400 days, two on some days
        when = start + dt.timedelta(days=d)
        items.append(_fake(Path(f"b{d}.db"), when))
        if d % 10 == 0:
            items.append(_fake(Path(f"b{d}x.db"), when + dt.timedelta(hours=3), "manual"))
    for i in range(8):
        items.append(_fake(Path(f"imp{i}.db"), start + dt.timedelta(days=i * 20), "import"))
    keep = backup.select_keep(items)
    newest = max(items, key=lambda b: b.created_at)
    assert newest.path in keep
    kept = [b for b in items if b.path in keep]
    days = {b.created_at.date() for b in kept}
    last = newest.created_at.date()
    assert all((last - dt.timedelta(days=i)) in days for i in range(7))
    months = {(b.created_at.year, b.created_at.month) for b in kept}
    assert len(months) >= 12
    assert sum(1 for b in kept if b.reason == "import") == backup.KEEP_EACH_REASON
    assert len(keep) < 7 + 4 + 12 + 2 * backup.KEEP_EACH_REASON + 1
    # deterministic and idempotent: rotating what is kept keeps it all
    assert backup.select_keep(kept) == keep


def test_backup_before_a_migration(demo_db):
    """An older database (a pending step) is backed up before it is upgraded."""
    with Store.open(demo_db) as store:
        store.conn.execute("DELETE FROM schema_migrations WHERE step = 301")
        store.conn.execute("DROP TABLE users")
    session.install()
    with Store.open(demo_db) as store:
        assert store.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    made = backup.list_backups(demo_db)
    assert [b.reason for b in made] == ["migrate"]
    assert made[0].user_version == schema.latest_version()  # taken before, from the same file
    assert 301 not in {
        r[0]
        for r in cipher.open_raw(made[0].path, None).execute("SELECT step FROM schema_migrations")
    }


def test_restore_roundtrip_keeps_the_current_file(demo_db):
    b = backup.make_backup(demo_db, reason="manual")
    n = _count(demo_db)
    with Store.open(demo_db) as store:
        store.conn.execute("DELETE FROM guardians")  # a mistake to undo (guardians are not audit)
    previous = restore.restore(demo_db, b)
    assert _count(demo_db, "SELECT count(*) FROM guardians") > 0
    assert _count(demo_db) == n
    assert previous is not None and previous.exists()
    assert _count(previous, "SELECT count(*) FROM guardians") == 0
    with Store.open(demo_db) as store:
        actions = [r[0] for r in store.conn.execute("SELECT action FROM audit")]
    assert "backup.restore" in actions


def test_a_restored_device_never_reuses_a_change_number(demo_db):
    from desktop.domain import model

    b = backup.make_backup(demo_db, reason="manual")
    with Store.open(demo_db) as store:  # work done after the backup (and maybe synced)
        for i in range(3):
            store.create("schools", model.School(name=f"新建学校{i}"))
        used = store.log.next_seq - 1
    restore.restore(demo_db, b)
    with Store.open(demo_db) as store:
        store.create("schools", model.School(name="恢复后新建学校"))
        newest = store.conn.execute(
            "SELECT max(c.origin_seq) FROM changes c JOIN devices d ON d.n = c.origin"
            " WHERE d.device_id = ?",
            (store.device_id,),
        ).fetchone()[0]
    assert newest > used  # the numbers of the lost work are not handed out again


def test_encrypted_backup_restore_and_no_plaintext(encrypted):
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    b = backup.make_backup(encrypted.path, reason="manual")
    assert b.encrypted and b.keyring.exists()
    assert encrypted.name.encode() not in b.path.read_bytes()
    with s.open_store() as store:
        store.audit("export", detail={"what": "after the backup"})
    restore.restore(encrypted.path, b)
    with s.open_store() as store:
        details = [r[0] for r in store.conn.execute("SELECT detail FROM audit")]
    assert not any("after the backup" in d for d in details)
    # a backup opens with its own keyring and the password of its time, even without the live one
    session.sign_out()
    key = restore.backup_key(b, username=ADMIN, password=PASSWORD)
    backup.verify(b, key)
    with pytest.raises(BackupError):
        restore.backup_key(b, username=ADMIN, password="wrong password")
    assert restore.backup_key(b, recovery=encrypted.recovery) == key


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "zero-header"])
def test_damage_is_found_at_sign_in_and_restore_is_offered(encrypted, damage):
    session.login(encrypted.path, ADMIN, PASSWORD)
    good = backup.make_backup(encrypted.path, reason="manual")
    session.sign_out()
    data = encrypted.path.read_bytes()
    if damage == "truncate":
        encrypted.path.write_bytes(data[: len(data) // 3 + 100])
    elif damage == "garbage":
        encrypted.path.write_bytes(bytes(range(256)) * 64)
    elif damage == "empty":
        encrypted.path.write_bytes(b"")
    else:
        encrypted.path.write_bytes(b"\0" * 4096 + data[4096:])
    with pytest.raises(integrity.DatabaseDamaged) as err:
        session.login(encrypted.path, ADMIN, PASSWORD)
    assert "已损坏" in str(err.value)
    assert [b.path for b in err.value.backups] == [good.path]
    # the password was right: the key is there to restore with
    previous = restore.restore(encrypted.path, err.value.backups[0])
    assert previous is not None and ".damaged-" in previous.name  # kept, never deleted
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    with s.open_store() as store:
        assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] > 0


def test_plaintext_damage_is_found_too(demo_db):
    good = backup.make_backup(demo_db, reason="manual")
    size = demo_db.stat().st_size
    with open(demo_db, "r+b") as fh:
        fh.truncate(size // 2)
    report = integrity.open_check(demo_db)
    assert report.damaged and "损坏" in report.text()
    with pytest.raises(integrity.DatabaseDamaged):
        session.db_state(demo_db)
    restore.restore(demo_db, good)
    assert not integrity.full_check(demo_db).damaged


def test_full_check_explains_in_chinese(demo_db):
    report = integrity.full_check(demo_db)
    text = report.text()
    assert not report.damaged
    assert "完整性检查通过" in text and "结论：数据库完好" in text
    with Store.open(demo_db) as store:
        store.conn.execute("PRAGMA foreign_keys = OFF")
        store.conn.execute(
            "INSERT INTO guardians(id, child_id, name, created_at, created_by, device_id,"
            " updated_at, hlc) VALUES ('g-x', 'no-such-child', '某某', '', '', '', '', '')"
        )
        store.conn.execute("DROP TRIGGER events_no_delete")
    text = integrity.full_check(demo_db).text()
    assert "监护人中有 1 条记录引用了不存在的" in text
    assert "防篡改保护（触发器）被删除" in text


_VALID_MANIFEST = {
    "format": backup.FORMAT,
    "version": 1,
    "created_at": "2026-03-02T10:00:00+08:00",
    "reason": "daily",
    "encrypted": True,
    "key_id": "0123456789abcdef",
    "size": 4096,
    "sha256": "a" * 64,
    "user_version": 500,
    "counts": {"children": 3},
}
_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
)


@st.composite
def _mutated_manifest(draw):
    doc = dict(_VALID_MANIFEST)
    for _ in range(draw(st.integers(1, 3))):
        doc[draw(st.sampled_from([*_VALID_MANIFEST, "extra"]))] = draw(_leaf)
    if draw(st.booleans()):
        doc.pop(draw(st.sampled_from(list(_VALID_MANIFEST))))
    return json.dumps(doc).encode()


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), _mutated_manifest()))
def test_manifest_parser_refuses_bad_input_clearly(data):
    try:
        b = backup.parse_manifest(data, Path("x-20260101-000000-manual.db"))
    except BackupError as exc:
        assert "损坏" in str(exc)
    else:
        assert b.reason in backup.REASONS and isinstance(b.size, int)


def test_disk_errors_in_backup_leave_nothing(demo_db, tmp_path):
    """A backup into a folder that cannot be written is a clear refusal and leaves no file."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running as a user that ignores permissions (root)")
        with pytest.raises((db.DatabaseError, BackupError, PermissionError, OSError)):
            backup.make_backup(demo_db, folder=folder)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True
