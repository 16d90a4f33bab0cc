"""Enrolment: the county binds a device to its scope with a signed certificate (no network).

1. The county admin makes the county key once (`kcbx sync county-init`).
2. A device writes an enrolment request: its id and public keys, self-signed
   (`kcbx sync enrol-request`).
3. The admin issues an enrolment file: the device certificate (device id and keys, role,
   scope, county code and key, hub URL and pin) signed by the county key, plus the
   certificates of the hub / county office devices (`kcbx sync enrol-issue`).
4. The device imports it (`kcbx sync enrol`): from then on it trusts that county key only.

Every bundle carries its sender's certificate, so any enrolled device of the county can check
any other without having met it.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Msg
from desktop.store.changelog import now_iso
from desktop.store.repo import Store
from desktop.sync import keys
from desktop.sync.keys import b64, canonical, unb64

CERT_TYPE = "kcbx-device-cert"
REQUEST_TYPE = "kcbx-enrol-request"
ENROLMENT_TYPE = "kcbx-enrolment"
ROLES = {
    "township": N_("乡镇"),
    "school": N_("学校"),
    "county": N_("县教育局"),
    "hub": N_("县级同步服务器"),
}
DEVICE_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
MAX_SLOT = 99  # number blocks 0..99 (0: the county office's own)


class CertError(UserError):
    """A certificate that cannot be trusted; `reason` is a short code."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Cert:
    device_id: str
    name: str
    sign_key: bytes
    box_key: bytes
    county_code: str
    county_name: str
    county_key: bytes
    role: str
    scope: Scope
    hub_url: str
    hub_pin: str
    signed: dict[str, Any]  # as issued: {"cert": {...}, "sig": "..."}
    # the device's block of document numbers (号段, desktop/forms/numbering.py), None: none
    number_slot: int | None = None

    @property
    def text(self) -> str:
        return json.dumps(self.signed, ensure_ascii=False, sort_keys=True)


def scope_to_json(scope: Scope) -> dict[str, list[str] | None]:
    return {
        "townships": sorted(scope.townships) if scope.townships is not None else None,
        "schools": sorted(scope.schools) if scope.schools is not None else None,
    }


def scope_from_json(data: Any) -> Scope:
    if not isinstance(data, dict):
        raise CertError(N_("证书中的数据范围无效"), "bad_cert")
    t, s = data.get("townships"), data.get("schools")
    return Scope(
        townships=frozenset(map(str, t)) if t is not None else None,
        schools=frozenset(map(str, s)) if s is not None else None,
    )


def scope_covers(outer: Scope, inner: Scope) -> bool:
    """Does every child visible in `inner` lie in `outer`? (Conservative.)"""
    if outer.is_everything:
        return True
    if outer.townships is not None and (
        inner.townships is None or not inner.townships <= outer.townships
    ):
        return False
    return not (
        outer.schools is not None and (inner.schools is None or not inner.schools <= outer.schools)
    )


def township_code(code: str) -> str:
    """A township code as children rows hold it (12 digits); accepts the 9-digit form."""
    code = code.strip()
    if re.fullmatch(r"\d{9}", code):
        return code + "000"
    if re.fullmatch(r"\d{12}", code):
        return code
    raise UserError(Msg("乡镇代码应为9位或12位数字：{code}", code=code))


