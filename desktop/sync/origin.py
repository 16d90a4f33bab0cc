"""Proof of origin: every op travels with a segment signed by the device that made it.

A device signs its own ops in segments (device, first and last sequence number, a hash chain
over the ops, the head of its previous segment, the time of signing) as it writes them: the
Store calls sign_written() before each write's transaction commits (a database not enrolled
yet signs its earlier ops at its first export).
Relays carry the segments intact: for the ops of a segment a bundle leaves out (other scope),
it carries their hashes ("gaps"), so the receiver can recompute the chain. Every importer
verifies each origin's certificate (county-signed) and segment signature before merging; a
segment that disagrees with one already held (a second, different op with an id already seen)
is a fork: its ops are refused and a security event is recorded, never silently dropped.
County-signed revocations travel in every bundle: ops a revoked device signed after its
revocation are refused by every device. docs/bundle-format.md, section 8, is the reference.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.text import N_, Msg
from desktop.store import repo
from desktop.store.repo import Store
from desktop.sync import evidence, keys
from desktop.sync.enrol import Cert, CertError, require_enrolment, verify_cert
from desktop.sync.envelope import BundleRefused
from desktop.sync.keys import unb64
from desktop.sync.ophash import Defaults, body_hashes, chain, hash_ops
from desktop.sync.payload import Body
from desktop.sync.ranges import Ranges

SEGMENT_DOMAIN = b"kcbx segment v1\n"
ZERO = "0" * 64
HASH_LEN = 32

# refusals that are evidence against a device, recorded as security events
SECURITY_REASONS = frozenset(
    {
        "unsigned_op",
        "forged_origin",
        "forked_op",
        "revoked",
        "out_of_scope",
        "no_right",
        "too_large",  # a decompression bomb (the sender's signature was checked first)
    }
)


# --- hashing ----------------------------------------------------------------------------------


def _canon(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def _message(
    county: str, device: str, first: int, last: int, prev: str, head: str, at: str
) -> bytes:
    return SEGMENT_DOMAIN + _canon(
        {
            "county": county,
            "device": device,
            "first": first,
            "last": last,
            "prev": prev,
            "head": head,
            "signed_at": at,
        }
    )


# --- stored segments --------------------------------------------------------------------------


@dataclass
class Segment:
    origin: str
    first: int
    last: int
    prev: str
    head: str
    signed_at: str
    sig: bytes
    hashes: bytes

    def hash_of(self, seq: int) -> bytes:
        i = (seq - self.first) * HASH_LEN
        return self.hashes[i : i + HASH_LEN]


class Held:
    """The segments this device holds, per origin, for lookups by (origin, seq)."""

    def __init__(self, store: Store, origins: set[str] | None = None) -> None:
        self.by_origin: dict[str, list[Segment]] = {}
        sql = "SELECT origin, first, last, prev, head, signed_at, sig, hashes FROM sync_segments"
        params: tuple[Any, ...] = ()
        if origins is not None:
            sql += " WHERE origin IN (SELECT value FROM json_each(?))"
            params = (json.dumps(sorted(origins)),)
        for r in store.conn.execute(sql + " ORDER BY origin, first, last", params):
            seg = Segment(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6]), bytes(r[7]))
            self.by_origin.setdefault(seg.origin, []).append(seg)
        self._firsts = {o: [s.first for s in segs] for o, segs in self.by_origin.items()}

    def find(self, origin: str, seq: int) -> Segment | None:
        segs = self.by_origin.get(origin)
        if not segs:
            return None
        i = bisect.bisect_right(self._firsts[origin], seq)
        for seg in reversed(segs[max(0, i - 8) : i]):  # overlaps only after a restored backup
            if seg.last >= seq:
                return seg
        return None

    def overlaps(self, origin: str, first: int, last: int) -> bool:
        """Whether a held segment of `origin` shares a seq with first..last."""
        segs = self.by_origin.get(origin)
        if not segs:
            return False
        starts = self._firsts[origin]
        lo = bisect.bisect_left(starts, first)
        if bisect.bisect_right(starts, last) > lo:  # one starts inside
            return True
        return any(s.last >= first for s in segs[max(0, lo - 8) : lo])  # as find()

    def firsts(self, origin: str) -> list[int]:
        """The first seqs of `origin`'s segments, in find()'s order."""
        return self._firsts.get(origin, [])


SEGMENT_MAX = 4096  # ops per segment: a relay carrying one op of it carries ≤ 128 KB of gaps


@dataclass(frozen=True)
class Signed:
    """What sign_pending() just signed: `origin`'s ops first..last (from the rows read then)."""

    origin: str
    first: int
    last: int


