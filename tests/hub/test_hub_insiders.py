"""Insider attacks through a real hub on 127.0.0.1: forged authorship, a revoked device relayed
by a county laptop, writes outside the sender's rights. Refused (security event in the county
database and a warning in the hub log), the genuine ops kept, every device converges."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hubkit import device, hub_db, settle, signed, start, sync
from synckit import T2, V2, bundle, child, diff, dump, forge, tampered

from desktop.store.repo import Store
from desktop.sync import enrol, evidence, export, importer


@pytest.fixture
def rig(county, tmp_path: Path):
    hub_path = hub_db(county, tmp_path / "hub.db")
    hub = start(hub_path, str(tmp_path / "relay.db"))
    with Store.open(hub_path) as h:
        hub_cert = enrol.enrolment_of(h)
    yield hub, hub_path, hub_cert
    hub.stop()


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


def push(store: Store, data: bytes, url: str):
    import json

    from desktop.sync.envelope import read

    bundle_id = read(data).header["bundle_id"]
    headers = {"X-Kcbx-Bundle": bundle_id, "Content-Type": "application/octet-stream"}
    response = signed(store, "POST", "/v1/bundles", url=url, body=data, headers=headers)
    return response.status_code, json.loads(response.text)


def hub_events(hub_path: Path) -> list[dict]:
    with Store.open(hub_path) as h:
        return evidence.events(h)


def test_forged_authorship_through_the_hub(rig, county, tmp_path, caplog, capsys) -> None:
    hub, hub_path, hub_cert = rig
    b = device(county, tmp_path / "b.db", url=hub.url, name="B")
    c = device(county, tmp_path / "c.db", url=hub.url, name="C")
    child(c, "先有的")
    settle([b, c])
    with Store.open(hub_path) as h:
        before = dump(h)
    data, _ = forge(b, c, hub_cert, sign=True, names_=("伪造甲", "伪造乙"))
    with caplog.at_level(logging.WARNING, logger="kcbx.hub.access"):
        status, answer = push(b, data, hub.url)
    assert status == 403 and answer["error"]["code"] == "forged_origin"
    assert any("security" in r.getMessage() for r in caplog.records)
    with Store.open(hub_path) as h:
        assert dump(h) == before
    assert hub_events(hub_path)[0]["kind"] == "forged_origin"
    from desktop.cli import main

    capsys.readouterr()
    relay = str(tmp_path / "relay.db")
    assert main(["hub", "status", "--db", str(hub_path), "--database", relay]) == 0
    out = capsys.readouterr().out
    assert "安全事件" in out and "forged_origin" in out and b.device_id[:8] in out
    # C's genuine ops with the same numbers are merged by the hub and reach B
    child(c, "真实甲")
    child(c, "真实乙")
    settle([b, c])
    assert {"真实甲", "真实乙"} <= names(b)
    # (the attacker's children made as its own ops arrive under its own name: not forged)
    settle([b, c])
    with Store.open(hub_path) as h:
        assert diff(dump(h), dump(c)) == []
    assert diff(dump(b), dump(c)) == []


def test_revoked_device_relayed_by_a_county_laptop(rig, county, tmp_path) -> None:
    hub, hub_path, hub_cert = rig
    b = device(county, tmp_path / "b.db", url=hub.url, name="B")
    k = device(county, tmp_path / "k.db", url=hub.url, role="county", name="县局")
    k2 = device(county, tmp_path / "k2.db", url=hub.url, role="county", name="县局管理员")
    child(b, "吊销前")
    settle([b, k, k2])
    # the county admin revokes B on its laptop: the record reaches the hub in its next bundle
    evidence.add_revocation(k2, evidence.make_revocation(county.key, b.device_id, note="被盗"))
    child(k2, "管理员记录")
    sync(k2)
    with Store.open(hub_path) as h:
        assert b.device_id in evidence.revocations(h)
    # B's later work comes to K (which has not heard yet) by USB and is relayed to the hub
    child(b, "吊销后")
    importer.import_bytes(k, bundle(b, k))
    assert "吊销后" in names(k)
    child(k, "县局记录")
    status, answer = push(k, export.prepare(k, [hub_cert], force=True).data, hub.url)
    assert status == 200, answer  # K's own work is merged; B's later ops are refused
    for report in sync(k):
        assert not report.error, report.message
    with Store.open(hub_path) as h:
        got = names(h)
        assert {"吊销前", "县局记录", "管理员记录"} <= got
        assert "吊销后" not in got
        assert "revoked" in {e["kind"] for e in evidence.events(h)}
    # K learned the revocation from the hub: B's USB bundles are now refused there too
    assert b.device_id in evidence.revocations(k)
    assert "revoked_undone" in {e["kind"] for e in evidence.events(k)}
    assert "吊销后" not in names(k), "taken before the news, undone when it came"
    child(b, "又一条")
    from desktop.sync.envelope import BundleRefused

    with pytest.raises(BundleRefused):
        importer.import_bytes(k, bundle(b, k))


def test_rights_through_the_hub(rig, county, tmp_path) -> None:
    hub, hub_path, hub_cert = rig
    b = device(county, tmp_path / "b.db", url=hub.url, name="B")
    settle([b])
    with tampered(b):
        b.set_setting("county.bureau", "伪造的教育局")
    reports = sync(b)
    assert any(r.error or "拒收" in r.message for r in reports)
    with Store.open(hub_path) as h:
        assert h.setting("county.bureau") != "伪造的教育局"
        assert "no_right" in {e["kind"] for e in evidence.events(h)}
    c = device(county, tmp_path / "c.db", url=hub.url, name="C")
    child(c, "外乡镇", township=T2, village=V2)
    prepared = export.prepare(c, [hub_cert], force=True)
    status, answer = push(c, prepared.data, hub.url)
    assert status == 403 and answer["error"]["code"] == "out_of_scope"
