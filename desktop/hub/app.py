"""The county hub as an ASGI application (Starlette), served by uvicorn (desktop/hub/server.py).

    GET    /v1/health                      no auth: storage reachable, version, counties
    GET    /v1/certificates                certificates of the county's devices (and the hub's)
    PUT    /v1/certificates/{device_id}    a device publishes its own certificate
    POST   /v1/bundles                     a bundle signed by the calling device, for the hub:
                                           merged into the county database before the answer
    GET    /v1/inbox                       bundles made for the calling device (its scope only)
    GET    /v1/inbox/{bundle_id}           one of them (streamed)
    DELETE /v1/inbox/{bundle_id}           acknowledgement: the device is done with it
    GET    /v1/status                      what the hub knows of the calling device

Every refusal is JSON {"error": {"code", "message"}} with its status (errors.py); one log line
per request (logs.py). Blocking work runs on the hub's worker threads (workers.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.hub import atrest, keyseal, logs
from desktop.hub.auth import Auth, authenticate
from desktop.hub.county import CountyHub, refusal_status
from desktop.hub.errors import NOT_FOUND, HubError, bad_request, forbidden
from desktop.hub.relay import Relay, now
from desktop.hub.workers import Workers
from desktop.sync import envelope, keys, origin
from desktop.sync.enrol import CertError, parse_cert
from desktop.sync.envelope import BundleRefused

log = logging.getLogger("kcbx.hub")
MB = 1024 * 1024


@dataclass
class HubConfig:
    stores: list[Path]  # county databases, each enrolled as that county's hub
    database: str = ""  # relay: "" (SQLite beside the first store), a path, or postgresql://…
    spool: Path | None = None  # where uploads are streamed to (default: beside the first store)
    key_file: Path | None = None  # seals the hub's private keys (default: keyseal.default_key_file)
    max_bundle: int = 256 * MB
    max_small: int = 256 * 1024  # certificates and other small bodies
    rate: float = 5.0  # requests per second per device, refilled...
    burst: float = 120.0  # ...into a bucket of this many
    skew: float = 600.0  # seconds a request's time may be off
    workers: int = 8

    @property
    def relay_url(self) -> str:
        if self.database:
            return self.database
        first = Path(self.stores[0])
        return str(first.with_name(first.stem + "-relay.db"))

    @property
    def spool_dir(self) -> Path:
        if self.spool is not None:
            return Path(self.spool)
        first = Path(self.stores[0])
        return first.with_name(first.stem + "-spool")


def spool_folder(root: Path) -> Path:
    """A new folder for this process's uploads: <host>-<pid>-<random>."""
    import os
    import secrets
    import socket

    return Path(root) / f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(4)}"


def clean_spool(root: Path) -> None:
    """Remove what hub processes of this machine that are no longer running left in the spool
    (uploads cut short by a crash); never another running process's folder or files."""
    import shutil
    import socket

    root = Path(root)
    if not root.is_dir():
        return
    host = socket.gethostname()
    for entry in root.iterdir():
        if entry.is_file() and entry.name.startswith("upload-") and entry.suffix == ".part":
            continue  # an older version's shared files: their owner may still be running
        name, _, rest = entry.name.rpartition("-")
        host_of, _, pid = name.rpartition("-")
        if not entry.is_dir() or host_of != host or not pid.isdigit() or not rest:
            continue
        if _running(int(pid)):  # (this process too: another hub object in it)
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _running(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def secure_files(config: HubConfig) -> None:
    """Every file the hub keeps is readable by its owner only (0600; folders 0700): the county
    databases (SQLite gives their -wal and -shm files the same mode), the relay database."""
    import os

    paths = [Path(p) for p in config.stores]
    if "://" not in config.relay_url:
        paths.append(Path(config.relay_url))
    for path in paths:
        for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f, 0o600)
    with contextlib.suppress(OSError):
        os.chmod(config.spool_dir, 0o700)


