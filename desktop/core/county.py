"""The county office's work through the Workbench: the rule-violation list, the county plan
(一县一案), the 挂牌督战 regions and the oversight report (督导).

    from desktop.core import county
    county.violations(bench)                       # the same list as `kcbx check --rules`
    county.save_plan(bench, 2026, [Target(...)])   # county roles only; validated; audited
    county.oversight_facts(bench)                  # what desktop/reports/oversight.py counts

Reading is open to the county's roles (county administrator, auditor, a database without
accounts); writing the plan and the priority regions to the county administrator only. A
refusal is a `Refused` with a Chinese reason, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.core.actor import LOCAL_ROLE
from desktop.core.workbench import Refused, Workbench
from desktop.domain import county_plan as rules
from desktop.domain.errors import ValidationError
from desktop.domain.text import N_, Msg
from desktop.store import county_plan, queries
from desktop.store.rule_check import Violation

COUNTY_ADMIN = "county_admin"
AUDITOR = "auditor"
PLAN = N_("县控辍保学工作方案（一县一案）")
READ_ROLES = frozenset({COUNTY_ADMIN, AUDITOR, LOCAL_ROLE})
WRITE_ROLES = frozenset({COUNTY_ADMIN, LOCAL_ROLE})


def is_county(bench: Workbench) -> bool:
    """May the actor see the county office's screens (rule check, plan, oversight)?"""
    return bench.actor.role in READ_ROLES and bench.actor.scope.is_everything


def may_edit_plan(bench: Workbench) -> bool:
    return is_county(bench) and bench.actor.role in WRITE_ROLES and bench.actor.may_write


def _require_read(bench: Workbench) -> None:
    if not is_county(bench):
        raise Refused(
            Msg(
                "当前用户（{role}）不是县级账户，不能查看县级督导信息",
                role=bench.actor.role_label,
            )
        )


def _require_write(bench: Workbench, what: str) -> None:
    if not may_edit_plan(bench):
        raise Refused(
            Msg(
                "当前用户（{role}）无权修改{what}，只有县级管理员可以修改",
                role=bench.actor.role_label,
                what=what,
            )
        )


# --- the rule check ------------------------------------------------------------------------


def violations(bench: Workbench, *, today: dt.date | None = None) -> list[Violation]:
    """Each event of each case that breaks a rule of today's table (`kcbx check --rules`)."""
    from desktop.store import rule_check

    _require_read(bench)
    return rule_check.violations(bench.store, today=today)


# --- the county plan -----------------------------------------------------------------------


def townships(bench: Workbench) -> list[tuple[str, str]]:
    return queries.townships(bench.store.conn, bench.actor.scope)


def plan(bench: Workbench, school_year: int) -> list[rules.Target]:
    _require_read(bench)
    return county_plan.load(bench.store, school_year)


def plan_years(bench: Workbench) -> list[int]:
    _require_read(bench)
    return county_plan.years(bench.store)


def save_plan(bench: Workbench, school_year: int, targets: Sequence[rules.Target]) -> None:
    """The plan of the year becomes `targets`, each validated; one bad row writes nothing."""
    _require_write(bench, PLAN)
    towns = dict(townships(bench))
    checked = []
    seen: set[str] = set()
    for t in targets:
        if t.school_year != school_year:
            raise ValidationError(
                Msg("{township}：学年不一致", township=towns.get(t.township_code, t.township_code))
            )
        if t.township_code in seen:
            raise ValidationError(
                Msg("{township}出现了两次", township=towns.get(t.township_code, t.township_code))
            )
        seen.add(t.township_code)
        checked.append(rules.validate(t, towns))
    county_plan.replace(bench.store, school_year, checked)


def set_target(bench: Workbench, target: rules.Target) -> None:
    """Add or replace one township's line of the year's plan."""
    _require_write(bench, PLAN)
    others = [t for t in plan(bench, target.school_year) if t.township_code != target.township_code]
    save_plan(bench, target.school_year, [*others, target])


def remove_target(bench: Workbench, school_year: int, township_code: str) -> None:
    _require_write(bench, PLAN)
    current = plan(bench, school_year)
    if not any(t.township_code == township_code for t in current):
        raise ValidationError(N_("该乡镇在本学年的工作方案中没有目标"))
    save_plan(bench, school_year, [t for t in current if t.township_code != township_code])


# --- priority regions (挂牌督战) ------------------------------------------------------------


def priority_regions(bench: Workbench) -> list[str]:
    return county_plan.priority_regions(bench.store)


def township_marks(bench: Workbench) -> dict[str, str]:
    """township code -> "是" / "部分村" under 挂牌督战 (absent: not)."""
    return county_plan.township_marks(bench.store)


def region_names(bench: Workbench) -> dict[str, tuple[str, str, str | None]]:
    return county_plan.region_names(bench.store)


def set_priority_regions(bench: Workbench, codes: Sequence[str]) -> None:
    """The county's 挂牌督战 townships and villages (codes of this county only)."""
    _require_write(bench, N_("挂牌督战地区"))
    known = county_plan.region_names(bench.store)
    for code in codes:
        if code not in known:
            raise ValidationError(Msg("“{code}”不是本县的乡镇或村的区划代码", code=code))
    county_plan.set_priority_regions(bench.store, codes)


# --- the oversight report's facts ------------------------------------------------------------


def oversight_facts(bench: Workbench) -> list[county_plan.CaseFact]:
    """Every case of the actor's scope with what the oversight report counts (督导)."""
    _require_read(bench)
    return county_plan.case_facts(bench.store, bench.actor.scope)
