"""The hub's files at rest: each hub process spools uploads in its own folder (a starting
process never deletes another's upload in flight), and every file it keeps is 0600."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

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
