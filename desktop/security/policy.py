"""Roles and what each may see and do: the one place it is decided, below the UI.

A signed-in user's `Policy` is installed on every Store of the process (`Store.permit`,
`Store.scope`; see session.py), so the same rule holds for a screen, a background job and
a command: a teacher sees and changes only the students of the school, a township cadre only
the township, a read-only auditor changes nothing (only the audit trail records what the
auditor looked at or exported).

What is decided here:
- `Role.scope(user)`: the rows a user may see (desktop.domain.scope.Scope);
- `Policy.can(action)` / `require(action)`: actions outside the store (print, export,
  import, sync, backup, restore, users, settings, audit view);
- `Policy.__call__` (the Store's permit hook): every create, update, event, attachment and
  audit entry, by role (which tables and event kinds) and by scope (whose row it is).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.domain import prevention
from desktop.domain.errors import UserError
from desktop.domain.model import EVENT_KINDS
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Msg

if TYPE_CHECKING:
    from desktop.store.repo import Store


class PermissionDenied(UserError):
    """The signed-in user's role or area does not allow this."""


class Role(enum.StrEnum):
    COUNTY_ADMIN = "county_admin"
    TOWNSHIP_CADRE = "township_cadre"
    VILLAGE_CADRE = "village_cadre"
    TEACHER = "teacher"
    AUDITOR = "auditor"


ROLE_LABELS = {
    Role.COUNTY_ADMIN: N_("县级管理员"),
    Role.TOWNSHIP_CADRE: N_("乡镇干部"),
    Role.VILLAGE_CADRE: N_("村干部"),
    Role.TEACHER: N_("教师"),
    Role.AUDITOR: N_("审计员（只读）"),
}

# Actions outside the store, with the words a refusal uses.
ACTION_LABELS = {
    "print": N_("打印文书"),
    "export": N_("导出数据"),
    "import": N_("导入名册"),
    "sync": N_("同步数据"),
    "backup": N_("备份数据库"),
    "restore": N_("从备份恢复"),
    "users": N_("管理用户"),
    "settings": N_("修改县级设置"),
    "audit.view": N_("查看审计记录"),
    "audit.export": N_("导出审计记录"),
    "encrypt": N_("加密数据库"),
    "write": N_("修改数据"),
}

_ALL_ACTIONS = frozenset(ACTION_LABELS)
ACTIONS: dict[Role, frozenset[str]] = {
    Role.COUNTY_ADMIN: _ALL_ACTIONS,
    Role.TOWNSHIP_CADRE: frozenset({"print", "export", "import", "sync", "backup", "write"}),
    Role.VILLAGE_CADRE: frozenset({"sync", "backup", "write"}),
    Role.TEACHER: frozenset({"print", "export", "import", "sync", "backup", "write"}),
    Role.AUDITOR: frozenset({"audit.view", "audit.export", "export"}),
}

# Tables each role may write (create/update), and event kinds it may record.
_CASE_WORK = frozenset({"children", "guardians", "enrolments", "cases", "plans"})
# Prevention's records (schema_prevention): kept by schools, townships and the county.
_PREVENTION = frozenset(
    {"absences", "absence_registers", "absence_followups", "absence_proposals"}
    | {"risk_facts", "support_plans", "support_reviews"}
)
TABLES: dict[Role, frozenset[str]] = {
    Role.COUNTY_ADMIN: frozenset({"settings", "schools", *_CASE_WORK, *_PREVENTION}),
    Role.TOWNSHIP_CADRE: _CASE_WORK | _PREVENTION,
    Role.VILLAGE_CADRE: frozenset({"children", "guardians", "cases"}),
    Role.TEACHER: _CASE_WORK | _PREVENTION,
    Role.AUDITOR: frozenset(),
}
# Updates (as opposed to creating): a village cadre reports a suspected case but does not edit it.
UPDATE_TABLES: dict[Role, frozenset[str]] = {
    **TABLES,
    Role.VILLAGE_CADRE: frozenset({"children", "guardians"}),
}
_ALL_KINDS = frozenset(EVENT_KINDS)
EVENTS: dict[Role, frozenset[str]] = {
    Role.COUNTY_ADMIN: _ALL_KINDS,
    Role.TOWNSHIP_CADRE: _ALL_KINDS,
    # "void": a village cadre may void what they recorded that day (domain/corrections.py)
    Role.VILLAGE_CADRE: frozenset({"contact", "follow_up", "attachment", "void"}),
    # County decisions (deferral approval, disability assessment, cross-province notices) are not
    # the school's.
    Role.TEACHER: _ALL_KINDS - {"deferral", "assessment", "notice"},
    Role.AUDITOR: frozenset(),
}
# Settings any writer may change on the device (display preferences), not county rules.
PERSONAL_SETTINGS = ("ui.",)


@dataclass(frozen=True)
class Area:
    """Where a user works: township codes (12 digits), village codes, school ids."""

    townships: tuple[str, ...] = ()
    villages: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()


