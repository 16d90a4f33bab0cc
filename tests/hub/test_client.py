"""The desktop side of the hub: configured once by the enrolment, probing an unreachable hub
with a short backoff, and the hub's refusals as Chinese messages."""

from __future__ import annotations

from hubkit import device, hub_db, start, sync

from desktop.sync import runner
from desktop.sync.http import HttpTransport


def test_enrolment_configures_the_hub_once(county, tmp_path):
    a = device(county, tmp_path / "a.db", url="http://127.0.0.1:9")
    try:
        rows = runner.transports(a)
        assert [(r.kind, r.location, r.label) for r in rows] == [
            ("http", "http://127.0.0.1:9", runner.HUB_LABEL)
        ]
        assert runner.ensure_hub(a) == rows[0].id  # not twice
        assert len(runner.transports(a)) == 1
        (report,) = sync(a)  # nothing listens there: offline, not an error
        assert report.unreachable and not report.error and "连不上" in report.message
    finally:
        a.close()


def test_unreachable_hub_is_probed_again_soon():
    now = [0.0]
    s = runner.Scheduler(clock=lambda: now[0], probe_base=15, probe_cap=120)
    assert s.due("hub", available=True)
    delays = [s.unreachable("hub") for _ in range(6)]
    assert delays == [15, 30, 60, 120, 120, 120]
    now[0] = 119.0
    assert not s.due("hub", available=True)
    now[0] = 121.0
    assert s.due("hub", available=True)
    s.succeeded("hub")
    assert s.unreachable("hub") == 15


def test_status_and_refusal_messages(county, tmp_path):
    hub = start(hub_db(county, tmp_path / "hub.db"), str(tmp_path / "relay.db"))
    a = device(county, tmp_path / "a.db", url=hub.url)
    try:
        sync(a)
        status = HttpTransport.for_store(a).status()
        assert status["device"] == a.device_id and status["merged_own_ops"] >= 0
        assert status["limits"]["max_bundle"] > 0
        t = HttpTransport.for_store(a)
        t.sign = lambda data: b"\0" * 64
        try:
            t.pull(a.device_id)
        except Exception as exc:
            assert exc.status == 401 and exc.code == "bad_signature"  # type: ignore[attr-defined]
            assert "签名" in str(exc) and "401" in str(exc)
        else:
            raise AssertionError("a forged signature was accepted")
    finally:
        hub.stop()
        a.close()
