"""Refusals of the hub: an HTTP status, a short code and a Chinese message, sent as
{"error": {"code": ..., "message": ...}} (docs/hub.md lists them)."""

from __future__ import annotations


class HubError(Exception):
    def __init__(self, status: int, code: str, message: str, *, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


def bad_request(message: str, code: str = "bad_request") -> HubError:
    return HubError(400, code, message)


def unauthorized(code: str, message: str) -> HubError:
    return HubError(401, code, message)


def forbidden(code: str, message: str) -> HubError:
    return HubError(403, code, message)


NOT_FOUND = ("not_found", "没有这个同步包（可能已被确认收到，或已被更新的同步包取代）")
