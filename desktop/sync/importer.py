"""Import a bundle: verify → decrypt → check hash and schema → stage → apply in one transaction
→ record the bundle and advance watermarks. Idempotent; a refused bundle changes nothing in the
database and its file is moved to the quarantine folder with the reason (in Chinese).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg
from desktop.store.changelog import now_iso
from desktop.store.repo import Store
from desktop.sync import envelope, evidence, keys, marks, origin, revoked, rights
from desktop.sync.apply import Applied, Staged, apply, stage
from desktop.sync.enrol import Cert, CertError, enrolment_of, remember_peer, verify_cert
from desktop.sync.envelope import BundleRefused
from desktop.sync.payload import unpack_body, unpack_manifest

# A last look at a staged bundle before anything is written (the hub checks the sender's
# scope): check(store, sender certificate, manifest, staged) raises BundleRefused to refuse it.
Check = Callable[[Store, Cert, dict[str, Any], Staged], None]

MAX_PLAINTEXT = 2**31 - 1


@dataclass
class ImportResult:
    status: str  # imported | duplicate
    bundle_id: str
    sender: str
    sender_name: str = ""
    ops: int = 0
    new_ops: int = 0
    conflicts: int = 0
    applied: Applied | None = None
    timings: dict[str, float] = field(default_factory=dict)
    security: list[str] = field(default_factory=list)  # ops refused one by one (forks, revoked)
    revoked: list[str] = field(default_factory=list)  # devices whose revocation came with it

    @property
    def message(self) -> str:
        who = self.sender_name or self.sender[:8]
        if self.status == "duplicate":
            return Msg("来自“{who}”的同步包已导入过，本次未做任何改动", who=who)
        text: str = Msg(
            "已导入来自“{who}”的同步包：{ops} 项变更，其中新变更 {new_ops} 项",
            who=who,
            ops=self.ops,
            new_ops=self.new_ops,
        )
        if self.conflicts:
            text = Joined(
                "，", [text, Msg("{conflicts} 处修改冲突待县里审核", conflicts=self.conflicts)]
            )
        if self.security:
            security = Msg(
                "另有 {security} 组变更因安全原因被拒收（见同步状态中的安全事件）",
                security=len(self.security),
            )
            text = Joined("；", [text, security])
        return text


@dataclass
class Opened:
    """A bundle verified, decrypted, decompressed and parsed; nothing written yet."""

    me: Cert
    cert: Cert
    header: dict[str, Any]
    bundle_id: str
    manifest: dict[str, Any]
    body: Any
    times: tuple[float, float, float]


def open_bytes(store: Store, data: bytes) -> Opened | ImportResult:
    """The part of an import that needs no lock (the hub runs it before taking the county's):
    verify the sender, decrypt, decompress within a cap and parse. A bundle already imported
    gives its 'duplicate' result. BundleRefused (nothing changed) if it cannot be trusted."""
    import time

    t0 = time.perf_counter()
    me = enrolment_of(store)
    if me is None:
        raise BundleRefused(
            N_("本机尚未注册到县教育局，不能导入同步包。请先导入县里签发的注册文件"),
            "unenrolled_self",
        )
    env = envelope.read(data)
    header = env.header
    if not header.get("cert"):
        raise BundleRefused(
            N_("发送设备未经县教育局注册（同步包没有设备证书），已拒收"), "unenrolled_sender"
        )
    try:
        cert = verify_cert(header["cert"], county_key=me.county_key, county_code=me.county_code)
    except CertError as exc:
        raise BundleRefused(str(exc), exc.reason) from exc
    if header.get("sender") != cert.device_id or header.get("county") != me.county_code:
        raise BundleRefused(N_("同步包的发送设备或所属县与证书不符（文件被改动）"), "bad_signature")
    if not keys.verify(cert.sign_key, env.signature, env.signed):
        raise BundleRefused(
            N_("同步包签名无效：文件在传输中被改动或损坏，或不是由证书上的设备签名"),
            "bad_signature",
        )
    if cert.device_id == store.device_id:
        raise BundleRefused(N_("这是本机自己导出的同步包，不需要导入"), "own")
    bundle_id = str(header.get("bundle_id", ""))
    if _imported(store, bundle_id):
        return ImportResult("duplicate", bundle_id, cert.device_id, cert.name)
    try:
        plain = envelope.open_for(
            env,
            device_id=store.device_id,
            box_key=keys.private_keys(store).box,
            limit=MAX_PLAINTEXT,
        )
    except BundleRefused as exc:
        if exc.reason in origin.SECURITY_REASONS:  # a bomb signed by an enrolled device
            with store.transaction() as conn:
                evidence.note_event(
                    conn, exc.reason, str(exc), sender=cert.device_id, bundle_id=bundle_id
                )
        raise
    t_open = time.perf_counter()
    manifest, rest = unpack_manifest(plain)
    _check_manifest(
        store, manifest, bundle_id=bundle_id, sender=cert.device_id, county=me.county_code
    )
    body = unpack_body(rest)
    if manifest.get("op_count") != len(body.ops):
        raise BundleRefused(N_("同步包清单与内容不符（操作数不一致）"), "damaged")
    return Opened(me, cert, header, bundle_id, manifest, body, (t0, t_open, time.perf_counter()))


def _imported(store: Store, bundle_id: str) -> bool:
    return bool(
        store.conn.execute(
            "SELECT 1 FROM sync_bundles WHERE id=? AND direction='in'", (bundle_id,)
        ).fetchone()
    )


def import_bytes(
    store: Store,
    data: bytes,
    *,
    transport: str = "file",
    check: Check | None = None,
    opened: Opened | None = None,
) -> ImportResult:
    """Import one bundle; raise BundleRefused (nothing changed) if it cannot be trusted or read
    (or `check` refuses it). `opened`: the result of open_bytes(store, data), if already done."""
    import time

    got = opened if opened is not None else open_bytes(store, data)
    if isinstance(got, ImportResult):
        return got
    me, cert, header, bundle_id = got.me, got.cert, got.header, got.bundle_id
    manifest, body = got.manifest, got.body
    t0, t_open, t_parse = got.times
    if opened is not None and _imported(store, bundle_id):  # imported meanwhile
        return ImportResult("duplicate", bundle_id, cert.device_id, cert.name)
    staged = stage(store, body)
    try:
        verified = origin.verify(store, me, cert, header, body, staged)
        rights.check(store, verified.certs, staged)
        if check is not None:
            check(store, cert, manifest, staged)
    except BundleRefused as exc:
        if exc.reason in origin.SECURITY_REASONS:
            with store.transaction() as conn:
                evidence.note_event(
                    conn, exc.reason, str(exc), sender=cert.device_id, bundle_id=bundle_id
                )
        raise
    t_stage = time.perf_counter()

    conn = store.conn
    if conn.in_transaction:
        raise RuntimeError("import_bytes must not run inside a transaction")
    conn.execute("PRAGMA foreign_keys = OFF")  # a record may arrive before the one it refers to
    try:
        with store.transaction():
            remember_peer(store, cert)
            origin.keep(conn, verified)
            revoked.undo(store, [r[0] for r in verified.revocations])
            for kind, source, ops, message in verified.events:
                evidence.note_event(
                    conn,
                    kind,
                    message,
                    sender=cert.device_id,
                    origin=source,
                    ops=ops,
                    bundle_id=bundle_id,
                )
            applied = apply(store, staged)
            for device, rng in (manifest.get("ranges") or {}).items():
                lo, hi, vouch = int(rng[0]), int(rng[1]), bool(rng[2])
                if device in verified.refused_origins:  # some of its ops were refused here:
                    hi = min(hi, verified.refused_origins[device] - 1)  # complete up to them
                if vouch and device != store.device_id and hi >= lo:
                    marks.advance_have(conn, device, lo, hi)
            newest = conn.execute(
                "SELECT max(created_at) FROM sync_bundles WHERE direction='in' AND peer=?",
                (cert.device_id,),
            ).fetchone()[0]
            marks.record_acks(
                conn,
                cert.device_id,
                _int_map(manifest.get("acks")),
                latest=newest is None or str(manifest.get("created_at", "")) >= newest,
            )
            at = now_iso()
            marks.confirm(
                conn,
                cert.device_id,
                (manifest.get("receipts") or {}).get(store.device_id, []),
                at=at,
            )
            conn.execute(
                "INSERT INTO sync_bundles(id, direction, peer, created_at, done_at, transport, ops,"
                " new_ops, files, bytes, ranges, status) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'imported')",
                (
                    bundle_id,
                    "in",
                    cert.device_id,
                    str(manifest.get("created_at", "")),
                    at,
                    transport,
                    applied.ops,
                    applied.new_ops,
                    int(manifest.get("file_count") or 0),
                    len(data),
                    json.dumps(manifest.get("ranges") or {}),
                ),
            )
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    t_apply = time.perf_counter()
    if staged.max_hlc:
        store.log.clock.observe(staged.max_hlc)
    # Our own ops coming back (after restoring an old backup): never reuse their numbers.
    own_acked = _int_map(manifest.get("acks")).get(store.device_id, 0)
    store.log.next_seq = max(store.log.next_seq, applied.own_max_seq + 1, own_acked + 1)
    timings = {
        "verify_decrypt": t_open - t0,
        "parse": t_parse - t_open,
        "stage": t_stage - t_parse,
        "apply": t_apply - t_stage,
        **{f"apply.{k}": v for k, v in applied.timings.items()},
    }
    return ImportResult(
        "imported",
        bundle_id,
        cert.device_id,
        cert.name,
        applied.ops,
        applied.new_ops,
        len(applied.conflicts),
        applied,
        timings,
        [e[3] for e in verified.events],
        [r[0] for r in verified.revocations],
    )


def _int_map(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int)}


def _check_manifest(
    store: Store, m: dict[str, Any], *, bundle_id: str, sender: str, county: str
) -> None:
    if m.get("bundle_id") != bundle_id or m.get("origin") != sender:
        raise BundleRefused(N_("同步包清单与文件头不符（文件被改动）"), "damaged")
    if m.get("county") != county:
        raise BundleRefused(
            Msg("该同步包来自其他县（{county}），已拒收", county=m.get("county")), "other_county"
        )
    if store.device_id not in (m.get("recipients") or []):
        raise BundleRefused(N_("该同步包不是发给本机的"), "wrong_recipient")
    if int(m.get("format") or 0) > envelope.FORMAT_VERSION:
        raise BundleRefused(N_("同步包格式比本程序新，请先升级程序再导入"), "newer_format")
    ours = store.conn.execute("PRAGMA user_version").fetchone()[0]
    theirs = m.get("schema")
    if not isinstance(theirs, int):
        raise BundleRefused(N_("同步包清单缺少数据结构版本"), "damaged")
    if theirs > ours:
        raise BundleRefused(
            Msg(
                "同步包来自更新版本的程序（数据结构版本 {theirs}，本机 {ours}），请先升级程序再导入",
                theirs=theirs,
                ours=ours,
            ),
            "newer_schema",
        )
    ranges = m.get("ranges") or {}
    if not isinstance(ranges, dict) or not all(
        isinstance(r, list) and len(r) == 3 and all(isinstance(x, int) for x in r[:2])
        for r in ranges.values()
    ):
        raise BundleRefused(N_("同步包清单中的序号范围无效"), "damaged")


# --- files and quarantine -------------------------------------------------------------------


def sync_dir(store: Store) -> Path:
    """Folder beside the database for sync files (quarantine, exports)."""
    base = store.path if store.path is not None else Path.cwd() / "kcbx.db"
    path = base.with_name(base.stem + "-sync")
    path.mkdir(parents=True, exist_ok=True)
    return path


def quarantine_dir(store: Store) -> Path:
    path = sync_dir(store) / "quarantine"
    path.mkdir(parents=True, exist_ok=True)
    return path


def quarantine(
    store: Store, path: Path, exc: BundleRefused, *, keep_original: bool = False
) -> Path:
    """Move (or copy) a refused bundle file to the quarantine folder, with its reason beside it."""
    target = _quarantine_target(store, path.name)
    if keep_original:
        shutil.copy2(path, target)
    else:
        try:
            os.replace(path, target)
        except OSError:
            shutil.copy2(path, target)
            path.unlink(missing_ok=True)
    _reason(target, path.name, exc)
    return target


def quarantine_data(store: Store, name: str, data: bytes, exc: BundleRefused) -> Path:
    """Keep the bytes of a refused bundle (from a hub or a folder) in quarantine."""
    target = _quarantine_target(store, name)
    target.write_bytes(data)
    _reason(target, name, exc)
    return target


def _quarantine_target(store: Store, name: str) -> Path:
    target_dir = quarantine_dir(store)
    stamp = now_iso().replace(":", "").replace("-", "")[:15]
    target = target_dir / f"{stamp}-{name}"
    n = 1
    while target.exists():
        target = target_dir / f"{stamp}-{n}-{name}"
        n += 1
    return target


def _reason(target: Path, name: str, exc: BundleRefused) -> None:
    info: dict[str, Any] = {"file": name, "reason": exc.reason, "message": str(exc)}
    message = exc.args[0] if exc.args else None
    if isinstance(message, Msg):  # kept so that the interface can show it translated
        info["template"] = message.template
        info["values"] = {k: _plain(v) for k, v in message.values.items()}
    info["at"] = now_iso()
    target.with_name(target.name + ".json").write_text(
        json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def _plain(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return value if isinstance(value, (int, float)) else str(value)


def _message(info: dict[str, Any]) -> str:
    """A quarantined bundle's reason: the Msg it was made from when the file keeps it."""
    template, values = info.get("template"), info.get("values")
    if isinstance(template, str) and isinstance(values, dict):
        try:
            return Msg(template, **values)
        except (KeyError, IndexError, ValueError, TypeError):
            pass
    return str(info.get("message", ""))


def quarantined(store: Store) -> list[dict[str, Any]]:
    """The refused bundles kept in quarantine (newest first)."""
    out = []
    for meta in sorted(quarantine_dir(store).glob("*.json"), reverse=True):
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        info["path"] = str(meta.with_suffix(""))
        info["message"] = _message(info)
        out.append(info)
    return out


def import_file(
    store: Store,
    path: str | os.PathLike[str],
    *,
    transport: str = "file",
    keep_original: bool = False,
) -> ImportResult:
    """Import a bundle file; a refused one goes to quarantine (copied if keep_original)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            Msg("无法读取同步包文件：{path}（{why}）", path=path, why=exc.strerror or exc)
        ) from exc
    try:
        return import_bytes(store, data, transport=transport)
    except BundleRefused as exc:
        quarantine(store, path, exc, keep_original=keep_original)
        raise
