"""Evidence against enrolled devices: security events (forged, forked or revoked ops, refused
rights) and the county's signed revocations, which travel in every bundle (origin.py).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_
from desktop.store.changelog import now_iso
from desktop.store.repo import Store
from desktop.sync import keys
from desktop.sync.enrol import canonical, require_enrolment
from desktop.sync.envelope import BundleRefused
from desktop.sync.keys import b64, unb64

REVOCATION_TYPE = "kcbx-revocation"

# --- security events --------------------------------------------------------------------------


def note_event(
    conn: Any,
    kind: str,
    message: str,
    *,
    sender: str = "",
    origin: str = "",
    ops: str = "",
    bundle_id: str = "",
) -> None:
    conn.execute(
        "INSERT INTO sync_security_events(at, kind, sender, origin, ops, bundle_id, message)"
        " VALUES (?,?,?,?,?,?,?)",
        (now_iso(), kind, sender, origin, ops, bundle_id, message),
    )


def events(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT id, at, kind, sender, origin, ops, bundle_id, message"
            " FROM sync_security_events ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]


# --- revocations ------------------------------------------------------------------------------


def make_revocation(
    county_key: Any, device_id: str, *, at: str | None = None, note: str = ""
) -> dict[str, Any]:
    """A county-signed revocation of a device (from `at`, default now)."""
    if county_key.secret is None:
        raise UserError(N_("吊销设备需要县级私钥（县级密钥文件中没有私钥）"))
    record = {
        "type": REVOCATION_TYPE,
        "v": 1,
        "county": county_key.code,
        "device": device_id,
        "at": at or dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "note": note,
    }
    return {"revocation": record, "sig": b64(county_key.sign(canonical(record)))}


def verify_revocation(signed: Any, *, county_key: bytes, county_code: str) -> tuple[str, str]:
    try:
        record = signed["revocation"]
        ok = (
            record["type"] == REVOCATION_TYPE
            and record["county"] == county_code
            and keys.verify(county_key, unb64(signed["sig"]), canonical(record))
        )
        device, at = str(record["device"]), str(record["at"])
        dt.datetime.fromisoformat(at)
    except (KeyError, TypeError, ValueError, Exception) as exc:
        raise BundleRefused(N_("同步包中的设备吊销记录格式无效"), "damaged") from exc
    if not ok:
        raise BundleRefused(
            N_("同步包中的设备吊销记录没有县级有效签名（被伪造），已拒收"), "forged_origin"
        )
    return device, at


def add_revocation(store: Store, signed: dict[str, Any]) -> tuple[str, str]:
    me = require_enrolment(store)
    device, at = verify_revocation(signed, county_key=me.county_key, county_code=me.county_code)
    from desktop.sync import revoked

    conn = store.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # undone records may be referred to (imports too)
    try:
        with store.transaction():
            store_revocation(conn, device, at, signed)
            conn.execute("UPDATE sync_peers SET enabled=0 WHERE device_id=?", (device,))
            revoked.undo(store, [device])
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return device, at


def _when(text: Any) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return dt.datetime.max.replace(tzinfo=dt.UTC)
    return when if when.tzinfo else when.astimezone()


def revoked_after(revoked: dict[str, str], device: str, signed_at: str) -> bool:
    """Was this segment signed after its device's revocation?"""
    return device in revoked and _when(signed_at) > _when(revoked[device])


def revocations(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT device_id, at FROM sync_revocations").fetchall())


def store_revocation(conn: Any, device: str, at: str, record: dict[str, Any]) -> None:
    """Keep a verified revocation (the earliest one per device). The ops the device signed
    later that this device took in before the news came are undone by revoked.undo()."""
    conn.execute(
        "INSERT INTO sync_revocations(device_id, at, record) VALUES (?,?,?)"
        " ON CONFLICT(device_id) DO UPDATE SET at=excluded.at, record=excluded.record"
        " WHERE excluded.at < sync_revocations.at",
        (device, at, json.dumps(record, ensure_ascii=False, sort_keys=True)),
    )