def sign_pending(store: Store) -> Signed | None:
    """Sign this device's ops not yet in a segment (in segments of at most SEGMENT_MAX ops,
    each chained to the one before); None if there were none."""
    from desktop.sync.export import _body

    me = require_enrolment(store)
    conn = store.conn
    device = store.device_id
    row = conn.execute(
        "SELECT last, head FROM sync_segments WHERE origin=? ORDER BY last DESC LIMIT 1",
        (device,),
    ).fetchone()
    done, prev = (row[0], row[1]) if row else (0, ZERO)
    upto = store.log.next_seq - 1
    if upto <= done:
        return None
    numbers = {r[1]: r[0] for r in conn.execute("SELECT n, device_id FROM devices")}
    if device not in numbers:
        return None
    rows = conn.execute(
        "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
        " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
        " LEFT JOIN sync_created k ON k.op = c.seq"
        " WHERE c.origin=? AND c.origin_seq > ? AND c.origin_seq <= ? ORDER BY c.origin_seq",
        (numbers[device], done, upto),
    ).fetchall()
    body, _files = _body(store, rows, numbers)
    hashes = body_hashes(store, body)
    # contiguous from done + 1: stop before the first op that cannot be read back
    run: list[bytes] = []
    for op, h in zip(body.ops, hashes, strict=True):
        if op[1] != done + 1 + len(run):
            break
        run.append(h)
    if not run:
        return None
    # the segments signed since the last export have never left this device: they are signed
    # again as one with the new ops (one segment per export, not one per write)
    tail = _unsent_tail(conn, device, done)
    base = tail[0].first if tail else done + 1
    if tail:
        prev = tail[0].prev
        carried = b"".join(t.hashes for t in tail)
        run = [carried[i : i + HASH_LEN] for i in range(0, len(carried), HASH_LEN)] + run
    sign = keys.signer(store)
    segments = []
    for start in range(0, len(run), SEGMENT_MAX):
        part = run[start : start + SEGMENT_MAX]
        first, last = base + start, base + start - 1 + len(part)
        head = chain(prev, part)
        at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        sig = sign(_message(me.county_code, device, first, last, prev, head, at))
        segments.append(Segment(device, first, last, prev, head, at, sig, b"".join(part)))
        prev = head
    with store.transaction():
        for t in tail:
            conn.execute(
                "DELETE FROM sync_segments WHERE origin=? AND first=? AND last=?",
                (device, t.first, t.last),
            )
        for seg in segments:
            _save(conn, seg)
        conn.execute(
            "INSERT OR REPLACE INTO sync_origin_certs(device_id, cert) VALUES (?, ?)",
            (device, me.text),
        )
    return Signed(device, done + 1, done + len(run))


def _unsent_tail(conn: Any, device: str, done: int) -> list[Segment]:
    """This device's last segments, chained one to the next up to `done`, none of whose ops
    was exported yet (sync_marks: sent, delivered or acknowledged to any peer); [] if none."""
    exported = conn.execute(
        "SELECT max(max(sent, delivered, acked)) FROM sync_marks WHERE origin=?", (device,)
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT origin, first, last, prev, head, signed_at, sig, hashes FROM sync_segments"
        " WHERE origin=? AND first > ? ORDER BY first",
        (device, int(exported or 0)),
    ).fetchall()
    tail = [Segment(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6]), bytes(r[7])) for r in rows]
    for a, b in itertools.pairwise(tail):
        if b.first != a.last + 1 or b.prev != a.head:
            return []
    if not tail or tail[-1].last != done:
        return []
    if sum(t.last - t.first + 1 for t in tail) >= SEGMENT_MAX:
        return []  # a full one stays as it is
    return tail


def sign_written(store: Store) -> None:
    """Sign the ops a write just made (the Store's write hook, before the transaction commits).
    A database not enrolled, or without its keys yet, signs them at its first export."""
    from desktop.domain.errors import UserError

    if store.conn.execute("SELECT 1 FROM sync_enrolment WHERE id=1").fetchone() is None:
        return
    try:
        sign_pending(store)
    except UserError:
        return


