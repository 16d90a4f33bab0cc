"""Correct (更正) or void (作废) a recorded event, and undo the last one recorded.

Events are immutable: a correction is a new event of the same kind that supersedes the old one,
a voiding is a ``void`` event that supersedes it; both carry a reason, both are ordinary
appended events (change log, audit, sync), and the case's derived facts are recomputed from
the events that still count (domain/casefacts.live_events). Who may and which kinds can be is
the domain's (domain/corrections.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.domain import corrections as rules
from desktop.domain.errors import UserError
from desktop.domain.model import CORRECTION_REASON, EVENT_LABELS, Record, Void, parse_event
from desktop.domain.rules import RuleRefused
from desktop.domain.text import N_, Msg
from desktop.store import cases, db
from desktop.store.repo import Store, compact_payload

# Rules about what the case's state allows now (not about the record itself): a correction of
# an event recorded earlier is not refused by them (a visit of a case closed since).
STATE_NOW_RULES = frozenset({"contact_allowed_in_state", "legal_only_in_dropout_or_persuading"})

AUDIT_CORRECT = "event.correct"
AUDIT_VOID = "event.void"


@dataclass(frozen=True)
class EventRow:
    id: str
    kind: str
    case_id: str | None
    child_id: str | None
    occurred_on: str
    payload: dict[str, Any]
    created_by: str
    created_at: str
    supersedes: str | None


def get_event(store: Store, event_id: str) -> EventRow:
    r = store.conn.execute(
        "SELECT id, kind, case_id, child_id, occurred_on, payload, created_by, created_at,"
        " supersedes FROM events WHERE id=?",
        (event_id,),
    ).fetchone()
    if r is None:
        raise UserError(N_("找不到这条记录（可能尚未同步到本机）"))
    return EventRow(r[0], r[1], r[2], r[3], r[4], db.loads(r[5]), r[6], r[7], r[8])


def successors(store: Store, event_id: str) -> list[tuple[str, str]]:
    """(id, kind) of the events that supersede this one (corrections or a voiding)."""
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT id, kind FROM events WHERE supersedes=? ORDER BY hlc", (event_id,)
        )
    ]


def dependents(store: Store, event_id: str) -> list[str]:
    """Labels of the live records that refer to this event (an attachment, a 回执, a 送达回证,
    a state change citing it as evidence): while there are some, it is not undone silently."""
    ev = get_event(store, event_id)
    col, key = ("case_id", ev.case_id) if ev.case_id else ("child_id", ev.child_id)
    out = []
    for r in store.conn.execute(
        f"SELECT id, kind, payload FROM events WHERE {col}=? AND id != ?", (key, event_id)
    ):
        p = db.loads(r[2])
        refers = (
            p.get("target_id") == event_id
            or p.get("legal_step_id") == event_id
            or p.get("replies_to") == event_id
            or event_id in (p.get("evidence") or ())
        )
        if refers and not successors(store, r[0]):
            out.append(EVENT_LABELS.get(r[1], r[1]))
    return out


def _role(store: Store, role: str | None) -> str | None:
    if role is not None:
        return role
    found = getattr(store.permit, "role", None)  # the signed-in policy, if any
    return None if found is None else str(found)


def _in_scope(store: Store, ev: EventRow) -> bool:
    if store.scope.is_everything:
        return True
    if ev.case_id:
        r = store.conn.execute(
            "SELECT township_code, school_id FROM cases WHERE id=?", (ev.case_id,)
        ).fetchone()
    else:
        r = store.conn.execute(
            "SELECT township_code, school_id FROM children WHERE id=?", (ev.child_id,)
        ).fetchone()
    return r is not None and store.scope.allows(township_code=r[0], school_id=r[1])


def check(
    store: Store,
    event_id: str,
    *,
    verb: str = N_("更正"),
    role: str | None = None,
    today: dt.date | None = None,
) -> EventRow:
    """The event, if the signed-in user may correct/void it now; UserError (Chinese) if not."""
    ev = get_event(store, event_id)
    rules.check_kind(ev.kind, verb=verb)
    later = successors(store, event_id)
    if later:
        what = N_("作废") if any(k == rules.VOID for _i, k in later) else N_("更正")
        raise UserError(Msg("这条记录已被{what}，请在时间线上找到最新的版本再操作", what=what))
    rules.check_may(
        verb=verb,
        role=_role(store, role),
        actor=store.actor,
        author=ev.created_by,
        authored_on=dt.date.fromisoformat(ev.created_at[:10]),
        today=today or dt.date.today(),
        in_scope=_in_scope(store, ev),
    )
    return ev


def _check_date(store: Store, ev: EventRow, on: dt.date, today: dt.date) -> None:
    if on > today:
        raise UserError(Msg("日期（{day}）不能晚于今天", day=on.isoformat()))
    if ev.case_id:
        case = store.get("cases", ev.case_id)
        found = case["found_on"] if case is not None else None
        if found and on.isoformat() < str(found)[:10]:
            raise UserError(
                Msg(
                    "日期（{day}）不能早于立案日期（{opened}）",
                    day=on.isoformat(),
                    opened=str(found)[:10],
                )
            )


def correct_event(
    store: Store,
    event_id: str,
    *,
    reason: str,
    changes: dict[str, Any] | None = None,
    payload: Record | dict[str, Any] | None = None,
    occurred_on: str | dt.date | None = None,
    role: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Record the corrected version of an event (a new event superseding it); its id.

    `payload` replaces the record whole; `changes` changes some of its fields; `occurred_on`
    moves its date. The reason is required; nothing changes if any check fails."""
    text = rules.check_reason(reason, verb=N_("更正"))
    today = today or dt.date.today()
    ev = check(store, event_id, verb=N_("更正"), role=role, today=today)
    old = {k: v for k, v in ev.payload.items() if k != CORRECTION_REASON}
    if payload is None:
        new = {**old, **(changes or {})}
    else:
        new = payload.to_record() if isinstance(payload, Record) else dict(payload)
    record = parse_event(ev.kind, new)
    record.validate()
    when = ev.occurred_on
    if occurred_on is not None:
        on = (
            occurred_on
            if isinstance(occurred_on, dt.date)
            else dt.date.fromisoformat(str(occurred_on)[:10])
        )
        _check_date(store, ev, on, today)
        # a datetime keeps its time of day unless a new one is given
        given = str(occurred_on) if not isinstance(occurred_on, dt.date) else ""
        when = given if len(given) > 10 else on.isoformat() + ev.occurred_on[10:]
    before = parse_event(ev.kind, old).to_record()
    if record.to_record() == before and when == ev.occurred_on:
        raise UserError(N_("更正的内容与原记录相同，没有需要更正的地方"))
    if ev.case_id:  # the corrected record obeys the policy's rules, as a new one would
        try:
            cases.check_event(
                store,
                ev.case_id,
                ev.kind,
                record.to_record(),
                occurred_on=when,
                excluding=ev.id,
                today=today,
            )
        except RuleRefused as exc:
            # except those about the case's state now: the event happened when it was allowed
            left = [r for r in exc.refusals if r.rule not in STATE_NOW_RULES]
            if left:
                raise RuleRefused(left) from None
    with store.transaction():
        new_id = store.append_event(
            ev.kind,
            record,
            occurred_on=when,
            case_id=ev.case_id,
            child_id=ev.child_id,
            supersedes=ev.id,
            correction_reason=text,
        )
        store.audit(
            AUDIT_CORRECT,
            entity="events",
            row_id=new_id,
            detail={"reason": text, "supersedes": ev.id, "kind": ev.kind},
        )
        if ev.case_id:
            cases.refresh(store, [ev.case_id])
    return new_id


