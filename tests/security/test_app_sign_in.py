"""The app signs in before its window: the dialog, or the account in the environment."""

from __future__ import annotations

import pytest
from security_helpers import ADMIN, PASSWORD

from desktop.domain.errors import UserError
from desktop.security import session


@pytest.mark.gui
def test_the_window_opens_only_for_a_signed_in_user(demo_db, monkeypatch, qapp):
    from desktop.ui import app

    session.setup(
        demo_db, username=ADMIN, display_name="县管理员", password=PASSWORD, encrypt_db=False
    )
    session.sign_out()
    # no account given: the sign-in dialog is asked; cancelling it means no window
    asked = []
    monkeypatch.delenv("KCBX_USER", raising=False)
    monkeypatch.delenv("KCBX_PASSWORD", raising=False)
    monkeypatch.setattr("desktop.ui.security.login.unlock", lambda path: asked.append(path))
    assert app.sign_in(demo_db) is None and asked == [demo_db]
    # scripts: the account in the environment
    monkeypatch.setenv("KCBX_USER", ADMIN)
    monkeypatch.setenv("KCBX_PASSWORD", "not the password")
    with pytest.raises(UserError, match="密码"):
        app.sign_in(demo_db)
    monkeypatch.setenv("KCBX_PASSWORD", PASSWORD)
    signed_in = app.sign_in(demo_db)
    assert signed_in is not None and signed_in.user.username == ADMIN