repo.add_write_hook(sign_written)  # installed wherever sync is loaded (the app, kcbx, the hub)


def _save(conn: Any, seg: Segment) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_segments(origin, first, last, prev, head, signed_at, sig,"
        " hashes) VALUES (?,?,?,?,?,?,?,?)",
        (seg.origin, seg.first, seg.last, seg.prev, seg.head, seg.signed_at, seg.sig, seg.hashes),
    )


# --- export: attach segments, leave out what cannot be proven ----------------------------------


def attach(store: Store, body: Body, *, fresh: Signed | None = None) -> dict[str, int]:
    """Add to `body` the segments its ops need, leave out what cannot be proven: see
    sync/attach.py. Returns origin -> lowest seq left out (ranges must stop before it)."""
    from desktop.sync import attach as attaching

    return attaching.attach(store, body, fresh=fresh)


def cap_ranges(ranges: dict[str, list[Any]], dropped: dict[str, int]) -> dict[str, list[Any]]:
    """Ranges stop before the first op left out."""
    out = {}
    for device, rng in ranges.items():
        lo, hi = rng[0], rng[1]
        if device in dropped:
            hi = min(hi, dropped[device] - 1)
        if hi >= lo:
            out[device] = [lo, hi, *rng[2:]]
    return out


# --- import: verify ---------------------------------------------------------------------------


@dataclass
class Verified:
    segments: list[Segment] = field(default_factory=list)
    certs: dict[str, Cert] = field(default_factory=dict)
    revocations: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    # origin -> its lowest op refused here (a fork, signed after its revocation): its watermark
    # is advanced only up to the op before
    refused_origins: dict[str, int] = field(default_factory=dict)
    events: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, origin, ops, msg


BAD_SEGMENTS = N_("同步包中的来源签名段格式无效")


def _refuse(message: str, reason: str) -> BundleRefused:
    return BundleRefused(message, reason)


def _when(text: Any) -> dt.datetime:
    when = dt.datetime.fromisoformat(str(text))
    return when if when.tzinfo else when.astimezone()


def _after(text: Any, revoked_at: str) -> bool:
    """Was `text` (a time a device claims) after the revocation? Unreadable: yes."""
    try:
        return _when(text) > _when(revoked_at)
    except ValueError:
        return True


def _short(device: str) -> str:
    return device[:8]


