"""Encryption at rest: no plaintext on disk, wrong passwords refused, keys wrapped per user."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from security_helpers import ADMIN, PASSWORD

from desktop.domain.errors import UserError
from desktop.security import backup, cipher, encrypt, kdf, session
from desktop.security.keyring import Keyring, keyring_path
from desktop.security.policy import Area, Role
from desktop.store import db
from desktop.store.repo import Store


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _contains(path: Path, *needles: str) -> list[str]:
    data = path.read_bytes()
    return [n for n in needles if n.encode("utf-8") in data]


def test_database_and_backups_hold_no_plaintext(encrypted, tmp_path):
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    with s.open_store() as store:
        # the data really is there, readable with the key
        row = store.conn.execute(
            "SELECT count(*) FROM children WHERE name=? AND id_number=?",
            (encrypted.name, encrypted.id_number),
        ).fetchone()
        assert row[0] == 1
        store.put_attachment(("扫描件 " + encrypted.name).encode(), "text/plain")
    made = backup.make_backup(encrypted.path, reason="manual")
    assert made.encrypted
    needles = (encrypted.name, encrypted.id_number, encrypted.guardian_phone, "从江县")
    files = _files_under(encrypted.path.parent)
    assert made.path in files and encrypted.path in files
    for f in files:
        assert _contains(f, *needles) == [], f
    # and nothing was left in the data folder or a temp folder by the process
    for f in _files_under(tmp_path / "kcbx-data") if (tmp_path / "kcbx-data").exists() else []:
        assert _contains(f, *needles) == [], f


def test_the_plaintext_check_would_see_plaintext(demo_db, demo_master):
    """The byte search above can fail: a plaintext database shows the name and ID."""
    conn = sqlite3.connect(demo_db)
    name, id_number = conn.execute(
        "SELECT name, id_number FROM children WHERE id_number != '' LIMIT 1"
    ).fetchone()
    conn.close()
    assert _contains(demo_db, name, id_number) == [name, id_number]


def test_wrong_password_is_refused(encrypted):
    with pytest.raises(session.WrongPassword, match="用户名或密码错误"):
        session.login(encrypted.path, ADMIN, "not the password")
    with pytest.raises(session.WrongPassword):
        session.login(encrypted.path, "nobody", PASSWORD)
    assert cipher.key_for(encrypted.path) is None
    with pytest.raises(db.DatabaseError, match="已加密"):
        Store.open(encrypted.path)
    # SQLCipher itself refuses a wrong key ("file is not a database") as a clear message
    with pytest.raises(cipher.WrongKey, match="无法解密"):
        cipher.open_raw(encrypted.path, b"\x01" * 32)


def test_plain_sqlite_cannot_read_the_file(encrypted):
    conn = sqlite3.connect(encrypted.path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM children").fetchone()
    conn.close()


def test_signed_out_means_no_access_again(encrypted):
    session.login(encrypted.path, ADMIN, PASSWORD)
    Store.open(encrypted.path).close()
    session.sign_out()
    with pytest.raises(db.DatabaseError, match="请先登录"):
        Store.open(encrypted.path)


def test_sqlite3_exception_classes_hold_under_encryption(encrypted):
    """Code elsewhere catches sqlite3.IntegrityError etc.; an encrypted connection raises them."""
    session.login(encrypted.path, ADMIN, PASSWORD)
    with Store.open(encrypted.path) as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO meta(key, value) VALUES ('device_id', 'x')")
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("SELECT * FROM no_such_table")
        row = store.conn.execute("SELECT key, value FROM meta LIMIT 1").fetchone()
        assert row["key"] and dict(row)


def test_several_users_unlock_and_a_password_change_does_not_reencrypt(encrypted):
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    with s.open_store() as store:
        township = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[
            0
        ]
    s.add_user(
        username="zhang",
        display_name="张干部",
        role=Role.TOWNSHIP_CADRE,
        area=Area(townships=(township,)),
        password="initial-pass-1",
    )
    first_page = encrypted.path.read_bytes()[:16]  # SQLCipher's per-file salt
    ring_before = keyring_path(encrypted.path).read_bytes()
    session.sign_out()

    z = session.login(encrypted.path, "zhang", "initial-pass-1")
    assert z.user.must_change
    z.change_password("initial-pass-1", "new-pass-for-zhang")
    session.sign_out()
    with pytest.raises(session.WrongPassword):
        session.login(encrypted.path, "zhang", "initial-pass-1")
    z = session.login(encrypted.path, "zhang", "new-pass-for-zhang")
    assert not z.user.must_change
    session.sign_out()
    # the admin still unlocks; the data key (and the file's salt) never changed
    session.login(encrypted.path, ADMIN, PASSWORD)
    assert encrypted.path.read_bytes()[:16] == first_page
    assert keyring_path(encrypted.path).read_bytes() != ring_before


def test_recovery_key_resets_a_forgotten_password(encrypted):
    s = session.recover(
        encrypted.path,
        encrypted.recovery.lower().replace("-", " "),
        username=ADMIN,
        new_password="brand-new-password",
    )
    assert s.user.username == ADMIN
    session.sign_out()
    with pytest.raises(session.WrongPassword):
        session.login(encrypted.path, ADMIN, PASSWORD)
    session.login(encrypted.path, ADMIN, "brand-new-password")


def test_a_wrong_recovery_key_is_refused(encrypted):
    text, _ = kdf.new_recovery_key()
    with pytest.raises(session.WrongPassword, match="恢复密钥不正确"):
        session.recover(encrypted.path, text, username=ADMIN, new_password="brand-new-password")
    bad = encrypted.recovery[:-1] + ("A" if encrypted.recovery[-1] != "A" else "B")
    with pytest.raises(kdf.BadRecoveryKey, match="校验不符"):
        session.recover(encrypted.path, bad, username=ADMIN, new_password="brand-new-password")


def test_a_new_recovery_key_replaces_the_old_one(encrypted):
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    new = s.new_recovery_key()
    session.sign_out()
    with pytest.raises(session.WrongPassword):
        session.recover(
            encrypted.path, encrypted.recovery, username=ADMIN, new_password="x-password-2"
        )
    session.recover(encrypted.path, new, username=ADMIN, new_password="x-password-2")


def test_plaintext_databases_keep_working_with_the_connector_installed(demo_db):
    session.install()
    with Store.open(demo_db) as store:
        assert isinstance(store.conn, sqlite3.Connection)
        assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] > 0


def test_setup_creates_the_admin_and_encrypts(demo_db):
    s, text = session.setup(
        demo_db, username="boss", display_name="局长", password="a-good-password"
    )
    assert text and s.encrypted and s.user.role is Role.COUNTY_ADMIN
    assert not cipher.is_plaintext_sqlite(demo_db)
    assert keyring_path(demo_db).exists()
    leftovers = [
        p.name for p in demo_db.parent.iterdir() if "encrypting" in p.name or "plaintext" in p.name
    ]
    assert leftovers == []
    with pytest.raises(UserError, match="已经加密"):
        session.setup(demo_db, username="boss2", display_name="二号", password="a-good-password")


def test_interrupted_encryption_is_finished_at_sign_in(demo_db):
    """A crash after the keyring was written but before the file was swapped: the database is
    still plaintext beside a keyring. The next sign-in encrypts it."""
    _s, _ = session.setup(
        demo_db, username="boss", display_name="局长", password="a-good-password", encrypt_db=False
    )
    session.sign_out()
    key = b"\x07" * 32
    _text, raw = kdf.new_recovery_key()
    Keyring.create(key, user="boss", password="a-good-password", recovery=raw).save(
        keyring_path(demo_db)
    )
    # and a half-written export left behind
    (demo_db.parent / f".{demo_db.name}.encrypting").write_bytes(b"partial")
    assert cipher.is_plaintext_sqlite(demo_db)
    session.login(demo_db, "boss", "a-good-password")
    assert not cipher.is_plaintext_sqlite(demo_db)
    assert not (demo_db.parent / f".{demo_db.name}.encrypting").exists()
    with Store.open(demo_db) as store:
        assert store.conn.execute("SELECT count(*) FROM children").fetchone()[0] > 0


def test_encrypting_later_replaces_plaintext_backups(demo_db):
    s, _ = session.setup(
        demo_db, username="boss", display_name="局长", password="a-good-password", encrypt_db=False
    )
    plain = backup.make_backup(demo_db, reason="manual")
    assert not plain.encrypted
    text = s.encrypt_database("a-good-password")
    assert text
    remaining = backup.list_backups(demo_db)
    assert remaining and all(b.encrypted for b in remaining)
    assert not plain.path.exists()


def test_encrypt_refuses_a_damaged_database(tmp_path):
    path = tmp_path / "bad.db"
    shutil.copy(Path(__file__), path)
    with pytest.raises(db.DatabaseError):
        encrypt.encrypt_in_place(path, b"\x01" * 32)
    assert (
        hashlib.sha256(path.read_bytes()).digest()
        == hashlib.sha256(Path(__file__).read_bytes()).digest()
    )


def test_a_refused_new_account_leaves_no_key_slot(encrypted):
    s = session.login(encrypted.path, ADMIN, PASSWORD)
    with pytest.raises(UserError, match="已有名为"):
        s.add_user(
            username="dup",
            display_name="县管理员",  # the admin's own name
            role=Role.AUDITOR,
            area=Area(),
            password="some-password-1",
        )
    from desktop.security import keyring

    assert keyring.load(keyring_path(encrypted.path)).users() == [ADMIN]
