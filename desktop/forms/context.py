"""What a document is filled from: one case's data read from the store, labelled for print.

``load_case`` reads a case with its child, guardians, school, plan and live events (not
superseded) and returns a ``CaseData`` whose values are display strings (code labels, dates
as 2026年11月28日, full addresses). ``CaseData.identity_only()`` keeps who the child is and
where, and drops everything else: a blank form for paper work in a village.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain import codes
from desktop.domain.casefacts import EventView, live_events
from desktop.domain.errors import UserError
from desktop.domain.states import STATE_LABELS, State
from desktop.domain.text import N_, Msg
from desktop.store import db
from desktop.store.repo import Store


def fmt_date(value: Any) -> str:
    """2026-11-28 → 2026年11月28日 (Arabic digits, as GB/T 9704 asks); '' stays ''."""
    if not value:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return str(value)
    return f"{value.year}年{value.month}月{value.day}日"


def short_date(value: Any) -> str:
    """2026-02-22 → 2026.2.22 (for narrow table columns)."""
    if not value:
        return ""
    d = dt.date.fromisoformat(str(value)[:10])
    return f"{d.year}.{d.month}.{d.day}"


def fmt_month(value: Any) -> str:
    if not value:
        return ""
    d = dt.date.fromisoformat(str(value)[:10])
    return f"{d.year}年{d.month}月"


def labels(code_list: codes.CodeList, values: Any, sep: str = "、") -> str:
    if not values:
        return ""
    if isinstance(values, str):
        values = [values]
    return sep.join(code_list.label(v) for v in values)


def township_government(township_name: str) -> str:
    """丙妹镇 → 丙妹镇人民政府; 丙梅街道 → 丙梅街道办事处."""
    if not township_name:
        return ""
    if township_name.endswith("街道"):
        return township_name + "办事处"
    return township_name + "人民政府"


def region_full(store: Store, code: str) -> str:
    """Full name of a division: from the county's table, else the national one."""
    if not code:
        return ""
    rows = store.conn.execute(
        "WITH RECURSIVE up(code, name, parent, depth) AS ("
        " SELECT code, name, parent, 0 FROM regions WHERE code = ?"
        " UNION ALL SELECT r.code, r.name, r.parent, up.depth + 1 FROM regions r"
        " JOIN up ON r.code = up.parent) SELECT name FROM up ORDER BY depth DESC",
        (code,),
    ).fetchall()
    if rows:
        return "".join(r[0] for r in rows)
    from desktop.domain import regions

    try:
        return regions.full_name(code)
    except Exception:  # an unknown or malformed code: print it as given
        return code


def region_name(store: Store, code: str | None) -> str:
    if not code:
        return ""
    row = store.conn.execute("SELECT name FROM regions WHERE code=?", (code,)).fetchone()
    return row[0] if row else ""


@dataclass
class Event:
    id: str
    kind: str
    on: str  # ISO date (or datetime) it happened
    payload: dict[str, Any]


@dataclass
class CaseData:
    """A case as documents see it. String values are ready to print."""

    case_id: str
    case_no: str
    case: dict[str, str]
    child: dict[str, str]
    guardians: list[dict[str, str]]
    school: dict[str, str]
    plan: dict[str, str]
    events: list[Event] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)  # county, township, village, codes
    school_id: str = ""
    blank: bool = False

    @property
    def guardian(self) -> dict[str, str]:
        return self.guardians[0] if self.guardians else dict.fromkeys(GUARDIAN_KEYS, "")

    def of(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]

    def last(self, kind: str, **match: Any) -> Event | None:
        for e in reversed(self.events):
            if e.kind == kind and all(e.payload.get(k) == v for k, v in match.items()):
                return e
        return None

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def identity_only(self) -> CaseData:
        """Who and where, nothing of what happened: the data of a blank form."""
        keep_case = {k: self.case.get(k, "") for k in ("township", "village", "grade", "school")}
        return replace(
            self,
            case={**dict.fromkeys(self.case, ""), **keep_case},
            plan=dict.fromkeys(self.plan, ""),
            events=[],
            blank=True,
        )


GUARDIAN_KEYS = ("name", "relation", "id_number", "phone", "address", "work_place")


def _guardian(row: Any, child_address: str) -> dict[str, str]:
    return {
        "name": row["name"],
        "relation": codes.RELATIONS.label(row["relation"]),
        "id_number": row["id_number"],
        "phone": row["phone"],
        # a bare village name says less than the child's full address
        "address": row["address"]
        if row["address"] and row["address"] not in child_address
        else child_address,
        "work_place": row["work_place"],
    }


def _address(store: Store, *, county: str, township: str, village: str, detail: str) -> str:
    """从江县丙妹镇党略村4组: no part is printed twice when the detail already has it (a
    detail typed in full, 从江县丙妹镇党略村4组, or from the township or village on)."""
    for prefix in (county + township + village, county + township, county):
        if prefix and detail.startswith(prefix):
            detail = detail[len(prefix) :]
            break
    if township and detail.startswith(township):
        detail = detail[len(township) :]
    parts = county + township
    if detail.startswith(village) or not village:
        return parts + detail
    return parts + village + detail


