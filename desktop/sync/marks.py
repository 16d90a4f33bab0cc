"""Watermarks and acknowledgements, and the sync state of records.

- `have` (sync_have): per origin device, the op sequence up to which this device holds every op
  in its scope. Advanced only by ranges a sender vouches for (the origin itself, or a sender
  whose scope covers ours). Reported to peers in every bundle ("acks").
- per peer and origin (sync_marks): `acked` = the peer's own `have` as it last reported it;
  `delivered` = covered by bundles of ours the peer confirmed having imported ("receipts");
  `sent` = the highest op we put in a bundle for it. Export starts after max(acked, delivered):
  nothing a peer has not acknowledged is ever taken as delivered.
- Sync state of this device's own work: local only (not in any bundle yet) / sent / confirmed
  (acknowledged by at least one peer), per record and rolled up per case.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.domain.text import N_
from desktop.store.cases import plan_id
from desktop.store.repo import Store
from desktop.sync import conflicts

APPENDED = frozenset({"events", "audit", "attachments", "sync_resolutions"})
LOCAL, SENT, CONFIRMED, NONE = "local", "sent", "confirmed", "none"
STATE_LABELS = {LOCAL: N_("仅在本机"), SENT: N_("已发出"), CONFIRMED: N_("对方已确认"), NONE: ""}


def have(store: Store) -> dict[str, int]:
    """origin device id -> seq this device vouches it holds completely (own ops included)."""
    out = {r[0]: r[1] for r in store.conn.execute("SELECT origin, seq FROM sync_have")}
    out[store.device_id] = store.log.next_seq - 1
    return {k: v for k, v in out.items() if v > 0}


def advance_have(conn: sqlite3.Connection, origin: str, lo: int, hi: int) -> None:
    """A vouched range [lo, hi] of `origin` has been applied."""
    row = conn.execute("SELECT seq, ahead FROM sync_have WHERE origin=?", (origin,)).fetchone()
    seq, ahead = (row[0], json.loads(row[1])) if row else (0, [])
    ahead.append([lo, hi])
    ahead.sort()
    rest = []
    for a, b in ahead:
        if a <= seq + 1:
            seq = max(seq, b)
        else:
            rest.append([a, b])
    conn.execute(
        "INSERT INTO sync_have(origin, seq, ahead) VALUES (?,?,?) ON CONFLICT(origin) DO UPDATE"
        " SET seq=excluded.seq, ahead=excluded.ahead",
        (origin, seq, json.dumps(rest)),
    )


def peer_from(conn: sqlite3.Connection, peer: str) -> dict[str, int]:
    """origin -> the op seq after which `peer` still needs ops (max of acked and delivered)."""
    return {
        r[0]: max(r[1], r[2])
        for r in conn.execute(
            "SELECT origin, acked, delivered FROM sync_marks WHERE peer=?", (peer,)
        )
    }


def _bump(conn: sqlite3.Connection, peer: str, origin: str, column: str, value: int) -> None:
    conn.execute(
        f"INSERT INTO sync_marks(peer, origin, {column}) VALUES (?,?,?) ON CONFLICT(peer, origin)"
        f" DO UPDATE SET {column} = max({column}, excluded.{column})",
        (peer, origin, value),
    )


def record_acks(
    conn: sqlite3.Connection, peer: str, acks: dict[str, int], *, latest: bool = True
) -> None:
    """The peer's watermarks, from one of its bundles (`latest`: no newer one was imported)."""
    for origin, seq in acks.items():
        if origin == peer and latest:
            # A device is the authority on its own ops: if it reports fewer than before (it was
            # restored from an old backup), it gets the missing ones back from us.
            conn.execute(
                "INSERT INTO sync_marks(peer, origin, acked, delivered) VALUES (?,?,?,0)"
                " ON CONFLICT(peer, origin) DO UPDATE SET acked=excluded.acked, delivered=0",
                (peer, origin, int(seq)),
            )
        else:
            _bump(conn, peer, origin, "acked", int(seq))


def record_sent(conn: sqlite3.Connection, peer: str, ranges: dict[str, list[Any]]) -> None:
    for origin, (_lo, hi, *_rest) in ranges.items():
        _bump(conn, peer, origin, "sent", int(hi))


