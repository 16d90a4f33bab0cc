"""The hub refuses a bundle that carries records outside its sender's scope.

A township or school device may only write about children of its own scope. Every op of a
staged bundle that is about a child (the child itself, its guardians, enrolments, cases, plans,
events, resolutions) must be about a child that is, or once was, in the sender's scope —
judged by what the hub already holds (its current row and every version of its township and
school) and by the creates the sender itself makes in the bundle (whose values are checked).
A child moving out of the sender's scope is allowed (a transfer); pulling one in is not.
Ops about a child the hub has never seen, and that the bundle does not create, are let
through: they wait in the change log and cannot reveal or change anything. Settings, schools
and audit rows are not scoped (they go to everyone / to the county).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain.scope import Scope
from desktop.store.repo import Store
from desktop.sync.apply import Staged
from desktop.sync.enrol import Cert
from desktop.sync.envelope import BundleRefused

_CHILD_COLUMN = {"guardians": "child_id", "enrolments": "child_id", "cases": "child_id"}


def check(store: Store, sender: Cert, manifest: dict[str, Any], staged: Staged) -> None:
    """Raise BundleRefused('out_of_scope') if the bundle writes outside the sender's scope."""
    scope = sender.scope
    if scope.is_everything:
        return
    conn = store.conn
    cols = staged.cols
    created_kids: dict[str, tuple[Any, Any]] = {}  # child id -> (township, school) as created
    case_child: dict[str, Any] = {}  # case id -> child id (from the bundle's creates)
    plan_case: dict[str, Any] = {}
    for op in staged.ops:
        entity, row_id, kind, row = op[3], op[4], op[6], op[10]
        if kind != "c" or row is None:
            continue
        values = dict(zip(cols[entity], row, strict=True))
        if entity == "children":
            created_kids[row_id] = (values.get("township_code"), values.get("school_id"))
        elif entity == "cases":
            case_child[row_id] = values.get("child_id")
        elif entity == "plans":
            plan_case[row_id] = values.get("case_id")

    # which child each op is about (None: not about a child)
    need_rows: dict[str, set[str]] = {}
    about: list[tuple[str, Any, Any]] = []  # (entity, row id, child id or a lookup key)
    for op in staged.ops:
        entity, row_id, kind, row = op[3], op[4], op[6], op[10]
        if entity == "children":
            about.append((entity, row_id, row_id))
        elif entity in _CHILD_COLUMN:
            if kind == "c":
                about.append(
                    (entity, row_id, dict(zip(cols[entity], row, strict=True))["child_id"])
                )
            else:
                need_rows.setdefault(entity, set()).add(row_id)
                about.append((entity, row_id, None))
        elif entity == "plans":
            case_id = plan_case.get(row_id)
            if case_id is None:
                need_rows.setdefault("plans", set()).add(row_id)
            about.append((entity, row_id, ("case", case_id) if case_id else None))
        elif entity in ("events", "sync_resolutions") and row is not None:
            values = dict(zip(cols[entity], row, strict=True))
            if values.get("child_id"):
                about.append((entity, row_id, values["child_id"]))
            elif values.get("case_id"):
                about.append((entity, row_id, ("case", values["case_id"])))

    # the hub's rows for set ops on records the bundle does not create
    owner: dict[tuple[str, str], Any] = {}
    for entity, ids in need_rows.items():
        column = "case_id" if entity == "plans" else "child_id"
        for rid, value in conn.execute(
            f"SELECT id, {column} FROM {entity} WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(ids)),),
        ):
            owner[(entity, rid)] = ("case", value) if entity == "plans" else value
    wanted_cases = {
        key[1]
        for _e, _r, key in about
        if isinstance(key, tuple) and key[1] is not None and key[1] not in case_child
    } | {
        v[1]
        for v in owner.values()
        if isinstance(v, tuple) and v[1] is not None and v[1] not in case_child
    }
    if wanted_cases:
        for cid, kid in conn.execute(
            "SELECT id, child_id FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(wanted_cases)),),
        ):
            case_child[cid] = kid

    def child_of(entity: str, row_id: Any, key: Any) -> Any:
        if key is None:
            key = owner.get((entity, row_id))
        if isinstance(key, tuple):
            return case_child.get(key[1])
        return key

    kids = {child_of(e, r, k) for e, r, k in about} - {None}
    if not kids:
        return
    allowed = _allowed(store, scope, kids, created_kids)
    outside = sorted(k for k in kids if k not in allowed)
    if outside:
        raise BundleRefused(
            f"同步包中含有本机数据范围以外的学生记录（{len(outside)} 名学生），已拒收。"
            "请联系县教育局核对本机的数据范围",
            "out_of_scope",
        )


def _allowed(
    store: Store, scope: Scope, kids: set[str], created: dict[str, tuple[Any, Any]]
) -> set[str]:
    """The children among `kids` the sender may write about."""
    conn = store.conn
    ok: set[str] = set()
    known: set[str] = set()
    param = json.dumps(sorted(kids))
    for kid, township, school in conn.execute(
        "SELECT id, township_code, school_id FROM children WHERE id IN"
        " (SELECT value FROM json_each(?))",
        (param,),
    ):
        known.add(kid)
        if scope.allows(township_code=township, school_id=school):
            ok.add(kid)
    rest = sorted(known - ok)
    if rest:  # once in scope? every version of its township and school the hub holds
        for kid, kind, field, value in conn.execute(
            "SELECT c.row_id, c.kind, c.field, coalesce(c.value, k.value) FROM changes c"
            " LEFT JOIN sync_created k ON k.op = c.seq WHERE c.entity = 'children'"
            " AND c.kind != 'a' AND c.row_id IN (SELECT value FROM json_each(?))",
            (json.dumps(rest),),
        ):
            if value is None:
                continue
            v = json.loads(value)
            if kind == "c" and isinstance(v, dict):
                if scope.allows(township_code=v.get("township_code"), school_id=v.get("school_id")):
                    ok.add(kid)
            elif (
                field == "township_code" and scope.townships is not None and v in scope.townships
            ) or (field == "school_id" and scope.schools is not None and v in scope.schools):
                ok.add(kid)
    for kid in kids - known:
        if kid in created:
            township, school = created[kid]
            if scope.allows(township_code=township, school_id=school):
                ok.add(kid)
        else:
            ok.add(kid)  # never seen here and not created by this bundle: it only waits
    return ok
