"""`kcbx hub …`: making the hub's database and certificate, serving (JSON logs with no personal
data), the device registry, status, and a read-only copy for reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
from conftest import free_port
from hubkit import device, hub_db, sync
from synckit import child

from desktop.cli import main
from desktop.hub import tls
from desktop.store.repo import Store
from desktop.sync import enrol


def test_init_tls_devices_status_snapshot(county, tmp_path, capsys):
    hub_path, request = tmp_path / "hub.db", tmp_path / "req.json"
    assert (
        main(["hub", "init", "--db", str(hub_path), "--county", "522633", "--out", str(request)])
        == 0
    )
    assert (
        main(["hub", "init", "--db", str(hub_path), "--county", "522633", "--out", str(request)])
        == 1
    )
    req = enrol.read_json(request, kind=enrol.REQUEST_TYPE, label="申请")
    cert, key = tmp_path / "hub.crt", tmp_path / "hub.key"
    assert main(["hub", "tls", "--cert", str(cert), "--key", str(key), "--host", "127.0.0.1"]) == 0
    out = capsys.readouterr().out
    assert tls.pin_of(cert) in out
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    from desktop.domain.scope import Scope

    issued = enrol.issue(county.key, req, role="hub", scope=Scope.everything())
    with Store.open(hub_path) as h:
        enrol.enrol(h, issued)
    assert main(["hub", "status", "--db", str(hub_path)]) == 0
    assert "522633" in capsys.readouterr().out
    assert main(["hub", "devices", "--db", str(hub_path), "--disable", "nobody"]) == 1
    copy = tmp_path / "copy.db"
    assert main(["hub", "snapshot", "--db", str(hub_path), "--out", str(copy)]) == 0
    with Store.open(copy) as c, Store.open(hub_path) as h:
        assert c.conn.execute("SELECT count(*) FROM sync_keys").fetchone()[0] == 0
        assert enrol.enrolment_of(c) is None and c.device_id != h.device_id
        assert c.conn.execute("SELECT count(*) FROM regions").fetchone()[0] > 0


def test_serve_logs_json_without_personal_data(county, tmp_path):
    hub_path = hub_db(county, tmp_path / "hub.db")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "hub", "serve", "--db", str(hub_path), "--port", str(port)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    a = None
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        a = device(county, tmp_path / "a.db", url=url, name="丙妹镇-张三的电脑")
        child(a, "王小明", id_number="")
        (report,) = sync(a)
        assert not report.error and report.sent
        assert main(["hub", "devices", "--db", str(hub_path), "--disable", a.device_id]) == 0
        (report,) = sync(a)
        assert "停用" in report.error
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
        if a is not None:
            a.close()
    lines = [json.loads(line) for line in err.decode().splitlines() if line.startswith("{")]
    requests = [r for r in lines if r.get("event") == "request"]
    assert {r["route"] for r in requests} >= {"/v1/health", "/v1/bundles", "/v1/inbox"}
    for r in requests:
        assert {"ts", "method", "route", "status", "device", "bytes_in", "bytes_out", "ms"} <= set(
            r
        )
    assert any(r["status"] == 403 and r.get("code") == "device_disabled" for r in requests)
    text = err.decode()
    assert "王小明" not in text and "张三" not in text and "127.0.0.1" not in text
