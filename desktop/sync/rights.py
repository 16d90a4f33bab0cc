"""Rights of the device that made each op, checked on every import path (a laptop's USB or
folder import and the hub's merge call the same function): scope, role and settings.

Each op is judged by its origin's certificate (county-signed, carried with the ops' segments:
origin.py), not by the device that relays it, so a county laptop relaying a township laptop's
bundle cannot launder what the township laptop may not write.

Scope: a township or school device may only write about children of its own scope. Every op
that is about a child (the child itself, its guardians, enrolments, cases, plans, events,
resolutions) must be about a child that is, or once was, in the origin's scope — judged by
what the importer already holds (its current row and every version of its township and school)
and by the creates the origin itself makes in the bundle (whose values are checked). A child
moving out of the origin's scope is allowed (a transfer); pulling one in is not. Ops about a
child the importer has never seen, and that the bundle does not create, are let through: they
wait in the change log and cannot reveal or change anything. Schools and audit rows are not
scoped.

Settings: the county's settings (desktop.domain.config.SETTINGS, and the code lists
`codes.*`) are changed by county devices only; another device's change is refused (the rule is
desktop/domain/county_settings.py, which the Store also applies when the setting is written).

Role: a school's device does not record the county's decisions (deferral approval, disability
assessment, cross-province notices), as a teacher may not (desktop/security/policy.py).
"""

from __future__ import annotations

import json
from typing import Any

from desktop.domain import county_settings
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Joined, Msg
from desktop.store.repo import Store
from desktop.sync.apply import Staged, StagedOp
from desktop.sync.enrol import ROLES, Cert
from desktop.sync.envelope import BundleRefused
from desktop.sync.export import PREVENTION

_CHILD_COLUMN = {"guardians": "child_id", "enrolments": "child_id", "cases": "child_id"}
# prevention's records about a child (absences, follow-ups, 帮扶 plans…)
_CHILD_COLUMN |= dict.fromkeys(PREVENTION, "child_id")


COUNTY_ROLES = county_settings.COUNTY_ROLES
# County decisions a school's device does not record (as a teacher may not: security/policy.py)
COUNTY_DECISIONS = frozenset({"deferral", "assessment", "notice"})
ROLE_EVENTS_BARRED = {"school": COUNTY_DECISIONS}


def county_setting(key: Any) -> bool:
    return county_settings.is_county_setting(key)


def check(store: Store, certs: dict[str, Cert], staged: Staged) -> None:
    """Raise BundleRefused ('out_of_scope', 'no_right') if an op's origin may not write it.
    `certs`: device id -> verified certificate of every origin of the staged ops."""
    by_origin: dict[str, list[StagedOp]] = {}
    for op in staged.ops:
        by_origin.setdefault(staged.devices[op.origin], []).append(op)
    for device, ops in by_origin.items():
        cert = certs.get(device)
        if cert is None:
            raise BundleRefused(
                Msg(
                    "同步包中设备 {device} 的变更没有它的注册证书，无法核对权限，已拒收",
                    device=device[:8],
                ),
                "no_right",
            )
        who = Msg(
            "设备“{name}”（{role}）",
            name=cert.name or device[:8],
            role=ROLES.get(cert.role, cert.role),
        )
        if cert.role not in COUNTY_ROLES:
            keys = sorted(
                {
                    op.row_id
                    for op in ops
                    if op.entity == "settings"
                    and county_setting(op.row_id)
                    and not _set_up_value(cert, op, staged.cols)
                }
            )
            if keys:
                raise BundleRefused(
                    Joined("", [county_settings.refusal(who, keys), N_("。已拒收该同步包")]),
                    "no_right",
                )
        _role(cert, ops, staged.cols, who)
        _scope(store, cert.scope, ops, staged.cols, who)


def _role(cert: Cert, ops: list[StagedOp], cols: dict[str, list[str]], who: str) -> None:
    """Raise BundleRefused('no_right') if the device's role may not record an op's event."""
    barred = ROLE_EVENTS_BARRED.get(cert.role)
    if not barred or "events" not in cols or "kind" not in cols["events"]:
        return
    i = cols["events"].index("kind")
    kinds = sorted(
        {op.row[i] for op in ops if op.entity == "events" and op.row is not None} & barred
    )
    if kinds:
        from desktop.domain.model import EVENT_LABELS

        names = [EVENT_LABELS.get(k, k) for k in kinds]
        raise BundleRefused(
            Msg(
                "{who}无权登记“{names}”（这是县教育局的决定），已拒收该同步包", who=who, names=names
            ),
            "no_right",
        )


def _set_up_value(cert: Cert, op: StagedOp, cols: dict[str, list[str]]) -> bool:
    """A create of a county setting with the value every device's set-up writes (a new
    laptop's enrolment sets its database up for the county: desktop.store.county)."""
    if op.kind != "c" or op.row is None:
        return False
    values = dict(zip(cols["settings"], op.row, strict=True))
    try:
        value = json.loads(values.get("value") or "null")
    except ValueError:
        return False
    return county_settings.set_up_value(
        op.row_id, value, county_code=cert.county_code, county_name=cert.county_name
    )


def _scope(
    store: Store, scope: Scope, ops: list[StagedOp], cols: dict[str, list[str]], who: str
) -> None:
    """Raise BundleRefused('out_of_scope') if `ops` write outside `scope`."""
    if scope.is_everything:
        return
    conn = store.conn
    created_kids: dict[str, tuple[Any, Any]] = {}  # child id -> (township, school) as created
    case_child: dict[str, Any] = {}  # case id -> child id (from the bundle's creates)
    plan_case: dict[str, Any] = {}
    for op in ops:
        entity, row_id, kind, row = op.entity, op.row_id, op.kind, op.row
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
    for op in ops:
        entity, row_id, kind, row = op.entity, op.row_id, op.kind, op.row
        if entity == "children":
            about.append((entity, row_id, row_id))
        elif entity in _CHILD_COLUMN:
            if kind == "c":
                about.append(
                    (entity, row_id, dict(zip(cols[entity], row or (), strict=True))["child_id"])
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
            Msg(
                "同步包中含有{who}数据范围以外的学生记录（{outside} 名学生），已拒收。请联系县教育局核对该设备的数据范围",
                who=who,
                outside=len(outside),
            ),
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
