"""Prevention: marking a day's absences for a 3,000-pupil school (60 classes of 50, saved class
by class as teachers do, through the register's command with the change log), and computing
the county's list of children at risk with their reasons (the dataset's every child).

Budgets (set here, not DESIGN.md's): a class's save p95 ≤ 150 ms (what a teacher waits after
Ctrl+S); the whole school's day ≤ 6 s; the county's at-risk list ≤ 5 s at county size (100,000
children, opened from 重点关注 and computed for the monthly report). Baselines, same run: the
same absence and register rows inserted with a bare executemany (no checks, no change log);
the at-risk list's reads alone (children, absences, facts, cases, plans), no reasons computed.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from bench.harness import Result, median, p95, spread

CLASS_SAVE_BUDGET = 0.150
SCHOOL_DAY_BUDGET = 6.0
AT_RISK_BUDGET = 5.0
ABSENT_SHARE = 0.04


def _school(store, rng: random.Random) -> tuple[str, list]:
    from desktop.domain import model
    from desktop.prevention.register import ClassKey

    town = store.conn.execute("SELECT code FROM regions WHERE level='township' LIMIT 1").fetchone()[
        0
    ]
    school = store.create("schools", model.School(name="基准测试中心学校", township_code=town))
    rows = []
    keys = []
    for grade in range(1, 7):
        for klass in range(1, 11):
            keys.append(ClassKey(school, str(grade), f"{klass}班"))
            for i in range(50):
                rows.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "name": f"学生{grade}{klass:02d}{i:02d}",
                        "township_code": town,
                        "school_id": school,
                        "grade": str(grade),
                        "class_name": f"{klass}班",
                    }
                )
    store.bulk_create("children", rows)
    return school, keys


def mark_school(db: Path, *, repeat: int) -> list[Result]:
    from desktop.core.actor import Actor
    from desktop.core.workbench import Workbench
    from desktop.domain.scope import Scope
    from desktop.prevention import register
    from desktop.store.repo import Store

    work = Path(tempfile.mkdtemp(prefix="kcbx-bench-prevention-"))
    try:
        copy = work / "school.db"
        shutil.copy(db, copy)
        store = Store.open(copy, actor="基准测试")
        rng = random.Random(11)
        school, keys = _school(store, rng)
        bench = Workbench(store, Actor("t", "班主任", "teacher", "教师", Scope.school(school)))
        rosters = {k: [p.child_id for p in register.pupils(bench, k)] for k in keys}
        per_class: list[float] = []
        totals: list[float] = []
        raw: list[float] = []
        rows_per_day = 0
        today = dt.date.today()
        for rep in range(repeat + 1):  # the first day warms the caches
            day = today - dt.timedelta(days=rep)
            marks = {
                k: {
                    c: rng.choice(("sick", "personal", "unexplained", "unknown"))
                    for c in ids
                    if rng.random() < ABSENT_SHARE
                }
                for k, ids in rosters.items()
            }
            start = time.perf_counter()
            for k in keys:
                t0 = time.perf_counter()
                register.mark_day(bench, k, day, marks[k], today=today)
                if rep:
                    per_class.append(time.perf_counter() - t0)
            if rep:
                totals.append(time.perf_counter() - start)
            # baseline: the same rows, bare executemany into scratch tables of the same shape
            absences = [
                (str(uuid.uuid4()), c, school, day.isoformat(), r)
                for k in keys
                for c, r in marks[k].items()
            ]
            registers = [
                (
                    str(uuid.uuid4()),
                    school,
                    k.grade,
                    k.class_name,
                    day.isoformat(),
                    len(rosters[k]),
                    len(marks[k]),
                )
                for k in keys
            ]
            rows_per_day = len(absences) + len(registers)
            conn = store.conn
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS raw_abs AS SELECT id, child_id, school_id,"
                " on_date, reason FROM absences WHERE 0"
            )
            conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS raw_reg AS SELECT id, school_id, grade,"
                " class_name, on_date, pupils, absent FROM absence_registers WHERE 0"
            )
            t0 = time.perf_counter()
            with store.transaction():
                conn.executemany("INSERT INTO raw_abs VALUES (?,?,?,?,?)", absences)
                conn.executemany("INSERT INTO raw_reg VALUES (?,?,?,?,?,?,?)", registers)
            if rep:
                raw.append(time.perf_counter() - t0)
        store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    class_p95 = p95(per_class)
    total = median(totals)
    return [
        Result(
            "prevention: save one class's day (50 pupils, ~2 absent) through the register",
            class_p95,
            stat=f"p95 of {len(per_class)}",
            budget=f"≤ {CLASS_SAVE_BUDGET * 1000:.0f} ms",
            met=class_p95 <= CLASS_SAVE_BUDGET,
            detail=spread(per_class),
        ),
        Result(
            "prevention: a 3,000-pupil school's day, 60 classes saved one by one",
            total,
            stat=f"median of {len(totals)}",
            baseline=median(raw),
            baseline_name=f"raw executemany of the {rows_per_day} rows",
            budget=f"≤ {SCHOOL_DAY_BUDGET:.0f} s",
            met=total <= SCHOOL_DAY_BUDGET,
            detail={"days": spread(totals), "rows_per_day": rows_per_day},
        ),
    ]


def at_risk(db: Path, *, repeat: int) -> list[Result]:
    from desktop.domain.prevention import Rules
    from desktop.domain.scope import Scope
    from desktop.prevention.risk import at_risk_list
    from desktop.store import db as dbmod
    from desktop.store.repo import Store

    today = dt.date.today()
    with Store.open(db, create=False) as store:
        rules = Rules.from_settings(store.setting)
    conn = dbmod.connect(db)
    try:
        children = conn.execute("SELECT count(*) FROM children WHERE deleted = 0").fetchone()[0]
        found: list = []
        ours, raw = [], []
        start = (today - dt.timedelta(days=rules.risk_window_days)).isoformat()
        reads = (
            (
                "SELECT id, name, school_id, township_code, grade, class_name, flags,"
                " disability_category FROM children WHERE deleted = 0 AND school_id IS NOT NULL",
                (),
            ),
            (
                "SELECT child_id, on_date, reason FROM absences WHERE deleted = 0 AND on_date > ?",
                (start,),
            ),
            ("SELECT child_id, kind, detail FROM risk_facts WHERE deleted = 0", ()),
            ("SELECT child_id, state, outcome FROM cases WHERE deleted = 0", ()),
            ("SELECT id, child_id, helper, methods FROM support_plans WHERE deleted = 0", ()),
        )
        for rep in range(repeat + 1):
            t0 = time.perf_counter()
            found = at_risk_list(conn, scope=Scope.everything(), rules=rules, today=today)
            t1 = time.perf_counter()
            for sql, args in reads:
                conn.execute(sql, args).fetchall()
            t2 = time.perf_counter()
            if rep:
                ours.append(t1 - t0)
                raw.append(t2 - t1)
    finally:
        conn.close()
    value = median(ours)
    return [
        Result(
            f"prevention: the county's at-risk list with reasons ({children:,} children)",
            value,
            stat=f"median of {len(ours)}",
            baseline=median(raw),
            baseline_name="the same reads, no reasons",
            budget=f"≤ {AT_RISK_BUDGET:.0f} s at county size",
            met=value <= AT_RISK_BUDGET,
            detail={
                "at_risk": len(found),
                "with_plan": sum(1 for a in found if a.plan),
                "samples": spread(ours),
            },
        )
    ]


def run(db: Path, *, repeat: int) -> list[Result]:
    return mark_school(db, repeat=repeat) + at_risk(db, repeat=repeat)


if __name__ == "__main__":
    import sys

    from bench.datasets import SIZES, dataset
    from bench.harness import table

    size = SIZES[sys.argv[1] if len(sys.argv) > 1 else "township"]
    path, _ = dataset(size)
    print(table(run(path, repeat=3)))
