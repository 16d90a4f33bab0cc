"""`kcbx sync …`: enrolment, bundles by hand, and a sync over every reachable transport.

kcbx sync county-init --out 县级密钥.json --county 522633 [--name 从江县]
kcbx sync enrol-request --db FILE --out 申请.json [--name 丙妹镇-1号电脑]
kcbx sync enrol-issue --county-key 县级密钥.json --request 申请.json --out 注册.json
                      (--township CODE… | --school ID… | --role county|hub)
                      [--name N] [--hub-url URL] [--hub-pin sha256:…] [--peer CERT.json…]
                      [--number-slot N | --db 县级库.db]   (the laptop's block of document numbers)
kcbx sync enrol --db FILE 注册.json
kcbx sync status --db FILE
kcbx sync peers --db FILE [--add CERT.json]
kcbx sync cert --db FILE --out 本机证书.json
kcbx sync export --db FILE --to DEVICE… --out FILE.kcbx [--all] [--compression auto|lzma|zlib]
kcbx sync import --db FILE FILE.kcbx…
kcbx sync run --db FILE [--folder PATH…]
kcbx sync folder --db FILE (--add PATH | --remove ID | --list)
kcbx sync review --db FILE [--resolve KEY --keep OP_ID]
kcbx sync revoke --county-key 县级密钥.json --device ID [--db FILE | --out 吊销.json] [--at ISO]
kcbx sync revoke --db FILE --file 吊销.json
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.scope import Scope


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")

    def cmd(name: str, help_text: str, *, db: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if db:
            p.add_argument("--db", help="数据库文件（默认：用户数据目录下的 kcbx.db）")
        return p

    p = cmd("county-init", "生成县级签发密钥（每个县只做一次，妥善保管）", db=False)
    p.add_argument("--out", required=True, help="密钥文件（将新建）")
    p.add_argument("--county", required=True, help="县级区划代码，如 522633")
    p.add_argument("--name", default="", help="县名，如 从江县")

    p = cmd("enrol-request", "生成本机注册申请文件（交给县管理员）")
    p.add_argument("--out", required=True)
    p.add_argument("--name", default="", help="本机名称，如 丙妹镇-1号电脑")

    p = cmd("enrol-issue", "县管理员：为一台电脑签发注册文件", db=False)
    p.add_argument("--county-key", required=True)
    p.add_argument("--request", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--township", action="append", default=[], help="乡镇代码（可多次）")
    p.add_argument("--school", action="append", default=[], help="学校编号（教师电脑，可多次）")
    p.add_argument("--role", choices=["township", "school", "county", "hub"])
    p.add_argument("--name", default="")
    p.add_argument("--hub-url", default="")
    p.add_argument("--hub-pin", default="", help="县级同步服务器证书指纹 sha256:…")
    p.add_argument("--peer", action="append", default=[], help="一并下发的设备证书（如同步服务器）")
    p.add_argument(
        "--number-slot", type=int, default=None, help="本机的文书编号段（0到99；0为县教育局）"
    )
    p.add_argument(
        "--db", help="县级数据库：从中选取未分配的文书编号段并记录分配（不写 --number-slot 时）"
    )

    p = cmd("enrol", "导入县里签发的注册文件")
    p.add_argument("file")

    cmd("status", "查看同步状态")

    p = cmd("peers", "列出（或添加）已知的其他设备")
    p.add_argument("--add", help="设备证书文件")

    p = cmd("cert", "导出本机证书（供其他设备添加）")
    p.add_argument("--out", required=True)

    p = cmd("export", "导出同步包")
    p.add_argument("--to", action="append", required=True, help="接收设备编号（可写前几位）")
    p.add_argument("--out", required=True)
    p.add_argument("--all", action="store_true", help="即使没有新变更也导出")
    p.add_argument(
        "--compression",
        choices=["auto", "lzma", "zlib"],
        default="auto",
        help="压缩方式（默认 auto：小包用 lzma 更小，大包用 zlib 更快）",
    )

    p = cmd("import", "导入同步包")
    p.add_argument("files", nargs="+")

    p = cmd("run", "通过所有可用的通道同步（U盘/共享文件夹/同步服务器）")
    p.add_argument("--folder", action="append", default=[], help="本次使用的同步文件夹")

    p = cmd("folder", "设置同步文件夹")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--add")
    g.add_argument("--remove", type=int)
    g.add_argument("--list", action="store_true")

    p = cmd("revoke", "县管理员：吊销一台设备（吊销记录随每个同步包传到所有电脑）")
    p.add_argument("--county-key", help="县级密钥文件（签发吊销记录）")
    p.add_argument("--device", help="被吊销的设备编号（完整）")
    p.add_argument("--at", default=None, help="吊销时间（ISO，默认现在）")
    p.add_argument("--note", default="", help="原因，如 电脑被盗")
    p.add_argument("--out", help="把吊销记录另存为文件")
    p.add_argument("--file", help="导入县管理员签发的吊销记录文件")

    p = cmd("review", "待审核的修改冲突")
    p.add_argument("--resolve", help="冲突编号")
    p.add_argument("--keep", help="保留的版本（操作编号）")


def _store(args: argparse.Namespace) -> Any:
    from desktop.paths import default_db
    from desktop.store.repo import Store

    return Store.open(Path(args.db) if args.db else default_db())


def run(args: argparse.Namespace) -> int:
    return int(ACTIONS[args.action](args) or 0)


def _county_key_password(*, new: bool) -> str:
    """The county key's own password (not a user's): asked at a terminal, or from
    KCBX_COUNTY_KEY_PASSWORD for scripts."""
    import getpass
    import os
    import sys

    given = os.environ.get("KCBX_COUNTY_KEY_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError("需要县级密钥的密码（没有终端时请设置环境变量 KCBX_COUNTY_KEY_PASSWORD）")
    first = getpass.getpass("设置县级密钥的密码：" if new else "县级密钥的密码：")
    if new and getpass.getpass("再次输入：") != first:
        raise UserError("两次输入的密码不一致")
    return first


def _county_init(args: argparse.Namespace) -> int:
    from desktop.sync import keys

    key = keys.create_county_key(
        args.out, code=args.county, name=args.name, password=_county_key_password(new=True)
    )
    print(f"已生成县级签发密钥：{args.out}")
    print(f"公钥指纹：{keys.fingerprint(key.public)}（请记录，用于核对注册文件）")
    print("私钥只在此文件中，并已用密码加密：请离线保存并备份，不要通过网络传送，牢记密码。")
    return 0


def _enrol_request(args: argparse.Namespace) -> int:
    from desktop.sync import enrol, keys

    with _store(args) as store:
        request = enrol.make_request(store, name=args.name)
        enrol.write_json(args.out, request)
        pub = keys.public_keys(store)
        assert pub is not None
        print(f"已生成注册申请：{args.out}")
        print(f"本机编号：{store.device_id}")
        print(f"本机密钥指纹：{keys.fingerprint(pub.sign)}")
    return 0


def _enrol_issue(args: argparse.Namespace) -> int:
    from desktop.sync import enrol, keys

    county = keys.load_county_key(args.county_key, password=lambda: _county_key_password(new=False))
    request = enrol.read_json(args.request, kind=enrol.REQUEST_TYPE, label="注册申请文件")
    if args.role in ("county", "hub"):
        role, scope = args.role, Scope.everything()
    elif args.school:
        role, scope = args.role or "school", Scope.school(*args.school)
    elif args.township:
        role, scope = (
            args.role or "township",
            Scope.township(*map(enrol.township_code, args.township)),
        )
    else:
        raise UserError("请指定数据范围：--township 乡镇代码、--school 学校编号，或 --role county")
    peers = []
    for path in args.peer:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        peers.append(data.get("cert") if data.get("type") == enrol.ENROLMENT_TYPE else data)
    device = request.get("device") or {}
    slot = args.number_slot
    office = _store(args) if args.db else None
    try:
        if office is not None and role != "hub" and slot is None:
            from desktop.forms import numbering

            slot = numbering.free_slot(office)
        enrolment = enrol.issue(
            county,
            request,
            role=role,
            scope=scope,
            name=args.name,
            hub_url=args.hub_url,
            hub_pin=args.hub_pin,
            peers=peers,
            number_slot=slot,
        )
        if office is not None and slot is not None:
            from desktop.forms import numbering

            # the office records who holds the block (refused, and no file written, if
            # another device holds it)
            numbering.assign_slot(office, slot, device_id=str(device.get("id", "")))
    finally:
        if office is not None:
            office.close()
    enrol.write_json(args.out, enrolment)
    print(f"已签发注册文件：{args.out}")
    print(
        f"设备：{args.name or device.get('name', '')}（{device['id']}），角色：{enrol.ROLES[role]}"
    )
    if slot is not None:
        print(f"文书编号段：{slot}（写入注册文件，随注册下发到该电脑）")
    elif role != "hub":
        print(
            "未分配文书编号段：该电脑只能打印样稿和空白表，不能出具编号文书"
            "（签发时用 --number-slot N 指定，或用 --db 县级数据库 自动分配）"
        )
    print(f"设备密钥指纹：{keys.fingerprint(keys.unb64(device['sign_key']))}（请与申请人核对）")
    return 0


def _enrol(args: argparse.Namespace) -> int:
    from desktop.sync import enrol

    data = enrol.read_json(args.file, kind=enrol.ENROLMENT_TYPE, label="注册文件")
    with _store(args) as store:
        cert = enrol.enrol(store, data)
        from desktop.forms import numbering

        block = numbering.block_of(store)
    print(
        f"本机已注册到{cert.county_name or cert.county_code}，角色：{enrol.ROLES.get(cert.role, cert.role)}"
    )
    if block is not None:
        print(f"本机文书编号段：{block[0]}（每类文书{block[1]}—{block[2]}号）")
    elif cert.role != "hub":
        print(numbering.NO_BLOCK_ENROLLED)
    return 0


def _status(args: argparse.Namespace) -> int:
    from desktop.sync import enrol, evidence, marks, runner

    with _store(args) as store:
        cert = enrol.enrolment_of(store)
        print(f"本机编号：{store.device_id}")
        if cert is None:
            print("尚未注册：请先 kcbx sync enrol-request，再导入县里签发的注册文件")
            return 0
        print(
            f"所属：{cert.county_name}（{cert.county_code}），角色：{enrol.ROLES.get(cert.role, cert.role)}"
        )
        s = marks.summary(store)
        print(f"上次同步：{s['last_sync'] or '从未同步'}")
        print(
            f"本机变更：共 {s['own_ops']} 项，未发出 {s['unsent']} 项，未确认 {s['unconfirmed']} 项"
        )
        print(f"待审核：修改冲突 {s['conflicts']} 处，需核对的案件 {s['cases_review']} 件")
        revoked = evidence.revocations(store)
        for device, at in sorted(revoked.items()):
            print(f"已吊销设备：{device}（自 {at[:19]}）")
        found = evidence.events(store, limit=20)
        if found:
            print(f"安全事件（最近 {len(found)} 条，请县管理员核查）：")
            for e in found:
                who = f"，发送设备 {e['sender'][:8]}" if e["sender"] else ""
                print(f"  [{e['at'][:19]}] {e['kind']}{who}：{e['message']}")
        for t in runner.transports(store):
            state = "可用" if runner.make_transport(store, t).available() else "不可用"
            print(f"通道 {t.id}：{t.location}（{state}，上次成功 {t.last_ok or '无'}）")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from desktop.sync import enrol, evidence, keys

    if args.file:
        record = json.loads(Path(args.file).read_text(encoding="utf-8"))
    else:
        if not (args.county_key and args.device):
            raise UserError(
                "请给出 --county-key 县级密钥文件 和 --device 设备编号，或 --file 吊销记录"
            )
        county = keys.load_county_key(
            args.county_key, password=lambda: _county_key_password(new=False)
        )
        record = evidence.make_revocation(county, args.device, at=args.at, note=args.note)
    if args.out:
        enrol.write_json(args.out, record)
        print(f"已写出吊销记录：{args.out}")
    if args.db or not args.out:
        with _store(args) as store:
            device, at = evidence.add_revocation(store, record)
        print(f"已吊销设备 {device}（自 {at[:19]}）：此后它签名的变更在任何电脑上都会被拒收")
    return 0


def _peers(args: argparse.Namespace) -> int:
    from desktop.sync import enrol

    with _store(args) as store:
        if args.add:
            cert = enrol.add_peer_file(store, args.add)
            print(f"已添加设备：{cert.name}（{cert.device_id}）")
        for cert in enrol.peers(store, enabled_only=False):
            print(f"{cert.device_id}  {enrol.ROLES.get(cert.role, cert.role)}  {cert.name}")
    return 0


def _cert(args: argparse.Namespace) -> int:
    from desktop.sync import enrol

    with _store(args) as store:
        cert = enrol.require_enrolment(store)
        enrol.write_json(args.out, cert.signed)
    print(f"已导出本机证书：{args.out}")
    return 0


def _find_peer(store: Any, prefix: str) -> Any:
    from desktop.sync import enrol

    found = [c for c in enrol.peers(store, enabled_only=False) if c.device_id.startswith(prefix)]
    if len(found) != 1:
        raise UserError(f"找不到唯一的设备“{prefix}”（用 kcbx sync peers 查看设备编号）")
    return found[0]


def _export(args: argparse.Namespace) -> int:
    from desktop.sync import export
    from desktop.sync.transports import _write_atomic

    with _store(args) as store:
        recipients = [_find_peer(store, p) for p in args.to]
        prepared = export.prepare(store, recipients, force=args.all, compression=args.compression)
        if prepared is None:
            print("没有需要发送的新变更（加 --all 可强制导出）")
            return 0
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(out, prepared.data)
        export.record(store, prepared, transport=f"文件 {out.name}")
    print(f"已导出同步包：{out}（{prepared.op_count} 项变更，{len(prepared.data)} 字节）")
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop.sync import importer
    from desktop.sync.envelope import BundleRefused

    failed = 0
    with _store(args) as store:
        for path in args.files:
            try:
                result = importer.import_file(store, path)
            except BundleRefused as exc:
                print(f"已拒收 {path}：{exc}（文件已移到隔离区）")
                failed += 1
                continue
            print(f"{path}：{result.message}")
    return 1 if failed else 0


def _run(args: argparse.Namespace) -> int:
    from desktop.sync import runner
    from desktop.sync.transports import FolderTransport

    with _store(args) as store:
        reports = []
        for folder in args.folder:
            transport = FolderTransport(folder)
            if not transport.available():
                raise UserError(f"同步文件夹不可用：{folder}")
            reports.append(runner.sync_over(store, transport))
        if not args.folder:
            reports = runner.run_configured(store)
        if not reports:
            print("没有可用的同步通道（插入U盘或用 kcbx sync folder --add 设置同步文件夹）")
            return 1
        for report in reports:
            print(report.message)
            for name, reason in report.refused:
                print(f"  拒收 {name}：{reason}")
    return 1 if any(r.error for r in reports) else 0


def _folder(args: argparse.Namespace) -> int:
    from desktop.sync import runner

    with _store(args) as store:
        if args.add:
            print(
                f"已添加同步文件夹（编号 {runner.add_folder(store, str(Path(args.add).resolve()))}）"
            )
        elif args.remove is not None:
            runner.remove_transport(store, args.remove)
            print("已删除")
        for t in runner.transports(store):
            print(f"{t.id}  {t.kind}  {t.location}  上次成功：{t.last_ok or '无'}  {t.last_error}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from desktop.sync import conflicts

    with _store(args) as store:
        if args.resolve:
            if not args.keep:
                raise UserError("请用 --keep 指定保留的版本")
            conflicts.resolve(store, args.resolve, op_id=args.keep)
            print("已处理，处理结果会随下次同步发给其他设备")
            return 0
        items = conflicts.review_items(store)
        for item in items:
            print(f"[{item.key}] {item.label}")
            for v in item.versions:
                mark = "（当前）" if v.current else ""
                print(f"    {v.op_id}  {v.device_name} {v.actor}：{v.value!r}{mark}")
        review = conflicts.cases_to_review(store)  # transitions that do not fit; broken rules
        for case in review:
            print(f"[案件] {case['case_no']} {case['name'] or ''}：" + "；".join(case["reasons"]))
        if not items:
            print("没有待审核的修改冲突")
        if not review:
            print("没有需要核对的案件")
    return 0


# `kcbx sync ACTION`: the function of each action of add_arguments (tests/test_cli.py checks
# that the two agree).
ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "county-init": _county_init,
    "enrol-request": _enrol_request,
    "enrol-issue": _enrol_issue,
    "enrol": _enrol,
    "status": _status,
    "peers": _peers,
    "cert": _cert,
    "export": _export,
    "import": _import,
    "run": _run,
    "folder": _folder,
    "revoke": _revoke,
    "review": _review,
}
