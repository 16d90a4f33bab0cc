"""Role, scope and settings rights through a real hub process on 127.0.0.1 (`kcbx hub serve` in
a child process): a township laptop's change of a county setting (a tampered program), a
school's device writing about another school's pupil or recording a county decision. The hub
refuses each (403, a security event in the county database, a warning in its log), keeps the
genuine work, and every device converges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hubkit import device, hub_db, settle, signed, sync
from hubproc import hub_process, unlock
from synckit import T1, child, diff, dump, tampered

from desktop.domain import model
from desktop.store.repo import Store
from desktop.sync import enrol, evidence, export


def push(store: Store, data: bytes, url: str) -> tuple[int, dict]:
    from desktop.sync.envelope import read

    headers = {"X-Kcbx-Bundle": read(data).header["bundle_id"]}
    headers["Content-Type"] = "application/octet-stream"
    response = signed(store, "POST", "/v1/bundles", url=url, body=data, headers=headers)
    return response.status_code, json.loads(response.text)


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


@pytest.fixture
def rig(county, tmp_path: Path):  # type: ignore[no-untyped-def]
    hub_path = hub_db(county, tmp_path / "hub.db")
    with Store.open(hub_path) as h:
        hub_cert = enrol.enrolment_of(h)
    relay = str(tmp_path / "relay.db")
    with hub_process(hub_path, relay, tmp_path) as hub:
        unlock(hub_path, relay)  # the hub encrypted its databases at start
        yield hub, hub_path, hub_cert


def test_rights_are_refused_by_a_hub_process(rig, county, tmp_path: Path) -> None:
    hub, hub_path, hub_cert = rig
    k = device(county, tmp_path / "k.db", url=hub.url, role="county", name="县局")
    one = k.create("schools", model.School(name="丙妹一小", township_code=T1))
    two = k.create("schools", model.School(name="丙妹二小", township_code=T1))
    b = device(county, tmp_path / "b.db", url=hub.url, name="B")
    s = device(county, tmp_path / "s.db", url=hub.url, role="school", schools=(one,), name="一小")
    child(s, "一小学生", school_id=one)
    settle([k, b, s])
    assert "一小学生" in names(k) and "一小学生" in names(b)

    # 1. a township laptop's program, tampered, changes the county's bureau name
    with tampered(b):
        b.set_setting("county.bureau", "伪造的教育局")
    status, answer = push(b, export.prepare(b, [hub_cert], force=True).data, hub.url)
    assert status == 403 and answer["error"]["code"] == "no_right"
    assert "county.bureau" in answer["error"]["message"]
    # 2. a school's device writes about another school's pupil
    child(s, "二小学生", school_id=two)
    status, answer = push(s, export.prepare(s, [hub_cert], force=True).data, hub.url)
    assert status == 403 and answer["error"]["code"] == "out_of_scope"
    with Store.open(hub_path) as h:
        assert h.setting("county.bureau") != "伪造的教育局"
        assert "二小学生" not in names(h)
        kinds = [e["kind"] for e in evidence.events(h)]
    assert {"no_right", "out_of_scope"} <= set(kinds)
    assert "security" in hub.output()

    # 3. a school's device records a county decision (a disability assessment)
    s2 = device(county, tmp_path / "s2.db", url=hub.url, role="school", schools=(one,), name="2")
    settle([k, s2])
    kid = next(iter(r[0] for r in s2.conn.execute("SELECT id FROM children")))
    s2.append_event(
        "assessment",
        model.Assessment(category="visual", conclusion="可随班就读"),
        occurred_on="2026-11-30",
        child_id=kid,
    )
    status, answer = push(s2, export.prepare(s2, [hub_cert], force=True).data, hub.url)
    assert status == 403 and answer["error"]["code"] == "no_right"

    # the genuine work keeps flowing: the county's own change reaches everyone
    k.set_setting("county.bureau", "从江县教育体育局")
    child(k, "县局登记", school_id=one)
    for store in (k, k):
        for report in sync(store):
            assert not report.error, report.message
    c = device(county, tmp_path / "c.db", url=hub.url, name="C")
    for store in (c, c):
        sync(store)
    assert c.setting("county.bureau") == "从江县教育体育局"
    assert "县局登记" in names(c)
    with Store.open(hub_path) as h:
        assert diff(dump(h), dump(k)) == []
