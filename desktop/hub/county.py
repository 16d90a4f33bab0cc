"""One county served by the hub: its merged state, a normal kcbx SQLite database enrolled as the
county's hub device (`kcbx sync enrol-issue --role hub`).

- merge: a bundle addressed to the hub is imported into it (verified, decrypted, checked
  against the sender's scope, merged in one transaction) while holding the county's lock, so
  one writer at a time even with several hub processes (their lock is in the relay database).
- serve: what a device has not acknowledged is exported for it — a snapshot of its scope when
  it is new to the hub or far behind (compacted: see desktop/sync/snapshot.py), else the ops
  since its watermarks — and stored in its inbox in the relay database.

Why the county state stays SQLite even when the relay is PostgreSQL: it *is* the application's
database (the county office's app, reports and forms read it as is; merge, export and
conflict detection are written and tested for it); one county is small (100,000 children is
~400 MB) and its merges are serial by nature (last-writer-wins over one change log); counties
are independent, so a province scales by counties — each merged by whichever process holds
its lock — and every request a device makes that does not write the county database (auth,
nonces, rate limits, inbox listing and downloads) is served by any process from the relay.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.hub.relay import Relay, now
from desktop.store.repo import Store
from desktop.sync import enrol, export, importer, marks, snapshot
from desktop.sync.enrol import Cert
from desktop.sync.envelope import BundleRefused

SNAPSHOT_AFTER = 50_000  # ops behind (county-wide) beyond which a snapshot is cheaper


@dataclass
class Served:
    """What refreshing a device's inbox did."""

    prepared: str = ""  # "" | "bundle" | "snapshot"
    bundle_id: str = ""
    ops: int = 0
    seconds: float = 0.0


@dataclass
class CountyHub:
    path: Path
    cert: Cert  # the hub's own certificate for this county
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _opened: list[Store] = field(default_factory=list, repr=False)
    _guard: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def open(cls, path: Path) -> CountyHub:
        """Read the hub's enrolment from its database (which must be enrolled as a hub)."""
        with Store.open(path, create=False, actor="县级同步服务器") as store:
            cert = enrol.enrolment_of(store)
        if cert is None or cert.role != "hub":
            raise UserError(
                f"{path} 尚未注册为县级同步服务器：请先 kcbx sync enrol-request --db {path}，"
                "由县管理员用 kcbx sync enrol-issue --role hub 签发后再 kcbx sync enrol"
            )
        return cls(path, cert)

    @property
    def code(self) -> str:
        return self.cert.county_code

    @property
    def key(self) -> bytes:
        return self.cert.county_key

    @property
    def device_id(self) -> str:
        return self.cert.device_id

    # --- per-thread database -------------------------------------------------------------

    def store(self) -> Store:
        """This thread's connection to the county database (SQLite connections are per thread)."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.path, create=False, actor="县级同步服务器")
            self._local.store = store
            with self._guard:
                self._opened.append(store)
        return store

    def close_thread(self) -> None:
        store = getattr(self._local, "store", None)
        if store is not None:
            self._local.store = None
            with self._guard:
                if store in self._opened:
                    self._opened.remove(store)
            store.close()

    # --- merging -----------------------------------------------------------------------

    def merge(self, relay: Relay, data: bytes) -> importer.ImportResult:
        """Import a bundle addressed to the hub (BundleRefused: nothing changed)."""
        store = self.store()
        # verify, decrypt and decompress (within a cap) before taking the county's lock: a
        # large or hostile bundle does not hold up the other devices' syncs
        opened = importer.open_bytes(store, data)
        if isinstance(opened, importer.ImportResult):
            return opened
        with relay.lock(f"county:{self.code}"):
            # scope, role and settings rights: checked by the importer, as on every laptop
            result = importer.import_bytes(store, data, transport="hub", opened=opened)
        return result

    # --- serving a device ----------------------------------------------------------------

    def refresh_inbox(self, relay: Relay, device: Cert) -> Served:
        """Make a bundle for `device` if the county changed since its last one (one at a
        time per device); while a snapshot waits for it, nothing else is made."""
        import time

        served = Served()
        generation = relay.generation(self.code)
        with relay.lock(f"device:{device.device_id}"):
            row = relay.device(device.device_id)
            waiting = relay.inbox(device.device_id)
            if any(item.kind == "snapshot" for item in waiting):
                return served
            if row is not None and row["prepared_gen"] >= generation:
                return served  # nothing merged since its last bundle was made
            t0 = time.perf_counter()
            store = self.store()
            store.log.reload()
            self._know(relay, store, device)
            kind = "snapshot" if self._far_behind(store, device) else "bundle"
            prepared = (
                snapshot.prepare(store, device)
                if kind == "snapshot"
                else export.prepare(store, [device])
            )
            if prepared is not None:
                relay.put(
                    county=self.code,
                    device_id=device.device_id,
                    bundle_id=prepared.bundle_id,
                    kind=kind,
                    data=prepared.data,
                    ops=prepared.op_count,
                    generation=generation,
                    now=now(),
                )
                with relay.lock(f"county:{self.code}"):
                    export.record(store, prepared, transport="hub")
                served = Served(kind, prepared.bundle_id, prepared.op_count)
            relay.set_prepared(device.device_id, generation)
            served.seconds = time.perf_counter() - t0
        return served

    def _know(self, relay: Relay, store: Store, device: Cert) -> None:
        """The device as a peer of the hub (its watermarks and digests live there)."""
        if enrol.peer_cert(store, device.device_id) is None:
            with relay.lock(f"county:{self.code}"), store.transaction():
                enrol.remember_peer(store, device)

    def _far_behind(self, store: Store, device: Cert) -> bool:
        conn = store.conn
        acked = conn.execute(
            "SELECT count(*) FROM sync_marks WHERE peer=? AND (acked > 0 OR delivered > 0)",
            (device.device_id,),
        ).fetchone()[0]
        have = marks.have(store)
        start = marks.peer_from(conn, device.device_id)
        behind = sum(max(0, upto - start.get(origin, 0)) for origin, upto in have.items())
        if behind == 0:
            return False
        return acked == 0 or behind > SNAPSHOT_AFTER

    # --- status ----------------------------------------------------------------------------

    def device_status(self, device_id: str) -> dict[str, Any]:
        """What the county database knows of a device: its own ops merged, last import."""
        conn = self.store().conn
        merged = conn.execute("SELECT seq FROM sync_have WHERE origin=?", (device_id,)).fetchone()
        last = conn.execute(
            "SELECT max(done_at) FROM sync_bundles WHERE direction='in' AND peer=?", (device_id,)
        ).fetchone()[0]
        return {"merged_own_ops": int(merged[0]) if merged else 0, "last_merged_at": last}


def refusal_status(exc: BundleRefused) -> int:
    """The HTTP status for a bundle the hub would not import."""
    if exc.reason in ("not_bundle", "truncated"):
        return 400
    if exc.reason == "too_large":
        return 413
    if exc.reason in (
        "out_of_scope",
        "no_right",
        "forged_origin",
        "unsigned_op",
        "revoked",
        "bad_signature",
        "other_county",
        "bad_cert",
        "unenrolled_sender",
        "wrong_recipient",
        "own",
    ):
        return 403
    return 422