def parse_cert(signed: Any) -> Cert:
    """Read a signed certificate (without checking its signature)."""
    try:
        cert = signed["cert"]
        if cert.get("type") != CERT_TYPE:
            raise KeyError("type")
        device, county = cert["device"], cert["county"]
        device_id = str(device["id"])
        if not DEVICE_ID.match(device_id):
            raise KeyError("id")
        hub = cert.get("hub") or {}
        slot = (cert.get("numbers") or {}).get("slot")
        if slot is not None and not (isinstance(slot, int) and 0 <= slot <= MAX_SLOT):
            raise KeyError("numbers")
        return Cert(
            device_id=device_id,
            name=str(device.get("name", "")),
            sign_key=unb64(device["sign_key"]),
            box_key=unb64(device["box_key"]),
            county_code=str(county["code"]),
            county_name=str(county.get("name", "")),
            county_key=unb64(county["key"]),
            role=str(cert["role"]),
            scope=scope_from_json(cert["scope"]),
            hub_url=str(hub.get("url", "")),
            hub_pin=str(hub.get("pin", "")),
            signed=signed,
            number_slot=slot,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise CertError(N_("设备注册证书格式无效"), "bad_cert") from exc


def verify_cert(signed: Any, *, county_key: bytes, county_code: str | None = None) -> Cert:
    """A certificate issued by this county's key, or CertError saying why not."""
    cert = parse_cert(signed)
    if cert.county_key != county_key or (county_code and cert.county_code != county_code):
        raise CertError(
            Msg(
                "发送设备属于其他县（{county}），不是本县注册的设备",
                county=cert.county_name or cert.county_code,
            ),
            "other_county",
        )
    try:
        sig = unb64(signed["sig"])
    except (KeyError, TypeError, UserError) as exc:
        raise CertError(N_("设备注册证书缺少县级签名"), "bad_cert") from exc
    if not keys.verify(county_key, sig, canonical(signed["cert"])):
        raise CertError(N_("设备注册证书的县级签名不符（证书被伪造或改动）"), "bad_cert")
    return cert


# --- requests and issuing ---------------------------------------------------------------------


def make_request(store: Store, *, name: str = "") -> dict[str, Any]:
    pub = keys.ensure_device_keys(store)
    body = {
        "type": REQUEST_TYPE,
        "v": 1,
        "device": {
            "id": store.device_id,
            "name": name or store.meta("device_name", "") or "",
            "sign_key": b64(pub.sign),
            "box_key": b64(pub.box),
        },
        "county_code": store.meta("county_code", "") or "",
        "created_at": now_iso(),
    }
    return {**body, "sig": b64(keys.signer(store)(canonical(body)))}


def read_json(path: str | os.PathLike[str], *, kind: str, label: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(Msg("无法读取{what}：{path}", what=label, path=str(path))) from exc
    if not isinstance(data, dict) or data.get("type") != kind:
        raise UserError(Msg("不是{what}：{path}", what=label, path=str(path)))
    return data


def write_json(path: str | os.PathLike[str], data: dict[str, Any]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def issue(
    county: keys.CountyKey,
    request: dict[str, Any],
    *,
    role: str,
    scope: Scope,
    name: str = "",
    hub_url: str = "",
    hub_pin: str = "",
    peers: list[dict[str, Any]] | None = None,
    number_slot: int | None = None,
) -> dict[str, Any]:
    """An enrolment file for the device that wrote `request` (checked first). ``number_slot``:
    the device's block of document numbers, signed into its certificate (numbering.py)."""
    if role not in ROLES:
        raise UserError(
            Msg("未知的设备角色：{role}（可选：{roles}）", role=role, roles=list(ROLES))
        )
    if number_slot is not None and role == "hub":
        raise UserError(N_("县级同步服务器不出具文书，不分配文书编号段"))
    if number_slot is not None and not 0 <= number_slot <= MAX_SLOT:
        raise UserError(Msg("文书编号段应为0到{top}之间的整数", top=MAX_SLOT))
    if role in ("county", "hub"):
        scope = Scope.everything()
    elif scope.is_everything:
        raise UserError(N_("乡镇或学校设备必须限定数据范围（乡镇代码或学校）"))
    try:
        device = request["device"]
        body = {k: v for k, v in request.items() if k != "sig"}
        sign_key = unb64(device["sign_key"])
        ok = keys.verify(sign_key, unb64(request["sig"]), canonical(body))
    except (KeyError, TypeError) as exc:
        raise UserError(N_("注册申请文件内容不完整")) from exc
    if not ok:
        raise UserError(N_("注册申请文件的签名不符（文件被改动）"))
    if request.get("county_code") and str(request["county_code"])[:6] != county.code[:6]:
        raise UserError(Msg("该设备的数据库属于其他县（{county}）", county=request["county_code"]))
    if not DEVICE_ID.match(str(device.get("id", ""))):
        raise UserError(N_("注册申请中的设备编号无效"))
    cert = {
        "type": CERT_TYPE,
        "v": 1,
        "serial": str(uuid.uuid4()),
        "device": {
            "id": device["id"],
            "name": name or device.get("name", ""),
            "sign_key": device["sign_key"],
            "box_key": device["box_key"],
        },
        "county": {"code": county.code, "name": county.name, "key": b64(county.public)},
        "role": role,
        "scope": scope_to_json(scope),
        "hub": {"url": hub_url, "pin": hub_pin},
        "issued_at": now_iso(),
    }
    if number_slot is not None:
        cert["numbers"] = {"slot": number_slot}
    signed = {"cert": cert, "sig": b64(county.sign(canonical(cert)))}
    for peer in peers or []:
        verify_cert(peer, county_key=county.public)
    return {"type": ENROLMENT_TYPE, "v": 1, "cert": signed, "peers": list(peers or [])}


# --- this device's enrolment ------------------------------------------------------------------


def enrol(store: Store, enrolment: dict[str, Any]) -> Cert:
    """Import an enrolment file: bind this device to its county, role and scope."""
    if enrolment.get("type") != ENROLMENT_TYPE:
        raise UserError(N_("不是注册文件"))
    cert = parse_cert(enrolment.get("cert"))
    pub = keys.public_keys(store)
    if cert.device_id != store.device_id or pub is None or pub.sign != cert.sign_key:
        raise UserError(N_("该注册文件不是为本机签发的（设备编号或密钥不符）"))
    if pub.box != cert.box_key:
        raise UserError(N_("该注册文件不是为本机签发的（加密密钥不符）"))
    current = enrolment_of(store)
    if current is not None and current.county_key != cert.county_key:
        raise UserError(
            Msg(
                "本机已注册到{county}，不能改注册到其他县",
                county=current.county_name or current.county_code,
            )
        )
    cert = verify_cert(cert.signed, county_key=cert.county_key)
    county_code = store.meta("county_code")
    if county_code and county_code[:6] != cert.county_code[:6]:
        raise UserError(Msg("本机数据库属于其他县（{county}），与注册文件不符", county=county_code))
    peers = [verify_cert(p, county_key=cert.county_key) for p in enrolment.get("peers") or []]
    with store.transaction():
        if not county_code:
            from desktop.store.county import setup_county

            setup_county(store, cert.county_code[:6])
        store.conn.execute(
            "INSERT OR REPLACE INTO sync_enrolment(id, cert, county_code, county_name, county_key,"
            " role, scope, hub_url, hub_pin, enrolled_at) VALUES (1,?,?,?,?,?,?,?,?,?)",
            (
                cert.text,
                cert.county_code,
                cert.county_name,
                cert.county_key,
                cert.role,
                json.dumps(scope_to_json(cert.scope)),
                cert.hub_url,
                cert.hub_pin,
                now_iso(),
            ),
        )
        for peer in peers:
            if peer.device_id != store.device_id:
                remember_peer(store, peer)
    from desktop.sync.runner import ensure_hub

    ensure_hub(store)  # the hub named in the enrolment becomes a configured transport
    return cert


def enrolment_of(store: Store) -> Cert | None:
    row = store.conn.execute("SELECT cert FROM sync_enrolment WHERE id=1").fetchone()
    return parse_cert(json.loads(row[0])) if row else None


def require_enrolment(store: Store) -> Cert:
    cert = enrolment_of(store)
    if cert is None:
        raise UserError(N_("本机尚未注册到县教育局，不能收发同步包。请先导入县里签发的注册文件"))
    return cert


# --- peers ----------------------------------------------------------------------------------


def remember_peer(store: Store, cert: Cert) -> None:
    """Record (or refresh) a verified certificate of another device."""
    at = now_iso()
    store.conn.execute(
        "INSERT INTO sync_peers(device_id, name, role, scope, cert, sign_key, box_key, first_seen,"
        " last_seen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(device_id) DO UPDATE SET"
        " name=excluded.name, role=excluded.role, scope=excluded.scope, cert=excluded.cert,"
        " sign_key=excluded.sign_key, box_key=excluded.box_key, last_seen=excluded.last_seen",
        (
            cert.device_id,
            cert.name,
            cert.role,
            json.dumps(scope_to_json(cert.scope)),
            cert.text,
            cert.sign_key,
            cert.box_key,
            at,
            at,
        ),
    )


def peer_cert(store: Store, device_id: str) -> Cert | None:
    row = store.conn.execute(
        "SELECT cert FROM sync_peers WHERE device_id=?", (device_id,)
    ).fetchone()
    return parse_cert(json.loads(row[0])) if row else None


def peers(store: Store, *, enabled_only: bool = True) -> list[Cert]:
    sql = "SELECT cert FROM sync_peers" + (" WHERE enabled=1" if enabled_only else "")
    return [parse_cert(json.loads(r[0])) for r in store.conn.execute(sql + " ORDER BY device_id")]


def add_peer_file(store: Store, path: str | os.PathLike[str]) -> Cert:
    """Add a peer from a certificate file (a device's `devices/<id>.json` or enrolment file)."""
    mine = require_enrolment(store)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(Msg("无法读取设备证书：{path}", path=str(path))) from exc
    signed = data.get("cert") if data.get("type") == ENROLMENT_TYPE else data
    cert = verify_cert(signed, county_key=mine.county_key)
    if cert.device_id == store.device_id:
        raise UserError(N_("这是本机自己的证书"))
    with store.transaction():
        remember_peer(store, cert)
    return cert
