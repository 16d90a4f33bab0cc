"""The HTTP transport against a reference hub on 127.0.0.1 (signed requests, relay)."""

from __future__ import annotations

import pytest
from minihub import Hub, serve
from synckit import County, child, make_county

from desktop.domain.errors import UserError
from desktop.sync import runner
from desktop.sync.http import HttpTransport


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def test_work_reaches_another_laptop_through_the_hub(county, tmp_path):
    hub = Hub(county.key.public, county.key.code)
    url, stop = serve(hub)
    devices = []
    try:
        a = county.device(tmp_path / "a.db", name="丙妹镇-1")
        b = county.device(tmp_path / "b.db", name="丙妹镇-2")
        h = county.device(tmp_path / "h.db", role="hub", name="县级同步服务器")
        devices = [a, b, h]
        kid = child(a, "网络同步学生")
        http = {d.device_id: HttpTransport.for_store(d, url=url) for d in devices}
        assert all(t.available() for t in http.values())
        for d in (h, a, b):  # everyone publishes its certificate, learns the others
            runner.sync_over(d, http[d.device_id])
        report = runner.sync_over(a, http[a.device_id])
        assert [name for name, _ops in report.sent] == ["县级同步服务器"]  # only to the hub
        report = runner.sync_over(h, http[h.device_id])
        assert report.received and h.get("children", kid) is not None
        report = runner.sync_over(b, http[b.device_id])
        assert b.get("children", kid) is not None
        assert hub.inbox.get(b.device_id) == {}  # acknowledged bundles are gone
        runner.sync_over(a, http[a.device_id])  # the hub's receipts confirm a's work
        assert (
            a.conn.execute(
                "SELECT count(*) FROM sync_bundles WHERE direction='out' AND status='confirmed'"
            ).fetchone()[0]
            >= 1
        )
        # a request with a forged signature is refused
        bad = http[a.device_id]
        bad.sign = lambda data: b"\0" * 64
        with pytest.raises(UserError, match="拒绝"):
            bad.pull(a.device_id)
        assert hub.refused >= 1
        for t in http.values():
            t.close()
    finally:
        stop()
        for d in devices:
            d.close()


def test_unreachable_hub_is_not_available(county, tmp_path):
    a = county.device(tmp_path / "a.db")
    t = HttpTransport.for_store(a, url="http://127.0.0.1:9")
    assert not t.available()
    a.close()
