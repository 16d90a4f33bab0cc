"""The audit trail for the county: who did what, when, on which device.

Two append-only sources, both synced, neither editable (triggers, schema_security.py):
- `changes`: one op per created record, changed field or appended event (actor, HLC time,
  origin device) — every data change;
- `audit`: what is not a data change — sign-in, print, export, import, backup, restore,
  account changes (actor, time, device, action, detail).

`trail()` merges them newest first with filters; nothing here writes. Viewing or exporting
the trail is itself recorded (`record_view`).

The triggers stop mistakes, not someone who can open the database and drop them: the proof is
that every op — audit rows included — is hashed into its device's signed, chained segments
when it is synced (desktop/sync/origin.py), copies of which the peers and the hub keep.
`kcbx check` verifies the log against them and names the first broken link
(desktop/sync/chain.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import hlc, prevention
from desktop.domain.model import EVENT_LABELS
from desktop.domain.text import N_, Joined, Msg
from desktop.store import files

ENTITY_LABELS = {
    "settings": N_("设置"),
    "schools": N_("学校"),
    "children": N_("学生"),
    "guardians": N_("监护人"),
    "enrolments": N_("学籍记录"),
    "cases": N_("案件"),
    "plans": N_("一人一案"),
    "events": N_("工作记录"),
    "attachments": N_("附件"),
    "audit": N_("审计"),
    "users": N_("用户"),
    **prevention.TABLE_LABELS,
}
ACTION_LABELS = {
    "login": N_("登录"),
    "print": N_("打印"),
    "export": N_("导出"),
    "import": N_("导入"),
    "sync": N_("同步"),
    "backup": N_("备份"),
    "backup.restore": N_("从备份恢复"),
    "user.create": N_("新建用户"),
    "user.password": N_("修改/重设密码"),
    "user.role": N_("修改用户角色"),
    "user.deactivate": N_("停用用户"),
    "recovery_key.new": N_("生成新的恢复密钥"),
    "database.encrypt": N_("加密数据库"),
    "audit.view": N_("查看审计记录"),
    "audit.export": N_("导出审计记录"),
    "lock": N_("锁定"),
    "event.correct": N_("更正记录"),
    "event.void": N_("作废记录"),
}
OP_LABELS = {"c": N_("新建"), "s": N_("修改"), "a": N_("登记")}
CHANGE, ACTION = "change", "action"


@dataclass(frozen=True)
class Entry:
    source: str  # CHANGE | ACTION
    at: dt.datetime  # local time
    actor: str
    device: str
    what: str  # "新建 学生", "修改 学生·电话", "登记 劝返联系", "打印"
    entity: str
    row_id: str
    detail: str

    def row(self) -> list[str]:
        return [
            self.at.strftime("%Y-%m-%d %H:%M:%S"),
            self.actor,
            self.device,
            self.what,
            ENTITY_LABELS.get(self.entity, self.entity),
            self.row_id,
            self.detail,
        ]


HEADERS = [N_("时间"), N_("操作人"), N_("设备"), N_("操作"), N_("对象"), N_("记录编号"), N_("详情")]


def _hlc_bound(day: dt.date) -> str:
    ms = int(dt.datetime.combine(day, dt.time()).astimezone().timestamp() * 1000)
    return hlc.encode(ms, 0)


def _iso_bound(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time()).astimezone().isoformat(timespec="seconds")


def trail(
    conn: sqlite3.Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    sources: tuple[str, ...] = (CHANGE, ACTION),
    entity: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[Entry]:
    """Audit entries newest first. `until` is inclusive (the whole day)."""
    end = until + dt.timedelta(days=1) if until else None
    parts: list[str] = []
    params: list[Any] = []
    if CHANGE in sources:
        where, p = ["c.entity != 'audit'"], []  # audit rows are listed from `audit` itself
        if since:
            where.append("c.hlc >= ?")
            p.append(_hlc_bound(since))
        if end:
            where.append("c.hlc < ?")
            p.append(_hlc_bound(end))
        if actor:
            where.append("c.actor = ?")
            p.append(actor)
        if entity:
            where.append("c.entity = ?")
            p.append(entity)
        parts.append(
            "SELECT 'change' AS source, c.hlc AS stamp, '' AS at, c.actor, d.device_id,"
            " c.kind AS action, c.entity, c.row_id, c.field, c.value"
            " FROM changes c JOIN devices d ON d.n = c.origin WHERE " + " AND ".join(where)
        )
        params += p
    if ACTION in sources:
        where, p = ["1"], []
        if since:
            where.append("a.at >= ?")
            p.append(_iso_bound(since))
        if end:
            where.append("a.at < ?")
            p.append(_iso_bound(end))
        if actor:
            where.append("a.actor = ?")
            p.append(actor)
        if entity:
            where.append("a.entity = ?")
            p.append(entity)
        parts.append(
            "SELECT 'action' AS source, a.hlc AS stamp, a.at, a.actor, a.device_id, a.action, a.entity, a.row_id,"
            " NULL, a.detail FROM audit a WHERE " + " AND ".join(where)
        )
        params += p
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY stamp DESC LIMIT ? OFFSET ?"
    rows = conn.execute(sql, [*params, limit, offset]).fetchall()
    kinds = _event_kinds(conn, [r[7] for r in rows if r[0] == CHANGE and r[6] == "events"])
    return [_entry(r, kinds) for r in rows]


def _event_kinds(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT id, kind FROM events WHERE id IN ({marks})", chunk):
            out[r[0]] = r[1]
    return out


def _entry(r: Any, kinds: dict[str, str]) -> Entry:
    source, stamp, _at, actor, device, action, entity, row_id, field, value = tuple(r)
    when = dt.datetime.fromtimestamp(hlc.decode(stamp)[0] / 1000).astimezone()
    if source == CHANGE:
        label = ENTITY_LABELS.get(entity, entity)
        if action == "a" and entity == "events":
            what: str = Msg(
                "登记 {kind}", kind=EVENT_LABELS.get(kinds.get(row_id, ""), N_("工作记录"))
            )
        elif action == "s":
            what = Msg("修改 {entity}·{field}", entity=label, field=field)
        else:
            what = Joined(" ", [OP_LABELS.get(action, action), label])
        detail = "" if value is None else _short(value)
    else:
        what = ACTION_LABELS.get(action, action)
        detail = _detail(value)
    return Entry(source, when, actor, device[:8], what, entity or "", row_id or "", detail)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


DETAIL_LABELS = {
    "how": N_("方式"),
    "failed_before": N_("此前密码错误次数"),
    "setup": N_("首次设置"),
    "role": N_("角色"),
    "area": N_("范围"),
    "template": N_("文书"),
    "backup": N_("备份"),
    "reason": N_("原因"),
    "rows": N_("条数"),
    "since": N_("从"),
    "until": N_("到"),
    "made": N_("备份时间"),
    "reset": N_("管理员重设"),
    "supersedes": N_("原记录"),
    "void": N_("作废记录"),
    "kind": N_("记录类型"),
}


def _detail(text: str | None) -> str:
    try:
        doc = json.loads(text or "{}")
    except ValueError:
        return _short(text or "")
    if not isinstance(doc, dict) or not doc:
        return ""
    parts = [
        Msg("{label}：{value}", label=DETAIL_LABELS.get(k, k), value=str(v)) for k, v in doc.items()
    ]
    joined = Joined("，", parts)
    return joined if len(joined) <= 120 else _short(joined, 120)


def actors(conn: sqlite3.Connection) -> list[str]:
    names = {r[0] for r in conn.execute("SELECT DISTINCT actor FROM audit")}
    names |= {r[0] for r in conn.execute("SELECT DISTINCT actor FROM changes")}
    return sorted(names)


def counts_by_actor(
    conn: sqlite3.Connection, *, since: dt.date | None = None
) -> dict[str, dict[str, int]]:
    """Per actor: how many creations, changes, events and actions (for a county overview)."""
    out: dict[str, dict[str, int]] = {}
    bound = _hlc_bound(since) if since else ""
    for actor, kind, n in conn.execute(
        "SELECT actor, kind, count(*) FROM changes WHERE hlc >= ? GROUP BY actor, kind", (bound,)
    ):
        out.setdefault(actor, {})[OP_LABELS.get(kind, kind)] = n
    iso = _iso_bound(since) if since else ""
    for actor, action, n in conn.execute(
        "SELECT actor, action, count(*) FROM audit WHERE at >= ? GROUP BY actor, action", (iso,)
    ):
        out.setdefault(actor, {})[ACTION_LABELS.get(action, action)] = n
    return out


def export_csv(entries: list[Entry], path: str | Path) -> None:
    """Write entries as CSV (UTF-8 with BOM, so Excel shows the Chinese), atomically."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADERS)
    for e in entries:
        writer.writerow(e.row())
    files.write_bytes(path, b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
