"""The hub's files at rest: each hub process spools uploads in its own folder (a starting
process never deletes another's upload in flight), and every file it keeps is 0600."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest
from hubkit import device, hub_db, settle, start
from synckit import child

from desktop.hub.app import started


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_each_hub_process_has_its_own_spool(county, tmp_path: Path) -> None:
    hub_path = hub_db(county, tmp_path / "hub.db")
    spool = tmp_path / "spool"
    relay = str(tmp_path / "relay.db")
    first = start(hub_path, relay, spool=spool)
    try:
        mine = started(first.app).spool_dir
        in_flight = mine / "upload-abc.part"
        in_flight.write_bytes(b"half an upload")
        dead = spool / f"{socket.gethostname()}-{2**22 + 12345}-dead"  # no such process
        dead.mkdir()
        (dead / "upload-old.part").write_bytes(b"left by a crash")
        second = start(hub_path, relay, spool=spool)
        try:
            other = started(second.app).spool_dir
            assert other != mine and other.parent == mine.parent
            assert in_flight.exists(), "a starting hub deleted another's upload in flight"
            assert not dead.exists(), "a crashed process's leftovers stay"
            assert _private(other) and _private(spool)
        finally:
            second.stop()
    finally:
        first.stop()
    assert not mine.exists()


def test_every_file_the_hub_keeps_is_private(county, tmp_path: Path) -> None:
    hub_path = hub_db(county, tmp_path / "hub.db")
    os.chmod(hub_path, 0o644)
    hub = start(hub_path, str(tmp_path / "relay.db"))
    try:
        a = device(county, tmp_path / "a.db", url=hub.url, name="A")
        child(a, "文件检查")
        settle([a])
        a.close()
        kept = [
            p
            for p in tmp_path.iterdir()
            if p.is_file() and (p.name.startswith("hub.db") or p.name.startswith("relay.db"))
        ]
        assert {p.name for p in kept} >= {"hub.db", "relay.db"}
        for p in kept:
            assert _private(p), f"{p.name} is readable by others"
    finally:
        hub.stop()


def test_the_hubs_private_keys_are_sealed_with_its_key_file(county, tmp_path: Path) -> None:
    from desktop.domain.errors import UserError
    from desktop.store.repo import Store
    from desktop.sync import keys

    hub_path = hub_db(county, tmp_path / "hub.db")
    with Store.open(hub_path) as h:
        plain = {r[0]: bytes(r[1]) for r in h.conn.execute("SELECT kind, secret FROM sync_keys")}
    key_file = tmp_path / "hub.key"
    hub = start(hub_path, str(tmp_path / "relay.db"), key_file=key_file)
    try:
        assert _private(key_file)
        a = device(county, tmp_path / "a.db", url=hub.url, name="A")
        child(a, "密钥检查")
        settle([a])  # the hub decrypts and signs with its sealed keys
        a.close()
    finally:
        hub.stop()
    with Store.open(hub_path) as h:
        rows = h.conn.execute("SELECT kind, secret, protection FROM sync_keys").fetchall()
    assert {r[2] for r in rows} == {"hub-key"}
    for kind, secret, _p in rows:
        assert plain[kind] not in bytes(secret)
    raw = hub_path.read_bytes()
    assert not any(p in raw for p in plain.values())
    # a key file others can read is refused; another key cannot open the keys
    key_file.chmod(0o644)
    from desktop.hub import keyseal

    with pytest.raises(UserError, match="chmod 600"):
        keyseal.load_key(key_file)
    with pytest.raises(BaseException):  # noqa: B017 - the hub does not start
        start(hub_path, str(tmp_path / "relay.db"), key_file=key_file)
    other = tmp_path / "other.key"  # another key opens neither the database nor the keys
    with pytest.raises(BaseException):  # noqa: B017 - the hub does not start
        start(hub_path, str(tmp_path / "relay.db"), key_file=other)
    from desktop.hub import atrest
    from desktop.hub.app import HubConfig

    config = HubConfig(stores=[hub_path], database=str(tmp_path / "relay.db"), key_file=other)
    with pytest.raises(UserError, match="密钥文件不是这个数据库的"):
        atrest.unlock(config)
    keys.set_database_protector(hub_path, None)
