"""The hub at rest: a real hub process (`kcbx hub serve`) merges synthetic children from two
laptops; every file it keeps (county database, relay database, their -wal/-shm, spool, key
file, log) is its user's only, and none of them holds a child's name (UTF-8 bytes) or ID
number — the databases are encrypted with SQLCipher under a key derived from the hub key."""

from __future__ import annotations

import stat
from pathlib import Path

from hubkit import device, hub_db, settle
from hubproc import hub_process, unlock
from synckit import child

from desktop.domain.ids import id_check_char
from desktop.security import cipher
from desktop.store.repo import Store

NAMES = ("龙秀兰", "石金花", "潘老榜", "吴阿妹")


def id_number(i: int) -> str:
    first = f"52263320140{i + 1}0500{i + 2}"[:17]
    return first + id_check_char(first)


def hub_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def check_files(folder: Path, secrets: list[bytes]) -> int:
    files = hub_files(folder)
    assert files
    for path in [folder, *files, *(p for p in folder.rglob("*") if p.is_dir())]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert not mode & 0o077, f"{path.name}: mode {mode:o}, others can read it"
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, f"{secret.decode()} in plain bytes in {path.name}"
    for name in ("hub.db", "relay.db"):
        assert not cipher.is_plaintext_sqlite(folder / name), f"{name} is plain SQLite"
    return len(files)


def test_the_hubs_files_hold_no_childs_name_or_id_number(county, tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir(mode=0o700)
    laptops = tmp_path / "laptops"
    laptops.mkdir()
    hub_path = hub_db(county, folder / "hub.db")
    relay = str(folder / "relay.db")
    secrets: list[bytes] = []
    with hub_process(hub_path, relay, folder) as hub:
        a = device(county, laptops / "a.db", url=hub.url, name="A")
        k = device(county, laptops / "k.db", url=hub.url, role="county", name="县局")
        for i, name in enumerate(NAMES):
            number = id_number(i)
            child(a if i % 2 else k, name, id_number=number, address=f"{name}家住岜沙村")
            secrets += [name.encode(), number.encode()]
        settle([a, k])
        got = {r[0] for r in a.conn.execute("SELECT name FROM children")}
        assert set(NAMES) <= got, "the hub merged and served them"
        unlock(hub_path, relay)
        with Store.open(hub_path) as h:  # the county database holds them, encrypted
            assert set(NAMES) <= {r[0] for r in h.conn.execute("SELECT name FROM children")}
        assert check_files(folder, secrets) >= 4  # while it runs (-wal files and all)
        a.close()
        k.close()
    assert check_files(folder, secrets) >= 3  # and after it stopped
    # the other hub commands open the encrypted databases with the same key file
    from desktop.cli import main

    for path in (hub_path, Path(relay)):
        cipher.forget_key(path)
    assert main(["hub", "status", "--db", str(hub_path), "--database", relay]) == 0
    copy = tmp_path / "report-copy.db"
    assert main(["hub", "snapshot", "--db", str(hub_path), "--out", str(copy)]) == 0
    with Store.open(copy) as c:  # a decrypted copy for reports, without the hub's keys
        assert set(NAMES) <= {r[0] for r in c.conn.execute("SELECT name FROM children")}
        assert c.conn.execute("SELECT count(*) FROM sync_keys").fetchone()[0] == 0
    # the laptops' plaintext test databases do hold them: the search would find them there
    assert any(NAMES[0].encode() in p.read_bytes() for p in laptops.glob("*.db*"))
