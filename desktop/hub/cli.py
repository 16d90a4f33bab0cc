"""`kcbx hub …`: the county hub (docs/hub.md).

kcbx hub init --db 县级库.db --county 522633 --out 申请.json     the hub's database + enrolment request
kcbx hub tls --cert hub.crt --key hub.key --host hub.example.cn [--host 10.0.0.5]
kcbx hub tls --show hub.crt                                      print the pin for enrolments
kcbx hub serve --db 县级库.db [--db 另一县.db] [--database postgresql://…]
               [--host 0.0.0.0] [--port 8443] [--tls-cert hub.crt --tls-key hub.key]
               [--processes N] [--threads 8] [--max-bundle-mb 256] [--rate 5] [--burst 120]
kcbx hub devices --db 县级库.db [--database URL] [--disable ID | --enable ID]
kcbx hub status --db 县级库.db [--database URL]
kcbx hub snapshot --db 县级库.db --out 报表用副本.db             a consistent read-only copy
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="操作")

    def relay_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--db", action="append", required=True, help="县级数据库（本县的同步服务器数据库）"
        )
        p.add_argument(
            "--database",
            default="",
            help="同步服务器自身的数据库：默认为县级数据库旁的 SQLite 文件；"
            "多进程时用 postgresql://用户@主机/库名",
        )

    p = sub.add_parser("init", help="新建同步服务器的县级数据库并生成注册申请")
    p.add_argument("--db", required=True)
    p.add_argument("--county", required=True, help="县级区划代码，如 522633")
    p.add_argument("--out", required=True, help="注册申请文件（交给县管理员签发 --role hub）")
    p.add_argument("--name", default="县级同步服务器")

    p = sub.add_parser("tls", help="生成自签名 TLS 证书，或显示证书指纹")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--host", action="append", default=[], help="设备访问服务器用的域名或IP")
    p.add_argument("--show", help="显示已有证书的指纹")

    p = sub.add_parser("serve", help="运行同步服务器")
    relay_options(p)
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认只本机；对外用 0.0.0.0）")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--processes", type=int, default=1, help="服务进程数（>1 需 PostgreSQL）")
    p.add_argument("--threads", type=int, default=8, help="每个进程的工作线程数")
    p.add_argument("--spool", help="上传暂存目录")
    p.add_argument(
        "--key-file",
        help="同步服务器密钥文件（0600；默认：systemd 凭据 kcbx-hub-key，或数据库旁的 …-hub.key）",
    )
    p.add_argument("--max-bundle-mb", type=int, default=256)
    p.add_argument("--rate", type=float, default=5.0, help="每台设备每秒请求数")
    p.add_argument("--burst", type=float, default=120.0, help="每台设备的突发请求数")
    p.add_argument("--log-level", default="info")

    p = sub.add_parser("devices", help="列出设备，停用或恢复某台设备")
    relay_options(p)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--disable")
    g.add_argument("--enable")

    p = sub.add_parser("status", help="同步服务器状态")
    relay_options(p)

    p = sub.add_parser("snapshot", help="导出县级数据库的一致副本（供报表使用，不含密钥）")
    p.add_argument("--db", required=True)
    p.add_argument("--out", required=True)


def run(args: argparse.Namespace) -> int:
    return int(ACTIONS[args.action](args) or 0)


def _config(args: argparse.Namespace) -> Any:
    from desktop.hub import atrest
    from desktop.hub.app import HubConfig

    config = HubConfig(stores=[Path(p) for p in args.db], database=args.database)
    atrest.unlock_if_keyed(config)  # the databases are encrypted once the hub has started
    return config


def _init(args: argparse.Namespace) -> int:
    from desktop.store.county import setup_county
    from desktop.store.repo import Store
    from desktop.sync import enrol

    path = Path(args.db)
    if path.exists():
        raise UserError(f"数据库已存在：{path}（同步服务器需要新的县级数据库）")
    with Store.open(path, actor="县级同步服务器") as store:
        setup_county(store, args.county)
        store.set_meta("device_name", args.name)
        enrol.write_json(args.out, enrol.make_request(store, name=args.name))
        print(f"已新建同步服务器数据库：{path}（设备编号 {store.device_id}）")
    print(
        f"注册申请：{args.out}。请县管理员签发：kcbx sync enrol-issue --role hub --request {args.out} …"
    )
    print(f"然后导入：kcbx sync enrol --db {path} 注册文件.json")
    return 0


def _tls(args: argparse.Namespace) -> int:
    from desktop.hub import tls

    if args.show:
        print(f"证书指纹：{tls.pin_of(args.show)}")
        print(f"公钥指纹：{tls.key_pin_of(args.show)}（更换证书但保留私钥时不变）")
        return 0
    if not (args.cert and args.key):
        raise UserError("请指定 --cert 和 --key（或用 --show 查看已有证书）")
    pin = tls.self_signed(args.cert, args.key, hosts=args.host)
    print(f"已生成证书 {args.cert} 和私钥 {args.key}（请妥善保管私钥）")
    print(f"证书指纹：{pin}")
    print(
        f"签发设备注册文件时使用：kcbx sync enrol-issue … --hub-url https://{args.host[0]}:8443 --hub-pin {pin}"
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    from desktop.hub.app import MB, HubConfig
    from desktop.hub.server import serve

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UserError("--tls-cert 和 --tls-key 需要同时指定")
    config = HubConfig(
        stores=[Path(p) for p in args.db],
        database=args.database,
        spool=Path(args.spool) if args.spool else None,
        key_file=Path(args.key_file) if args.key_file else None,
        max_bundle=args.max_bundle_mb * MB,
        rate=args.rate,
        burst=args.burst,
        workers=args.threads,
    )
    tls = (args.tls_cert, args.tls_key) if args.tls_cert else None
    import os

    from desktop.hub import atrest

    os.umask(atrest.UMASK)  # every file the hub writes is its user's only (0600)
    atrest.unlock(config)  # before any worker process starts: plaintext databases encrypted once
    serve(
        config,
        host=args.host,
        port=args.port,
        tls=tls,
        processes=args.processes,
        log_level=args.log_level,
    )
    return 0


def _relay(args: argparse.Namespace) -> Any:
    from desktop.hub.relay import Relay

    relay = Relay(_config(args).relay_url)
    relay.migrate()
    return relay


def _devices(args: argparse.Namespace) -> int:
    relay = _relay(args)
    target = args.disable or args.enable
    if target:
        if not relay.set_disabled(target, bool(args.disable)):
            raise UserError(f"没有这台设备：{target}（用 kcbx hub devices 查看）")
        print(("已停用：" if args.disable else "已恢复：") + target)
    for d in relay.devices():
        seen = dt.datetime.fromtimestamp(d["last_seen"]).strftime("%Y-%m-%d %H:%M")
        flag = "（已停用）" if d["disabled"] else ""
        print(f"{d['device_id']}  {d['county']}  {d['role']:<8}  {d['name']}  最近 {seen}{flag}")
    return 0


def _status(args: argparse.Namespace) -> int:
    import time

    from desktop.hub.county import CountyHub

    relay = _relay(args)
    print(f"同步服务器数据库：{relay.label}")
    from desktop.store.repo import Store
    from desktop.sync import evidence

    for path in args.db:
        county = CountyHub.open(Path(path))
        print(
            f"{county.cert.county_name}（{county.code}）：{path}，合并代次 "
            f"{relay.generation(county.code)}，设备 {len(relay.devices(county.code))} 台"
        )
        with Store.open(Path(path), create=False) as store:
            found = evidence.events(store, limit=10)
            revoked = evidence.revocations(store)
        for device, at in sorted(revoked.items()):
            print(f"  已吊销设备：{device}（自 {at[:19]}）")
        if found:
            print(f"  安全事件（最近 {len(found)} 条，请县管理员核查）：")
            for e in found:
                who = f"，发送设备 {e['sender'][:8]}" if e["sender"] else ""
                print(f"    [{e['at'][:19]}] {e['kind']}{who}：{e['message']}")
    counts = relay.counts()
    print(f"待取同步包 {counts['relay_inbox']} 个，收到过 {counts['relay_pushes']} 个同步包")
    day = relay.refusals(since=time.time() - 86400)
    if day:
        by: dict[str, int] = {}
        for r in day:
            by[r["code"]] = by.get(r["code"], 0) + 1
        print("近24小时拒绝：" + "，".join(f"{k} {v} 次" for k, v in sorted(by.items())))
    return 0


def _snapshot(args: argparse.Namespace) -> int:
    """A consistent copy of the county database (SQLite online backup), without the hub's keys
    and enrolment, so that it can be read (reports, the county office's app) but never sync."""
    import sqlite3

    from desktop.hub import atrest
    from desktop.hub.app import HubConfig
    from desktop.store import db

    out = Path(args.out)
    if out.exists():
        raise UserError(f"文件已存在：{out}")
    atrest.unlock_if_keyed(HubConfig(stores=[Path(args.db)], database=""))
    src = db.connect(Path(args.db), must_exist=True)
    try:
        if not isinstance(src, sqlite3.Connection):  # the hub's database is encrypted
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
            src.execute("SELECT sqlcipher_export('plain')")
            src.execute(f"PRAGMA plain.user_version = {int(version)}")
            src.execute("DETACH DATABASE plain")
        dst = sqlite3.connect(str(out))
        try:
            if isinstance(src, sqlite3.Connection):
                src.backup(dst)
            dst.execute("DELETE FROM sync_keys")
            dst.execute("DELETE FROM sync_enrolment")
            # edits made in the copy must never pass for the hub's own
            dst.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
            dst.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('hub_copy', ?)",
                (dt.datetime.now().astimezone().isoformat(timespec="seconds"),),
            )
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    kids = json.dumps(str(out), ensure_ascii=False)
    print(f"已导出县级数据副本：{kids}（只供查阅和报表；不含同步密钥，不能用于同步）")
    return 0


# `kcbx hub ACTION`: the function of each action of add_arguments (tests/test_cli.py checks
# that the two agree).
ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": _init,
    "tls": _tls,
    "serve": _serve,
    "devices": _devices,
    "status": _status,
    "snapshot": _snapshot,
}
