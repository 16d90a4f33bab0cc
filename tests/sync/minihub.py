"""A minimal reference server for the hub protocol of desktop/sync/http.py (docs/bundle-format.md,
"Transports"): a relay with signed requests, used to test the client on 127.0.0.1. The real hub
(desktop/hub) also imports bundles addressed to it and keeps the county state; this one only
stores and forwards."""

from __future__ import annotations

import base64
import datetime as dt
import json
import socket
import threading
from typing import Any

from desktop.sync import keys
from desktop.sync.enrol import CertError, verify_cert
from desktop.sync.http import signing_string


class Hub:
    def __init__(self, county_key: bytes, county_code: str) -> None:
        self.county_key, self.county_code = county_key, county_code
        self.certs: dict[str, dict[str, Any]] = {}
        self.inbox: dict[str, dict[str, tuple[str, bytes]]] = {}
        self.nonces: set[str] = set()
        self.refused = 0

    def app(self):  # type: ignore[no-untyped-def]
        from starlette.applications import Starlette
        from starlette.requests import Request
        from starlette.responses import JSONResponse, PlainTextResponse, Response
        from starlette.routing import Route

        async def auth(request: Request) -> tuple[str | None, bytes]:
            body = await request.body()
            h = request.headers
            try:
                signed = json.loads(base64.b64decode(h["x-kcbx-cert"]))
                cert = verify_cert(signed, county_key=self.county_key, county_code=self.county_code)
                when = dt.datetime.fromisoformat(h["x-kcbx-time"])
                fresh = abs((dt.datetime.now(dt.UTC) - when).total_seconds()) < 600
                message = signing_string(
                    request.method, request.url.path, h["x-kcbx-time"], h["x-kcbx-nonce"], body
                )
                ok = (
                    cert.device_id == h["x-kcbx-device"]
                    and fresh
                    and h["x-kcbx-nonce"] not in self.nonces
                    and keys.verify(cert.sign_key, keys.unb64(h["x-kcbx-signature"]), message)
                )
            except (KeyError, ValueError, CertError):
                ok = False
            if not ok:
                self.refused += 1
                return None, body
            self.nonces.add(h["x-kcbx-nonce"])
            self.certs[cert.device_id] = signed
            return cert.device_id, body

        async def health(request: Request) -> Response:
            return JSONResponse({"county": self.county_code, "hub": "minihub"})

        async def certificates(request: Request) -> Response:
            device, _body = await auth(request)
            if device is None:
                return PlainTextResponse("unauthorized", 401)
            if request.method == "PUT":
                return JSONResponse({"ok": True})
            return JSONResponse(list(self.certs.values()))

        async def bundles(request: Request) -> Response:
            device, body = await auth(request)
            if device is None:
                return PlainTextResponse("unauthorized", 401)
            bundle_id = request.headers["x-kcbx-bundle"]
            for r in request.headers["x-kcbx-recipients"].split(","):
                self.inbox.setdefault(r, {})[bundle_id] = (device, body)
            return JSONResponse({"ok": True})

        async def inbox(request: Request) -> Response:
            device, _body = await auth(request)
            if device is None:
                return PlainTextResponse("unauthorized", 401)
            box = self.inbox.setdefault(device, {})
            bundle_id = request.path_params.get("bundle_id")
            if bundle_id is None:
                return JSONResponse(
                    [{"id": k, "sender": s, "size": len(b)} for k, (s, b) in sorted(box.items())]
                )
            if request.method == "DELETE":
                box.pop(bundle_id, None)
                return JSONResponse({"ok": True})
            if bundle_id not in box:
                return PlainTextResponse("not found", 404)
            return Response(box[bundle_id][1], media_type="application/octet-stream")

        return Starlette(
            routes=[
                Route("/v1/health", health),
                Route("/v1/certificates", certificates, methods=["GET"]),
                Route("/v1/certificates/{device_id}", certificates, methods=["PUT"]),
                Route("/v1/bundles", bundles, methods=["POST"]),
                Route("/v1/inbox", inbox, methods=["GET"]),
                Route("/v1/inbox/{bundle_id}", inbox, methods=["GET", "DELETE"]),
            ]
        )


def serve(hub: Hub):  # type: ignore[no-untyped-def]
    """Run the hub on 127.0.0.1 in a thread; return (url, stop)."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(hub.app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        threading.Event().wait(0.02)

    def stop() -> None:
        server.should_exit = True
        thread.join(10)
        sock.close()

    return f"http://127.0.0.1:{port}", stop