def load_case(store: Store, case_id: str) -> CaseData:
    c = store.get("cases", case_id)
    if c is None or c["deleted"]:
        raise UserError(N_("案件不存在或已被删除"))
    child = store.get("children", c["child_id"])
    if child is None:
        raise UserError(N_("案件对应的学生记录不存在"))
    school_id = c["school_id"] or child["school_id"] or ""
    school = store.get("schools", school_id) if school_id else None
    county = store.setting("county.name") or ""
    township = region_name(store, c["township_code"] or child["township_code"])
    village = region_name(store, c["village_code"] or child["village_code"])
    address = _address(
        store, county=county, township=township, village=village, detail=child["address"]
    )
    hukou_detail = child["hukou_address"]
    hukou_full = (
        _join_hukou(store, child["hukou_code"], hukou_detail)
        if hukou_detail
        else region_full(store, child["hukou_code"])
    )
    flags = db.loads(child["flags"]) or []
    guardians = [
        _guardian(g, address)
        for g in store.conn.execute(
            "SELECT * FROM guardians WHERE child_id=? AND deleted=0 ORDER BY is_primary DESC, seq",
            (child["id"],),
        )
    ]
    plan_row = store.conn.execute(
        "SELECT * FROM plans WHERE case_id=? AND deleted=0", (case_id,)
    ).fetchone()
    rows = store.conn.execute(
        "SELECT id, kind, occurred_on, payload, hlc, supersedes FROM events WHERE case_id=?",
        (case_id,),
    ).fetchall()
    views = [EventView(r[0], r[1], r[2], db.loads(r[3]), r[4], r[5]) for r in rows]
    events = [
        Event(v.id, v.kind, v.occurred_on, v.payload)
        for v in sorted(live_events(views), key=lambda v: (v.occurred_on, v.hlc))
    ]
    grade = (
        codes.GRADES.label(c["grade"] or child["grade"]) if (c["grade"] or child["grade"]) else ""
    )
    school_name = school["name"] if school else ""
    state = State(c["state"])
    case = {
        "case_no": c["case_no"],
        "ledger_kind": codes.LEDGER_KINDS.label(c["ledger_kind"]),
        "state": STATE_LABELS[state],
        "state_code": state.value,
        "causes": labels(codes.CAUSES, db.loads(c["causes"])),
        "found_on": fmt_date(c["found_on"]),
        "found_on_iso": c["found_on"] or "",
        "dropout_date": fmt_date(c["dropout_date"]),
        "dropout_month": fmt_month(c["dropout_date"]),
        "dropout_iso": c["dropout_date"] or "",
        "school": school_name,
        "grade": grade,
        "township": township,
        "village": village,
        "whereabouts": codes.WHEREABOUTS.label(c["whereabouts"]) if c["whereabouts"] else "",
        "whereabouts_detail": c["whereabouts_detail"],
        "admin_name": c["admin_name"],
        "admin_title": c["admin_title"],
        "admin_phone": c["admin_phone"],
        "edu_name": c["edu_name"],
        "edu_title": c["edu_title"],
        "edu_phone": c["edu_phone"],
        "persuasion_count": str(c["persuasion_count"]),
        "joint_count": str(c["joint_count"]),
        "notes": c["notes"],
    }
    child_info = {
        "name": child["name"],
        "sex": child["sex"],
        "birth_date": fmt_date(child["birth_date"]),
        "birth_iso": child["birth_date"] or "",
        "id_number": child["id_number"],
        "xueji_no": child["xueji_no"],
        "ethnicity": codes.ETHNICITIES.label(child["ethnicity"]) if child["ethnicity"] else "",
        "address": address,
        "hukou": hukou_full,
        "hukou_code": child["hukou_code"],
        "phone": child["phone"],
        "flags": labels(codes.FLAGS, flags),
        "disability_category": codes.DISABILITY_CATEGORIES.label(child["disability_category"])
        if child["disability_category"]
        else "",
        "disability_grade": child["disability_grade"],
        "disability_cert_no": child["disability_cert_no"],
        "class_name": child["class_name"],
    }
    school_info = {
        "name": school_name,
        "code": school["code"] if school else "",
        "kind": codes.SCHOOL_KINDS.label(school["kind"]) if school else "",
        "address": school["address"] if school else "",
        "principal": school["principal"] if school else "",
        "phone": school["phone"] if school else "",
        "township_code": school["township_code"] if school else "",
    }
    plan = (
        {
            k: (fmt_date(plan_row[k]) if k in ("deadline", "made_on") else plan_row[k]) or ""
            for k in PLAN_KEYS
        }
        if plan_row
        else dict.fromkeys(PLAN_KEYS, "")
    )
    places = {
        "county": county,
        "bureau": store.setting("county.bureau") or "",
        "township": township,
        "village": village,
        "township_code": c["township_code"] or child["township_code"],
        "village_code": c["village_code"] or child["village_code"],
        "county_code": store.setting("county.code") or "",
        "province": region_full(store, (store.setting("county.code") or "")[:2] + "0" * 10),
    }
    return CaseData(
        case_id=case_id,
        case_no=c["case_no"],
        case=case,
        child=child_info,
        guardians=guardians,
        school=school_info,
        plan=plan,
        events=events,
        places=places,
        school_id=school_id,
    )


PLAN_KEYS = (
    "family_situation",
    "cause_analysis",
    "measures",
    "deadline",
    "support_plan",
    "placement_plan",
    "made_by",
    "made_on",
)


def _join_hukou(store: Store, code: str, detail: str) -> str:
    """户籍地: the division path down to the township, then the village detail as written."""
    full = region_full(store, code)
    village = region_name(store, code)
    if village and full.endswith(village) and detail.startswith(village):
        return full[: -len(village)] + detail
    return full + detail


def find_case(store: Store, case_no_or_id: str) -> str:
    """A case id from its number (2026-001-0001-DEM) or id; UserError if there is none."""
    row = store.conn.execute(
        "SELECT id FROM cases WHERE (case_no=? OR id=?) AND deleted=0 ORDER BY seq LIMIT 1",
        (case_no_or_id, case_no_or_id),
    ).fetchone()
    if row is None:
        raise UserError(Msg("找不到案件“{case_no_or_id}”", case_no_or_id=case_no_or_id))
    return row[0]