@dataclass
class Hub:
    config: HubConfig
    relay: Relay = field(init=False)
    counties: dict[str, CountyHub] = field(default_factory=dict)
    workers: Workers | None = None
    _requests: int = 0
    _spool: Path | None = None

    def __post_init__(self) -> None:
        self.relay = Relay(self.config.relay_url)

    @property
    def spool_dir(self) -> Path:
        """This hub process's own folder inside the shared spool (made at start): another
        process starting never touches an upload in flight here."""
        if self._spool is None:
            self._spool = spool_folder(self.config.spool_dir)
        return self._spool

    def start(self) -> None:
        """Open the county databases, prepare the relay, start the worker threads."""
        if not self.config.stores:
            raise UserError("请用 --db 指定至少一个县级数据库")
        # the hub key: it seals the hub's private keys and encrypts its databases (SQLCipher;
        # a plaintext one is encrypted here), from a 0600 key file or a systemd credential
        hub_key = atrest.unlock(self.config)
        for path in self.config.stores:
            county = CountyHub.open(Path(path))
            if county.code in self.counties:
                raise UserError(f"县 {county.code} 的数据库重复：{path}")
            self.counties[county.code] = county
        if not self.counties:
            raise UserError("请用 --db 指定至少一个县级数据库")
        cleanups = [self.relay.close_thread, *(c.close_thread for c in self.counties.values())]
        self.workers = Workers(self.config.workers, on_exit=cleanups)
        self.workers.submit(self.relay.migrate).result()
        # the hub's private keys: sealed with its key (a 0600 key file or a systemd credential)
        protector = keyseal.HubKeyProtector(hub_key)
        for county in self.counties.values():
            keys.set_database_protector(county.path, protector)
        self.workers.submit(
            lambda: [keys.reseal(c.store()) for c in self.counties.values()]
        ).result()
        clean_spool(self.config.spool_dir)
        self.spool_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        secure_files(self.config)

    def stop(self) -> None:
        if self.workers is not None:
            self.workers.stop()
            self.workers = None
        if self._spool is not None:
            with contextlib.suppress(OSError):
                for part in self._spool.glob("upload-*.part"):
                    part.unlink(missing_ok=True)
                self._spool.rmdir()

    async def run(self, fn: Any, *args: Any) -> Any:
        assert self.workers is not None, "hub not started"
        return await self.workers.run(fn, *args)

    def housekeeping(self) -> None:
        self._requests += 1
        if self._requests % 500 == 1 and self.workers is not None:
            self.workers.submit(lambda: self.relay.prune(now=now()))

    # --- blocking work (worker threads) --------------------------------------------------

    def receive(self, auth: Auth, bundle_header: str, recipients_header: str) -> dict[str, Any]:
        """Check a pushed bundle against its request and merge it into the county database."""
        county: CountyHub = auth.county
        me = auth.cert
        assert auth.spool is not None
        data = auth.spool.read_bytes()
        try:
            env = envelope.read(data)
        except BundleRefused as exc:
            raise HubError(refusal_status(exc), exc.reason, str(exc)) from exc
        header = env.header
        if str(header.get("bundle_id", "")) != bundle_header:
            raise bad_request("请求头中的同步包编号与同步包不符")
        try:
            signer = parse_cert(header.get("cert"))
        except CertError as exc:
            raise forbidden("not_sender", "同步包没有发送设备的证书，已拒收") from exc
        if (
            header.get("sender") != me.device_id
            or signer.device_id != me.device_id
            or signer.sign_key != me.sign_key
        ):
            raise forbidden("not_sender", "该同步包不是由本机签名的（发送设备不符），已拒收")
        listed = {str(r.get("device_id")) for r in header.get("recipients") or []}
        claimed = {r for r in recipients_header.split(",") if r}
        if claimed and claimed != listed:
            raise bad_request("请求头中的接收设备与同步包不符")
        if county.device_id not in listed:
            raise forbidden(
                "wrong_recipient", "同步包必须发给县级同步服务器（本服务器只转交它能核对的数据）"
            )
        try:
            result = county.merge(self.relay, data)
        except BundleRefused as exc:
            if exc.reason in origin.SECURITY_REASONS:  # evidence against an enrolled device
                logs.security(exc.reason, str(exc), device=me.device_id, county=county.code)
            raise HubError(refusal_status(exc), exc.reason, str(exc)) from exc
        for message in result.security:
            logs.security("refused_ops", message, device=me.device_id, county=county.code)
        for device_id in result.revoked:  # a county-signed revocation: the hub stops serving it
            self.relay.set_disabled(device_id, True)
        status = "merged" if result.status == "imported" else "duplicate"
        self.relay.note_push(
            county=county.code,
            device_id=me.device_id,
            bundle_id=result.bundle_id,
            size=len(data),
            status=status,
            ops=result.ops,
            new_ops=result.new_ops,
            now=now(),
        )
        if result.status == "imported":
            self.relay.bump(county.code)
        return {
            "status": status,
            "bundle": result.bundle_id,
            "ops": result.ops,
            "new_ops": result.new_ops,
            "conflicts": result.conflicts,
        }

    def inbox(self, auth: Auth) -> list[dict[str, Any]]:
        county: CountyHub = auth.county
        served = county.refresh_inbox(self.relay, auth.cert)
        if served.prepared:
            logs.event(
                "prepared",
                device=auth.cert.device_id,
                county=county.code,
                kind=served.prepared,
                ops=served.ops,
                ms=round(served.seconds * 1000, 1),
            )
        return [
            {
                "id": item.bundle_id,
                "sender": county.device_id,
                "size": item.size,
                "kind": item.kind,
                "ops": item.ops,
                "sha256": item.sha256,
            }
            for item in self.relay.inbox(auth.cert.device_id)
        ]

    def status(self, auth: Auth) -> dict[str, Any]:
        county: CountyHub = auth.county
        device = auth.cert.device_id
        waiting = self.relay.inbox(device)
        return {
            "device": device,
            "county": county.code,
            "hub": county.device_id,
            "generation": self.relay.generation(county.code),
            "inbox": {"bundles": len(waiting), "bytes": sum(i.size for i in waiting)},
            "pushes": self.relay.pushes(device),
            **county.device_status(device),
            "limits": {
                "max_bundle": self.config.max_bundle,
                "rate": self.config.rate,
                "burst": self.config.burst,
            },
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }


