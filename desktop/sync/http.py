"""The client side of the county hub protocol (the hub itself is desktop/hub).

Every request but /v1/health is signed by the device key:

    X-Kcbx-Device: <device id>
    X-Kcbx-Cert: base64(JSON of the device's signed certificate)
    X-Kcbx-Time: <UTC ISO time>          (the hub refuses more than 10 minutes off)
    X-Kcbx-Nonce: <random hex>           (the hub refuses a nonce seen before)
    X-Kcbx-Signature: base64(Ed25519(device key, signing_string))
    signing_string = "KCBX1\\n{METHOD}\\n{path}\\n{time}\\n{nonce}\\n{sha256 hex of body}"

Endpoints (v1):

    GET    /v1/health                       -> {"county": code, "hub": hub device id}
    GET    /v1/certificates                 -> [signed certificate, ...] of the county's devices
    PUT    /v1/certificates/{device_id}     body: this device's signed certificate (JSON)
    POST   /v1/bundles                      body: bundle bytes; X-Kcbx-Bundle: id,
                                            X-Kcbx-Recipients: id,id  -> 200 (idempotent by id)
    GET    /v1/inbox                        -> [{"id": bundle id, "sender": id, "size": n}, ...]
    GET    /v1/inbox/{bundle_id}            -> bundle bytes
    DELETE /v1/inbox/{bundle_id}            acknowledgement: the device is done with it

TLS: when the enrolment names a hub pin ("sha256:<hex>" of the hub's certificate, DER), the
client checks it on every response and stops at a mismatch.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable
from typing import Any

from desktop.domain.errors import UserError
from desktop.store.repo import Store
from desktop.sync import keys
from desktop.sync.enrol import Cert, require_enrolment
from desktop.sync.transports import Incoming

PROTOCOL = "KCBX1"


def signing_string(method: str, path: str, time: str, nonce: str, body: bytes) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    return f"{PROTOCOL}\n{method.upper()}\n{path}\n{time}\n{nonce}\n{digest}".encode()


class HttpTransport:
    """Bundles to and from the county hub."""

    def __init__(
        self,
        url: str,
        *,
        device_id: str,
        cert: Cert,
        sign: Callable[[bytes], bytes],
        pin: str = "",
        timeout: float = 30.0,
    ) -> None:
        if not url:
            raise UserError("注册文件中没有县级同步服务器地址")
        self.url = url.rstrip("/")
        self.device_id = device_id
        self.cert = cert
        self.sign = sign
        self.pin = pin
        self.timeout = timeout
        self.name = f"县级同步服务器 {self.url}"
        self._client: Any = None

    @classmethod
    def for_store(cls, store: Store, *, url: str = "", pin: str = "") -> HttpTransport:
        me = require_enrolment(store)
        return cls(
            url or me.hub_url,
            device_id=store.device_id,
            cert=me,
            sign=keys.signer(store),
            pin=pin or me.hub_pin,
        )

    # --- plumbing ---------------------------------------------------------------------------

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                timeout=self.timeout, verify=not (self.pin and self.url.startswith("https"))
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _headers(self, method: str, path: str, body: bytes) -> dict[str, str]:
        time = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        nonce = os.urandom(12).hex()
        cert = base64.b64encode(
            json.dumps(self.cert.signed, ensure_ascii=False, sort_keys=True).encode()
        ).decode()
        return {
            "X-Kcbx-Device": self.device_id,
            "X-Kcbx-Cert": cert,
            "X-Kcbx-Time": time,
            "X-Kcbx-Nonce": nonce,
            "X-Kcbx-Signature": keys.b64(
                self.sign(signing_string(method, path, time, nonce, body))
            ),
        }

    def _check_pin(self, response: Any) -> None:
        if not (self.pin and self.url.startswith("https")):
            return
        stream = response.extensions.get("network_stream")
        ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        if der is None or f"sha256:{hashlib.sha256(der).hexdigest()}" != self.pin.lower():
            raise UserError("县级同步服务器的证书与注册文件中的不符，已停止同步（可能被冒充）")

    def _request(
        self, method: str, path: str, *, body: bytes = b"", signed: bool = True, **kw: Any
    ) -> Any:
        import httpx

        headers = {**kw.pop("headers", {}), **(self._headers(method, path, body) if signed else {})}
        try:
            response = self._http().request(
                method, self.url + path, content=body or None, headers=headers, **kw
            )
        except httpx.HTTPError as exc:
            raise UserError(f"无法连接县级同步服务器（{exc.__class__.__name__}）") from exc
        self._check_pin(response)
        if response.status_code >= 400:
            detail = (
                response.text[:200]
                if response.headers.get("content-type", "").startswith("text")
                else ""
            )
            raise UserError(f"县级同步服务器拒绝了请求（{response.status_code}）{detail}")
        return response

    # --- the transport interface ------------------------------------------------------------

    def available(self) -> bool:
        try:
            self._request("GET", "/v1/health", signed=False, timeout=5.0)
        except UserError:
            return False
        return True

    def publish(self, cert: Cert) -> None:
        body = json.dumps(cert.signed, ensure_ascii=False, sort_keys=True).encode()
        self._request(
            "PUT",
            f"/v1/certificates/{cert.device_id}",
            body=body,
            headers={"Content-Type": "application/json"},
        )

    def certificates(self) -> list[dict[str, Any]]:
        data = self._request("GET", "/v1/certificates").json()
        return [c for c in data if isinstance(c, dict)] if isinstance(data, list) else []

    def push(self, data: bytes, *, bundle_id: str, sender: str, recipients: list[str]) -> None:
        self._request(
            "POST",
            "/v1/bundles",
            body=data,
            headers={
                "Content-Type": "application/octet-stream",
                "X-Kcbx-Bundle": bundle_id,
                "X-Kcbx-Recipients": ",".join(recipients),
            },
        )

    def pull(self, device_id: str) -> list[Incoming]:
        data = self._request("GET", "/v1/inbox").json()
        return [
            Incoming(str(item["id"]), f"{item['id']}.kcbx", int(item.get("size") or 0))
            for item in data
            if isinstance(item, dict) and "id" in item
        ]

    def fetch(self, incoming: Incoming) -> bytes:
        return self._request("GET", f"/v1/inbox/{incoming.ref}").content

    def acknowledge(self, incoming: Incoming) -> None:
        self._request("DELETE", f"/v1/inbox/{incoming.ref}")

    def reaches(self, peer: Cert) -> bool:
        """Over HTTP a device talks to the hub; the hub merges and serves every device."""
        return self.cert.role == "hub" or peer.role == "hub"
