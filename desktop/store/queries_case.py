"""Read-only queries for the child and case page: the timeline, event summaries, and the
children who may be the one about to be created (duplicate check)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import codes
from desktop.domain.model import CORRECTION_REASON, EVENT_LABELS
from desktop.domain.states import (
    ACTION_LABELS,
    OUTCOME_LABELS,
    STATE_LABELS,
    Action,
    Outcome,
    State,
)
from desktop.store import db

# --- timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    event_id: str
    kind: str
    label: str
    occurred_on: str
    summary: str
    created_by: str
    superseded: bool
    attachments: tuple[tuple[str, str, str], ...]  # (sha256, filename, mime)
    # corrections: "voided" (作废), "corrected" (a later version exists), "correction" (this
    # version corrects an earlier one), or ""; note: the reason given
    status: str = ""
    note: str = ""


def timeline(conn: sqlite3.Connection, case_id: str) -> list[TimelineEntry]:
    """Every event of a case, newest first, with a one-line Chinese summary."""
    rows = conn.execute(
        "SELECT id, kind, occurred_on, payload, supersedes, created_by, hlc FROM events"
        " WHERE case_id = ? ORDER BY occurred_on DESC, hlc DESC",
        (case_id,),
    ).fetchall()
    superseded = {r["supersedes"] for r in rows if r["supersedes"]}
    voided: dict[str, str] = {}  # event id -> reason
    for r in rows:
        if r["kind"] == "void" and r["supersedes"] and r["id"] not in superseded:
            voided[r["supersedes"]] = db.loads(r["payload"]).get("reason", "")
    attached: dict[str, list[tuple[str, str, str]]] = {}
    for r in rows:
        if r["kind"] == "attachment" and r["id"] not in superseded:
            p = db.loads(r["payload"])
            attached.setdefault(p.get("target_id", ""), []).append(
                (p.get("sha256", ""), p.get("filename", ""), p.get("mime", ""))
            )
    out = []
    for r in rows:
        payload = db.loads(r["payload"])
        status, note = "", ""
        if r["id"] in voided:
            status, note = "voided", voided[r["id"]]
        elif r["id"] in superseded:
            status = "corrected"
        elif r["supersedes"] and r["kind"] != "void":
            status, note = "correction", payload.get(CORRECTION_REASON, "")
        out.append(
            TimelineEntry(
                event_id=r["id"],
                kind=r["kind"],
                label=EVENT_LABELS.get(r["kind"], r["kind"]),
                occurred_on=r["occurred_on"],
                summary=event_summary(r["kind"], payload),
                created_by=r["created_by"],
                superseded=r["id"] in superseded,
                attachments=tuple(attached.get(r["id"], ())),
                status=status,
                note=note,
            )
        )
    return out


def _labels(code_list: codes.CodeList, values: Sequence[str] | None) -> str:
    return "、".join(code_list.label(v) for v in values or ())


def when(value: str) -> str:
    """A stored date or time as a person reads it: 2026年12月3日 06:46 (not 2026-12-03T06:46)."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    day = f"{moment.year}年{moment.month}月{moment.day}日"
    return day if len(value) <= 10 else f"{day} {moment:%H:%M}"


