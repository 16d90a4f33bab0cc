"""HTTPS with a self-signed certificate pinned in the enrolment: a device syncs with the real
hub; with a wrong pin it stops during the TLS handshake, before any request reaches the hub."""

from __future__ import annotations

import logging

import pytest
from hubkit import device, hub_db, settle, start, sync
from synckit import child

from desktop.domain.errors import UserError
from desktop.hub import tls
from desktop.hub.app import started
from desktop.sync.http import PIN_MISMATCH, HttpTransport


class Seen(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.requests: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        data = getattr(record, "data", None)
        if data and data.get("event") == "request":
            self.requests.append(data)


def test_pinned_https(county, tmp_path):
    cert, key = tmp_path / "hub.crt", tmp_path / "hub.key"
    pin = tls.self_signed(cert, key, hosts=["127.0.0.1", "hub.example.cn"])
    assert pin == tls.pin_of(cert) and pin.startswith("sha256:")
    hub = start(hub_db(county, tmp_path / "hub.db"), str(tmp_path / "relay.db"), tls=(cert, key))
    seen = Seen()
    access = logging.getLogger("kcbx.hub.access")
    level = access.level
    access.setLevel(logging.INFO)
    access.addHandler(seen)
    stores = []
    try:
        assert hub.url.startswith("https://")
        a = device(county, tmp_path / "a.db", url=hub.url, pin=pin)
        b = device(county, tmp_path / "b.db", url=hub.url, pin=tls.key_pin_of(cert))
        stores += [a, b]
        kid = child(a, "加密通道学生")
        settle([a, b])
        assert b.get("children", kid) is not None
        assert seen.requests and all(
            r["device"] or r["route"] == "/v1/health" for r in seen.requests
        )

        # a laptop whose enrolment pins another certificate (an impostor on the network)
        seen.requests.clear()
        wrong = "sha256:" + "0" * 64
        c = device(county, tmp_path / "c.db", url=hub.url, pin=wrong)
        stores.append(c)
        with pytest.raises(UserError, match="证书"):
            HttpTransport.for_store(c).pull(c.device_id)
        (report,) = sync(c)
        assert report.error == PIN_MISMATCH and not report.unreachable
        assert seen.requests == []  # nothing reached the hub: the handshake stopped it
        assert started(hub.app).relay.device(c.device_id) is None
        # without a pin, a self-signed certificate is not trusted either
        plain = HttpTransport.for_store(a, pin="")
        plain.pin = ""
        assert not plain.available()
    finally:
        access.removeHandler(seen)
        access.setLevel(level)
        hub.stop()
        for s in stores:
            s.close()
