"""Running the hub with uvicorn: as the service (`kcbx hub serve`), or in a thread (tests)."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.errors import UserError
from desktop.hub.app import HubConfig, create_app


def _uvicorn_config(app: Any, *, tls: tuple[str, str] | None, log_level: str, **kw: Any) -> Any:
    import uvicorn

    options: dict[str, Any] = {
        "log_level": log_level,
        "access_log": False,  # our own JSON access log has no client addresses
        "lifespan": "on",
        "server_header": False,
        "timeout_keep_alive": 30,
        **kw,
    }
    if tls is not None:
        options["ssl_certfile"], options["ssl_keyfile"] = tls
    return uvicorn.Config(app, **options)


def serve(
    config: HubConfig,
    *,
    host: str = "127.0.0.1",
    port: int = 8443,
    tls: tuple[str, str] | None = None,
    processes: int = 1,
    log_level: str = "info",
) -> None:
    """Serve until stopped (SIGINT/SIGTERM). Several processes need a PostgreSQL relay."""
    import uvicorn

    from desktop.hub import logs

    logs.setup(log_level)
    if processes > 1:
        if not config.database.startswith(("postgresql:", "postgres:")):
            raise UserError("多个服务进程必须共用 PostgreSQL 数据库（--database postgresql://…）")
        data = asdict(config)
        data["stores"] = [str(p) for p in config.stores]
        data["spool"] = str(config.spool) if config.spool else None
        data["key_file"] = str(config.key_file) if config.key_file else None
        data["log_level"] = log_level
        os.environ["KCBX_HUB_CONFIG"] = json.dumps(data)
        uvicorn.run(
            "desktop.hub.app:from_env",
            factory=True,
            host=host,
            port=port,
            workers=processes,
            log_level="warning",
            access_log=False,
            server_header=False,
            timeout_keep_alive=30,
            ssl_certfile=tls[0] if tls else None,
            ssl_keyfile=tls[1] if tls else None,
        )
        return
    server = uvicorn.Server(
        _uvicorn_config(create_app(config), tls=tls, log_level="warning", host=host, port=port)
    )
    server.run()


@dataclass
class Running:
    """A hub serving in a thread of this process (tests, benchmarks)."""

    url: str
    port: int
    server: Any
    thread: threading.Thread
    app: Any

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def start_in_thread(
    config: HubConfig,
    *,
    port: int = 0,
    tls: tuple[str, str] | None = None,
    timeout: float = 30.0,
) -> Running:
    """Start a hub on 127.0.0.1 (`port` 0: a free one) and wait until it answers."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    port = sock.getsockname()[1]
    app = create_app(config)
    server = uvicorn.Server(_uvicorn_config(app, tls=tls, log_level="warning"))
    box: dict[str, BaseException] = {}

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the caller below
            box["error"] = exc
        finally:
            sock.close()

    thread = threading.Thread(target=run, name=f"kcbx-hub-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(10)
            raise RuntimeError(f"hub did not start: {box.get('error')!r}")
        time.sleep(0.02)
    scheme = "https" if tls else "http"
    return Running(f"{scheme}://127.0.0.1:{port}", port, server, thread, app)