def event_summary(kind: str, p: dict[str, Any]) -> str:
    """One line a person reads in the timeline."""
    if kind == "contact":
        parts = [codes.CONTACT_KINDS.label(p.get("kind", "home_visit"))]
        if p.get("departments"):
            parts.append(f"部门：{_labels(codes.DEPARTMENTS, p['departments'])}")
        if p.get("participants"):
            parts.append(f"参与：{'、'.join(p['participants'])}")
        if p.get("result"):
            parts.append(f"结果：{codes.CONTACT_RESULTS.label(p['result'])}")
        if p.get("findings"):
            parts.append(p["findings"])
        if p.get("next_date"):
            parts.append(f"下次：{p['next_date']}")
        return "；".join(parts)
    if kind == "legal_step":
        parts = [codes.LEGAL_STEPS.label(p.get("step", "education"))]
        for key, label in (("doc_no", "编号"), ("issuer", "发文"), ("deadline", "期限")):
            if p.get(key):
                parts.append(f"{label}：{p[key]}")
        return "；".join(parts)
    if kind == "service_receipt":
        return "；".join(
            x
            for x in (
                f"{p.get('doc_name', '')} {p.get('doc_no', '')}".strip(),
                f"受送达人：{p.get('recipient', '')}",
                codes.SERVICE_METHODS.label(p.get("method", "direct")),
                f"送达时间：{when(p.get('served_at', ''))}",
            )
            if x
        )
    if kind == "return":
        return (
            f"复学日期 {p.get('return_date', '')}；{codes.GRADES.label(p.get('grade', ''))}"
            f"{p.get('class_name', '')}；安置：{codes.PLACEMENTS.label(p.get('placement', ''))}"
        )
    if kind == "follow_up":
        att = "在校" if p.get("attending", True) else "未在校"
        return f"{att}；{p.get('note', '')}" + (
            f"；帮扶：{_labels(codes.HELP_MEASURES, p.get('help_given'))}"
            if p.get("help_given")
            else ""
        )
    if kind == "support":
        return f"{codes.SUPPORT_KINDS.label(p.get('kind', ''))} {p.get('amount', '')}元 {p.get('period', '')}".strip()
    if kind == "deferral":
        what = "延缓入学" if p.get("kind") == "defer_entry" else "休学"
        return f"{what}至 {p.get('until', '')}；原因：{p.get('reason', '')}"
    if kind == "home_teaching":
        return f"{p.get('hours', '')}课时；教师：{'、'.join(p.get('teachers', ()))}；{p.get('content', '')}"
    if kind == "assessment":
        return f"评估结论：{p.get('conclusion', '')}"
    if kind == "notice":
        direction = {"sent": "发出", "received": "收到", "receipt": "回执"}.get(
            p.get("direction", ""), ""
        )
        return f"{direction}告知函；对方：{p.get('counterpart', '')} {p.get('doc_no', '')}".strip()
    if kind == "void":
        return f"作废；原因：{p.get('reason', '')}"
    if kind == "transition":
        try:
            action = ACTION_LABELS[Action(p.get("action", ""))]
            to = STATE_LABELS[State(p.get("to_state", ""))]
        except ValueError:
            return str(p.get("action", ""))
        extra = f"；审批：{p['approver']}" if p.get("approver") else ""
        if p.get("until"):
            extra += f"；至 {p['until']}"
        return f"{action} → {to}{extra}"
    if kind == "attachment":
        return f"{p.get('filename', '')} {p.get('caption', '')}".strip()
    if kind == "document":
        return f"{codes.DOCUMENT_TITLES.label(p.get('template', ''))} {p.get('number', '')}".strip()
    return ""


def outcome_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return OUTCOME_LABELS[Outcome(value)]
    except ValueError:
        return value


# --- finding a child before creating one --------------------------------------------------


@dataclass(frozen=True)
class PossibleDuplicate:
    child_id: str
    name: str
    birth_date: str
    village: str
    id_number: str
    reason: str


def possible_duplicates(
    conn: sqlite3.Connection,
    *,
    name: str,
    birth_date: str = "",
    id_number: str = "",
    village_code: str = "",
    pinyin: Sequence[str] = (),
    limit: int = 20,
) -> list[PossibleDuplicate]:
    """Children who may be the one about to be created: same ID; same name, birth date and
    village; a name read the same (pinyin) with the same birth date or village."""
    found: dict[str, PossibleDuplicate] = {}
    sql = (
        "SELECT ch.id, ch.name, ch.birth_date, ch.id_number, coalesce(v.name,'') AS village"
        " FROM children ch LEFT JOIN regions v ON v.code = ch.village_code WHERE ch.deleted = 0 AND "
    )

    def add(rows: list[sqlite3.Row], reason: str) -> None:
        for r in rows:
            if r["id"] not in found:
                found[r["id"]] = PossibleDuplicate(
                    r["id"], r["name"], r["birth_date"] or "", r["village"], r["id_number"], reason
                )

    if id_number:
        add(conn.execute(sql + "ch.id_number = ?", (id_number,)).fetchall(), "身份证号相同")
    if name and birth_date:
        add(
            conn.execute(sql + "ch.name = ? AND ch.birth_date = ?", (name, birth_date)).fetchall(),
            "姓名和出生日期相同",
        )
    if name and village_code:
        add(
            conn.execute(
                sql + "ch.name = ? AND ch.village_code = ?", (name, village_code)
            ).fetchall(),
            "同村同名",
        )
    if pinyin and (birth_date or village_code):
        marks = ",".join("?" * len(pinyin))
        rows = conn.execute(
            sql.replace("WHERE", "JOIN child_search cs ON cs.child_seq = ch.seq WHERE")
            + "(ch.birth_date = ? OR ch.village_code = ?) AND ("
            + " OR ".join(["(' ' || cs.pinyin || ' ') LIKE ?"] * len(pinyin))
            + ") LIMIT ?",
            [birth_date or "-", village_code or "-", *[f"% {p} %" for p in pinyin], limit],
        ).fetchall()
        del marks
        add(rows, "姓名拼音相同（同音字）")
    return list(found.values())[:limit]
