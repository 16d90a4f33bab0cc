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
