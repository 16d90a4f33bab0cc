"""A sync over a transport: publish our certificate, learn peers, import what waits for us,
send each peer what it has not acknowledged. And the schedule that runs it by itself when a
transport becomes reachable, with retry and backoff."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg
from desktop.store.changelog import now_iso
from desktop.store.repo import Store
from desktop.sync import enrol, export, importer
from desktop.sync.enrol import Cert, CertError, require_enrolment, verify_cert
from desktop.sync.envelope import BundleRefused
from desktop.sync.transports import FolderTransport, Transport

log = logging.getLogger("kcbx.sync")


@dataclass
class RunReport:
    transport: str
    received: list[importer.ImportResult] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason in Chinese)
    sent: list[tuple[str, int]] = field(default_factory=list)  # (peer name, ops)
    peers_learned: int = 0
    error: str = ""
    key: Any = None  # the configured transport's id
    unreachable: bool = False  # the hub did not answer (offline): try again soon

    @property
    def message(self) -> str:
        where = self.transport
        if self.unreachable:
            return Msg("{where}：暂时连不上，连上网络后会自动同步", where=where)
        if self.error:
            return Msg("{where}：同步失败（{error}），稍后自动重试", where=where, error=self.error)
        new = sum(r.new_ops for r in self.received)
        received = len(self.received)
        parts = [
            Msg(
                "{where}：收到 {received} 个同步包（新变更 {new} 项）",
                where=where,
                received=received,
                new=new,
            ),
            Msg("发出 {sent} 个同步包", sent=len(self.sent)),
        ]
        if self.refused:
            parts.append(Msg("拒收 {refused} 个（已隔离）", refused=len(self.refused)))
        conflicts = sum(r.conflicts for r in self.received)
        if conflicts:
            parts.append(Msg("{conflicts} 处修改冲突待审核", conflicts=conflicts))
        return Joined("，", parts)


def worth_sending(me: Cert, peer: Cert) -> bool:
    """Bundles go to the county and hub, and between devices whose scopes meet."""
    if me.scope.is_everything or peer.scope.is_everything or peer.role in ("county", "hub"):
        return True
    a, b = me.scope, peer.scope
    if a.townships is not None and b.townships is not None and a.townships & b.townships:
        return True
    return a.schools is not None and b.schools is not None and bool(a.schools & b.schools)


def sync_over(
    store: Store,
    transport: Transport,
    *,
    progress: Callable[[str], None] | None = None,
) -> RunReport:
    """One sync over one reachable transport. Refused bundles go to quarantine; never raises
    for a single bad bundle."""
    say = progress or (lambda _text: None)
    me = require_enrolment(store)
    report = RunReport(transport.name)
    transport.publish(me)
    known = {c.device_id for c in enrol.peers(store, enabled_only=False)}
    learned = []
    for signed in transport.certificates():
        try:
            cert = verify_cert(signed, county_key=me.county_key, county_code=me.county_code)
        except CertError:
            continue  # another county's device, or a damaged file: not a peer
        if cert.device_id != store.device_id and cert.device_id not in known:
            learned.append(cert)
    if learned:
        with store.transaction():
            for cert in learned:
                enrol.remember_peer(store, cert)
        report.peers_learned = len(learned)

    waiting = transport.pull(store.device_id)
    for i, incoming in enumerate(waiting, start=1):
        say(Msg("正在导入第 {i}/{count} 个同步包", i=i, count=len(waiting)))
        data = transport.fetch(incoming)
        try:
            report.received.append(importer.import_bytes(store, data, transport=transport.name))
        except BundleRefused as exc:
            importer.quarantine_data(store, incoming.name, data, exc)
            report.refused.append((incoming.name, exc.args[0] if exc.args else str(exc)))
            log.warning("bundle %s refused: %s", incoming.name, exc)
        transport.acknowledge(incoming)

    for peer in enrol.peers(store):
        if not worth_sending(me, peer) or not transport.reaches(peer):
            continue
        say(Msg("正在为“{peer}”准备同步包", peer=peer.name or peer.device_id[:8]))
        prepared = export.prepare(store, [peer])
        if prepared is None:
            continue
        transport.push(
            prepared.data,
            bundle_id=prepared.bundle_id,
            sender=store.device_id,
            recipients=prepared.recipients,
        )
        export.record(store, prepared, transport=transport.name)
        report.sent.append((peer.name or peer.device_id[:8], prepared.op_count))
    return report


# --- configured transports --------------------------------------------------------------------


@dataclass(frozen=True)
class TransportRow:
    id: int
    kind: str
    location: str
    label: str
    enabled: bool
    last_ok: str | None
    last_error: str
    failures: int


def transports(store: Store) -> list[TransportRow]:
    return [
        TransportRow(
            r["id"],
            r["kind"],
            r["location"],
            r["label"],
            bool(r["enabled"]),
            r["last_ok"],
            r["last_error"],
            r["failures"],
        )
        for r in store.conn.execute("SELECT * FROM sync_transports ORDER BY id")
    ]


def add_folder(store: Store, path: str, *, label: str = "") -> int:
    if not path.strip():
        raise UserError(N_("请选择同步文件夹（U盘或共享文件夹）"))
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO sync_transports(kind, location, label) VALUES ('folder', ?, ?)",
            (path, label),
        )
        return conn.execute(
            "SELECT id FROM sync_transports WHERE kind='folder' AND location=?", (path,)
        ).fetchone()[0]


HUB_LABEL = N_("县级同步服务器")


def ensure_hub(store: Store) -> int | None:
    """The hub from the enrolment file as a configured transport (configured once, by the
    enrolment itself); its id, or None when the enrolment names no hub (or we are the hub)."""
    me = enrol.enrolment_of(store)
    if me is None or not me.hub_url or me.role == "hub":
        return None
    row = store.conn.execute(
        "SELECT id FROM sync_transports WHERE kind='http' AND location=?", (me.hub_url,)
    ).fetchone()
    if row is not None:
        return int(row[0])
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO sync_transports(kind, location, label) VALUES ('http', ?, ?)",
            (me.hub_url, HUB_LABEL),
        )
        return int(
            conn.execute(
                "SELECT id FROM sync_transports WHERE kind='http' AND location=?", (me.hub_url,)
            ).fetchone()[0]
        )


def remove_transport(store: Store, transport_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM sync_transports WHERE id=?", (transport_id,))


def make_transport(store: Store, row: TransportRow) -> Transport:
    if row.kind == "folder":
        return FolderTransport(
            row.location, label=row.label or Msg("同步文件夹 {location}", location=row.location)
        )
    from desktop.sync.http import HttpTransport

    me = require_enrolment(store)
    return HttpTransport.for_store(store, url=row.location or me.hub_url, pin=me.hub_pin)


def note_result(store: Store, transport_id: int, error: str | None) -> None:
    with store.transaction() as conn:
        if error is None:
            conn.execute(
                "UPDATE sync_transports SET last_ok=?, last_error='', failures=0 WHERE id=?",
                (now_iso(), transport_id),
            )
        else:
            conn.execute(
                "UPDATE sync_transports SET last_error=?, failures=failures+1 WHERE id=?",
                (error[:500], transport_id),
            )


def run_configured(
    store: Store,
    *,
    only: set[int] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[RunReport]:
    """Sync over every enabled, reachable configured transport (or those in `only`). A hub that
    does not answer gives an `unreachable` report (the schedule probes again soon)."""
    ensure_hub(store)
    reports = []
    for row in transports(store):
        if not row.enabled or (only is not None and row.id not in only):
            continue
        transport = make_transport(store, row)
        try:
            try:
                if not transport.available():
                    if row.kind == "http":
                        reports.append(RunReport(transport.name, key=row.id, unreachable=True))
                    continue
                report = sync_over(store, transport, progress=progress)
            except (UserError, OSError) as exc:
                note_result(store, row.id, str(exc))
                reports.append(RunReport(transport.name, error=str(exc), key=row.id))
                continue
        finally:
            close = getattr(transport, "close", None)
            if close is not None:
                close()
        report.key = row.id
        reports.append(report)
        note_result(store, row.id, None)
    return reports


# --- running by itself ------------------------------------------------------------------------


@dataclass
class _State:
    available: bool = False
    last_ok: float | None = None
    next_try: float = 0.0
    failures: int = 0


class Scheduler:
    """When to sync over each transport by itself: as soon as it becomes reachable; then every
    `interval` seconds while it stays reachable (`busy_interval` when there are local changes
    not yet sent); after a failure, again after `base` seconds, doubling up to `cap`. A hub
    that does not answer is probed again after `probe_base` seconds, doubling up to
    `probe_cap`, so a laptop that reaches the office network syncs within minutes."""

    def __init__(
        self,
        *,
        interval: float = 300.0,
        busy_interval: float = 60.0,
        base: float = 30.0,
        cap: float = 1800.0,
        probe_base: float = 15.0,
        probe_cap: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval, self.busy_interval = interval, busy_interval
        self.base, self.cap, self.clock = base, cap, clock
        self.probe_base, self.probe_cap = probe_base, probe_cap
        self.state: dict[Any, _State] = {}

    def due(self, key: Any, *, available: bool, pending: bool = False) -> bool:
        st = self.state.setdefault(key, _State())
        appeared = available and not st.available
        st.available = available
        if not available:
            return False
        now = self.clock()
        if st.failures:
            return now >= st.next_try
        if appeared or st.last_ok is None:
            return True
        return now >= st.last_ok + (self.busy_interval if pending else self.interval)

    def succeeded(self, key: Any) -> None:
        st = self.state.setdefault(key, _State())
        st.failures, st.last_ok = 0, self.clock()

    def failed(self, key: Any) -> float:
        """Note a failure; return the delay before the next try."""
        st = self.state.setdefault(key, _State())
        st.failures += 1
        delay = min(self.cap, self.base * 2 ** (st.failures - 1))
        st.next_try = self.clock() + delay
        return delay

    def unreachable(self, key: Any) -> float:
        """The transport did not answer: probe again soon (short backoff); the delay."""
        st = self.state.setdefault(key, _State())
        st.failures += 1
        delay = min(self.probe_cap, self.probe_base * 2 ** (min(st.failures, 16) - 1))
        st.next_try = self.clock() + delay
        return delay