def verify(
    store: Store, me: Cert, sender: Cert, header: dict[str, Any], body: Body, staged: Any
) -> Verified:
    """Check the proof of origin of every staged op; remove from `staged.ops` the ops to refuse
    one by one (forks, revoked), raise BundleRefused for a forgery (the whole bundle)."""
    out = Verified()
    county_key, county_code = me.county_key, me.county_code
    # revocations (county-signed)
    revoked = dict(store.conn.execute("SELECT device_id, at FROM sync_revocations").fetchall())
    for record in body.revocations or []:
        device, at = evidence.verify_revocation(
            record, county_key=county_key, county_code=county_code
        )
        out.revocations.append((device, at, record))
        if device not in revoked or at < revoked[device]:
            revoked[device] = at
    if sender.device_id in revoked and _after(header.get("created_at"), revoked[sender.device_id]):
        raise _refuse(
            Msg(
                "发送设备“{device}”已被县教育局吊销（{day}），它此后导出的同步包一律拒收",
                device=sender.name or _short(sender.device_id),
                day=revoked[sender.device_id][:10],
            ),
            "revoked",
        )
    # origin certificates
    devices = staged.devices
    certs: dict[str, Cert] = {}
    for device, signed in (body.certs or {}).items():
        try:
            cert = verify_cert(signed, county_key=county_key, county_code=county_code)
        except CertError as exc:
            raise _refuse(
                Msg(
                    "同步包中设备 {device} 的注册证书无效（{why}），已拒收",
                    device=_short(str(device)),
                    why=exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc),
                ),
                "forged_origin",
            ) from exc
        if cert.device_id != device:
            raise _refuse(
                N_("同步包中的设备证书与设备编号不符（文件被伪造），已拒收"), "forged_origin"
            )
        certs[device] = cert
    certs.setdefault(sender.device_id, sender)
    out.certs = certs
    # the ops' hashes
    cols_of = staged.cols
    ops = staged.ops
    items = (
        (devices[op[0]], op, cols_of.get(op[3]), op[10])
        if op[6] == "c" or op[6] == "a"
        else (devices[op[0]], op, None, None)
        for op in ops
    )
    # per origin: seq → the op's hash
    by_origin: dict[str, dict[int, bytes]] = {d: {} for d in devices}
    for op, h in zip(ops, hash_ops(items, Defaults(store)), strict=True):
        held_h = by_origin[devices[op[0]]].setdefault(op[1], h)
        if held_h != h:
            raise _refuse(
                Msg(
                    "同步包中同一条变更（{op}）出现两个不同版本（文件被伪造），已拒收",
                    op=f"{_short(devices[op[0]])}:{op[1]}",
                ),
                "forged_origin",
            )
    # segments
    segs: list[Segment] = []
    sha256, used = hashlib.sha256, 0  # used: how many of the bundle's ops a segment holds
    try:
        raw = [list(s) for s in body.segments or []]
    except TypeError as exc:
        raise _refuse(BAD_SEGMENTS, "damaged") from exc
    for s in raw:
        try:
            o, first, last, prev, at, sig, gaps = s
            device = devices[o]
            first, last = int(first), int(last)
            sig_b, gaps_b = unb64(sig), unb64(gaps)
            bytes.fromhex(prev)
        except (ValueError, TypeError, IndexError, Exception) as exc:
            raise _refuse(BAD_SEGMENTS, "damaged") from exc
        if not (1 <= first <= last) or len(prev) != 64 or len(gaps_b) % HASH_LEN:
            raise _refuse(BAD_SEGMENTS, "damaged")
        found = certs.get(device)
        if found is None:
            raise _refuse(
                Msg(
                    "同步包中设备 {device} 的变更没有附带它的注册证书，无法证明来源，已拒收",
                    device=_short(device),
                ),
                "forged_origin",
            )
        cert = found
        # the segment's hashes (the bundle's ops, the gaps between them) chained as they come
        got = by_origin.get(device, {})
        hashes: list[bytes] = []
        gi, h = 0, bytes.fromhex(prev)
        for seq in range(first, last + 1):
            known = got.get(seq)
            if known is None:  # not in the bundle: its hash is among the gaps
                known = gaps_b[gi : gi + HASH_LEN]
                gi += HASH_LEN
                if len(known) != HASH_LEN:
                    break
            else:
                used += 1
            hashes.append(known)
            h = sha256(h + known).digest()
        if len(hashes) != last - first + 1 or gi != len(gaps_b):
            raise _refuse(
                Msg(
                    "同步包中设备“{device}”的签名段不完整（文件被改动），已拒收",
                    device=cert.name or _short(device),
                ),
                "forged_origin",
            )
        head = h.hex()
        if not keys.verify(
            cert.sign_key, sig_b, _message(county_code, device, first, last, prev, head, str(at))
        ):
            raise _refuse(
                Msg(
                    "同步包中标为设备“{device}”的变更（{ops}）没有该设备的有效签名："
                    "它们是伪造的，已拒收整个同步包",
                    device=cert.name or _short(device),
                    ops=f"{_short(device)}:{first}–{last}",
                ),
                "forged_origin",
            )
        segs.append(Segment(device, first, last, prev, head, str(at), sig_b, b"".join(hashes)))
    # every op covered by a segment of its origin
    n_ops = sum(len(got) for got in by_origin.values())
    if used != n_ops or not _disjoint(segs):  # else each op was met once: all are covered
        covered = Ranges((seg.origin, seg.first, seg.last) for seg in segs)
        for device, got in by_origin.items():
            for seq in got:
                if not covered.holds(device, seq):
                    raise _refuse(
                        Msg(
                            "同步包中有标为设备 {device} 的变更（{op}）没有该设备的签名，"
                            "无法证明来源，已拒收",
                            device=_short(device),
                            op=f"{_short(device)}:{seq}",
                        ),
                        "unsigned_op",
                    )
    # forks (a different op with an id already held) and revoked origins
    held = Held(store, {s.origin for s in segs})
    bad: set[tuple[str, int, int]] = set()
    for seg in segs:
        label = f"{_short(seg.origin)}:{seg.first}–{seg.last}"
        if seg.origin in revoked and _after(seg.signed_at, revoked[seg.origin]):
            bad.add((seg.origin, seg.first, seg.last))
            low = out.refused_origins.get(seg.origin, seg.first)
            out.refused_origins[seg.origin] = min(low, seg.first)
            out.events.append(
                (
                    "revoked",
                    seg.origin,
                    label,
                    Msg(
                        "设备 {device} 已被吊销（{day}），其吊销后签名的变更 {ops} 已拒收",
                        device=_short(seg.origin),
                        day=revoked[seg.origin][:10],
                        ops=label,
                    ),
                )
            )
            continue
        forked = (
            [
                s
                for s in range(seg.first, seg.last + 1)
                if (other := held.find(seg.origin, s)) is not None
                and other.hash_of(s) != seg.hash_of(s)
            ]
            if held.overlaps(seg.origin, seg.first, seg.last)
            else []
        )
        forked += _forks_unheld(store, seg, held)
        if forked:
            bad.add((seg.origin, seg.first, seg.last))
            low = out.refused_origins.get(seg.origin, seg.first)
            out.refused_origins[seg.origin] = min(low, seg.first)
            ids = ",".join(f"{_short(seg.origin)}:{s}" for s in sorted(set(forked))[:20])
            out.events.append(
                (
                    "forked_op",
                    seg.origin,
                    ids,
                    Msg(
                        "收到与已有变更编号相同但内容不同的变更（{ids}）：已保留原有的，拒收这些",
                        ids=ids,
                    ),
                )
            )
    if bad:
        refused = Ranges(bad)
        staged.ops = [op for op in staged.ops if not refused.holds(devices[op[0]], op[1])]
    out.segments = [s for s in segs if (s.origin, s.first, s.last) not in bad]
    return out


