"""A roster import on an encrypted database: it works, and its backup is encrypted too."""

from __future__ import annotations

import sqlite3

from security_helpers import ADMIN, PASSWORD

from desktop.cli import main
from desktop.domain.ids import id_check_char
from desktop.security import backup, session


def test_roster_import_on_an_encrypted_database(encrypted, tmp_path, monkeypatch, capsys):
    first17 = "52263320140305001"
    number = first17 + id_check_char(first17)
    roster = tmp_path / "户籍名册.csv"
    roster.write_text(
        "从江县户籍人口名册\n姓名,公民身份号码,性别,出生日期,户籍地址\n"
        f"龙小勇,{number},男,2014-03-05,丙妹镇岜沙村5组\n",
        encoding="gb18030",
    )
    monkeypatch.setenv("KCBX_USER", ADMIN)
    monkeypatch.setenv("KCBX_PASSWORD", PASSWORD)
    code = main(["import", "--db", str(encrypted.path), "--kind", "hukou", str(roster)])
    out, err = capsys.readouterr()
    session.sign_out()
    assert code == 0, err
    assert "导入" in out
    made = [b for b in backup.list_backups(encrypted.path) if b.reason == "import"]
    assert len(made) == 1 and made[0].encrypted
    raw = made[0].path.read_bytes()
    assert encrypted.name.encode() not in raw and encrypted.id_number.encode() not in raw
    # and the database itself stays unreadable without the key
    try:
        sqlite3.connect(encrypted.path).execute("SELECT count(*) FROM children").fetchone()
        readable = True
    except sqlite3.DatabaseError:
        readable = False
    assert not readable
