"""Device keys at rest: sync asks the signed-in session (security) for the key protector, so
the security package needs to know nothing of sync (tests/test_layers.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop.domain.errors import UserError
from desktop.security import cipher, sealing, session
from desktop.sync import keys

KEY = bytes(range(32))


def test_an_encrypted_session_wraps_the_device_keys(store, monkeypatch):
    signed_in = SimpleNamespace(encrypted=True, db_path=store.path)
    monkeypatch.setattr(session, "current", lambda: signed_in)
    cipher.register_key(store.path, KEY)
    try:
        public = keys.ensure_device_keys(store)
        rows = store.conn.execute("SELECT protection, secret FROM sync_keys").fetchall()
        assert {r[0] for r in rows} == {sealing.PROTECTION}
        private = keys.private_keys(store)
        assert private.sign.public_key().public_bytes_raw() == public.sign
        # Signed out: the wrapped keys cannot be read, and say why.
        monkeypatch.setattr(session, "current", lambda: None)
        with pytest.raises(UserError, match="请先登录"):
            keys.private_keys(store)
    finally:
        cipher.forget_key(store.path)


def test_without_an_encrypted_session_keys_are_stored_plain(store, monkeypatch):
    monkeypatch.setattr(session, "current", lambda: SimpleNamespace(encrypted=False))
    keys.ensure_device_keys(store)
    rows = store.conn.execute("SELECT protection FROM sync_keys").fetchall()
    assert {r[0] for r in rows} == {"none"}