def _disjoint(segs: list[Segment]) -> bool:
    """Whether no two segments of one origin share a seq."""
    last_of: dict[str, int] = {}
    for seg in sorted(segs, key=lambda s: (s.origin, s.first)):
        if seg.first <= last_of.get(seg.origin, 0):
            return False
        last_of[seg.origin] = seg.last
    return True


def _forks_unheld(store: Store, seg: Segment, held: Held) -> list[int]:
    """Ops of `seg` this device holds without a segment (made here, or held from before
    segments existed) whose content differs from the segment's."""
    from desktop.sync.export import _body

    conn = store.conn
    n = conn.execute("SELECT n FROM devices WHERE device_id=?", (seg.origin,)).fetchone()
    if n is None:
        return []
    seqs = [
        r[0]
        for r in conn.execute(
            "SELECT origin_seq FROM changes WHERE origin=? AND origin_seq BETWEEN ? AND ?",
            (n[0], seg.first, seg.last),
        )
        if held.find(seg.origin, r[0]) is None
    ]
    if not seqs:
        return []
    rows = conn.execute(
        "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
        " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
        " LEFT JOIN sync_created k ON k.op = c.seq"
        " WHERE c.origin=? AND c.origin_seq IN (SELECT value FROM json_each(?))",
        (n[0], json.dumps(seqs)),
    ).fetchall()
    body, _ = _body(store, rows, {seg.origin: n[0]})
    return [
        op[1]
        for op, h in zip(body.ops, body_hashes(store, body), strict=True)
        if seg.hash_of(op[1]) != h
    ]


def keep(conn: Any, verified: Verified) -> None:
    """Store what was verified (inside the import's transaction)."""
    for seg in verified.segments:
        _save(conn, seg)
    for device, cert in verified.certs.items():
        if any(s.origin == device for s in verified.segments):
            # the newest certificate the county issued it (a new scope travels on)
            conn.execute(
                "INSERT INTO sync_origin_certs(device_id, cert) VALUES (?, ?)"
                " ON CONFLICT(device_id) DO UPDATE SET cert = excluded.cert"
                " WHERE json_extract(excluded.cert, '$.cert.issued_at')"
                " > json_extract(sync_origin_certs.cert, '$.cert.issued_at')",
                (device, cert.text),
            )
    for device, at, record in verified.revocations:
        evidence.store_revocation(conn, device, at, record)