# --- the ASGI application -------------------------------------------------------------------


def create_app(config: HubConfig) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    hub = Hub(config)

    async def refuse(request: Request, exc: HubError) -> Response:
        request.state.code = exc.code
        headers = {"Retry-After": str(max(1, round(exc.retry_after)))} if exc.retry_after else {}
        if exc.status != 503 and hub.workers is not None:
            with contextlib.suppress(Exception):  # the refusal itself is what matters
                await hub.run(
                    lambda: hub.relay.note_refusal(
                        county=getattr(request.state, "county", ""),
                        device_id=getattr(request.state, "device", ""),
                        route=logs.route_of(request.scope),
                        status=exc.status,
                        code=exc.code,
                        now=now(),
                    )
                )
        return JSONResponse(
            {"error": {"code": exc.code, "message": exc.message}},
            status_code=exc.status,
            headers=headers,
        )

    def guarded(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            hub.housekeeping()
            try:
                return await handler(request)
            except HubError as exc:
                return await refuse(request, exc)
            except UserError as exc:  # e.g. a database the hub cannot write
                log.warning("request failed: %s", exc)
                return await refuse(request, HubError(503, "unavailable", str(exc), retry_after=60))
            except Exception:
                log.exception("internal error")
                return await refuse(
                    request,
                    HubError(500, "internal", "同步服务器内部错误，请稍后再试或联系县教育局"),
                )

        endpoint.__name__ = handler.__name__
        return endpoint

    async def health(request: Request) -> Response:
        try:
            ok = await hub.run(hub.relay.ping)
        except Exception:
            ok = False
        first = next(iter(hub.counties.values()))
        body = {
            "ok": ok,
            "version": __version__,
            "storage": hub.relay.dialect,
            "county": first.code,
            "hub": first.device_id,
            "counties": sorted(hub.counties),
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        if not ok:
            body["error"] = {"code": "unavailable", "message": "同步服务器的数据库暂时无法访问"}
        return JSONResponse(body, status_code=200 if ok else 503)

    async def certificates(request: Request) -> Response:
        auth = await authenticate(hub, request, limit=config.max_small)
        if request.method == "PUT":
            try:
                posted = json.loads(auth.body)
                cert = parse_cert(posted)
            except (ValueError, CertError) as exc:
                raise bad_request("证书内容无法读取") from exc
            if (
                request.path_params["device_id"] != auth.cert.device_id
                or cert.device_id != auth.cert.device_id
                or cert.sign_key != auth.cert.sign_key
            ):
                raise forbidden("not_own_cert", "只能登记本机自己的证书")
            return JSONResponse({"ok": True})
        county: CountyHub = auth.county
        certs = [json.loads(t) for t in await hub.run(hub.relay.certificates, county.code)]
        return JSONResponse([county.cert.signed, *certs])

    async def bundles(request: Request) -> Response:
        bundle_id = request.headers.get("x-kcbx-bundle", "")
        if not bundle_id or len(bundle_id) > 64:
            raise bad_request("请求缺少同步包编号（X-Kcbx-Bundle）")
        auth = await authenticate(hub, request, limit=config.max_bundle, spool=True)
        try:
            request.state.bytes_in = auth.size
            answer = await hub.run(
                hub.receive, auth, bundle_id, request.headers.get("x-kcbx-recipients", "")
            )
        finally:
            auth.discard()
        return JSONResponse(answer)

    async def inbox(request: Request) -> Response:
        auth = await authenticate(hub, request, limit=config.max_small)
        bundle_id = request.path_params.get("bundle_id")
        device = auth.cert.device_id
        if bundle_id is None:
            return JSONResponse(await hub.run(hub.inbox, auth))
        if request.method == "DELETE":
            found = await hub.run(hub.relay.acknowledge, device, bundle_id)
            return JSONResponse({"ok": True, "found": found})
        item = await hub.run(hub.relay.item, device, bundle_id)
        if item is None:
            raise HubError(404, *NOT_FOUND)

        async def chunks() -> Any:
            for n in range(item.chunks):
                yield await hub.run(hub.relay.chunk, bundle_id, n)

        return StreamingResponse(
            chunks(),
            media_type="application/octet-stream",
            headers={"Content-Length": str(item.size), "X-Kcbx-Sha256": item.sha256},
        )

    async def status(request: Request) -> Response:
        auth = await authenticate(hub, request, limit=config.max_small)
        return JSONResponse(await hub.run(hub.status, auth))

    async def not_found(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 404)
        message = "没有这个接口" if code == 404 else "该接口不支持这种请求方法"
        return await refuse(
            request, HubError(code, "no_route" if code == 404 else "bad_method", message)
        )

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> Any:
        if hub.workers is None:
            hub.start()
        try:
            yield
        finally:
            hub.stop()

    app = Starlette(
        routes=[
            Route("/v1/health", guarded(health), methods=["GET"]),
            Route("/v1/certificates", guarded(certificates), methods=["GET"]),
            Route("/v1/certificates/{device_id}", guarded(certificates), methods=["PUT"]),
            Route("/v1/bundles", guarded(bundles), methods=["POST"]),
            Route("/v1/inbox", guarded(inbox), methods=["GET"]),
            Route("/v1/inbox/{bundle_id}", guarded(inbox), methods=["GET", "DELETE"]),
            Route("/v1/status", guarded(status), methods=["GET"]),
        ],
        exception_handlers={404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    app.state.hub = hub
    return logs.AccessLog(app)


def from_env() -> Any:
    """App factory for `uvicorn --factory` / several workers: the config comes from the
    environment variable KCBX_HUB_CONFIG (JSON written by `kcbx hub serve`)."""
    import os

    data = json.loads(os.environ["KCBX_HUB_CONFIG"])
    data["stores"] = [Path(p) for p in data["stores"]]
    if data.get("spool"):
        data["spool"] = Path(data["spool"])
    if data.get("key_file"):
        data["key_file"] = Path(data["key_file"])
    logs.setup(data.pop("log_level", "info"))
    return create_app(HubConfig(**data))


def started(app: Any) -> Hub:
    """The Hub behind an app made by create_app (tests, admin commands)."""
    inner = app.app if isinstance(app, logs.AccessLog) else app
    return inner.state.hub
