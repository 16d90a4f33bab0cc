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
    GET    /v1/inbox                        -> [{"id": bundle id, "sender": id, "size": n,
                                                 "kind": "bundle"|"snapshot"}, ...]
    GET    /v1/inbox/{bundle_id}            -> bundle bytes
    DELETE /v1/inbox/{bundle_id}            acknowledgement: the device is done with it
    GET    /v1/status                       -> what the hub knows of the calling device

A refusal is a JSON body {"error": {"code": "...", "message": "<中文>"}} with a 4xx/5xx status
(429 and 503 carry Retry-After). See docs/bundle-format.md §7 and docs/hub.md.

TLS: when the enrolment names a hub pin ("sha256:<hex>" of the hub's certificate, DER, or of its
public key, SubjectPublicKeyInfo DER), the client checks it during the TLS handshake — before
any request byte is sent — and stops at a mismatch (a pinned hub needs no CA; its certificate
is usually self-signed). Every response is checked again.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import ssl
from collections.abc import Callable
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.store.repo import Store
from desktop.sync import keys
from desktop.sync.enrol import Cert, require_enrolment
from desktop.sync.transports import Incoming

PROTOCOL = "KCBX1"
PIN_MISMATCH = N_("县级同步服务器的证书与注册文件中的不符，已停止同步（可能被冒充）")


class HubRefused(UserError):
    """The hub answered with a refusal: `status` (HTTP), `code` (short), Chinese message."""

    def __init__(self, message: str, *, status: int, code: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.status, self.code, self.retry_after = status, code, retry_after


def pins_of(der: bytes) -> set[str]:
    """The pins a certificate (DER) matches: of the certificate itself and of its public key."""
    out = {f"sha256:{hashlib.sha256(der).hexdigest()}"}
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        spki = (
            x509.load_der_x509_certificate(der)
            .public_key()
            .public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        )
        out.add(f"sha256:{hashlib.sha256(spki).hexdigest()}")
    except ValueError:
        pass
    return out


def pinned_context(pin: str, failures: list[str] | None = None) -> ssl.SSLContext:
    """A client TLS context that accepts exactly the pinned certificate (or key): the check runs
    inside the handshake, so nothing is sent to a server that does not match. Mismatches are
    noted in `failures` (to tell them from network errors)."""
    want = pin.strip().lower()
    noted = failures if failures is not None else []

    class PinnedSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            der = self.getpeercert(binary_form=True)
            if der is None or want not in pins_of(der):
                noted.append(want)
                self.close()
                raise ssl.SSLCertVerificationError(PIN_MISMATCH)

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = False  # the pin names the server, not a CA
    ctx.verify_mode = ssl.CERT_NONE
    ctx.sslsocket_class = PinnedSocket
    return ctx


def signing_string(method: str, path: str, time: str, nonce: str, body: bytes) -> bytes:
    return signing_string_of(method, path, time, nonce, hashlib.sha256(body).hexdigest())


def signing_string_of(method: str, path: str, time: str, nonce: str, digest: str) -> bytes:
    """The signed text, from the body's SHA-256 (hex): a hub hashes a large body as it streams."""
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
            raise UserError(N_("注册文件中没有县级同步服务器地址"))
        self.url = url.rstrip("/")
        self.device_id = device_id
        self.cert = cert
        self.sign = sign
        self.pin = pin
        self.timeout = timeout
        self.name: str = Msg("县级同步服务器 {url}", url=self.url)
        self._client: Any = None
        self._pin_failures: list[str] = []

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

            pinned = self.pin and self.url.startswith("https")
            self._client = httpx.Client(
                timeout=self.timeout,
                verify=pinned_context(self.pin, self._pin_failures) if pinned else True,
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
            "X-Kcbx-County": self.cert.county_code,  # lets a load balancer route by county
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
        # positional: httpcore hands out the low-level _ssl socket, which takes no keywords
        der = ssl_object.getpeercert(True) if ssl_object is not None else None
        if der is None or self.pin.strip().lower() not in pins_of(der):
            raise UserError(PIN_MISMATCH)

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
            if self._pin_failures:
                self._pin_failures.clear()
                raise UserError(PIN_MISMATCH) from exc
            raise UserError(
                Msg("无法连接县级同步服务器（{error}）", error=exc.__class__.__name__)
            ) from exc
        self._check_pin(response)
        if response.status_code >= 400:
            raise refusal(response)
        return response

    # --- the transport interface ------------------------------------------------------------

    def available(self) -> bool:
        """Does the hub answer? A hub whose certificate does not match the pin is not "away":
        that raises (someone may be impersonating it)."""
        try:
            self._request("GET", "/v1/health", signed=False, timeout=3.0)
        except UserError as exc:
            if str(exc) == PIN_MISMATCH:
                raise
            return False
        return True

    def status(self) -> dict[str, Any]:
        """What the hub knows of this device (inbox, what it merged from us, limits)."""
        data = self._request("GET", "/v1/status").json()
        return data if isinstance(data, dict) else {}

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
        if not isinstance(data, list):
            raise UserError(N_("县级同步服务器的回答无效（收件箱）"))
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


def refusal(response: Any) -> HubRefused:
    """The hub's refusal as a Chinese message (its JSON error body, else the status)."""
    status = response.status_code
    code, message = f"http_{status}", ""
    try:
        error = response.json().get("error") or {}
        code, message = str(error.get("code") or code), str(error.get("message") or "")
    except (ValueError, AttributeError):
        pass
    try:
        retry = float(response.headers.get("retry-after") or 0)
    except ValueError:
        retry = 0.0
    text = (
        Msg("县级同步服务器拒绝了请求（{status}）：{message}", status=status, message=message)
        if message
        else Msg("县级同步服务器拒绝了请求（{status}）", status=status)
    )
    return HubRefused(text, status=status, code=code, retry_after=retry)
