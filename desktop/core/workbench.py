"""The Workbench: the one door to the data for every screen, command and background job.

    bench = Workbench.open(path, actor)          # or Workbench(store, actor)
    changes = bench.record_event(case_id, "contact", model.Contact(...), attachments=[...])
    with bench.worker() as job:                  # a background job's own connection
        job.timeline(case_id)

Every write command checks the actor's right to write and its scope (a teacher only the
school's cases, a township account only the township's), then the domain's rules
(store/cases.py), and writes in one transaction — attachments included, so a refused action
leaves nothing behind — and returns `Changes`. The role's finer rules (which tables and event
kinds) are the actor's `permit`, checked by the store under every write.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.actor import LOCAL_ROLE, Actor
from desktop.core.changes import Changes
from desktop.core.lookups import Lookups
from desktop.domain import model
from desktop.domain.casefacts import CaseSummary
from desktop.domain.errors import UserError
from desktop.domain.states import Action, ActionParams, State
from desktop.domain.text import N_, Msg
from desktop.store import cases, corrections, db, queries_case
from desktop.store.queries_case import TimelineEntry
from desktop.store.repo import Store

OUT_OF_SCOPE = N_("这条记录不在您负责的范围内（乡镇或学校），不能修改")
NOT_VISIBLE = N_("案件不存在，或不在您负责的范围内（乡镇或学校）")
CHILD_NOT_VISIBLE = N_("学生不存在，或不在您负责的范围内（乡镇或学校）")


class Refused(UserError):
    """The actor may not do this (role or scope); the message says why, in Chinese."""


@dataclass(frozen=True)
class NewFile:
    """A file to attach, ready to store (an image already downscaled by the caller)."""

    data: bytes
    mime: str
    filename: str
    caption: str = ""


@dataclass(frozen=True)
class EventDetail:
    event_id: str
    kind: str
    occurred_on: str
    payload: dict[str, Any]
    created_by: str
    created_at: str


class Workbench(Lookups):
    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self.path: Path | None = store.path
        _apply(store, actor)

    @classmethod
    def open(cls, path: str | Path, actor: Actor, *, create: bool = False) -> Workbench:
        return cls(Store.open(path, create=create, actor=actor.name), actor)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- worker connections --------------------------------------------------------------

    @contextlib.contextmanager
    def worker(self) -> Iterator[Workbench]:
        """A Workbench on its own connection, for a background job (SQLite connections belong
        to one thread), acting as the same actor; closed when the job ends."""
        if self.path is None:
            raise UserError(N_("数据库没有文件路径，不能在后台打开"))
        bench = Workbench.open(self.path, self.actor)
        try:
            yield bench
        finally:
            bench.close()

    # --- checks --------------------------------------------------------------------------

    def require_write(self) -> None:
        if not self.actor.may_write:
            raise Refused(
                Msg(
                    "当前用户（{role}）无权修改数据（审计员为只读账户）", role=self.actor.role_label
                )
            )

    def _case_for_write(self, case_id: str) -> sqlite3.Row:
        self.require_write()
        case = self.store.get("cases", case_id)
        if case is None or case["deleted"]:
            raise UserError(N_("案件不存在"))
        if not self.actor.scope.allows(
            township_code=case["township_code"], school_id=case["school_id"]
        ):
            raise Refused(OUT_OF_SCOPE)
        return case

    def _child_for_write(self, child_id: str) -> sqlite3.Row:
        self.require_write()
        child = self.store.get("children", child_id)
        if child is None or child["deleted"]:
            raise UserError(N_("学生不存在"))
        if not self.actor.scope.allows(
            township_code=child["township_code"], school_id=child["school_id"]
        ):
            raise Refused(OUT_OF_SCOPE)
        return child

    def _visible(self, row: sqlite3.Row | None) -> bool:
        return (
            row is not None
            and not row["deleted"]
            and self.actor.scope.allows(
                township_code=row["township_code"], school_id=row["school_id"]
            )
        )

    # --- writes --------------------------------------------------------------------------

    def open_case(self, case: model.Case, *, opened_on: dt.date | None = None) -> Changes:
        """Open a case for a child in the actor's scope."""
        self._child_for_write(case.child_id)
        with self.store.transaction():
            case_id = cases.open_case(self.store, case, opened_on=opened_on)
        return Changes.of(case_id, cases=[case_id])

    def save_plan(self, plan: model.Plan) -> Changes:
        self._case_for_write(plan.case_id)
        with self.store.transaction():
            plan_id = cases.save_plan(self.store, plan)
        return Changes.of(plan_id, plans=[plan_id], cases=[plan.case_id])

    def record_event(
        self,
        case_id: str,
        kind: str,
        payload: model.Record | dict[str, Any],
        *,
        occurred_on: str | None = None,
        supersedes: str | None = None,
        attachments: Sequence[NewFile] = (),
    ) -> Changes:
        """Record what happened in a case (a contact, a legal step, a receipt, a return…),
        with its attachments, in one transaction."""
        case = self._case_for_write(case_id)
        if self.actor.permit is not None:  # the role's rule first: is this kind its to record?
            self.actor.permit(
                self.store,
                "append",
                "events",
                {"id": "", "kind": kind, "case_id": case_id, "child_id": case["child_id"]},
            )
        if isinstance(payload, dict):
            payload = model.parse_event(kind, payload)
        with self.store.transaction():
            event_id = cases.record(
                self.store, case_id, kind, payload, occurred_on=occurred_on, supersedes=supersedes
            )
            links, digests = self._attach(case, event_id, attachments)
            if links:
                cases.refresh(self.store, [case_id])
        return Changes.of(event_id, events=[event_id, *links], attachments=digests, cases=[case_id])

    def take_action(
        self,
        case_id: str,
        action: Action,
        params: ActionParams | None = None,
        *,
        attachments: Sequence[NewFile] = (),
    ) -> Changes:
        """Move a case on. Files attached here are evidence of the action: stored in the same
        transaction and named in it, so a refused action stores none of them."""
        case = self._case_for_write(case_id)
        params = params or ActionParams()
        before = {r["id"] for r in self._event_ids(case_id)}
        with self.store.transaction():
            links, digests = self._attach(case, case_id, attachments)
            if links:
                params = ActionParams(
                    approver=params.approver,
                    evidence=(*params.evidence, *links),
                    reason=params.reason,
                    until=params.until,
                    on=params.on,
                    detail=params.detail,
                )
            cases.take_action(self.store, case_id, action, params)
            written = [r["id"] for r in self._event_ids(case_id) if r["id"] not in before]
        touched: dict[str, Any] = {"events": written, "attachments": digests, "cases": [case_id]}
        if action is Action.REGISTER_RETURN:
            touched["children"] = [case["child_id"]]
        return Changes.of(case_id, **touched)

    def attach(self, case_id: str, target_id: str, files: Sequence[NewFile]) -> Changes:
        """Attach files to an event (or the case) already recorded."""
        case = self._case_for_write(case_id)
        with self.store.transaction():
            links, digests = self._attach(case, target_id, files)
            cases.refresh(self.store, [case_id])
        return Changes.of(target_id, events=links, attachments=digests, cases=[case_id])

    def register_child(self, child: model.Child, guardian: model.Guardian | None = None) -> Changes:
        """Register a child (and the first guardian) in the actor's scope, in one transaction:
        a teacher registers the school's pupils, a township account the township's children."""
        self.require_write()
        if not self.actor.scope.allows(
            township_code=child.township_code or None, school_id=child.school_id or None
        ):
            raise Refused(OUT_OF_SCOPE)
        touched: dict[str, list[str]] = {}
        with self.store.transaction():
            child_id = self.store.create("children", child)
            touched["children"] = [child_id]
            if guardian is not None:
                guardian = dataclasses.replace(guardian, child_id=child_id)
                touched["guardians"] = [self.store.create("guardians", guardian)]
        return Changes.of(child_id, **touched)

    def update_child(
        self,
        child_id: str,
        fields: dict[str, Any],
        *,
        seen: dict[str, str | None] | None = None,
        guardian_id: str | None = None,
        guardian_fields: dict[str, Any] | None = None,
    ) -> Changes:
        """Correct a child's record (and its guardian's), as field changes. Without a
        guardian id, guardian fields with a name register the child's first guardian."""
        self._child_for_write(child_id)
        touched: dict[str, list[str]] = {}
        with self.store.transaction():
            if fields and self.store.update("children", child_id, fields, seen=seen):
                touched["children"] = [child_id]
            if guardian_id and guardian_fields:
                guardian = self.store.get("guardians", guardian_id)
                if guardian is None or guardian["child_id"] != child_id:
                    raise UserError(N_("监护人记录不属于该学生"))
                if self.store.update("guardians", guardian_id, guardian_fields):
                    touched["guardians"] = [guardian_id]
            elif guardian_fields and guardian_fields.get("name"):
                new_id = self.store.create(
                    "guardians", model.Guardian(child_id=child_id, **guardian_fields)
                )
                touched["guardians"] = [new_id]
        return Changes.of(child_id, **touched)

    def void(self, event_id: str, *, reason: str) -> Changes:
        """Void (作废) a recorded event, with a reason (store/corrections.py decides who may)."""
        ev = self._event_for_write(event_id)
        with self.store.transaction():
            void_id = corrections.void_event(
                self.store, event_id, reason=reason, role=self._corrections_role()
            )
        return Changes.of(void_id, events=[void_id, event_id], cases=_ids(ev.case_id))

    def correct(
        self,
        event_id: str,
        *,
        reason: str,
        changes: dict[str, Any] | None = None,
        payload: model.Record | dict[str, Any] | None = None,
        occurred_on: str | dt.date | None = None,
    ) -> Changes:
        """Record the corrected version of an event (a new event superseding it)."""
        ev = self._event_for_write(event_id)
        with self.store.transaction():
            new_id = corrections.correct_event(
                self.store,
                event_id,
                reason=reason,
                changes=changes,
                payload=payload,
                occurred_on=occurred_on,
                role=self._corrections_role(),
            )
        return Changes.of(new_id, events=[new_id, event_id], cases=_ids(ev.case_id))

    def _event_for_write(self, event_id: str) -> corrections.EventRow:
        ev = corrections.get_event(self.store, event_id)
        if ev.case_id:
            self._case_for_write(ev.case_id)
        elif ev.child_id:
            self._child_for_write(ev.child_id)
        else:
            self.require_write()
        return ev

    def _corrections_role(self) -> str | None:
        return None if self.actor.role == LOCAL_ROLE else self.actor.role

    def _attach(
        self, case: sqlite3.Row, target_id: str, files: Sequence[NewFile]
    ) -> tuple[list[str], list[str]]:
        links, digests = [], []
        today = dt.date.today().isoformat()
        for f in files:
            digest = self.store.put_attachment(f.data, f.mime)
            digests.append(digest)
            links.append(
                self.store.append_event(
                    "attachment",
                    model.AttachmentLink(
                        target_id=target_id,
                        sha256=digest,
                        filename=f.filename,
                        mime=f.mime,
                        caption=f.caption,
                    ),
                    occurred_on=today,
                    case_id=case["id"],
                    child_id=case["child_id"],
                )
            )
        return links, digests

    def _event_ids(self, case_id: str) -> list[sqlite3.Row]:
        return self.store.conn.execute(
            "SELECT id FROM events WHERE case_id=?", (case_id,)
        ).fetchall()

    # --- reads for output ----------------------------------------------------------------

    def case(self, case_id: str) -> dict[str, Any]:
        """The case's row, if the actor may see it."""
        row = self.store.get("cases", case_id)
        if not self._visible(row):
            raise Refused(NOT_VISIBLE)
        assert row is not None
        return dict(row)

    def can_see_case(self, case_id: str) -> bool:
        """Whether the case exists (not deleted) and is in the actor's scope."""
        return self._visible(self.store.get("cases", case_id))

    def find_case(self, number_or_id: str) -> str:
        """A case's id from its number (or id), within the actor's scope."""
        row = self.store.conn.execute(
            "SELECT * FROM cases WHERE (case_no=? OR id=?) AND deleted=0",
            (number_or_id.strip(), number_or_id.strip()),
        ).fetchone()
        if not self._visible(row):
            raise Refused(
                Msg("找不到案件“{case}”，或不在您负责的范围内（乡镇或学校）", case=number_or_id)
            )
        assert row is not None
        return str(row["id"])

    def child(self, child_id: str) -> dict[str, Any]:
        row = self.store.get("children", child_id)
        if not self._visible(row):
            raise Refused(CHILD_NOT_VISIBLE)
        assert row is not None
        return dict(row)

    def guardians(self, child_id: str) -> list[dict[str, Any]]:
        """The child's guardians, the primary one first."""
        self.child(child_id)
        return [
            dict(r)
            for r in self.store.conn.execute(
                "SELECT * FROM guardians WHERE child_id=? AND deleted=0"
                " ORDER BY is_primary DESC, seq",
                (child_id,),
            )
        ]

    def latest_case_of(self, child_id: str) -> str | None:
        """The child's open case, else the latest closed one."""
        self.child(child_id)
        row = self.store.conn.execute(
            "SELECT id FROM cases WHERE child_id=? AND deleted=0"
            " ORDER BY state='closed', found_on DESC LIMIT 1",
            (child_id,),
        ).fetchone()
        return str(row["id"]) if row else None

    def case_label(self, case_id: str) -> str:
        case = self.case(case_id)
        child = self.store.get("children", case["child_id"])
        return Msg(
            "案件 {case_no}　{name}", case_no=case["case_no"], name=child["name"] if child else ""
        )

    def plan(self, case_id: str) -> dict[str, Any] | None:
        self.case(case_id)
        row = self.store.get("plans", cases.plan_id(case_id))
        return dict(row) if row is not None and not row["deleted"] else None

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """The case's events, newest first, with their summaries and attachments."""
        self.case(case_id)
        return queries_case.timeline(self.store.conn, case_id)

    def event(self, event_id: str) -> EventDetail | None:
        row = self.store.conn.execute(
            "SELECT id, kind, case_id, child_id, occurred_on, payload, created_by, created_at"
            " FROM events WHERE id=?",
            (event_id,),
        ).fetchone()
        if row is None:
            return None
        if row["case_id"]:
            self.case(row["case_id"])
        elif row["child_id"]:
            self.child(row["child_id"])
        return EventDetail(
            row["id"],
            row["kind"],
            row["occurred_on"],
            db.loads(row["payload"]) or {},
            row["created_by"],
            row["created_at"],
        )

    def attachment_data(self, sha256: str) -> tuple[bytes, str] | None:
        row = self.store.conn.execute(
            "SELECT data, mime FROM attachments WHERE sha256=?", (sha256,)
        ).fetchone()
        return (bytes(row["data"]), row["mime"]) if row else None

    def summary(self, case_id: str) -> CaseSummary:
        self.case(case_id)
        return cases.summary(self.store, case_id)

    def actions(self, case_id: str, *, on: dt.date | None = None) -> dict[Action, str | None]:
        """What the case could do now: each action None (allowed) or why not."""
        self.case(case_id)
        return cases.actions(self.store, case_id, on=on)

    def state(self, case_id: str) -> State:
        return State(self.case(case_id)["state"])


def _ids(*ids: str | None) -> list[str]:
    return [i for i in ids if i]


def _apply(store: Store, actor: Actor) -> None:
    """Make a connection act as `actor`: the name on its writes, its scope, its role's rules."""
    store.actor = actor.name
    store.scope = actor.scope
    store.permit = actor.permit
