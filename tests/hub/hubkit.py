"""Helpers for the hub tests: a hub database, devices enrolled with the hub's address (and pin),
hubs started on 127.0.0.1, sync rounds, and hand-made signed requests."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path
from typing import Any

import httpx
from synckit import T1, County

from desktop.domain.scope import Scope
from desktop.hub.app import HubConfig
from desktop.hub.server import Running, start_in_thread
from desktop.store.repo import Store
from desktop.sync import enrol, runner
from desktop.sync.http import HttpTransport


def hub_db(county: County, path: Path) -> Path:
    """A county database enrolled as the county's hub."""
    county.device(path, role="hub", name="县级同步服务器").close()
    return path


def device(
    county: County,
    path: Path,
    *,
    url: str,
    pin: str = "",
    role: str = "township",
    townships: tuple[str, ...] = (T1,),
    schools: tuple[str, ...] | None = None,
    name: str = "",
    actor: str = "测试干部",
) -> Store:
    """A new laptop: the county template, its own id and keys, enrolled with the hub's URL."""
    shutil.copy(county.template, path)
    with Store.open(path) as s:
        s.conn.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
    store = Store.open(path, actor=actor)
    if role in ("county", "hub"):
        scope = Scope.everything()
    elif schools is not None:
        scope = Scope.school(*schools)
    else:
        scope = Scope.township(*townships)
    request = enrol.make_request(store, name=name or path.stem)
    enrol.enrol(
        store,
        enrol.issue(
            county.key, request, role=role, scope=scope, name=name, hub_url=url, hub_pin=pin
        ),
    )
    return store


def start(
    hub_path: Path,
    relay_url: str,
    *,
    port: int = 0,
    tls: tuple[str, str] | None = None,
    **options: Any,
) -> Running:
    config = HubConfig(stores=[hub_path], database=relay_url, workers=4, **options)
    return start_in_thread(config, port=port, tls=tls)


def sync(store: Store) -> list[runner.RunReport]:
    return runner.run_configured(store)


def settle(stores: list[Store], *, rounds: int = 6) -> int:
    """Sync every device in turn until a whole round moves nothing; the rounds it took."""
    for n in range(1, rounds + 1):
        moved = 0
        for store in stores:
            for report in sync(store):
                assert not report.error, report.message
                assert not report.unreachable, report.message
                moved += len(report.received) + len(report.sent)
        if moved == 0:
            return n
    raise AssertionError(f"no quiet round after {rounds} rounds")


def transport(store: Store, url: str = "") -> HttpTransport:
    return HttpTransport.for_store(store, url=url)


def signed(
    store: Store,
    method: str,
    path: str,
    *,
    url: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    sign_body: bytes | None = None,
) -> httpx.Response:
    """A request signed by `store`'s device key (over `sign_body` if given, to forge)."""
    t = transport(store, url)
    h = t._headers(method, path, body if sign_body is None else sign_body)
    h.update(headers or {})
    return httpx.request(method, url + path, content=body or None, headers=h, timeout=30)
