"""Children at risk with their reasons, 帮扶 plans and their monthly review, scope and roles."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.workbench import Refused
from desktop.domain import prevention as rules_
from desktop.domain.errors import UserError
from desktop.domain.prevention import PupilFacts, Rules
from desktop.prevention import register, risk
from desktop.prevention import today as prevention_today

TODAY = dt.date.today()
RULES = Rules()


def reasons(facts: PupilFacts, on: dt.date = TODAY) -> list[str]:
    return [r.code for r in rules_.risk_reasons(facts, RULES, on)]


def test_each_reason_from_its_fact():
    d = dt.date(2026, 11, 20)
    assert reasons(PupilFacts(), d) == []
    assert reasons(PupilFacts(flags=frozenset({"left_behind"})), d) == ["left_behind"]
    assert reasons(PupilFacts(flags=frozenset({"dibao", "poverty_registered"})), d) == ["poverty"]
    text = rules_.poverty(PupilFacts(flags=frozenset({"dibao", "poverty_registered"})), RULES, d)
    assert text == "家庭经济困难（建档立卡、低保）"
    assert (
        rules_.disability(PupilFacts(disability_category="hearing"), RULES, d) == "残疾（听力残疾）"
    )
    assert reasons(PupilFacts(risk_facts={"learning_difficulty": ""}), d) == ["learning"]
    assert reasons(PupilFacts(returned_cases=1), d) == ["relapse"]
    assert "反弹2次" in rules_.relapse_history(PupilFacts(relapses=2), RULES, d)
    # absences: 5 in the last 30 days, or 2 unexplained
    sick = {d - dt.timedelta(days=i): "sick" for i in range(4)}
    assert reasons(PupilFacts(absence_dates=sick), d) == []
    sick[d - dt.timedelta(days=10)] = "personal"
    assert reasons(PupilFacts(absence_dates=sick), d) == ["absence"]
    old = {d - dt.timedelta(days=40): "unexplained", d - dt.timedelta(days=41): "unexplained"}
    assert reasons(PupilFacts(absence_dates=old), d) == []
    assert reasons(
        PupilFacts(absence_dates={d: "unknown", d - dt.timedelta(days=1): "unexplained"}), d
    ) == ["absence"]


def test_grade_transitions_count_only_with_another_reason():
    autumn, spring = dt.date(2026, 10, 8), dt.date(2027, 4, 8)
    assert reasons(PupilFacts(grade="7"), autumn) == []  # a whole class is in transition
    lonely = frozenset({"left_behind"})
    assert reasons(PupilFacts(grade="7", flags=lonely), autumn) == ["left_behind", "transition"]
    assert reasons(PupilFacts(grade="7", flags=lonely), spring) == ["left_behind"]
    assert "6→7" in rules_.grade_transition(PupilFacts(grade="6"), RULES, spring)
    assert "8→9" in rules_.grade_transition(PupilFacts(grade="8"), RULES, spring)
    assert "8→9" in rules_.grade_transition(PupilFacts(grade="9"), RULES, autumn)
    assert rules_.grade_transition(PupilFacts(grade="6"), RULES, autumn) is None


def test_the_list_per_school_township_and_county_with_reasons(kit):
    s = kit.store
    s.update("children", kit.pupils[0], {"flags": ["left_behind", "dibao"]})
    s.update("children", kit.other[0], {"flags": ["disabled"], "disability_category": "visual"})
    teacher = kit.teacher()
    risk.record_risk_fact(teacher, kit.pupils[1], "learning_difficulty", detail="语文、数学不及格")
    listed = risk.at_risk(teacher, today=TODAY)
    assert [(a.child_id, a.reasons_text) for a in listed] == sorted(
        [
            (kit.pupils[0], "留守儿童；家庭经济困难（低保）"),
            (kit.pupils[1], "学有困难：语文、数学不及格"),
        ],
        key=lambda x: s.get("children", x[0])["name"],
    )
    assert all(a.plan is None for a in listed)
    # the other school's teacher and township see their child only; the county both schools
    assert [a.child_id for a in risk.at_risk(kit.teacher(kit.school_b), today=TODAY)] == [
        kit.other[0]
    ]
    assert [a.child_id for a in risk.at_risk(kit.cadre(kit.township_b), today=TODAY)] == [
        kit.other[0]
    ]
    county = risk.at_risk(kit.admin(), today=TODAY)
    assert {a.child_id for a in county} == {kit.pupils[0], kit.pupils[1], kit.other[0]}
    assert {
        a.child_id for a in risk.at_risk(kit.admin(), today=TODAY, township_code=kit.township_a)
    } == {kit.pupils[0], kit.pupils[1]}
    # a fact ended no longer counts
    risk.end_risk_fact(teacher, kit.pupils[1], "learning_difficulty")
    assert kit.pupils[1] not in {a.child_id for a in risk.at_risk(teacher, today=TODAY)}


def test_a_plan_is_reviewed_monthly_and_shows_on_today_when_due(kit):
    bench = kit.teacher()
    child = kit.pupils[5]
    kit.store.update("children", child, {"flags": ["left_behind"]})
    with pytest.raises(UserError, match="帮扶方式"):
        risk.save_support_plan(
            bench, child, helper="张老师", methods=[], frequency="每周", starts=TODAY
        )
    with pytest.raises(UserError, match="责任人"):
        risk.save_support_plan(
            bench, child, helper=" ", methods=["buddy"], frequency="每周", starts=TODAY
        )
    started = TODAY - dt.timedelta(days=31)
    plan = risk.save_support_plan(
        bench,
        child,
        helper="张老师",
        methods=["buddy", "counselling"],
        frequency="每周一次",
        starts=started,
    )
    info = risk.at_risk(bench, today=TODAY)[0].plan
    assert info.next_review_on == (started + dt.timedelta(days=30)).isoformat()
    assert info.methods_label == "同学手拉手、心理辅导"

    def items():
        return [
            i
            for i in prevention_today.items(
                kit.store.conn, scope=bench.actor.scope, rules=RULES, today=TODAY
            )
            if i.section == "support"
        ]

    (item,) = items()
    assert item.child_id == child and item.overdue and "张老师" in item.detail
    with pytest.raises(UserError, match="帮扶效果"):
        risk.review_support_plan(bench, plan.id, on=TODAY, progress="")
    risk.review_support_plan(bench, plan.id, on=TODAY, progress="情绪好转，按时到校")
    assert items() == []
    assert (
        risk.active_plan(bench, child)["next_review_on"]
        == (TODAY + dt.timedelta(days=30)).isoformat()
    )
    assert [r["progress"] for r in risk.reviews(bench, plan.id)] == ["情绪好转，按时到校"]
    # revised: the same plan, its review date kept
    risk.save_support_plan(
        bench, child, helper="张老师", methods=["buddy"], frequency="每周两次", starts=started
    )
    assert risk.active_plan(bench, child)["id"] == plan.id
    assert (
        risk.active_plan(bench, child)["next_review_on"]
        == (TODAY + dt.timedelta(days=30)).isoformat()
    )
    risk.end_support_plan(bench, plan.id, on=TODAY)
    assert risk.active_plan(bench, child) is None


def test_another_schools_teacher_cannot_touch_risk_records(kit):
    other = kit.teacher(kit.school_b)
    before = kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(Refused):
        risk.record_risk_fact(other, kit.pupils[0], "learning_difficulty")
    with pytest.raises(Refused):
        risk.save_support_plan(
            other, kit.pupils[0], helper="x", methods=["buddy"], frequency="每周", starts=TODAY
        )
    plan = risk.save_support_plan(
        kit.teacher(),
        kit.pupils[0],
        helper="张老师",
        methods=["buddy"],
        frequency="每周",
        starts=TODAY,
    )
    before = kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(Refused):
        risk.review_support_plan(other, plan.id, on=TODAY, progress="好")
    with pytest.raises(Refused):
        risk.reasons_of(other, kit.pupils[0])
    assert kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    # an auditor reads, never writes
    from desktop.core.workbench import Workbench
    from desktop.security.policy import Role

    auditor = Workbench(kit.store, kit.actor(Role.AUDITOR))
    with pytest.raises(Refused):
        register.mark_day(auditor, kit.key, TODAY, {})
