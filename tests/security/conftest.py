"""Fixtures of the security tests: a cheap KDF, no session leaking between tests, and an
encrypted copy of the demo county."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from security_helpers import ADMIN, PASSWORD


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its real settings costs ~0.4 s and 64 MiB per guess; tests use a tiny cost
    (the code path is the same, the parameters are stored per key slot)."""
    from desktop.security import kdf

    monkeypatch.setattr(kdf, "DEFAULT", kdf.Params(time_cost=1, memory_kib=256, parallelism=1))


@pytest.fixture(autouse=True)
def _no_leaking_session():
    yield
    from desktop.security import session
    from desktop.store import db, repo

    session.sign_out()
    repo.set_open_hook(None)
    db.set_connector(None)


@dataclass
class Encrypted:
    path: Path
    recovery: str
    name: str  # a child's name known to be in the database
    id_number: str  # that child's ID number
    guardian_phone: str


def _known_child(path: Path) -> tuple[str, str, str]:
    import sqlite3

    conn = sqlite3.connect(path)
    name, id_number, phone = conn.execute(
        "SELECT c.name, c.id_number, g.phone FROM children c JOIN guardians g ON g.child_id = c.id"
        " WHERE c.id_number != '' AND length(c.name) >= 2 AND g.phone != '' LIMIT 1"
    ).fetchone()
    conn.close()
    return name, id_number, phone


@pytest.fixture(scope="session")
def encrypted_master(demo_master: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo county, set up with an admin and encrypted (made once per session)."""
    from desktop.security import kdf, session
    from desktop.store import db, repo

    folder = tmp_path_factory.mktemp("encrypted")
    path = folder / "county.db"
    shutil.copy(demo_master, path)
    name, id_number, phone = _known_child(path)
    saved = kdf.DEFAULT
    kdf.DEFAULT = kdf.Params(time_cost=1, memory_kib=256, parallelism=1)
    try:
        _, text = session.setup(
            path, username=ADMIN, display_name="县管理员", password=PASSWORD, encrypt_db=True
        )
    finally:
        kdf.DEFAULT = saved
        session.sign_out()
        repo.set_open_hook(None)
        db.set_connector(None)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    assert text is not None
    return Encrypted(path, text, name, id_number, phone)


@pytest.fixture
def encrypted(encrypted_master: Encrypted, tmp_path: Path) -> Encrypted:
    """A private copy of the encrypted demo county (database + keyring)."""
    folder = tmp_path / "enc"
    folder.mkdir()
    target = folder / "county.db"
    shutil.copy(encrypted_master.path, target)
    shutil.copy(str(encrypted_master.path) + ".keyring", str(target) + ".keyring")
    return Encrypted(
        target,
        encrypted_master.recovery,
        encrypted_master.name,
        encrypted_master.id_number,
        encrypted_master.guardian_phone,
    )
