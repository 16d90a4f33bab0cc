"""The demo county's prevention records: four weeks of class registers with absences (a few
children with runs of unexplained days the register escalates), follow-up calls and visits,
学有困难 noted by teachers, and 帮扶 plans with their monthly reviews (some due, some late).

Deterministic for a seed and a reference date; written in bulk with their change-log ops.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass

from desktop.prevention.register import ClassKey, absence_id, register_id
from desktop.store import db
from desktop.store.repo import Store, derived_id

SCHOOL_DAYS = 20  # the register's last four weeks
DAILY_ABSENCE = 0.02
REASON_MIX = (("sick", 0.45), ("personal", 0.30), ("unexplained", 0.15), ("unknown", 0.10))
TRUANTS = 0.003  # pupils with a run of unexplained days ending on the last school day
LEARNING_DIFFICULTY = 0.03
HELPERS = ("班主任", "语文老师", "数学老师", "心理老师", "少先队辅导员")
METHODS = ("tutoring", "one_to_one", "buddy", "counselling")
FREQUENCIES = ("每周一次", "每周两次", "每天课后", "每两周一次")


@dataclass
class PreventionStats:
    registers: int = 0
    absences: int = 0
    followups: int = 0
    risk_facts: int = 0
    plans: int = 0
    reviews: int = 0


def school_days(today: dt.date, n: int = SCHOOL_DAYS) -> list[dt.date]:
    """The last `n` weekdays up to `today`, oldest first."""
    out: list[dt.date] = []
    day = today
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day)
        day -= dt.timedelta(days=1)
    return out[::-1]


def _pick(rng: random.Random, mix: tuple[tuple[str, float], ...]) -> str:
    x, acc = rng.random(), 0.0
    for value, share in mix:
        acc += share
        if x < acc:
            return value
    return mix[-1][0]


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def add_prevention(store: Store, *, seed: int, today: dt.date) -> PreventionStats:
    rng = random.Random(seed * 7919 + 21)
    stats = PreventionStats()
    days = school_days(today)
    # Children with an open case are not in a class register. Read as a set: the demo builds
    # its indexes last, and a correlated subquery per child scanned every case each time
    # (100,000 × 20,000 rows at county size).
    open_cases = {
        r[0]
        for r in store.conn.execute(
            "SELECT child_id FROM cases WHERE deleted = 0 AND state IN"
            " ('suspected','dropout','persuading','deferred','transferred_pending')"
        )
    }
    pupils = [
        p
        for p in store.conn.execute(
            "SELECT c.id, c.school_id, c.grade, c.class_name, c.flags FROM children c"
            " WHERE c.deleted = 0 AND c.school_id IS NOT NULL AND c.grade != ''"
            " AND c.class_name != '' ORDER BY c.id"
        )
        if p["id"] not in open_cases
    ]
    classes: dict[ClassKey, list[str]] = defaultdict(list)
    for p in pupils:
        classes[ClassKey(p["school_id"], p["grade"], p["class_name"])].append(p["id"])
    school_of = {p["id"]: p["school_id"] for p in pupils}
    absences: dict[tuple[str, dt.date], str] = {}
    for p in pupils:
        for day in days:
            if rng.random() < DAILY_ABSENCE:
                absences[(p["id"], day)] = _pick(rng, REASON_MIX)
    truants = [p["id"] for p in pupils if rng.random() < TRUANTS]
    if not truants and pupils:
        truants = [rng.choice(pupils)["id"]]
    for i, cid in enumerate(truants):
        # the first always long enough to be proposed as 疑似辍学; the others 1–5 days
        for day in days[-(rng.randint(3, 5) if i == 0 else rng.randint(1, 5)) :]:
            absences[(cid, day)] = "unexplained"
    truant = set(truants)
    registers, absence_rows = [], []
    absent_on: dict[tuple[ClassKey, dt.date], int] = defaultdict(int)
    class_of = {cid: key for key, ids in classes.items() for cid in ids}
    for (cid, day), reason in sorted(absences.items()):
        absent_on[(class_of[cid], day)] += 1
        absence_rows.append(
            {
                "id": absence_id(cid, day),
                "child_id": cid,
                "school_id": school_of[cid],
                "on_date": day.isoformat(),
                "reason": reason,
                "note": "",
            }
        )
    for key, ids in sorted(
        classes.items(), key=lambda kv: (kv[0].school_id, kv[0].grade, kv[0].class_name)
    ):
        for day in days:
            registers.append(
                {
                    "id": register_id(key, day),
                    "school_id": key.school_id,
                    "grade": key.grade,
                    "class_name": key.class_name,
                    "on_date": day.isoformat(),
                    "pupils": len(ids),
                    "absent": absent_on[(key, day)],
                    "taken_by": "班主任",
                }
            )
    followups = []
    for (cid, day), reason in sorted(absences.items()):
        if reason in ("unexplained", "unknown") and day < days[-1] and rng.random() < 0.7:
            mix: tuple[tuple[str, float], ...] = (
                ("will_return", 0.5),
                ("returned", 0.3),
                ("not_reached", 0.2),
            )
            if cid in truant:  # a truant's family promises, or cannot be reached
                mix = (("will_return", 0.5), ("not_reached", 0.5))
            outcome = _pick(rng, mix)
            followups.append(
                {
                    "id": _uid(rng),
                    "child_id": cid,
                    "on_date": day.isoformat(),
                    "method": "phone",
                    "finding": outcome,
                    "result": "电话联系监护人",
                    "by_name": "班主任",
                }
            )
    facts, plans, reviews = [], [], []
    for p in pupils:
        flags = set(db.loads(p["flags"]) or ())
        hard = rng.random() < LEARNING_DIFFICULTY
        if hard:
            facts.append(
                {
                    "id": derived_id("risk_fact", p["id"], "learning_difficulty"),
                    "child_id": p["id"],
                    "kind": "learning_difficulty",
                    "detail": rng.choice(("数学跟不上", "语文阅读困难", "多科不及格")),
                    "noted_on": (today - dt.timedelta(days=rng.randint(20, 200))).isoformat(),
                }
            )
        wants = (hard and rng.random() < 0.7) or (
            flags & {"left_behind", "orphan"} and rng.random() < 0.25
        )
        if not wants:
            continue
        started = today - dt.timedelta(days=rng.randint(5, 150))
        reviewed = [started + dt.timedelta(days=30 * k) for k in range(1, 6)]
        reviewed = [d for d in reviewed if d <= today and rng.random() < 0.85]
        last = reviewed[-1] if reviewed else started
        plan_id = _uid(rng)
        methods = sorted(rng.sample(METHODS, k=rng.randint(1, 2)))
        if flags & {"left_behind", "orphan"} and "counselling" not in methods:
            methods.append("counselling")
        plans.append(
            {
                "id": plan_id,
                "child_id": p["id"],
                "helper": rng.choice(HELPERS),
                "helper_phone": "",
                "methods": db.dumps(methods),
                "frequency": rng.choice(FREQUENCIES),
                "goal": "",
                "started_on": started.isoformat(),
                "next_review_on": (last + dt.timedelta(days=30)).isoformat(),
            }
        )
        for d in reviewed:
            reviews.append(
                {
                    "id": _uid(rng),
                    "plan_id": plan_id,
                    "child_id": p["id"],
                    "reviewed_on": d.isoformat(),
                    "progress": rng.choice(
                        ("出勤稳定，作业能完成", "成绩有进步", "情绪好转", "仍需加强辅导")
                    ),
                    "next_review_on": (d + dt.timedelta(days=30)).isoformat(),
                }
            )
    with store.transaction():
        stats.registers = store.bulk_create("absence_registers", registers)
        stats.absences = store.bulk_create("absences", absence_rows)
        stats.followups = store.bulk_create("absence_followups", followups)
        stats.risk_facts = store.bulk_create("risk_facts", facts)
        stats.plans = store.bulk_create("support_plans", plans)
        stats.reviews = store.bulk_create("support_reviews", reviews)
    return stats
