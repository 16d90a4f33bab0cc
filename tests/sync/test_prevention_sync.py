"""Prevention's records travel like the others: a teacher's laptop to the township and the
county, each device receiving only the children of its scope (a class register, which names no
one, goes everywhere)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from synckit import T1, T2, V2, County, child, dump, exchange, make_county

from desktop.core.actor import Actor
from desktop.core.workbench import Workbench
from desktop.domain import model
from desktop.domain.scope import Scope
from desktop.prevention import register, risk
from desktop.prevention.register import ClassKey
from desktop.store.schema_prevention import TABLES

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    def seed(store):
        school = store.create("schools", model.School(name="丙妹镇中心小学", township_code=T1))
        store.set_meta("test_school", school)
        for i, name in enumerate(("吴小龙", "石小花", "梁小军")):
            child(store, name, school_id=school, grade="4", class_name="2班", sex="男女男"[i])
        child(
            store, "韦小英", township=T2, village=V2, school_id=school, grade="4", class_name="2班"
        )

    return make_county(tmp_path_factory.mktemp("county"), seed=seed)


def test_a_laptops_register_reaches_the_township_and_the_county(county: County, tmp_path: Path):
    laptop = county.device(tmp_path / "laptop.db", townships=(T1,))
    office = county.device(tmp_path / "office.db", townships=(T1,))
    other = county.device(tmp_path / "other.db", townships=(T2,))
    try:
        school = laptop.meta("test_school")
        bench = Workbench(laptop, Actor("t", "李老师", "local", "本机用户", Scope.township(T1)))
        key = ClassKey(school, "4", "2班")
        kids = [p.child_id for p in register.pupils(bench, key)]
        assert len(kids) == 3  # the T2 pupil is not the laptop's
        days = [TODAY - dt.timedelta(days=n) for n in (2, 1, 0)]
        for d in days:
            register.mark_day(bench, key, d, {kids[0]: "unexplained", kids[1]: "sick"})
        register.record_followup(
            bench, kids[0], on=days[0], method="phone", outcome="not_reached", result="无人接听"
        )
        case = register.propose(bench, kids[0], today=TODAY)
        risk.record_risk_fact(bench, kids[2], "learning_difficulty", detail="数学跟不上")
        plan = risk.save_support_plan(
            bench,
            kids[2],
            helper="王老师",
            methods=["one_to_one"],
            frequency="每周三次",
            starts=TODAY,
        )
        risk.review_support_plan(bench, plan.id, on=TODAY, progress="作业能按时完成")
        exchange(laptop, office)
        exchange(laptop, other)
        mine, theirs = dump(laptop), dump(office)
        for table in TABLES:
            assert mine[table] == theirs[table], table
            assert mine[table], table
        office_bench = Workbench(office, Actor.local())
        assert office_bench.case(case.id)["state"] == "suspected"
        assert register.proposal_of_case(office, case.id)["consecutive"] == 3
        found = {a.child_id: a for a in risk.at_risk(office_bench, today=TODAY)}
        assert (
            found[kids[2]].plan is not None
            and "学有困难：数学跟不上" in found[kids[2]].reasons_text
        )
        # the T2 device received no T1 child's records; the class registers (no one named) it did
        far = dump(other)
        for table in TABLES:
            if table == "absence_registers":
                assert far[table] == mine[table]
            else:
                assert far[table] == [], table
    finally:
        for s in (laptop, office, other):
            s.close()


def test_a_device_cannot_write_absences_of_another_townships_child(county: County, tmp_path: Path):
    from desktop.sync.envelope import BundleRefused

    t1 = county.device(tmp_path / "t1.db", townships=(T1,))
    t2 = county.device(tmp_path / "t2.db", townships=(T2,))
    try:
        school = t2.meta("test_school")
        kid = t2.conn.execute(
            "SELECT id FROM children WHERE township_code=? LIMIT 1", (T1,)
        ).fetchone()[0]
        # the store itself has no account here: the device's certificate is what sync judges
        t2.create(
            "absences",
            {
                "child_id": kid,
                "school_id": school,
                "on_date": TODAY.isoformat(),
                "reason": "unexplained",
            },
        )
        with pytest.raises(BundleRefused) as refused:
            exchange(t2, t1)
        assert refused.value.reason == "out_of_scope"
        assert t1.conn.execute("SELECT count(*) FROM absences").fetchone()[0] == 0
    finally:
        t1.close()
        t2.close()


def test_a_snapshot_carries_the_scopes_prevention_records(county: County, tmp_path: Path):
    from synckit import know

    from desktop.sync import enrol, importer, snapshot

    office = county.device(tmp_path / "office.db", role="county")
    fresh = county.device(tmp_path / "fresh.db", townships=(T1,))
    try:
        school = office.meta("test_school")
        bench = Workbench(office, Actor.local())
        key = ClassKey(school, "4", "2班")
        kids = {p.child_id for p in register.pupils(bench, key)}
        register.mark_day(bench, key, TODAY, dict.fromkeys(kids, "sick"))
        risk.save_support_plan(
            bench,
            office.conn.execute(  # a 丙妹镇 child: the fresh laptop's scope
                "SELECT id FROM children WHERE township_code=? AND school_id=? LIMIT 1",
                (T1, school),
            ).fetchone()[0],
            helper="王老师",
            methods=["buddy"],
            frequency="每周",
            starts=TODAY,
        )
        know(office, fresh)
        importer.import_bytes(
            fresh, snapshot.prepare(office, enrol.peer_cert(office, fresh.device_id)).data
        )
        t1_kids = {
            r[0] for r in fresh.conn.execute("SELECT id FROM children WHERE township_code=?", (T1,))
        }
        got = {r[0] for r in fresh.conn.execute("SELECT child_id FROM absences")}
        assert got == kids & t1_kids and got
        assert fresh.conn.execute("SELECT count(*) FROM support_plans").fetchone()[0] == 1
        assert fresh.conn.execute("SELECT count(*) FROM absence_registers").fetchone()[0] == 1
    finally:
        office.close()
        fresh.close()
