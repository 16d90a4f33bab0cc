"""Tamper evidence (`kcbx check`): the change log and audit rows, checked against the signed
segments of their devices (origin.py).

Every op a device makes — data changes and its audit rows (sign-ins, prints, exports …) — is
hashed into its signed, hash-chained segments as it is written; peers and the hub keep
copies of those segments. So someone who can open the database (a teacher's password) and
drops the append-only triggers, deletes audit rows or rewrites `changes.actor` cannot make the
held ops agree with the signed hashes again: this check names the first broken link. This
device's own ops are signed as they are written; any not signed (made before the device was
enrolled, until its first export) are counted apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.text import N_, Msg
from desktop.store.repo import Store
from desktop.sync import keys, ophash, origin
from desktop.sync.enrol import enrolment_of, parse_cert

CHUNK = 20000


@dataclass
class ChainReport:
    segments: int = 0
    ops: int = 0
    unsigned: int = 0
    problems: list[tuple[str, int, str]] = field(default_factory=list)  # origin, seq, message

    @property
    def first(self) -> str:
        return min(self.problems)[2] if self.problems else ""


def check(store: Store) -> ChainReport:
    """Check every held segment's signature and chain, and every held op against it."""
    out = ChainReport()
    me = enrolment_of(store)
    if me is None:
        return out
    conn = store.conn
    certs = {
        d: parse_cert(json.loads(c))
        for d, c in conn.execute("SELECT device_id, cert FROM sync_origin_certs")
    }
    certs[store.device_id] = me
    numbers = {r[1]: r[0] for r in conn.execute("SELECT n, device_id FROM devices")}
    held = origin.Held(store)
    for device, segs in held.by_origin.items():
        cert = certs.get(device)
        mine = device == store.device_id
        expect_first, expect_prev = 1, origin.ZERO
        for seg in segs:
            out.segments += 1
            label = Msg(
                "设备 {device} 的签名段 {first}–{last}",
                device=device[:8],
                first=seg.first,
                last=seg.last,
            )
            n_hashes = seg.last - seg.first + 1
            hashes = [seg.hash_of(s) for s in range(seg.first, seg.last + 1)]
            msg = origin._message(
                me.county_code, device, seg.first, seg.last, seg.prev, seg.head, seg.signed_at
            )
            if (
                cert is None
                or len(seg.hashes) != n_hashes * origin.HASH_LEN
                or ophash.chain(seg.prev, hashes) != seg.head
                or not keys.verify(cert.sign_key, seg.sig, msg)
            ):
                out.problems.append(
                    (device, seg.first, Msg("{label}的签名无效（签名记录被改动）", label=label))
                )
                continue
            if mine:
                if seg.first > expect_first:
                    out.problems.append(
                        (
                            device,
                            expect_first,
                            Msg(
                                "本机的签名段缺少 {expect_first}–{before}（签名记录被删除）",
                                expect_first=expect_first,
                                before=seg.first - 1,
                            ),
                        )
                    )
                elif seg.first == expect_first and seg.prev != expect_prev:
                    out.problems.append(
                        (device, seg.first, Msg("{label}与前一段接不上（被替换）", label=label))
                    )
                expect_first, expect_prev = max(expect_first, seg.last + 1), seg.head
            _ops(store, seg, numbers.get(device), mine=mine, out=out)
    if store.device_id in numbers:
        signed_to = max((s.last for s in held.by_origin.get(store.device_id, [])), default=0)
        out.unsigned = max(0, store.log.next_seq - 1 - signed_to)
    return out


def _ops(store: Store, seg: origin.Segment, n: int | None, *, mine: bool, out: ChainReport) -> None:
    from desktop.sync.export import _body

    device = seg.origin
    if n is None:
        if mine:
            out.problems.append(
                (
                    device,
                    seg.first,
                    Msg("本机的变更 {first}–{last} 已被删除", first=seg.first, last=seg.last),
                )
            )
        return
    for lo in range(seg.first, seg.last + 1, CHUNK):
        hi = min(seg.last, lo + CHUNK - 1)
        rows = store.conn.execute(
            "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
            " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
            " LEFT JOIN sync_created k ON k.op = c.seq"
            " WHERE c.origin=? AND c.origin_seq BETWEEN ? AND ? ORDER BY c.origin_seq",
            (n, lo, hi),
        ).fetchall()
        body, _ = _body(store, rows, {device: n})
        rebuilt = {
            op[1]: h for op, h in zip(body.ops, ophash.body_hashes(store, body), strict=True)
        }
        logged = {r[1]: r for r in rows}
        for seq in range(lo, hi + 1):
            op_id = f"{device[:8]}:{seq}"
            if seq in rebuilt:
                out.ops += 1
                if rebuilt[seq] != seg.hash_of(seq):
                    out.problems.append(
                        (
                            device,
                            seq,
                            Msg(
                                "变更 {op_id}{what}与签名不符（被改动）",
                                op_id=op_id,
                                what=_what(logged[seq]),
                            ),
                        )
                    )
            elif seq in logged:
                out.problems.append(
                    (
                        device,
                        seq,
                        Msg(
                            "变更 {op_id}{what}的记录内容已被删除",
                            op_id=op_id,
                            what=_what(logged[seq]),
                        ),
                    )
                )
            elif mine:
                out.problems.append(
                    (device, seq, Msg("本机的变更 {op_id} 已从变更日志中删除", op_id=op_id))
                )


def _what(row: Any) -> str:
    entity = str(row[3])
    return Msg("（{entity}）", entity=origin_label(entity))


def origin_label(entity: str) -> str:
    labels = {
        "audit": N_("审计记录"),
        "children": N_("学生"),
        "events": N_("工作记录"),
        "cases": N_("案件"),
    }
    return labels.get(entity, entity)
