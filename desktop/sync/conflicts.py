"""The review queue: same-field concurrent edits, and cases whose merged history does not fit.

A conflict is a group of versions of one field of one record made from the same base (the
version the editors saw) with different values; creating the same record on two devices (a
plan has the same id everywhere) is a group with base "" per differing field. One review item
per (record, field, base) - the key is derived from them, so every device names it the same.
All values stay in the change log. Last-writer-wins has already picked one; a county user
confirms or changes it with `resolve()`, which writes a set op (so every device gets the
choice) and a `sync_resolutions` row naming the versions the user saw. A conflict is resolved
when a resolution saw all its versions; a version arriving later reopens it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import prevention
from desktop.domain.errors import UserError
from desktop.domain.model import CORRECTION_REASON, EVENT_LABELS
from desktop.domain.text import N_, Joined, Msg
from desktop.store import db
from desktop.store.changelog import APPEND, SET, current_version, keep_created_values, now_iso
from desktop.store.repo import Store, derived_id
from desktop.sync import rule_review

ENTITY_LABELS = {
    "children": N_("学生"),
    "guardians": N_("监护人"),
    "enrolments": N_("学籍"),
    "cases": N_("案件"),
    "plans": N_("一人一案"),
    "schools": N_("学校"),
    "settings": N_("设置"),
    **prevention.TABLE_LABELS,
}
FIELD_LABELS = {
    "name": N_("姓名"),
    "sex": N_("性别"),
    "birth_date": N_("出生日期"),
    "id_number": N_("身份证号"),
    "xueji_no": N_("学籍号"),
    "address": N_("住址"),
    "phone": N_("电话"),
    "school_id": N_("学校"),
    "grade": N_("年级"),
    "class_name": N_("班级"),
    "township_code": N_("乡镇"),
    "village_code": N_("村"),
    "notes": N_("备注"),
    "whereabouts": N_("去向"),
    "whereabouts_detail": N_("去向详情"),
    "causes": N_("辍学原因"),
    "admin_name": N_("行政包保责任人"),
    "edu_name": N_("教育包保责任人"),
    "measures": N_("劝返措施"),
    "family_situation": N_("家庭情况"),
    "cause_analysis": N_("原因分析"),
    "support_plan": N_("资助帮扶"),
    "placement_plan": N_("复学安置"),
    "deadline": N_("时限"),
    "value": N_("设置值"),
    "deleted": N_("删除标记"),
    "relation": N_("关系"),
    "work_place": N_("务工地点"),
}


@dataclass(frozen=True)
class Group:
    entity: str
    row_id: str
    field: str
    base: str
    ops: tuple[str, ...]

    @property
    def key(self) -> str:
        return conflict_key(self.entity, self.row_id, self.field, self.base)


def conflict_key(entity: str, row_id: str, field: str, base: str) -> str:
    return derived_id("conflict", entity, row_id, field, base)


def groups_of(
    entity: str,
    row_id: str,
    fname: str,
    sets: Iterable[tuple[Any, ...]],
    creates: Sequence[tuple[Any, ...]],
    *,
    default: Any,
) -> list[Group]:
    """Conflicting groups of one field that involve a version new in this import.

    sets: (hlc, device, value JSON, base, op id, is_new); creates: (hlc, device, values, op id,
    is_new)."""
    by_base: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for _h, _d, value, base, op_id, is_new in sets:
        by_base[base].append((op_id, value, is_new))
    if len(creates) > 1:
        by_base[""] += [(c[3], db.dumps(c[2].get(fname, default)), c[4]) for c in creates]
    out = []
    for base, items in by_base.items():
        if len(items) > 1 and any(n for _o, _v, n in items) and len({v for _o, v, _n in items}) > 1:
            out.append(Group(entity, row_id, fname, base, tuple(sorted(o for o, _v, _n in items))))
    return out


CORRECTION_FIELD = "supersedes"


def correction_groups(conn: sqlite3.Connection, targets: Iterable[str]) -> list[Group]:
    """Events corrected or voided more than once, apart (each device saw only the original):
    one review item per event, its versions the appended corrections/voidings."""
    ids = sorted(set(targets))
    found: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for target, device, seq in conn.execute(
            "SELECT e.supersedes, d.device_id, c.origin_seq FROM events e"
            " JOIN changes c ON c.entity = 'events' AND c.kind = 'a' AND c.row_id = e.id"
            " JOIN devices d ON d.n = c.origin"
            f" WHERE e.supersedes IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[target].append(f"{device}:{seq}")
    return [
        Group("events", target, CORRECTION_FIELD, "", tuple(sorted(ops)))
        for target, ops in found.items()
        if len(ops) > 1
    ]


def record_groups(conn: sqlite3.Connection, groups: list[Group]) -> list[str]:
    """Write (or update) review items; return the keys that are new."""
    if not groups:
        return []
    latest = {g.key: g for g in groups}
    keys = list(latest)
    existing = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        existing |= {
            r[0]
            for r in conn.execute(
                f"SELECT key FROM sync_conflicts WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
        }
    at = now_iso()
    conn.executemany(
        "INSERT INTO sync_conflicts(key, entity, row_id, field, base, ops, detected_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET ops=excluded.ops",
        [
            (k, g.entity, g.row_id, g.field, g.base, json.dumps(list(g.ops)), at)
            for k, g in latest.items()
        ],
    )
    refresh_status(conn, keys)
    return [k for k in keys if k not in existing]


def refresh_status(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """Resolved iff some resolution saw every version of the conflict (latest such one wins)."""
    keys = list(dict.fromkeys(keys))
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        ops = {
            r[0]: set(json.loads(r[1]))
            for r in conn.execute(
                f"SELECT key, ops FROM sync_conflicts WHERE key IN ({marks})", chunk
            )
        }
        found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for r in conn.execute(
            f"SELECT conflict, id, seen, hlc, device_id FROM sync_resolutions"
            f" WHERE conflict IN ({marks})",
            chunk,
        ):
            if ops.get(r[0], {None}) <= set(json.loads(r[2])):
                found[r[0]].append((r[3], r[4], r[1]))
        conn.executemany(
            "UPDATE sync_conflicts SET status=?, resolution=? WHERE key=?",
            [("resolved", max(found[k])[2], k) if found.get(k) else ("open", None, k) for k in ops],
        )


# --- for the UI -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Version:
    op_id: str
    value: Any
    device_id: str
    device_name: str
    actor: str
    hlc: str
    current: bool  # the value in effect now (last writer wins)


@dataclass(frozen=True)
class ReviewItem:
    key: str
    entity: str
    row_id: str
    field: str
    label: str  # 学生 张三 · 住址
    status: str
    versions: tuple[Version, ...]
    case_id: str | None


def _describe(store: Store, entity: str, row_id: str) -> tuple[str, str | None]:
    conn = store.conn
    if entity == "children":
        r = conn.execute("SELECT name FROM children WHERE id=?", (row_id,)).fetchone()
        return (r[0] if r else row_id[:8]), None
    if entity in ("cases", "plans"):
        sql = (
            "SELECT c.case_no, ch.name, c.id FROM cases c LEFT JOIN children ch ON ch.id=c.child_id"
            + (
                " WHERE c.id=?"
                if entity == "cases"
                else " JOIN plans p ON p.case_id=c.id WHERE p.id=?"
            )
        )
        r = conn.execute(sql, (row_id,)).fetchone()
        return (Msg("{name}（{case_no}）", name=r[1] or "", case_no=r[0]) if r else row_id[:8]), (
            r[2] if r else None
        )
    if entity in ("guardians", "enrolments"):
        r = conn.execute(
            f"SELECT ch.name FROM {entity} t JOIN children ch ON ch.id=t.child_id WHERE t.id=?",
            (row_id,),
        ).fetchone()
        return (r[0] if r else row_id[:8]), None
    if entity == "schools":
        r = conn.execute("SELECT name FROM schools WHERE id=?", (row_id,)).fetchone()
        return (r[0] if r else row_id[:8]), None
    if entity == "events":
        r = conn.execute(
            "SELECT e.kind, e.occurred_on, c.case_no, ch.name, e.case_id FROM events e"
            " LEFT JOIN cases c ON c.id = e.case_id LEFT JOIN children ch ON ch.id = e.child_id"
            " WHERE e.id=?",
            (row_id,),
        ).fetchone()
        if r is None:
            return row_id[:8], None
        what = Joined(" ", [EVENT_LABELS.get(r[0], r[0]), str(r[1])[:10]])
        label = Msg("{name}（{case_no}）{what}", name=r[3] or "", case_no=r[2] or "", what=what)
        return label, r[4]
    return row_id, None


def review_items(store: Store, *, status: str | None = "open") -> list[ReviewItem]:
    conn = store.conn
    sql = "SELECT key, entity, row_id, field, ops, status FROM sync_conflicts"
    rows = conn.execute(
        sql + (" WHERE status=?" if status else "") + " ORDER BY detected_at, key",
        (status,) if status else (),
    ).fetchall()
    names = {r[0]: r[1] for r in conn.execute("SELECT device_id, name FROM sync_peers")}
    out = []
    for r in rows:
        what, case_id = _describe(store, r["entity"], r["row_id"])
        now = store.get(r["entity"], r["row_id"])
        counting = _counting_versions(store, r["row_id"]) if r["entity"] == "events" else None
        versions = []
        for op_id in json.loads(r["ops"]):
            v = _version(store, op_id, r["field"])
            if v is None:
                continue
            value, actor, hlc = v
            device = op_id.rpartition(":")[0]
            versions.append(
                Version(
                    op_id,
                    value,
                    device,
                    N_("本机") if device == store.device_id else names.get(device, device[:8]),
                    actor,
                    hlc,
                    (_op_row(store, op_id) in counting)
                    if counting is not None
                    else (now is not None and now[r["field"]] == value),
                )
            )
        label = Msg(
            "{entity} {what} · {field}",
            entity=ENTITY_LABELS.get(r["entity"], r["entity"]),
            what=what,
            field=FIELD_LABELS.get(r["field"], r["field"]),
        )
        out.append(
            ReviewItem(
                r["key"],
                r["entity"],
                r["row_id"],
                r["field"],
                label,
                r["status"],
                tuple(sorted(versions, key=lambda v: (v.hlc, v.device_id))),
                case_id,
            )
        )
    return out


def _version(store: Store, op_id: str, fname: str) -> tuple[Any, str, str] | None:
    device, _, seq = op_id.rpartition(":")
    row = store.conn.execute(
        "SELECT c.kind, coalesce(c.value, k.value), c.actor, c.hlc, c.entity, c.row_id"
        " FROM changes c JOIN devices d ON d.n = c.origin"
        " LEFT JOIN sync_created k ON k.op = c.seq WHERE d.device_id=? AND c.origin_seq=?",
        (device, int(seq)),
    ).fetchone()
    if row is None:
        return None
    if row[4] == "events":  # a correction or voiding of an event: what it says
        return _event_version(store, row[5]), row[2], row[3]
    if row[0] == "s":
        return db.loads(row[1]), row[2], row[3]
    if row[1] is None:  # a local create never overwritten
        current = store.get(row[4], row[5])
        return (current[fname] if current else None), row[2], row[3]
    return json.loads(row[1]).get(fname), row[2], row[3]


def _op_row(store: Store, op_id: str) -> str | None:
    device, _, seq = op_id.rpartition(":")
    row = store.conn.execute(
        "SELECT c.row_id FROM changes c JOIN devices d ON d.n = c.origin"
        " WHERE d.device_id=? AND c.origin_seq=?",
        (device, int(seq)),
    ).fetchone()
    return row[0] if row else None


def _counting_versions(store: Store, event_id: str) -> set[str]:
    """The events of the case that count now (the version of a corrected event in effect)."""
    from desktop.domain.casefacts import live_events
    from desktop.store import cases

    row = store.conn.execute("SELECT case_id FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None or not row[0]:
        return set()
    return {e.id for e in live_events(cases.events_of(store, row[0]))}


def _event_version(store: Store, event_id: str) -> str:
    from desktop.store.queries_case import event_summary

    r = store.conn.execute(
        "SELECT kind, occurred_on, payload FROM events WHERE id=?", (event_id,)
    ).fetchone()
    if r is None:
        return ""
    payload = db.loads(r[2])
    if r[0] == "void":
        return Msg("作废（原因：{reason}）", reason=payload.get("reason", ""))
    return Msg(
        "更正为：{day} {summary}（原因：{reason}）",
        day=str(r[1])[:10],
        summary=event_summary(r[0], payload),
        reason=payload.get(CORRECTION_REASON, ""),
    )


def _resolve_correction(store: Store, row: sqlite3.Row, op_id: str | None, note: str) -> str:
    """Keep one of the corrections/voidings of an event; the others are voided (作废) with the
    reason that the review kept another; both sync like any event."""
    from desktop.domain.model import Void
    from desktop.store import cases

    conn = store.conn
    seen = json.loads(row["ops"])
    if op_id is None:
        raise UserError(N_("请选择要保留的版本"))
    if op_id not in seen:
        raise UserError(N_("所选版本不属于该冲突"))
    if getattr(store.permit, "role", None) not in (None, "county_admin"):
        raise UserError(N_("两处同时更正同一条记录，需由县级用户审核决定保留哪一个"))
    by_op = {}
    for o in seen:
        device, _, seq = o.rpartition(":")
        r = conn.execute(
            "SELECT c.row_id FROM changes c JOIN devices d ON d.n = c.origin"
            " WHERE d.device_id=? AND c.origin_seq=?",
            (device, int(seq)),
        ).fetchone()
        if r is not None:
            by_op[o] = r[0]
    if op_id not in by_op:
        raise UserError(N_("所选版本不存在"))
    target = store.get("events", row["row_id"])
    if target is None:
        raise UserError(N_("记录不存在"))
    resolution_id = str(uuid.uuid4())
    with store.transaction():
        for o, event_id in sorted(by_op.items()):
            already = conn.execute(
                "SELECT 1 FROM events WHERE supersedes=? AND kind='void'", (event_id,)
            ).fetchone()
            if o == op_id or already:
                continue
            loser = store.get("events", event_id)
            assert loser is not None
            store.append_event(
                "void",
                Void(reason=note or N_("审核：保留了另一处的更正"), voided_kind=loser["kind"]),
                occurred_on=loser["occurred_on"],
                case_id=loser["case_id"],
                child_id=loser["child_id"],
                supersedes=event_id,
            )
        add = store.log.op(
            entity="sync_resolutions", row_id=resolution_id, kind=APPEND, actor=store.actor
        )
        conn.execute(
            "INSERT INTO sync_resolutions(id, conflict, entity, row_id, field, child_id, chosen,"
            " value, seen, note, created_at, created_by, device_id, hlc)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                resolution_id,
                row["key"],
                "events",
                row["row_id"],
                row["field"],
                target["child_id"],
                op_id,
                db.dumps(by_op[op_id]),
                json.dumps(sorted(seen)),
                note,
                now_iso(),
                store.actor,
                store.device_id,
                add.hlc,
            ),
        )
        store.log.write([add])
        refresh_status(conn, [row["key"]])
        if target["case_id"]:
            cases.refresh(store, [target["case_id"]])
    return resolution_id


STATE_REASON = N_("合并后的状态变更不符合办理流程，请核对其状态变更记录")


def cases_to_review(store: Store) -> list[dict[str, Any]]:
    """Cases whose merged transitions do not fit the state machine (cases.needs_review), and
    merged cases that break a rule of today's table (rule_review.py), in case-number order:
    id, case_no, name, state, and `reasons` (each in Chinese)."""
    found = {
        r["id"]: {**dict(r), "reasons": [STATE_REASON]}
        for r in store.conn.execute(
            "SELECT c.id, c.case_no, ch.name, c.state FROM cases c"
            " LEFT JOIN children ch ON ch.id = c.child_id"
            " WHERE c.needs_review=1 AND c.deleted=0"
        )
    }
    broken = rule_review.items(store)
    heads = {
        r["id"]: dict(r)
        for r in store.conn.execute(
            "SELECT c.id, c.case_no, ch.name, c.state FROM cases c"
            " LEFT JOIN children ch ON ch.id = c.child_id"
            " WHERE c.deleted=0 AND c.id IN (SELECT case_id FROM sync_rule_reviews)"
        )
    }
    for item in broken:
        if item.case_id not in heads:
            continue
        entry = found.setdefault(item.case_id, {**heads[item.case_id], "reasons": []})
        entry["reasons"].append(Msg("{event}：{message}", event=item.event, message=item.message))
    return sorted(found.values(), key=lambda c: c["case_no"])


_KEEP = object()


def resolve(
    store: Store, key: str, *, op_id: str | None = None, value: Any = _KEEP, note: str = ""
) -> str:
    """Settle a conflict: keep the version `op_id` (or a typed `value`). Returns the resolution id.

    Writes a set op with the chosen value (even if it is already in effect, so it wins on every
    device) and a resolution naming every version seen; both sync like any change."""
    from desktop.store import cases

    conn = store.conn
    row = conn.execute("SELECT * FROM sync_conflicts WHERE key=?", (key,)).fetchone()
    if row is None:
        raise UserError(N_("找不到该待审核项（可能已被处理）"))
    if row["entity"] == "events":
        return _resolve_correction(store, row, op_id, note)
    entity, row_id, fname = row["entity"], row["row_id"], row["field"]
    seen = json.loads(row["ops"])
    if op_id is not None:
        if op_id not in seen:
            raise UserError(N_("所选版本不属于该冲突"))
        got = _version(store, op_id, fname)
        if got is None:
            raise UserError(N_("所选版本不存在"))
        value = got[0]
    elif value is _KEEP:
        raise UserError(N_("请选择要保留的值"))
    current = store.get(entity, row_id)
    if current is None:
        raise UserError(N_("记录不存在"))
    if store.permit is not None:  # the security layer decides who may settle a conflict
        store.permit(store, "update", entity, dict(current))
    child_id = _child_of(store, entity, row_id)
    resolution_id = str(uuid.uuid4())
    with store.transaction():
        base = current_version(conn, entity, row_id, fname)
        op = store.log.op(
            entity=entity,
            row_id=row_id,
            kind=SET,
            actor=store.actor,
            field=fname,
            value=value,
            base=base,
        )
        keep_created_values(conn, entity, row_id, store.synced_columns(entity))
        conn.execute(
            f"UPDATE {entity} SET {fname}=?, updated_at=?, hlc=? WHERE id=?",
            (value, now_iso(), op.hlc, row_id),
        )
        add = store.log.op(
            entity="sync_resolutions", row_id=resolution_id, kind=APPEND, actor=store.actor
        )
        conn.execute(
            "INSERT INTO sync_resolutions(id, conflict, entity, row_id, field, child_id, chosen,"
            " value, seen, note, created_at, created_by, device_id, hlc)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                resolution_id,
                key,
                entity,
                row_id,
                fname,
                child_id,
                op_id or "",
                db.dumps(value),
                json.dumps(sorted(seen)),
                note,
                now_iso(),
                store.actor,
                store.device_id,
                add.hlc,
            ),
        )
        store.log.write([op, add])
        store.after_write(entity, [row_id], {fname})
        refresh_status(conn, [key])
        if entity == "cases":
            cases.refresh(store, [row_id])
        elif entity == "plans":
            cases.refresh(store, [current["case_id"]])
        elif entity == "settings":
            store.invalidate_caches()
    return resolution_id


def _child_of(store: Store, entity: str, row_id: str) -> str | None:
    conn = store.conn
    if entity == "children":
        return row_id
    if entity in ("guardians", "enrolments", "cases"):
        r = conn.execute(f"SELECT child_id FROM {entity} WHERE id=?", (row_id,)).fetchone()
        return r[0] if r else None
    if entity == "plans":
        r = conn.execute(
            "SELECT c.child_id FROM plans p JOIN cases c ON c.id = p.case_id WHERE p.id=?",
            (row_id,),
        ).fetchone()
        return r[0] if r else None
    return None