def void_event(
    store: Store,
    event_id: str,
    *,
    reason: str,
    role: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Void (作废) an event with a reason: a ``void`` event superseding it; its id."""
    text = rules.check_reason(reason, verb=N_("作废"))
    ev = check(store, event_id, verb=N_("作废"), role=role, today=today)
    with store.transaction():
        void_id = store.append_event(
            rules.VOID,
            Void(reason=text, voided_kind=ev.kind),
            occurred_on=ev.occurred_on,
            case_id=ev.case_id,
            child_id=ev.child_id,
            supersedes=ev.id,
        )
        store.audit(
            AUDIT_VOID,
            entity="events",
            row_id=ev.id,
            detail={"reason": text, "void": void_id, "kind": ev.kind},
        )
        if ev.case_id:
            cases.refresh(store, [ev.case_id])
    return void_id


def undo_event(store: Store, event_id: str, *, today: dt.date | None = None) -> str:
    """Undo (撤销) an event this user just recorded: a voiding with the reason 撤销, refused
    while another record refers to it."""
    ev = get_event(store, event_id)
    if ev.created_by != store.actor:
        raise UserError(N_("只能撤销自己刚登记的记录"))
    found = dependents(store, event_id)
    if found:
        raise UserError(
            Msg(
                "这条记录已被其他记录引用（{found}），不能撤销；如需作废请先处理引用它的记录",
                found=tuple(found),
            )
        )
    return void_event(store, event_id, reason=rules.UNDO_REASON, today=today)


def recent_duplicate(
    store: Store,
    *,
    case_id: str,
    kind: str,
    payload: Record,
    occurred_on: str,
    within_seconds: int = 60,
    now: dt.datetime | None = None,
) -> str | None:
    """The id of a live event this user saved in the last minute that is the same record (same
    case, kind, day and content), or None: saving it again is most likely a double click."""
    now = now or dt.datetime.now().astimezone()
    same = db.dumps(compact_payload(payload.to_record()))
    for r in store.conn.execute(
        "SELECT id, payload, created_at FROM events WHERE case_id=? AND kind=? AND created_by=?"
        " AND substr(occurred_on, 1, 10)=? AND id NOT IN"
        " (SELECT supersedes FROM events WHERE supersedes IS NOT NULL AND case_id=?)"
        " ORDER BY seq DESC LIMIT 20",
        (case_id, kind, store.actor, occurred_on[:10], case_id),
    ):
        saved = dt.datetime.fromisoformat(r["created_at"])
        if abs((now - saved).total_seconds()) <= within_seconds and r["payload"] == same:
            return str(r["id"])
    return None


def attachments_of(store: Store, event_id: str) -> list[str]:
    """File names attached to the event or to an earlier version it corrects (not voided)."""
    chain, current = [event_id], event_id
    while True:
        row = store.conn.execute("SELECT supersedes FROM events WHERE id=?", (current,)).fetchone()
        if row is None or not row[0] or row[0] in chain:
            break
        current = row[0]
        chain.append(current)
    marks = ",".join("?" * len(chain))
    return [
        str(r[0])
        for r in store.conn.execute(
            "SELECT json_extract(payload, '$.filename') FROM events a WHERE kind='attachment'"
            f" AND json_extract(payload, '$.target_id') IN ({marks}) AND NOT EXISTS"
            " (SELECT 1 FROM events v WHERE v.supersedes = a.id) ORDER BY seq",
            chain,
        )
    ]


def attachment_link(store: Store, target_id: str, sha256: str) -> str | None:
    """The live event attaching the file `sha256` to `target_id` (an event or a case)."""
    row = store.conn.execute(
        "SELECT id FROM events a WHERE kind='attachment'"
        " AND json_extract(payload, '$.target_id')=? AND json_extract(payload, '$.sha256')=?"
        " AND NOT EXISTS (SELECT 1 FROM events v WHERE v.supersedes = a.id)"
        " ORDER BY seq DESC LIMIT 1",
        (target_id, sha256),
    ).fetchone()
    return str(row[0]) if row else None
