"""A real hub process (`kcbx hub serve` in a child process) on 127.0.0.1, for the tests that
must see what the hub itself does: its refusals, its files on disk."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from conftest import free_port


@dataclass
class HubProcess:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def hub_process(
    hub_path: Path, relay: str, folder: Path, *, extra: tuple[str, ...] = ()
) -> Iterator[HubProcess]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = folder / f"hub-{port}.log"
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["hub", "serve", "--db", str(hub_path), "--database", relay, "--port", str(port)]
    # the hub's output, as its service manager's journal would keep it (its user's only)
    with os.fdopen(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", code, *args, "--threads", "4", *extra],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    hub = HubProcess(url, proc, log)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"hub process ended: {hub.output()[-2000:]}")
            try:
                if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"hub process did not start: {hub.output()[-2000:]}")
            time.sleep(0.1)
        yield hub
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def unlock(hub_path: Path, relay: str) -> None:
    """Let this test process open the hub's databases, encrypted by the hub process at start
    with a key derived from its key file (desktop/hub/atrest.py)."""
    from desktop.hub import atrest
    from desktop.hub.app import HubConfig

    atrest.unlock_if_keyed(HubConfig(stores=[hub_path], database=relay))
