"""A province: two hub processes behind one address share one PostgreSQL relay and one county
database. Devices talk to either process, concurrently; everything converges, merges are
serialized by the county lock, and a nonce used at one process is refused at the other."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from conftest import free_port
from hubkit import device, hub_db, transport
from hubproc import unlock
from synckit import child

from desktop.store.repo import Store
from desktop.sync import runner
from desktop.sync.http import HttpTransport

pytestmark = pytest.mark.postgres


def _process(hub_path: Path, pg: str, port: int, log: Path) -> subprocess.Popen:
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["hub", "serve", "--db", str(hub_path), "--database", pg, "--port", str(port)]
    args += ["--threads", "4"]
    out = open(log, "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=out,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"hub process ended: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"hub process did not start: {log.read_text()[-2000:]}")


def _sync_in_thread(path: Path, url: str, errors: list[str]) -> None:
    try:
        with Store.open(path) as s:
            t = HttpTransport.for_store(s, url=url)
            runner.sync_over(s, t)
            t.close()
    except Exception as exc:  # reported by the test
        errors.append(repr(exc))


def test_two_processes_share_one_postgresql(county, tmp_path, pg_url):
    hub_path = hub_db(county, tmp_path / "hub.db")
    ports = [free_port(), free_port()]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    logs = [tmp_path / f"hub{i}.log" for i in range(2)]
    procs = [_process(hub_path, pg_url, p, log) for p, log in zip(ports, logs, strict=True)]
    stores: list[Store] = []
    try:
        for url, proc, log in zip(urls, procs, logs, strict=True):
            _wait(url, proc, log)
        unlock(hub_path, pg_url)  # the first process encrypted the county database (SQLCipher)
        paths = [tmp_path / f"d{i}.db" for i in range(6)]
        for i, path in enumerate(paths):
            role = "county" if i == 0 else "township"
            device(county, path, url=urls[i % 2], role=role).close()
        kids = []
        for round_ in range(3):
            for i, path in enumerate(paths):
                with Store.open(path) as s:
                    kids.append(child(s, f"学生{round_}-{i}"))
            errors: list[str] = []
            threads = [
                threading.Thread(
                    target=_sync_in_thread, args=(path, urls[(i + round_) % 2], errors)
                )
                for i, path in enumerate(paths)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            assert errors == []
        for _ in range(3):  # settle, alternating processes
            for i, path in enumerate(paths):
                _sync_in_thread(path, urls[i % 2], errors)
        assert errors == []
        stores = [Store.open(p) for p in paths]
        with Store.open(hub_path) as merged:
            names = {r[0] for r in merged.conn.execute("SELECT id FROM children")}
            assert set(kids) <= names
            total = merged.conn.execute("SELECT count(*) FROM children").fetchone()[0]
        for s in stores:  # every laptop of 丙妹镇 (and the county office) has every child
            assert s.conn.execute("SELECT count(*) FROM children").fetchone()[0] == total

        # a request accepted by one process is a replay at the other
        t = transport(stores[1], urls[0])
        headers = t._headers("GET", "/v1/status", b"")
        assert httpx.get(urls[0] + "/v1/status", headers=headers).status_code == 200
        again = httpx.get(urls[1] + "/v1/status", headers=headers)
        assert again.status_code == 401 and again.json()["error"]["code"] == "replayed"
    finally:
        for s in stores:
            s.close()
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
