"""Every refusal of the hub: the right status, a JSON body with a code and a Chinese message,
and nothing stored (no bundle, no inbox entry, no change in the county database)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os

import httpx
import pytest
from hubkit import device, hub_db, signed, start, sync
from synckit import T2, V2, child, make_county

from desktop.hub.app import started
from desktop.store.repo import Store
from desktop.sync import enrol, export

LIMIT = 64 * 1024


@pytest.fixture
def rig(county, tmp_path, relay_url):
    hub_path = hub_db(county, tmp_path / "hub.db")
    hub = start(hub_path, relay_url, max_bundle=LIMIT, burst=40, rate=0.01)
    a = device(county, tmp_path / "a.db", url=hub.url, name="丙妹镇-1")
    b = device(county, tmp_path / "b.db", url=hub.url, name="丙妹镇-2")
    with Store.open(hub_path) as h:
        hub_cert = enrol.enrolment_of(h)
    yield hub, hub_path, a, b, hub_cert
    hub.stop()
    a.close()
    b.close()


def _stored(hub, hub_path) -> tuple:
    relay = started(hub.app).relay
    counts = relay.counts()
    with Store.open(hub_path) as h:
        ops = h.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        kids = h.conn.execute("SELECT count(*) FROM children").fetchone()[0]
    return counts["relay_pushes"], counts["relay_inbox"], counts["relay_chunks"], ops, kids


def _refused(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error["message"])  # said in Chinese


def _push(store, data: bytes, *, url: str, bundle_id: str, **kw) -> httpx.Response:
    headers = {"X-Kcbx-Bundle": bundle_id, "Content-Type": "application/octet-stream"}
    return signed(store, "POST", "/v1/bundles", url=url, body=data, headers=headers, **kw)


def test_requests_that_do_not_authenticate(rig, tmp_path):
    hub, hub_path, a, _b, _hub_cert = rig
    url = hub.url
    t = hub_transport = _t(a, url)
    headers = t._headers("GET", "/v1/inbox", b"")
    assert httpx.get(url + "/v1/inbox", headers=headers).status_code == 200  # its snapshot
    before = _stored(hub, hub_path)

    _refused(httpx.get(url + "/v1/inbox"), 401, "unsigned")
    # a device of another county (a certificate not issued by this county's key)
    stranger = make_county(tmp_path / "other", code="522634", name="榕江县")
    other = device(stranger, tmp_path / "x.db", url=url)
    _refused(signed(other, "GET", "/v1/inbox", url=url), 401, "unknown_device")
    other.close()
    # a certificate forged from a real one: another scope, the county's signature kept
    cert = json.loads(json.dumps(enrol.enrolment_of(a).signed))
    cert["cert"]["scope"] = {"townships": None, "schools": None}
    forged = {"X-Kcbx-Cert": base64.b64encode(json.dumps(cert).encode()).decode()}
    _refused(signed(a, "GET", "/v1/inbox", url=url, headers=forged), 401, "unknown_device")
    # the signature does not cover what was sent
    _refused(signed(a, "GET", "/v1/inbox", url=url, sign_body=b"x"), 401, "bad_signature")
    # the same request twice
    _refused(httpx.get(url + "/v1/inbox", headers=headers), 401, "replayed")
    # a request made more than 10 minutes ago (or a laptop whose clock is wrong)
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=11)).isoformat(timespec="seconds")
    stale = hub_transport._headers("GET", "/v1/inbox", b"")
    stale["X-Kcbx-Time"] = old
    _refused(httpx.get(url + "/v1/inbox", headers=stale), 401, "stale_time")
    # malformed: a certificate that is not base64 JSON
    bad = hub_transport._headers("GET", "/v1/inbox", b"")
    bad["X-Kcbx-Cert"] = "%%%"
    _refused(httpx.get(url + "/v1/inbox", headers=bad), 400, "bad_request")
    _refused(httpx.get(url + "/v2/nothing"), 404, "no_route")
    assert _stored(hub, hub_path) == before


def test_bundles_the_hub_will_not_take(rig):
    hub, hub_path, a, b, hub_cert = rig
    url = hub.url
    sync(a)
    sync(b)
    before = _stored(hub, hub_path)
    child(b, "乙的学生")
    theirs = export.prepare(b, [hub_cert])
    assert theirs is not None
    # a bundle signed by another device
    _refused(_push(a, theirs.data, url=url, bundle_id=theirs.bundle_id), 403, "not_sender")
    # not a bundle at all; a header that does not match the bundle
    _refused(_push(a, b"garbage" * 10, url=url, bundle_id="x1"), 400, "not_bundle")
    child(a, "甲的学生")
    ours = export.prepare(a, [hub_cert])
    _refused(_push(a, ours.data, url=url, bundle_id="another-id"), 400, "bad_request")
    _refused(signed(a, "POST", "/v1/bundles", url=url, body=ours.data), 400, "bad_request")
    # a bundle addressed to another device only: the hub relays nothing it cannot check
    only_b = export.prepare(a, [enrol.enrolment_of(b)])
    _refused(_push(a, only_b.data, url=url, bundle_id=only_b.bundle_id), 403, "wrong_recipient")
    assert _stored(hub, hub_path) == before


def test_out_of_scope_data_is_refused(rig):
    hub, hub_path, a, _b, _hub_cert = rig
    sync(a)
    before = _stored(hub, hub_path)
    kid = child(a, "别镇的学生", township=T2, village=V2)  # 丙妹镇's laptop writes 贯洞镇
    (report,) = sync(a)
    assert "403" in report.error and "数据范围" in report.error
    assert _stored(hub, hub_path) == before
    with Store.open(hub_path) as h:
        assert h.get("children", kid) is None


def test_oversized_upload(rig):
    hub, hub_path, a, _b, hub_cert = rig
    sync(a)
    before = _stored(hub, hub_path)
    a.put_attachment(os.urandom(LIMIT * 2), "image/png")  # incompressible
    big = export.prepare(a, [hub_cert])
    assert len(big.data) > LIMIT
    # declared too large: refused before the body is read
    _refused(_push(a, big.data, url=url_of(hub), bundle_id=big.bundle_id), 413, "too_large")
    # streamed without a length: refused once the limit is passed
    t = _t(a, hub.url)
    headers = t._headers("POST", "/v1/bundles", big.data)
    headers["X-Kcbx-Bundle"] = big.bundle_id

    def parts():
        for i in range(0, len(big.data), 8192):
            yield big.data[i : i + 8192]

    response = httpx.post(hub.url + "/v1/bundles", content=parts(), headers=headers)
    _refused(response, 413, "too_large")
    assert _stored(hub, hub_path) == before
    assert not list(started(hub.app).spool_dir.glob("upload-*"))  # no spool file left


def test_rate_limit_and_disabled_device(rig):
    hub, _hub_path, a, _b, _hub_cert = rig
    url = hub.url
    codes = [signed(a, "GET", "/v1/status", url=url).status_code for _ in range(45)]
    assert codes[0] == 200 and codes[-1] == 429  # a bucket of 40
    limited = signed(a, "GET", "/v1/status", url=url)
    _refused(limited, 429, "rate_limited")
    assert int(limited.headers["retry-after"]) >= 1
    relay = started(hub.app).relay
    assert relay.set_disabled(a.device_id, True)
    _refused(signed(a, "GET", "/v1/status", url=url), 403, "device_disabled")
    assert {r["code"] for r in relay.refusals()} >= {"rate_limited", "device_disabled"}


def _t(store, url):
    from hubkit import transport

    return transport(store, url)


def url_of(hub) -> str:
    return hub.url
