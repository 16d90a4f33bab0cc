"""Export's side of the proof of origin: attach to a body the signed segments of its ops.

Every op of a bundle travels with the segment its origin signed (origin.py); for the ops of
a segment the bundle leaves out, the segment's hashes of them ("gaps"). An op this device holds
no proof for, or whose bytes no longer hash as signed, is left out (its range stops before it).

An op is hashed again only when its bytes may differ from those its segment was made of. Not
hashed again (a first sync of a county office: 146,782 ops, ~3 s of CPU otherwise):
- what sign_pending() just signed from these very rows (`fresh`);
- this device's own ops whose bytes cannot have changed since it signed them from its own
  tables: a set's value and a create's kept values come from the append-only change log; a
  create without kept values reads a row no logged write has touched since (the first write to
  a record keeps its create's values: changelog.keep_created_values); an appended row of a
  table that refuses updates (a trigger). Of those, every SAMPLE-th op of each segment is
  hashed again all the same: if one differs (a write that bypassed the log, a migration that
  rewrote rows), every op of that segment is, and those that differ stay here.
Relayed ops (other devices') are always hashed: their rows were written here by an import.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from typing import Any

from desktop.store.repo import Store
from desktop.sync import evidence
from desktop.sync.keys import b64
from desktop.sync.ophash import Defaults, op_hash, with_rows
from desktop.sync.origin import HASH_LEN, Held, Segment, Signed
from desktop.sync.payload import Body, row_values

__all__ = ["SAMPLE", "attach", "immutable_tables"]


def immutable_tables(store: Store) -> frozenset[str]:
    """Tables whose rows a trigger keeps from being updated (their appended rows never change)."""
    return frozenset(
        r[0]
        for r in store.conn.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
            " AND sql LIKE '%BEFORE UPDATE ON%' AND sql LIKE '%RAISE(ABORT%'"
        )
    )


SAMPLE = 16  # of this device's own ops, every SAMPLE-th of a segment is hashed again


class _Proofs:
    """Per origin, the segment of each op in turn (ops come sorted by origin and sequence:
    one bisection per segment, not one per op): whether it proves them, and how."""

    def __init__(self, store: Store, held: Held, fresh: Signed | None) -> None:
        self.held = held
        self.fresh = fresh
        self.revoked = evidence.revocations(store)
        self.lo, self.until = 0, -1  # the seqs for which the last answer holds

    def at(self, device: str, seq: int) -> tuple[Segment | None, bool, bool]:
        """(the segment of `device`'s op `seq`, whether it may be passed on, whether it is what
        sign_pending() just signed); sets self.lo..self.until (the same answer there)."""
        held = self.held
        seg = held.find(device, seq)
        self.lo = seq
        if seg is None:
            self.until = seq
            return None, False, False
        firsts = held.firsts(device)
        i = bisect.bisect_right(firsts, seq)
        # find() answers the same for every seq up to seg.last before the next segment starts
        self.until = min(seg.last, firsts[i] - 1) if i < len(firsts) else seg.last
        fresh = self.fresh
        just_signed = (
            fresh is not None
            and device == fresh.origin
            and fresh.first <= seg.first
            and seg.last <= fresh.last
        )
        # signed after a revocation: not passed on
        ok = not (self.revoked and evidence.revoked_after(self.revoked, device, seg.signed_at))
        return seg, ok, just_signed


def attach(store: Store, body: Body, *, fresh: Signed | None = None) -> dict[str, int]:
    """Add to `body` the segments (with gaps), origin certificates and revocations its ops
    need; leave out any op this device holds no proof for (or whose row no longer reads back as
    signed). `fresh`: what sign_pending() just signed from these very rows (not hashed
    again). Returns origin -> lowest seq left out (ranges must stop before it)."""
    held = Held(store, set(body.devices))
    proofs = _Proofs(store, held, fresh)
    unchanging = immutable_tables(store) | {"attachments"}  # an attachment's hash: its sha256
    defaults = Defaults(store)
    me = store.device_id
    devices = body.devices
    items = list(with_rows(body))
    keep = [False] * len(items)

    def proven(k: int, seg: Segment) -> bool:
        op, cols, row = items[k]
        device = devices[op[0]]
        values = row_values(row)
        return seg.hash_of(op[1]) == op_hash(device, op, cols, values, defaults(op[3]))

    dropped: dict[str, int] = {}
    used: dict[tuple[str, int, int], Segment] = {}
    present: dict[tuple[str, int, int], list[int]] = {}
    i, n = 0, len(items)
    while i < n:  # a run of ops of one origin that one segment proves
        device = devices[items[i][0][0]]
        seg, ok, just_signed = proofs.at(device, items[i][0][1])
        j = i + 1
        while (
            j < n
            and devices[items[j][0][0]] == device
            and proofs.lo <= items[j][0][1] <= proofs.until
        ):
            j += 1
        if seg is not None and ok:
            if just_signed:
                keep[i:j] = [True] * (j - i)
            else:
                _check(items, keep, i, j, seg, device == me, unchanging, proven)
        for k in range(i, j):
            seq = items[k][0][1]
            if not keep[k]:
                dropped[device] = min(dropped.get(device, seq), seq)
                continue
            assert seg is not None
            key = (device, seg.first, seg.last)
            if key not in used:
                used[key] = seg
                present[key] = []
            present[key].append(seq)
        i = j
    if not all(keep):
        _drop(body, keep)
    index = {d: i for i, d in enumerate(devices)}
    segments = []
    for key, seg in sorted(used.items()):
        device, first, last = key
        gaps = _gaps(seg, present[key])
        segments.append(
            [index[device], first, last, seg.prev, seg.signed_at, b64(seg.sig), b64(gaps)]
        )
    body.segments = segments
    origins = sorted({d for d, _f, _l in used})
    certs = dict(
        store.conn.execute(
            "SELECT device_id, cert FROM sync_origin_certs WHERE device_id IN"
            " (SELECT value FROM json_each(?))",
            (json.dumps(origins),),
        ).fetchall()
    )
    body.certs = {d: json.loads(certs[d]) for d in origins if d in certs}
    body.revocations = [
        json.loads(r[0]) for r in store.conn.execute("SELECT record FROM sync_revocations")
    ]
    return dropped


def _check(
    items: list[Any],
    keep: list[bool],
    i: int,
    j: int,
    seg: Segment,
    own: bool,
    unchanging: frozenset[str],
    proven: Callable[[int, Segment], bool],
) -> None:
    """keep[k] for the ops i..j-1 of one segment: each hashed again, but for this device's own
    ops whose bytes cannot have changed since it signed them (module docstring), of which every
    SAMPLE-th is: if one of those differs (a write that bypassed the change log), all are."""
    if not own:
        for k in range(i, j):
            keep[k] = proven(k, seg)
        return
    steady = [k for k in range(i, j) if items[k][0][6] != "a" or items[k][0][3] in unchanging]
    for k in range(i, j):
        if items[k][0][6] == "a" and items[k][0][3] not in unchanging:
            keep[k] = proven(k, seg)
    sample = steady[::SAMPLE]
    if steady and steady[-1] not in sample[-1:]:
        sample.append(steady[-1])
    if all(proven(k, seg) for k in sample):
        for k in steady:
            keep[k] = True
    else:
        for k in steady:
            keep[k] = proven(k, seg)


def _gaps(seg: Segment, present: list[int]) -> bytes:
    """The segment's hashes of its ops not in the bundle, in order (runs between those sent)."""
    size = HASH_LEN
    pieces = []
    start = seg.first  # the first seq of the current run of ops left out
    for seq in sorted(set(present)):
        if seq > start:
            pieces.append(seg.hashes[(start - seg.first) * size : (seq - seg.first) * size])
        start = seq + 1
    if start <= seg.last:
        pieces.append(seg.hashes[(start - seg.first) * size : (seg.last + 1 - seg.first) * size])
    return b"".join(pieces)


def _drop(body: Body, keep: list[bool]) -> None:
    rows_keep: dict[str, list[bool]] = {}
    ops = []
    for op, ok in zip(body.ops, keep, strict=True):
        if op[6] in ("c", "a"):
            rows_keep.setdefault(op[3], []).append(ok)
        if ok:
            ops.append(op)
    body.ops = ops
    for entity, flags in rows_keep.items():
        section = body.rows[entity]
        section["data"] = [r for r, ok in zip(section["data"], flags, strict=True) if ok]
        if not section["data"]:
            del body.rows[entity]
    if "attachments" in body.rows:
        i = body.rows["attachments"]["cols"].index("sha256")
        wanted = {r[i] for r in body.rows["attachments"]["data"]}
        body.blobs = {k: v for k, v in body.blobs.items() if k in wanted}
    else:
        body.blobs = {}
