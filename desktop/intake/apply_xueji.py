"""Writing a 学籍 roster: the 学籍 system is the authority on who is enrolled where.

Per valid row: the school (created if the county does not have it yet), the child (created, or
updated where the roster says something new: school, grade, class, 学籍号, ethnicity, a missing
ID number or place) and the enrolment of the term (created or updated). New rows go through
`Store.bulk_create`, changes through `Store.update`, so every change is in the change log.
Runs inside the import's transaction.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from desktop.core.progress import Progress
from desktop.domain import codes, model
from desktop.domain.errors import UserError
from desktop.domain.text import Msg
from desktop.intake.validate import row_failed, school_key
from desktop.store.repo import Store

if TYPE_CHECKING:
    from desktop.intake.importer import ImportPlan, ImportResult


def apply_xueji(
    store: Store,
    plan: ImportPlan,
    result: ImportResult,
    children: Any,
    progress: Progress,
) -> list[tuple[str | None, str, str]]:
    from desktop.intake.importer import new_child_row

    assert plan.lookups is not None and plan.validated is not None
    schools = dict(plan.lookups.schools)
    towns: dict[str, str] = {}  # a new school's township: that of its first pupil with one
    if plan.validated.new_schools:
        for r in plan.records:
            key = school_key(r["school_name"])
            if key in plan.validated.new_schools and r["township_code"] and key not in towns:
                towns[key] = r["township_code"]
    for key, info in plan.validated.new_schools.items():
        township = towns.get(key, "")
        kind = (
            "junior" if any(w in info["name"] for w in ("中学", "初中", "初级中学")) else "primary"
        )
        if "九年" in info["name"]:
            kind = "nine_year"
        school = model.School(
            name=info["name"],
            code=info["code"],
            kind=kind,
            township_code=township,
            region_code=township,
        )
        schools[key] = (store.create("schools", school), "6-3")
        result.schools_created += 1
    enrolments = {
        r["child_id"]: r
        for r in store.conn.execute(
            "SELECT id, child_id, school_id, grade, class_name, status FROM enrolments"
            " WHERE term=? AND deleted=0",
            (plan.term,),
        )
    }
    new_children: list[dict[str, Any]] = []
    new_guardians: list[dict[str, Any]] = []
    new_enrolments: list[dict[str, Any]] = []
    actions: list[tuple[str | None, str, str]] = []
    total = len(plan.records)
    for i, (rec, m) in enumerate(zip(plan.records, plan.matches, strict=True)):
        if i % 1000 == 0:
            progress.check()
            progress.set(i, total, Msg("正在导入第 {done} 行，共 {total} 行", done=i, total=total))
        school_id = schools[school_key(rec["school_name"])][0]
        rec["school_id"] = school_id
        try:
            if m.child_id:
                child_id = m.child_id
                changes = child_changes(rec, children[child_id], school_id=school_id)
                if changes:
                    store.update("children", child_id, changes)
                    result.children_updated += 1
                    action = "updated"
                else:
                    result.children_unchanged += 1
                    action = "unchanged"
            else:
                row = new_child_row(rec, school_id=school_id)
                child_id = row["id"]
                new_children.append(row)
                result.children_created += 1
                action = "created"
                if rec["guardian_name"]:
                    new_guardians.append(
                        {
                            "id": str(uuid.uuid4()),
                            "child_id": child_id,
                            "name": rec["guardian_name"],
                            "relation": "guardian",
                            "phone": rec["guardian_phone"],
                            "is_primary": 1,
                        }
                    )
            status = rec["status"] or "enrolled"
            wanted = {"school_id": school_id, "grade": rec["grade"], "status": status}
            if rec["class_name"]:
                wanted["class_name"] = rec["class_name"]
            current = enrolments.get(child_id)
            if current is None:
                model.Enrolment(child_id=child_id, term=plan.term, **wanted).validate()
                new_enrolments.append(
                    {
                        "id": str(uuid.uuid4()),
                        "child_id": child_id,
                        "school_id": school_id,
                        "grade": rec["grade"],
                        "term": plan.term,
                        "class_name": rec["class_name"],
                        "status": status,
                    }
                )
                enrolments[child_id] = new_enrolments[-1]
                result.enrolments_created += 1
            else:
                diff = {k: v for k, v in wanted.items() if current[k] != v}
                if diff:
                    store.update("enrolments", current["id"], diff)
                    result.enrolments_updated += 1
        except UserError as exc:
            raise row_failed(rec["row_no"], exc) from exc
        actions.append((child_id, m.how, action))
    progress.set(total, total, Msg("正在保存 {count} 名新学生", count=len(new_children)))
    # Children before the enrolments and guardians that refer to them.
    _bulk(store, "children", new_children)
    _bulk(store, "guardians", new_guardians)
    _bulk(store, "enrolments", new_enrolments)
    result.guardians_created = len(new_guardians)
    return actions


def _bulk(store: Store, entity: str, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 20000):
        store.bulk_create(entity, rows[start : start + 20000])


def child_changes(rec: Any, child: Any, *, school_id: str) -> dict[str, Any]:
    """Fields a 学籍 row changes on the child it matched (the roster is the authority on
    school, grade, class and 学籍号; it fills places and identity the record lacks)."""
    changes: dict[str, Any] = {}
    if school_id != child["school_id"]:
        changes["school_id"] = school_id
    for key in ("grade", "class_name", "xueji_no", "ethnicity"):
        if rec[key] and rec[key] != child[key]:
            changes[key] = rec[key]
    for key in ("id_number", "township_code", "village_code", "address", "hukou_address"):
        if rec[key] and not child[key]:
            changes[key] = rec[key]
    flags = json.loads(child["flags"] or "[]")
    added = [f for f in rec["flags"] if f not in flags and f in codes.FLAGS]
    if added:
        changes["flags"] = flags + added
    return changes
