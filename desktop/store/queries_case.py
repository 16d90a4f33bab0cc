"""Read-only queries for the child and case page: the timeline, event summaries, and the
children who may be the one about to be created (duplicate check)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import codes
from desktop.domain.model import CORRECTION_REASON, EVENT_LABELS
from desktop.domain.scope import Scope
from desktop.domain.states import (
    ACTION_LABELS,
    OUTCOME_LABELS,
    STATE_LABELS,
    Action,
    Outcome,
    State,
)
from desktop.domain.text import N_, Joined, Msg
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


def _labels(code_list: codes.CodeList, values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(code_list.label(v) for v in values or ())


def when(value: str) -> str:
    """A stored date or time as a person reads it: 2026年12月3日 06:46 (not 2026-12-03T06:46)."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value or ""
    day = Msg("{year}年{month}月{day}日", year=moment.year, month=moment.month, day=moment.day)
    return day if len(value) <= 10 else Joined(" ", [day, f"{moment:%H:%M}"])


def _part(template: str, value: object, **more: object) -> str:
    """`template` with {value} filled, or "" when there is no value."""
    return Msg(template, value=value, **more) if value else ""


_NOTICE_DIRECTIONS = {
    "sent": N_("发出告知函"),
    "received": N_("收到告知函"),
    "receipt": N_("回执告知函"),
}


def event_summary(kind: str, p: dict[str, Any]) -> str:
    """One line a person reads in the timeline (marked texts: the interface translates it)."""
    if kind == "contact":
        return Joined(
            "；",
            [
                codes.CONTACT_KINDS.label(p.get("kind", "home_visit")),
                _part(N_("部门：{value}"), _labels(codes.DEPARTMENTS, p.get("departments"))),
                _part(N_("参与：{value}"), tuple(p.get("participants") or ())),
                _part(N_("结果：{value}"), codes.CONTACT_RESULTS.label(p.get("result"))),
                p.get("findings") or "",
                _part(N_("下次：{value}"), p.get("next_date")),
            ],
        )
    if kind == "legal_step":
        return Joined(
            "；",
            [
                codes.LEGAL_STEPS.label(p.get("step", "education")),
                _part(N_("编号：{value}"), p.get("doc_no")),
                _part(N_("发文：{value}"), p.get("issuer")),
                _part(N_("期限：{value}"), p.get("deadline")),
            ],
        )
    if kind == "service_receipt":
        return Joined(
            "；",
            [
                Joined(" ", [p.get("doc_name", ""), p.get("doc_no", "")]),
                Msg("受送达人：{value}", value=p.get("recipient", "")),
                codes.SERVICE_METHODS.label(p.get("method", "direct")),
                Msg("送达时间：{value}", value=when(p.get("served_at", ""))),
            ],
        )
    if kind == "return":
        return Joined(
            "；",
            [
                Msg("复学日期 {value}", value=p.get("return_date", "")),
                Joined("", [codes.GRADES.label(p.get("grade", "")), p.get("class_name", "")]),
                Msg("安置：{value}", value=codes.PLACEMENTS.label(p.get("placement", ""))),
            ],
        )
    if kind == "follow_up":
        return Joined(
            "；",
            [
                N_("在校") if p.get("attending", True) else N_("未在校"),
                p.get("note", ""),
                _part(N_("帮扶：{value}"), _labels(codes.HELP_MEASURES, p.get("help_given"))),
            ],
        )
    if kind == "support":
        return Joined(
            " ",
            [
                codes.SUPPORT_KINDS.label(p.get("kind", "")),
                _part(N_("{value}元"), p.get("amount")),
                p.get("period", ""),
            ],
        )
    if kind == "deferral":
        what = N_("延缓入学") if p.get("kind") == "defer_entry" else N_("休学")
        return Joined(
            "；",
            [
                Msg("{what}至 {value}", what=what, value=p.get("until", "")),
                Msg("原因：{value}", value=p.get("reason", "")),
            ],
        )
    if kind == "home_teaching":
        return Joined(
            "；",
            [
                Msg("{value}课时", value=p.get("hours", "")),
                Msg("教师：{value}", value=tuple(p.get("teachers", ()))),
                p.get("content", ""),
            ],
        )
    if kind == "assessment":
        return Msg("评估结论：{value}", value=p.get("conclusion", ""))
    if kind == "notice":
        return Joined(
            "；",
            [
                _NOTICE_DIRECTIONS.get(p.get("direction", ""), N_("告知函")),
                Msg(
                    "对方：{value}",
                    value=Joined(" ", [p.get("counterpart", ""), p.get("doc_no", "")]),
                ),
            ],
        )
    if kind == "void":
        return Msg("作废；原因：{value}", value=p.get("reason", ""))
    if kind == "transition":
        try:
            action = ACTION_LABELS[Action(p.get("action", ""))]
            to = STATE_LABELS[State(p.get("to_state", ""))]
        except ValueError:
            return str(p.get("action", ""))
        return Joined(
            "；",
            [
                Msg("{action} → {to}", action=action, to=to),
                _part(N_("审批：{value}"), p.get("approver")),
                _part(N_("至 {value}"), p.get("until")),
            ],
        )
    if kind == "attachment":
        return Joined(" ", [p.get("filename", ""), p.get("caption", "")])
    if kind == "document":
        return Joined(
            " ", [codes.DOCUMENT_TITLES.label(p.get("template", "")), p.get("number", "")]
        )
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
    outside: bool = False  # registered outside the scope: who it is is not told


def possible_duplicates(
    conn: sqlite3.Connection,
    *,
    name: str,
    birth_date: str = "",
    id_number: str = "",
    village_code: str = "",
    pinyin: Sequence[str] = (),
    limit: int = 20,
    scope: Scope | None = None,
) -> list[PossibleDuplicate]:
    """Children who may be the one about to be created: same ID; same name, birth date and
    village; a name read the same (pinyin) with the same birth date or village. One outside
    `scope` is told as such, without who it is (no id, name, birth date, village, ID)."""
    found: dict[str, PossibleDuplicate] = {}
    sql = (
        "SELECT ch.id, ch.name, ch.birth_date, ch.id_number, coalesce(v.name,'') AS village,"
        " ch.township_code, ch.school_id"
        " FROM children ch LEFT JOIN regions v ON v.code = ch.village_code WHERE ch.deleted = 0 AND "
    )

    def add(rows: list[sqlite3.Row], reason: str) -> None:
        for r in rows:
            if r["id"] in found:
                continue
            if scope is None or scope.allows(
                township_code=r["township_code"], school_id=r["school_id"]
            ):
                found[r["id"]] = PossibleDuplicate(
                    r["id"], r["name"], r["birth_date"] or "", r["village"], r["id_number"], reason
                )
            else:
                found[r["id"]] = PossibleDuplicate("", "", "", "", "", reason, outside=True)

    if id_number:
        add(conn.execute(sql + "ch.id_number = ?", (id_number,)).fetchall(), N_("身份证号相同"))
    if name and birth_date:
        add(
            conn.execute(sql + "ch.name = ? AND ch.birth_date = ?", (name, birth_date)).fetchall(),
            N_("姓名和出生日期相同"),
        )
    if name and village_code:
        add(
            conn.execute(
                sql + "ch.name = ? AND ch.village_code = ?", (name, village_code)
            ).fetchall(),
            N_("同村同名"),
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
        add(rows, N_("姓名拼音相同（同音字）"))
    return list(found.values())[:limit]
