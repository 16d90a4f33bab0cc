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
    monkeypatch.setattr(
        "desktop.ui.security.login.unlock", lambda path, while_shown: asked.append(path)
    )
    assert app.sign_in(demo_db) is None and asked == [demo_db]
    # scripts: the account in the environment
    monkeypatch.setenv("KCBX_USER", ADMIN)
    monkeypatch.setenv("KCBX_PASSWORD", "not the password")
    with pytest.raises(UserError, match="密码"):
        app.sign_in(demo_db)
    monkeypatch.setenv("KCBX_PASSWORD", PASSWORD)
    signed_in = app.sign_in(demo_db)
    assert signed_in is not None and signed_in.user.username == ADMIN


def test_the_sign_in_dialog_does_not_wait_for_the_session_modules():
    """The first window a user sees is the sign-in dialog: what it needs for an encrypted
    database is the keyring, not the accounts, roles and store (those load on a thread while
    the user types, desktop.ui.app)."""
    import subprocess
    import sys

    code = (
        "import sys; import desktop.ui.security.login, desktop.ui.app; "
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.security.session', "
        "'desktop.security.users', 'desktop.domain.model', 'desktop.store.repo', "
        "'desktop.ui.main_window'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_a_user_signs_in_while_the_window_modules_load(encrypted, tmp_path):
    """End to end, in its own process: the app shows the sign-in dialog, loads the session's
    and the main window's modules while the user types (here: 1.5 s, then the password and
    OK, as bench/ui_probe.py's `signin` mode does), and opens the main window."""
    import os
    import subprocess
    import sys

    probe = "from bench.ui_probe import main; main()"
    env = dict(os.environ)
    env.pop("KCBX_USER", None)
    env.pop("KCBX_PASSWORD", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KCBX_DATA_DIR=str(tmp_path / "data"),
        KCBX_BENCH_USER=ADMIN,
        KCBX_BENCH_PASSWORD=PASSWORD,
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, "signin", str(encrypted.path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    marks = dict(line.split(maxsplit=1) for line in out.stdout.splitlines() if line.strip())
    assert {"DIALOG", "SUBMIT", "INTERACTIVE"} <= marks.keys(), out.stdout
    assert marks["PRELOADED"] == "1"  # everything was loaded before OK
    assert float(marks["DIALOG"]) < float(marks["SUBMIT"]) < float(marks["INTERACTIVE"])
