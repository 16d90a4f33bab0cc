"""Who is asking: every request but /v1/health is signed with the device's enrolled key.

Checked before the body is read: the certificate (issued by the key of a county this hub
serves), that it names the calling device, the time (within `skew`), the device is not
disabled and has a token left in its bucket, the declared length. Then the body is read — to
memory when small, else streamed to a spool file while it is hashed — and the signature over
the method, path, time, nonce and the body's SHA-256 is verified, and the nonce recorded (a
nonce seen before is a replay). See desktop/sync/http.py for the client side.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.hub.errors import HubError, bad_request, forbidden, unauthorized
from desktop.hub.relay import Replayed, now
from desktop.sync import keys
from desktop.sync.enrol import Cert, CertError, parse_cert, verify_cert
from desktop.sync.http import signing_string_of

NONCE = re.compile(r"^[0-9A-Za-z_-]{8,128}$")


@dataclass
class Auth:
    county: Any  # CountyHub
    cert: Cert
    body: bytes = b""
    spool: Path | None = None  # a large body, on disk
    size: int = 0

    def discard(self) -> None:
        if self.spool is not None:
            self.spool.unlink(missing_ok=True)
            self.spool = None


async def authenticate(hub: Any, request: Any, *, limit: int, spool: bool = False) -> Auth:
    h = request.headers
    device_id = h.get("x-kcbx-device", "")
    raw_cert, when, nonce = (
        h.get("x-kcbx-cert", ""),
        h.get("x-kcbx-time", ""),
        h.get("x-kcbx-nonce", ""),
    )
    signature = h.get("x-kcbx-signature", "")
    if not (device_id and raw_cert and when and nonce and signature):
        raise unauthorized("unsigned", "请求没有设备签名：只有县教育局注册的设备才能同步")
    try:
        signed = json.loads(base64.b64decode(raw_cert, validate=True))
        sig = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise bad_request("请求中的设备证书或签名无法读取（请求格式错误）") from exc
    try:
        claimed = parse_cert(signed)
    except CertError as exc:
        raise unauthorized("unknown_device", f"未注册的设备：{exc}") from exc
    county = hub.counties.get(claimed.county_code)
    if county is None:
        raise unauthorized(
            "unknown_device",
            f"本服务器不受理该县（{claimed.county_name or claimed.county_code}）的设备",
        )
    try:
        cert = verify_cert(signed, county_key=county.key, county_code=county.code)
    except CertError as exc:
        raise unauthorized("unknown_device", f"未注册的设备：{exc}") from exc
    if cert.device_id != device_id:
        raise unauthorized("unknown_device", "请求中的设备编号与其证书不符")
    if cert.device_id == county.device_id:
        raise forbidden("hub_itself", "这是同步服务器自己的证书，不能用来同步")
    request.state.device, request.state.county = device_id, county.code
    try:
        sent = dt.datetime.fromisoformat(when)
        if sent.tzinfo is None:
            raise ValueError(when)
    except ValueError as exc:
        raise bad_request("请求时间格式错误") from exc
    if abs((dt.datetime.now(dt.UTC) - sent).total_seconds()) > hub.config.skew:
        raise unauthorized(
            "stale_time", "本机时间与服务器相差超过10分钟，请校准电脑的日期和时间后重试"
        )
    if not NONCE.match(nonce):
        raise bad_request("请求的随机数格式错误")
    admission = await hub.run(
        lambda: hub.relay.admit(device_id, now=now(), rate=hub.config.rate, burst=hub.config.burst)
    )
    if admission.disabled:
        raise forbidden("device_disabled", "本机已被县教育局停用同步，请与县教育局联系")
    if not admission.ok:
        raise HubError(
            429,
            "rate_limited",
            "同步请求过于频繁，请稍后再试",
            retry_after=admission.retry_after,
        )
    declared = h.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError as exc:
            raise bad_request("请求长度格式错误") from exc
        if length > limit:
            raise too_large(limit)
    auth = Auth(county, cert)
    if spool:
        auth.spool, digest, auth.size = await _to_spool(hub.spool_dir, request, limit)
    else:
        auth.body = await _to_memory(request, limit)
        auth.size = len(auth.body)
        digest = hashlib.sha256(auth.body).hexdigest()
    try:
        message = signing_string_of(request.method, _path(request), when, nonce, digest)
        if not keys.verify(cert.sign_key, sig, message):
            raise unauthorized(
                "bad_signature", "请求签名无效：请求在传输中被改动，或不是由证书上的设备发出"
            )
        try:
            await hub.run(
                lambda: hub.relay.note_request(
                    county=county.code,
                    device_id=device_id,
                    nonce=nonce,
                    now=now(),
                    cert=signed,
                )
            )
        except Replayed as exc:
            raise unauthorized("replayed", "重复的请求（可能是重放攻击），已拒绝") from exc
    except BaseException:
        auth.discard()
        raise
    return auth


def too_large(limit: int) -> HubError:
    return HubError(
        413, "too_large", f"同步包太大（超过 {limit // (1024 * 1024) or 1} MB），服务器拒收"
    )


def _path(request: Any) -> str:
    """The path the client signed: the request path below the app's root (a proxy prefix)."""
    path = request.scope.get("path", "")
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path or "/"


async def _to_memory(request: Any, limit: int) -> bytes:
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        parts.append(chunk)
    return b"".join(parts)


async def _to_spool(folder: Path, request: Any, limit: int) -> tuple[Path, str, int]:
    """Stream the body to a file (never whole in memory), hashing it on the way."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix="upload-", suffix=".part", dir=folder)
    path = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as f:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise too_large(limit)
                digest.update(chunk)
                f.write(chunk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path, digest.hexdigest(), size
