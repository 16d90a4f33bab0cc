"""Ways bundles travel: a folder (USB stick, network share) now; the county hub over HTTP.

A transport moves bytes; it never looks inside a bundle. The interface (see docs/bundle-format.md,
"Transports"):

    available() -> bool                         reachable now (the stick is plugged in, the hub answers)
    publish(cert)                               make this device's certificate findable by others
    certificates() -> list[dict]                signed certificates of other devices found there
    push(data, bundle_id=, sender=, recipients=)  deliver one bundle to its recipients' inboxes
    pull(device_id) -> list[Incoming]           bundles waiting for this device
    fetch(incoming) -> bytes                    the bytes of one waiting bundle
    acknowledge(incoming)                       done with it (imported, duplicate or quarantined):
                                                remove it from the inbox
    reaches(peer_cert) -> bool                  may bundles for this peer go this way

Folder layout (one folder shared by every device that uses the stick or share):

    <root>/kcbx-sync/说明.txt
    <root>/kcbx-sync/devices/<device id>.json          certificates (public, signed by the county)
    <root>/kcbx-sync/to-<device id>/<time>-<sender>-<bundle id>.kcbx   each device's inbox
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.sync.enrol import Cert

FOLDER_NAME = "kcbx-sync"
README = (
    "这是控辍保学工作台的同步文件夹。\n"
    "devices/ 里是各台电脑的注册证书（公开信息）；to-<设备编号>/ 里是发给该电脑的同步包。\n"
    "同步包已加密，只有收件电脑能打开。请勿手工修改或删除，导入后程序会自动清理。\n"
)
_NAME = re.compile(r"^[0-9A-Za-z_.-]+\.kcbx$")


@dataclass(frozen=True)
class Incoming:
    ref: str  # a path (folder) or an id (hub)
    name: str
    size: int = 0


class Transport(Protocol):
    name: str

    def available(self) -> bool: ...

    def publish(self, cert: Cert) -> None: ...

    def certificates(self) -> list[dict[str, Any]]: ...

    def push(self, data: bytes, *, bundle_id: str, sender: str, recipients: list[str]) -> None: ...

    def pull(self, device_id: str) -> list[Incoming]: ...

    def fetch(self, incoming: Incoming) -> bytes: ...

    def acknowledge(self, incoming: Incoming) -> None: ...

    def reaches(self, peer: Cert) -> bool: ...


class FolderTransport:
    """A folder on a USB stick or a network share: an inbox per device, written atomically."""

    def __init__(self, root: str | os.PathLike[str], *, label: str = "") -> None:
        self.root = Path(root)
        self.base = self.root / FOLDER_NAME
        self.name = label or Msg("文件夹 {path}", path=str(self.root))

    def available(self) -> bool:
        return self.root.is_dir() and os.access(self.root, os.W_OK)

    def _ensure(self) -> None:
        try:
            (self.base / "devices").mkdir(parents=True, exist_ok=True)
            readme = self.base / "说明.txt"
            if not readme.exists():
                readme.write_text(README, encoding="utf-8")
        except OSError as exc:
            raise UserError(
                Msg(
                    "无法写入同步文件夹 {path}（{error}）",
                    path=str(self.root),
                    error=str(exc.strerror or exc),
                )
            ) from exc

    def publish(self, cert: Cert) -> None:
        self._ensure()
        target = self.base / "devices" / f"{cert.device_id}.json"
        text = json.dumps(cert.signed, ensure_ascii=False, sort_keys=True, indent=1)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            return
        _write_atomic(target, text.encode())

    def certificates(self) -> list[dict[str, Any]]:
        out = []
        for path in sorted((self.base / "devices").glob("*.json")):
            try:
                out.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
        return out

    def push(self, data: bytes, *, bundle_id: str, sender: str, recipients: list[str]) -> None:
        self._ensure()
        stamp = _stamp()
        for device_id in recipients:
            inbox = self.base / f"to-{device_id}"
            inbox.mkdir(exist_ok=True)
            name = f"{stamp}-{sender[:12]}-{bundle_id}.kcbx"
            _write_atomic(inbox / name, data)
            if len(recipients) == 1:
                # An older bundle of ours still waiting there is a subset of this one (bundles
                # carry everything not acknowledged): keep the inbox small.
                for old in inbox.glob(f"*-{sender[:12]}-*.kcbx"):
                    if old.name < name:
                        with contextlib.suppress(OSError):  # being read right now: leave it
                            old.unlink()

    def pull(self, device_id: str) -> list[Incoming]:
        inbox = self.base / f"to-{device_id}"
        if not inbox.is_dir():
            return []
        found = []
        for path in sorted(inbox.iterdir()):
            if _NAME.match(path.name) and path.is_file():
                found.append(Incoming(str(path), path.name, path.stat().st_size))
        return found

    def fetch(self, incoming: Incoming) -> bytes:
        try:
            return Path(incoming.ref).read_bytes()
        except OSError as exc:
            raise UserError(
                Msg(
                    "无法读取同步包 {name}（{error}）",
                    name=incoming.name,
                    error=str(exc.strerror or exc),
                )
            ) from exc

    def acknowledge(self, incoming: Incoming) -> None:
        Path(incoming.ref).unlink(missing_ok=True)

    def reaches(self, peer: Cert) -> bool:
        return True


def _stamp() -> str:
    import datetime as dt

    return dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