def scope_of(role: Role, area: Area) -> Scope:
    """What a user of this role in this area may see."""
    if role in (Role.COUNTY_ADMIN, Role.AUDITOR):
        return Scope.everything()
    if role is Role.TEACHER:
        return Scope.school(*area.schools)
    townships = set(area.townships)
    if role is Role.VILLAGE_CADRE:
        # Scope has no village level: a village cadre sees the township the village is in.
        townships |= {v[:9] + "000" for v in area.villages if len(v) == 12}
    return Scope.township(*sorted(townships))


def check_area(role: Role, area: Area) -> None:
    """A user's area must name where a scoped role works."""
    if role is Role.TEACHER and not area.schools:
        raise UserError(N_("教师账户必须指定所在学校"))
    if role is Role.TOWNSHIP_CADRE and not area.townships:
        raise UserError(N_("乡镇干部账户必须指定乡镇"))
    if role is Role.VILLAGE_CADRE and not (area.villages or area.townships):
        raise UserError(N_("村干部账户必须指定村"))


@dataclass
class Policy:
    """The rules for one signed-in user; installed as every Store's `permit` hook."""

    role: Role
    area: Area = field(default_factory=Area)
    who: str = ""

    @property
    def scope(self) -> Scope:
        return scope_of(self.role, self.area)

    def can(self, action: str) -> bool:
        return action in ACTIONS[self.role]

    def require(self, action: str) -> None:
        if not self.can(action):
            raise self._denied(ACTION_LABELS.get(action, action))

    def _denied(self, what: str) -> PermissionDenied:
        return PermissionDenied(
            Msg("当前用户（{role}）无权{what}", role=ROLE_LABELS[self.role], what=what)
        )

    # --- the Store's permit hook -----------------------------------------------------------

    def __call__(self, store: Store, verb: str, entity: str, row: Mapping[str, Any]) -> None:
        if verb == "audit":
            return  # recording what someone did is never refused (an auditor's views too)
        if self.role is Role.AUDITOR:
            raise self._denied(N_("修改数据（审计员为只读账户）"))
        if verb == "append" and entity == "events":
            kind = str(row.get("kind", ""))
            if kind not in EVENTS[self.role]:
                label = _event_label(kind)
                raise self._denied(Msg("登记“{label}”", label=label))
            self._check_row_scope(store, "events", row)
            return
        if verb == "append" and entity == "attachments":
            return
        if entity == "settings":
            key = str(row.get("id", ""))
            if key.startswith(PERSONAL_SETTINGS) or self.role is Role.COUNTY_ADMIN:
                return
            raise self._denied(N_("修改县级设置"))
        allowed = UPDATE_TABLES if verb == "update" else TABLES
        if entity not in allowed[self.role]:
            raise self._denied(
                Msg(
                    "修改{table}" if verb == "update" else "新建{table}",
                    table=_TABLE_LABELS.get(entity, entity),
                )
            )
        self._check_row_scope(store, entity, row)

    def _check_row_scope(self, store: Store, entity: str, row: Mapping[str, Any]) -> None:
        scope = self.scope
        if scope.is_everything:
            return
        township, school = _row_place(store, entity, row)
        if not scope.allows(township_code=township, school_id=school):
            raise PermissionDenied(N_("这条记录不在您负责的范围内（乡镇或学校），不能修改"))


_TABLE_LABELS = {
    "settings": N_("设置"),
    "schools": N_("学校"),
    "children": N_("学生"),
    "guardians": N_("监护人"),
    "enrolments": N_("学籍记录"),
    "cases": N_("案件"),
    "plans": N_("一人一案工作方案"),
    **prevention.TABLE_LABELS,
}


def _event_label(kind: str) -> str:
    from desktop.domain.model import EVENT_LABELS

    return EVENT_LABELS.get(kind, kind)


def _row_place(store: Store, entity: str, row: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The township and school a row belongs to (for scope), looked up through its child/case."""
    if entity in ("children", "cases"):
        if entity == "cases" and not row.get("township_code") and row.get("child_id"):
            return _child_place(store, row["child_id"])
        return row.get("township_code") or None, row.get("school_id") or None
    if entity == "plans":
        return _case_place(store, row.get("case_id"))
    if entity == "enrolments":
        township, school = _child_place(store, row.get("child_id"))
        return township, row.get("school_id") or school
    if entity == "absence_registers":  # a class's register: its school
        school = row.get("school_id") or None
        r = store.conn.execute("SELECT township_code FROM schools WHERE id=?", (school,)).fetchone()
        return (r[0] if r else None), school
    if entity == "guardians" or entity in _PREVENTION:
        return _child_place(store, row.get("child_id"))
    if entity == "events":
        if row.get("case_id"):
            return _case_place(store, row["case_id"])
        return _child_place(store, row.get("child_id"))
    return None, None


def _child_place(store: Store, child_id: Any) -> tuple[str | None, str | None]:
    if not child_id:
        return None, None
    r = store.conn.execute(
        "SELECT township_code, school_id FROM children WHERE id=?", (child_id,)
    ).fetchone()
    return (r[0], r[1]) if r else (None, None)


def _case_place(store: Store, case_id: Any) -> tuple[str | None, str | None]:
    if not case_id:
        return None, None
    r = store.conn.execute(
        "SELECT township_code, school_id FROM cases WHERE id=?", (case_id,)
    ).fetchone()
    return (r[0], r[1]) if r else (None, None)