def confirm(conn: sqlite3.Connection, peer: str, bundle_ids: Iterable[str], *, at: str) -> int:
    """The peer imported these bundles of ours: what they carried for it is delivered."""
    done = 0
    ids = list(bundle_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT id, peer, ranges, status FROM sync_bundles WHERE direction='out'"
            f" AND id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for row in rows:
            if peer not in row["peer"].split(","):
                continue
            for origin, (_lo, hi, *_rest) in json.loads(row["ranges"]).items():
                _bump(conn, peer, origin, "delivered", int(hi))
            if row["status"] != "confirmed":
                conn.execute(
                    "UPDATE sync_bundles SET status='confirmed', confirmed_at=? WHERE id=?",
                    (at, row["id"]),
                )
                done += 1
    return done


def receipts_for(conn: sqlite3.Connection, peer: str, *, limit: int = 64) -> list[str]:
    """Ids of the latest bundles with ops from `peer` this device imported (sent back as
    receipts). Bundles without ops need no receipt, so two devices never keep answering each
    other's empty bundles."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM sync_bundles WHERE direction='in' AND peer=? AND ops > 0"
            " ORDER BY done_at DESC, id LIMIT ?",
            (peer, limit),
        )
    ]


# --- sync state of this device's own work ------------------------------------------------------


def own_marks(store: Store) -> tuple[int, int]:
    """(highest own op seq put in any bundle, highest own op seq some peer confirmed)."""
    row = store.conn.execute(
        "SELECT max(sent), max(max(acked, delivered)) FROM sync_marks WHERE origin=?",
        (store.device_id,),
    ).fetchone()
    return (row[0] or 0), (row[1] or 0)


def _hlc_of(store: Store, seq: int) -> str:
    """The stamp of this device's op `seq` (own stamps grow with the sequence)."""
    if seq <= 0:
        return ""
    row = store.conn.execute(
        "SELECT hlc FROM changes WHERE origin=? AND origin_seq<=? ORDER BY origin_seq DESC LIMIT 1",
        (store.log.origin, seq),
    ).fetchone()
    return row[0] if row else ""


def _state(last: str | None, sent: str, confirmed: str) -> str:
    if not last:
        return NONE
    if confirmed and last <= confirmed:
        return CONFIRMED
    if sent and last <= sent:
        return SENT
    return LOCAL


def record_state(store: Store, entity: str, row_id: str) -> str:
    """local / sent / confirmed / none (no own changes) for one record."""
    sent, confirmed = (_hlc_of(store, s) for s in own_marks(store))
    kind = "kind = 'a'" if entity in APPENDED else "kind != 'a'"
    row = store.conn.execute(
        f"SELECT max(hlc) FROM changes WHERE entity=? AND row_id=? AND {kind} AND origin=?",
        (entity, row_id, store.log.origin),
    ).fetchone()
    return _state(row[0], sent, confirmed)


def case_states(store: Store, case_ids: Iterable[str]) -> dict[str, str]:
    """Each case's sync state, rolled up over the case, its plan, its events, its child and the
    child's guardians: the least advanced of this device's changes to any of them."""
    ids = list(dict.fromkeys(case_ids))
    sent, confirmed = (_hlc_of(store, s) for s in own_marks(store))
    origin, me = store.log.origin, store.device_id
    last: dict[str, str] = {}

    def note(case_id: str, hlc: str | None) -> None:
        if hlc and hlc > last.get(case_id, ""):
            last[case_id] = hlc

    conn = store.conn
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        child_of = {
            r[0]: r[1]
            for r in conn.execute(f"SELECT id, child_id FROM cases WHERE id IN ({marks})", chunk)
        }
        for r in conn.execute(
            f"SELECT case_id, max(hlc) FROM events WHERE device_id=? AND case_id IN ({marks})"
            " GROUP BY case_id",
            [me, *chunk],
        ):
            note(r[0], r[1])
        rows: dict[str, list[str]] = {}
        for case_id in chunk:
            rows.setdefault(case_id, []).append(case_id)
            rows.setdefault(plan_id(case_id), []).append(case_id)
        owners: dict[str, list[str]] = {}
        for case_id, child_id in child_of.items():
            owners.setdefault(child_id, []).append(case_id)
        for child_id in owners:
            rows.setdefault(child_id, []).extend(owners[child_id])
        if owners:
            cmarks = ",".join("?" * len(owners))
            for r in conn.execute(
                f"SELECT id, child_id FROM guardians WHERE child_id IN ({cmarks})", list(owners)
            ):
                rows.setdefault(r[0], []).extend(owners[r[1]])
        keys = list(rows)
        for k0 in range(0, len(keys), 500):
            part = keys[k0 : k0 + 500]
            for r in conn.execute(
                f"SELECT row_id, max(hlc) FROM changes WHERE kind != 'a' AND origin=?"
                f" AND entity IN ('cases','plans','children','guardians')"
                f" AND row_id IN ({','.join('?' * len(part))}) GROUP BY row_id",
                [origin, *part],
            ):
                for case_id in rows[r[0]]:
                    note(case_id, r[1])
    return {c: _state(last.get(c), sent, confirmed) for c in ids}


def summary(store: Store) -> dict[str, Any]:
    """For the status bar: last sync, ops waiting, open conflicts, cases to review."""
    conn = store.conn
    last_in = conn.execute("SELECT max(done_at) FROM sync_bundles WHERE direction='in'").fetchone()[
        0
    ]
    last_out = conn.execute(
        "SELECT max(done_at) FROM sync_bundles WHERE direction='out'"
    ).fetchone()[0]
    sent, confirmed = own_marks(store)
    own = store.log.next_seq - 1
    return {
        "last_in": last_in,
        "last_out": last_out,
        "last_sync": max(filter(None, [last_in, last_out]), default=None),
        "own_ops": own,
        "unsent": max(0, own - sent),
        "unconfirmed": max(0, own - confirmed),
        "conflicts": conn.execute(
            "SELECT count(*) FROM sync_conflicts WHERE status='open'"
        ).fetchone()[0],
        # the cases the review queue lists: transitions that do not fit after a merge, merged
        # cases that break a rule now (the queued ones checked again: a few)
        "cases_review": len(conflicts.cases_to_review(store)),
    }
