"""`kcbx user|backup|check|restore` as county IT staff would use them (passwords from the
environment, as in a script)."""

from __future__ import annotations

import pytest
from security_helpers import ADMIN, PASSWORD

from desktop.cli import main
from desktop.security import backup, cipher, session


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("KCBX_USER", "admin")
    monkeypatch.setenv("KCBX_PASSWORD", "admin-pw-2026")
    monkeypatch.setenv("KCBX_NEW_PASSWORD", "admin-pw-2026")
    return monkeypatch


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    session.sign_out()
    return code, out, err


def test_setup_add_list_backup_check_restore(demo_db, env, capsys):
    db = str(demo_db)
    code, out, _ = _run(
        capsys, "user", "--db", db, "setup", "--username", "admin", "--name", "县管理员"
    )
    assert code == 0 and "恢复密钥" in out and "已创建县级管理员" in out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 8)
    assert cipher.is_encrypted(demo_db) and not cipher.is_plaintext_sqlite(demo_db)

    env.setenv("KCBX_NEW_PASSWORD", "teacher-pw-1")
    code, out, _ = _run(
        capsys,
        "user",
        "--db",
        db,
        "add",
        "liu",
        "--name",
        "刘老师",
        "--role",
        "teacher",
        "--school",
        "s-1",
    )
    assert code == 0 and "已新建用户 liu" in out
    code, out, _ = _run(capsys, "user", "--db", db, "list")
    assert "刘老师" in out and "教师" in out and "县级管理员" in out

    code, out, _ = _run(capsys, "backup", "--db", db)
    assert code == 0 and "已备份" in out
    code, out, _ = _run(capsys, "backup", "--db", db, "--list")
    assert "已加密" in out and "手动备份" in out

    code, out, _ = _run(capsys, "check", "--db", db)
    assert code == 0 and "结论：数据库完好" in out

    # damage the file: check says so and names the way back; restore --latest brings it back
    data = demo_db.read_bytes()
    demo_db.write_bytes(data[: len(data) // 2])
    code, out, _ = _run(capsys, "check", "--db", db)
    assert code == 1 and "损坏" in out and "kcbx restore" in out
    code, out, _ = _run(capsys, "restore", "--db", db, "--latest", "--yes")
    assert code == 0 and "已从备份恢复" in out and "damaged" in out
    code, out, _ = _run(capsys, "check", "--db", db)
    assert code == 0

    # a teacher may not back up or manage users
    env.setenv("KCBX_USER", "liu")
    env.setenv("KCBX_PASSWORD", "teacher-pw-1")
    code, _, err = _run(capsys, "user", "--db", db, "list")
    assert code == 1 and "无权" in err

    # forgotten password: the recovery key
    env.setenv("KCBX_RECOVERY_KEY", recovery)
    env.setenv("KCBX_NEW_PASSWORD", "another-admin-pw")
    code, out, _ = _run(capsys, "user", "--db", db, "reset", "admin", "--recovery")
    assert code == 0
    env.setenv("KCBX_USER", "admin")
    env.setenv("KCBX_PASSWORD", "another-admin-pw")
    code, out, _ = _run(capsys, "user", "--db", db, "list")
    assert code == 0


def test_wrong_password_on_the_command_line(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("KCBX_USER", "admin")
    monkeypatch.setenv("KCBX_PASSWORD", "wrong password")
    code, _, err = _run(capsys, "check", "--db", str(encrypted.path))
    assert code == 1 and "用户名或密码错误" in err


def test_other_commands_on_an_encrypted_database_ask_to_sign_in(encrypted, monkeypatch, capsys):
    monkeypatch.delenv("KCBX_PASSWORD", raising=False)
    code, _, err = _run(capsys, "search", "--db", str(encrypted.path), "王")
    assert code == 1 and "KCBX_USER" in err  # no terminal here: it says how to sign in
    monkeypatch.setenv("KCBX_USER", ADMIN)
    monkeypatch.setenv("KCBX_PASSWORD", "wrong password")
    code, _, err = _run(capsys, "search", "--db", str(encrypted.path), encrypted.name)
    assert code == 1 and "密码" in err
    monkeypatch.setenv("KCBX_PASSWORD", PASSWORD)
    code, out, _ = _run(capsys, "search", "--db", str(encrypted.path), encrypted.name)
    assert code == 0 and encrypted.name in out


def test_backup_list_when_there_is_none(demo_db, capsys):
    code, out, _ = _run(capsys, "backup", "--db", str(demo_db), "--list")
    assert code == 0 and "没有找到备份" in out
    assert backup.list_backups(demo_db) == []
