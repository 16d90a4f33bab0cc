"""Structured logs: one JSON line per request — time, method, route (the template, not the
path), status, refusal code, device id, county, bytes in and out, milliseconds — and nothing
personal: no names, no record contents, no client addresses (the reverse proxy's own log has
those, under its own retention). Device ids are random UUIDs issued with the enrolment."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import time
from typing import Any

access = logging.getLogger("kcbx.hub.access")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = getattr(record, "data", None)
        if data is None:
            data = {"event": "log", "logger": record.name, "message": record.getMessage()}
            if record.exc_info:
                data["error"] = self.formatException(record.exc_info).splitlines()[-1][:300]
        out = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            **data,
        }
        return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def setup(level: str = "info", stream: Any = None) -> None:
    """JSON lines on stderr for the hub's loggers (uvicorn's own access log is turned off)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("kcbx.hub", "kcbx.sync"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False


def event(name: str, **fields: Any) -> None:
    access.info(name, extra={"data": {"event": name, **fields}})


def security(code: str, message: str, **fields: Any) -> None:
    """A security event (forged, forked or revoked ops, refused rights): a warning line in the
    hub log, and a row in the county database's sync_security_events."""
    access.warning(
        "security %s: %s",
        code,
        message,
        extra={"data": {"event": "security", "code": code, "message": message, **fields}},
    )


def route_of(scope: Any) -> str:
    route = scope.get("route")
    return str(getattr(route, "path", "")) or "unmatched"


class AccessLog:
    """ASGI middleware: measures each HTTP request and logs it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        seen = {"status": 0, "out": 0, "in": 0}

        async def counting_receive() -> Any:
            message = await receive()
            if message.get("type") == "http.request":
                seen["in"] += len(message.get("body", b""))
            return message

        async def counting_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            state = scope.get("state") or {}
            status = seen["status"] or 500
            fields = {
                "method": scope.get("method", ""),
                "route": route_of(scope),
                "status": status,
                "device": state.get("device", ""),
                "county": state.get("county", ""),
                "bytes_in": seen["in"],
                "bytes_out": seen["out"],
                "ms": round((time.perf_counter() - start) * 1000, 1),
            }
            if state.get("code"):
                fields["code"] = state["code"]
            access.log(
                logging.WARNING if status >= 500 else logging.INFO,
                "request",
                extra={"data": {"event": "request", **fields}},
            )
