"""Folders (USB stick, network share) as a transport, the automatic schedule, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synckit import T2, V2, County, child, dump, make_county

from desktop.cli import main
from desktop.store.repo import Store
from desktop.sync import conflicts, importer, marks, runner
from desktop.sync.transports import FOLDER_NAME, FolderTransport


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def inbox(stick: Path, store: Store) -> list[str]:
    box = stick / FOLDER_NAME / f"to-{store.device_id}"
    return sorted(p.name for p in box.glob("*.kcbx")) if box.exists() else []


def test_a_usb_stick_carries_work_both_ways(county, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    a = county.device(tmp_path / "a.db", name="丙妹镇-1")
    b = county.device(tmp_path / "b.db", name="丙妹镇-2")
    hq = county.device(tmp_path / "hq.db", role="county", name="县教育局")
    other = county.device(tmp_path / "o.db", townships=(T2,), name="贯洞镇-1")
    k1 = child(a, "甲镇学生")
    k2 = child(other, "乙镇学生", township=T2, village=V2)
    usb = FolderTransport(stick)
    assert usb.available()
    for _round in range(3):
        for device in (a, b, other, hq):
            report = runner.sync_over(device, usb)
            assert not report.refused and not report.error
    for device in (a, b, hq):
        assert device.get("children", k1) is not None
    assert hq.get("children", k2) is not None
    assert a.get("children", k2) is None and other.get("children", k1) is None
    assert dump(a)["children"] == dump(b)["children"]
    # township laptops do not write bundles for another township's laptop
    assert not any(a.device_id[:12] in n for n in inbox(stick, other))
    # work is confirmed once the county has it
    assert marks.summary(a)["unconfirmed"] == 0
    for device in (a, b, hq, other):
        device.close()


def test_an_unread_bundle_is_replaced_by_the_next_and_bad_ones_are_quarantined(county, tmp_path):
    stick = tmp_path / "share"
    stick.mkdir()
    a = county.device(tmp_path / "a.db")
    b = county.device(tmp_path / "b.db")
    usb = FolderTransport(stick)
    runner.sync_over(b, usb)  # b's certificate is on the stick
    runner.sync_over(a, usb)
    child(a, "新学生")
    runner.sync_over(a, usb)
    assert len(inbox(stick, b)) == 1  # the second bundle superseded the first
    box = stick / FOLDER_NAME / f"to-{b.device_id}"
    (box / "20990101T000000-bad-x.kcbx").write_bytes(b"KCBXBNDL" + b"\0" * 20)
    report = runner.sync_over(b, usb)
    assert len(report.received) == 1 and len(report.refused) == 1
    assert b.conn.execute("SELECT count(*) FROM children WHERE name='新学生'").fetchone()[0] == 1
    assert inbox(stick, b) == []
    assert importer.quarantined(b)[0]["reason"] in ("truncated", "damaged")
    a.close()
    b.close()


def test_configured_folder_runs_only_when_present(county, tmp_path):
    a = county.device(tmp_path / "a.db")
    stick = tmp_path / "E盘"
    runner.add_folder(a, str(stick), label="U盘")
    assert runner.run_configured(a) == []  # not plugged in
    stick.mkdir()
    reports = runner.run_configured(a)
    assert len(reports) == 1 and reports[0].transport == "U盘"
    assert runner.transports(a)[0].last_ok
    a.close()


def test_scheduler_runs_when_reachable_and_backs_off():
    now = [1000.0]
    s = runner.Scheduler(interval=300, busy_interval=60, base=30, cap=240, clock=lambda: now[0])
    assert not s.due("usb", available=False)
    assert s.due("usb", available=True)  # it just appeared
    s.succeeded("usb")
    now[0] += 10
    assert not s.due("usb", available=True)
    now[0] += 55
    assert s.due("usb", available=True, pending=True)  # local changes wait a minute at most
    assert not s.due("usb", available=True, pending=False)
    now[0] += 300
    assert s.due("usb", available=True)
    delays = [s.failed("usb") for _ in range(5)]
    assert delays == [30, 60, 120, 240, 240]
    assert not s.due("usb", available=True)
    now[0] += 240
    assert s.due("usb", available=True)
    s.succeeded("usb")
    assert not s.due("usb", available=False)
    assert s.due("usb", available=True)  # plugged in again


def test_the_command(county, tmp_path, capsys, monkeypatch):
    key = tmp_path / "县级密钥.json"
    monkeypatch.delenv("KCBX_COUNTY_KEY_PASSWORD", raising=False)
    assert main(["sync", "county-init", "--out", str(key), "--county", "522633"]) == 1
    assert not key.exists()  # no password, no key file
    monkeypatch.setenv("KCBX_COUNTY_KEY_PASSWORD", "县级密钥-口令-2026")
    assert (
        main(["sync", "county-init", "--out", str(key), "--county", "522633", "--name", "从江县"])
        == 0
    )
    stored = json.loads(key.read_text(encoding="utf-8"))
    assert "secret" not in stored and "secret_sealed" in stored  # the private key is sealed
    assert main(["sync", "county-init", "--out", str(key), "--county", "522633"]) == 1  # once only
    dbs = {}
    for name, extra in (("a", ["--township", "522633100"]), ("hq", ["--role", "county"])):
        db = tmp_path / f"{name}.db"
        dbs[name] = db
        req, reg = tmp_path / f"{name}-申请.json", tmp_path / f"{name}-注册.json"
        assert main(["sync", "enrol-request", "--db", str(db), "--out", str(req)]) == 0
        assert (
            main(
                [
                    "sync",
                    "enrol-issue",
                    "--county-key",
                    str(key),
                    "--request",
                    str(req),
                    "--out",
                    str(reg),
                    "--name",
                    name,
                    *extra,
                ]
            )
            == 0
        )
        assert main(["sync", "enrol", "--db", str(db), str(reg)]) == 0
    with Store.open(dbs["a"]) as a:
        child(a, "命令行学生")
        a_id = a.device_id
    with Store.open(dbs["hq"]) as hq:
        hq_id = hq.device_id
    cert = tmp_path / "hq-cert.json"
    assert main(["sync", "cert", "--db", str(dbs["hq"]), "--out", str(cert)]) == 0
    assert main(["sync", "peers", "--db", str(dbs["a"]), "--add", str(cert)]) == 0
    out = tmp_path / "a-to-hq.kcbx"
    assert (
        main(["sync", "export", "--db", str(dbs["a"]), "--to", hq_id[:8], "--out", str(out)]) == 0
    )
    capsys.readouterr()
    assert main(["sync", "import", "--db", str(dbs["hq"]), str(out)]) == 0
    assert "已导入" in capsys.readouterr().out
    bad = tmp_path / "bad.kcbx"
    bad.write_bytes(b"not a bundle at all")
    assert main(["sync", "import", "--db", str(dbs["hq"]), str(bad)]) == 1
    assert "已拒收" in capsys.readouterr().out
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["sync", "run", "--db", str(dbs["hq"]), "--folder", str(stick)]) == 0
    assert main(["sync", "run", "--db", str(dbs["a"]), "--folder", str(stick)]) == 0
    assert main(["sync", "status", "--db", str(dbs["a"])]) == 0
    text = capsys.readouterr().out
    assert "未确认 0 项" in text and a_id in text
    assert main(["sync", "review", "--db", str(dbs["hq"])]) == 0
    assert "没有待审核" in capsys.readouterr().out
    with Store.open(dbs["hq"]) as hq:
        assert (
            hq.conn.execute("SELECT count(*) FROM children WHERE name='命令行学生'").fetchone()[0]
            == 1
        )
        assert conflicts.review_items(hq) == []


def test_devices_do_not_keep_answering_each_other(county, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    a = county.device(tmp_path / "a.db")
    b = county.device(tmp_path / "b.db")
    usb = FolderTransport(stick)
    child(a, "一个学生")
    for _ in range(3):
        for d in (a, b):
            runner.sync_over(d, usb)
    sent = [len(runner.sync_over(d, usb).sent) for _ in range(2) for d in (a, b)]
    assert sent == [0, 0, 0, 0]  # all said, all acknowledged: quiet
    child(b, "又一个")
    assert len(runner.sync_over(b, usb).sent) == 1
    a.close()
    b.close()


def test_a_sealed_county_key_needs_its_password(tmp_path):
    from desktop.domain.errors import UserError
    from desktop.sync import keys

    path = tmp_path / "county.key"
    made = keys.create_county_key(path, code="522633", name="从江县", password="县级密钥-口令-2026")
    raw = path.read_bytes()
    assert keys.b64(made.secret).encode() not in raw
    with pytest.raises(UserError, match="需要输入县级密钥的密码"):
        keys.load_county_key(path)
    with pytest.raises(UserError, match="密码错误"):
        keys.load_county_key(path, password="别的口令-2026-x")
    assert keys.load_county_key(path, password=lambda: "县级密钥-口令-2026").secret == made.secret
