"""The Workbench: every write checks the actor's role and scope, writes in one transaction
(attachments included) and says what it changed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.actor import Actor
from desktop.core.changes import Changes
from desktop.core.workbench import NewFile, Refused, Workbench
from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.domain.states import Action, ActionParams
from desktop.store.repo import Store

SCAN = NewFile(b"%PDF-1.4 synthetic scan", "application/pdf", "回执.pdf")


def counts(store: Store) -> tuple[int, int, int]:
    q = store.conn.execute
    return (
        q("SELECT count(*) FROM events").fetchone()[0],
        q("SELECT count(*) FROM attachments").fetchone()[0],
        q("SELECT count(*) FROM changes").fetchone()[0],
    )


def test_a_teacher_records_on_the_schools_case_and_is_refused_on_another(county, bench_as):
    bench = bench_as("teacher")
    mine, _ = county["mine"]
    other, _ = county["other"]
    before = counts(bench.store)
    with pytest.raises(Refused, match="不在您负责的范围"):
        bench.record_event(
            other, "follow_up", model.FollowUp(note="越权回访"), occurred_on="2026-11-02"
        )
    assert counts(bench.store) == before
    changes = bench.record_event(
        mine, "follow_up", model.FollowUp(note="电话回访"), occurred_on="2026-11-02"
    )
    assert changes.ids("cases") == {mine}
    assert changes.ids("events") == {changes.id}
    row = bench.store.get("events", changes.id)
    assert row["case_id"] == mine and row["created_by"] == "李老师"


def test_a_township_account_reads_and_writes_only_its_township(county, bench_as):
    bench = bench_as("cadre")
    other, other_no = county["other"]
    with pytest.raises(Refused, match="不在您负责的范围"):
        bench.case(other)
    with pytest.raises(Refused, match="找不到案件"):
        bench.find_case(other_no)
    with pytest.raises(Refused, match="不在您负责的范围"):
        bench.timeline(other)
    before = counts(bench.store)
    with pytest.raises(Refused):
        bench.save_plan(model.Plan(case_id=other, measures="越权", made_by="王干部"))
    assert counts(bench.store) == before
    mine, mine_no = county["mine"]
    assert bench.find_case(mine_no) == mine
    assert bench.case(mine)["township_code"] == county["township"]


def test_a_read_only_auditor_writes_nothing(county, bench_as):
    bench = bench_as("auditor")
    mine, _ = county["mine"]
    before = counts(bench.store)
    with pytest.raises(Refused, match="只读"):
        bench.record_event(mine, "follow_up", model.FollowUp(note="x"), attachments=[SCAN])
    with pytest.raises(Refused, match="只读"):
        bench.take_action(mine, Action.CLOSE_OTHER, ActionParams(approver="某", reason="death"))
    child = bench.case(mine)["child_id"]
    with pytest.raises(Refused, match="只读"):
        bench.update_child(child, {"notes": "x"})
    assert counts(bench.store) == before
    assert bench.timeline(mine)  # reading is allowed


def test_the_roles_finer_rules_hold_through_the_workbench(county, bench_as):
    """A village cadre records visits but not legal steps (the role's rules, under the store)."""
    bench = bench_as("village")
    case_id = bench.store.conn.execute(
        "SELECT id FROM cases WHERE township_code=? AND state='persuading' LIMIT 1",
        (county["township"],),
    ).fetchone()[0]
    before = counts(bench.store)
    with pytest.raises(UserError, match="法律程序"):
        bench.record_event(case_id, "legal_step", {"step": "education"}, attachments=[SCAN])
    assert counts(bench.store) == before


def suspected_case(bench: Workbench) -> str:
    return bench.store.conn.execute(
        "SELECT id FROM cases WHERE state='suspected' AND deleted=0 ORDER BY found_on LIMIT 1"
    ).fetchone()[0]


def test_a_refused_action_leaves_no_attachment_behind(county, bench_as):
    bench = bench_as("admin")
    case_id, _ = county["mine"]
    before = counts(bench.store)
    with pytest.raises(UserError):
        bench.take_action(
            case_id,
            Action.CLOSE_RETURNED,
            ActionParams(approver="admin"),
            attachments=[SCAN],
        )
    assert counts(bench.store) == before
    # the same file with an action that is allowed: stored, linked and named as evidence
    suspected = suspected_case(bench)
    changes = bench.take_action(
        suspected, Action.CONFIRM_DROPOUT, ActionParams(on=dt.date.today()), attachments=[SCAN]
    )
    (digest,) = changes.ids("attachments")
    assert bench.attachment_data(digest) == (SCAN.data, SCAN.mime)
    events = {e: bench.event(e) for e in changes.ids("events")}
    kinds = sorted(d.kind for d in events.values() if d)
    assert kinds == ["attachment", "transition"]
    link = next(e for e, d in events.items() if d and d.kind == "attachment")
    transition = next(d for d in events.values() if d and d.kind == "transition")
    assert link in transition.payload["evidence"]
    assert bench.state(suspected).value == "dropout"
    assert changes.ids("cases") == {suspected}


def test_an_action_dated_before_the_last_state_change_is_refused(county, bench_as):
    from desktop.store import cases

    bench = bench_as("admin")
    case_id = suspected_case(bench)
    today = dt.date.today()
    bench.take_action(case_id, Action.CONFIRM_DROPOUT, ActionParams(on=today))
    bench.save_plan(
        model.Plan(
            case_id=case_id,
            cause_analysis="外出打工",
            measures="联合劝返",
            deadline=today + dt.timedelta(days=30),
            made_by="县管理员",
            made_on=today - dt.timedelta(days=2),
        )
    )
    before = counts(bench.store)
    early = ActionParams(on=today - dt.timedelta(days=1))
    with pytest.raises(UserError, match=f"不能早于该案件上一次状态变更的日期（{today}）"):
        bench.take_action(case_id, Action.START_PERSUASION, early, attachments=[SCAN])
    # the store's own function (commands, scripts) obeys the same rule
    with pytest.raises(UserError, match="不能早于"):
        cases.take_action(bench.store, case_id, Action.START_PERSUASION, early)
    assert counts(bench.store) == before
    bench.take_action(case_id, Action.START_PERSUASION, ActionParams(on=today))
    assert bench.state(case_id).value == "persuading"


def test_an_event_with_attachments_is_one_write(county, bench_as):
    bench = bench_as("cadre")
    case_id, _ = county["mine"]
    photo = NewFile(b"\xff\xd8synthetic jpeg", "image/jpeg", "家访.jpg", caption="门口")
    changes = bench.record_event(
        case_id,
        "follow_up",
        {"note": "电话回访，已在校"},
        occurred_on="2026-11-03",
        attachments=[SCAN, photo],
    )
    assert len(changes.ids("attachments")) == 2
    assert len(changes.ids("events")) == 3 and changes.id in changes.ids("events")
    entry = next(e for e in bench.timeline(case_id) if e.event_id == changes.id)
    assert {a[1] for a in entry.attachments} == {"回执.pdf", "家访.jpg"}
    ids = sorted(changes.ids("events"))
    ops = bench.store.conn.execute(
        f"SELECT DISTINCT hlc FROM changes WHERE row_id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    assert len(ops) == 3  # each row its op, logged with the event


def test_update_child_and_guardian(county, bench_as):
    bench = bench_as("teacher")
    case_id, _ = county["mine"]
    child_id = bench.case(case_id)["child_id"]
    guardian = bench.guardians(child_id)[0]
    changes = bench.update_child(
        child_id,
        {"notes": "已核实住址"},
        guardian_id=guardian["id"],
        guardian_fields={"phone": "13800001234"},
    )
    assert changes.ids("children") == {child_id}
    assert changes.ids("guardians") == {guardian["id"]}
    assert bench.guardians(child_id)[0]["phone"] == "13800001234"
    other_child = bench.store.get("cases", county["other"][0])["child_id"]
    with pytest.raises(Refused, match="不在您负责的范围"):
        bench.update_child(other_child, {"notes": "越权"})
    with pytest.raises(Refused):
        bench.guardians(other_child)


def test_a_worker_connection_acts_as_the_same_actor(county, bench_as):
    bench = bench_as("teacher")
    with bench.worker() as job:
        assert job.store is not bench.store
        assert job.store.scope == Scope.school(county["school"])
        assert job.store.actor == "李老师"
        with pytest.raises(Refused):
            job.case(county["other"][0])
    # the worker took the actor from the Workbench, not from a session of the process
    from desktop.security import session

    session.sign_out()
    with bench.worker() as job:
        assert job.store.scope == Scope.school(county["school"])


def test_changes_values():
    a = Changes.of("e1", events=["e1", "e2"], cases=["c1"])
    b = Changes.of("", attachments=["h"], cases=["c2"])
    merged = a | b
    assert merged.id == "e1"
    assert merged.ids("cases") == {"c1", "c2"}
    assert merged.affects("attachments") and not merged.affects("children")
    assert merged.as_dict() == {
        "id": "e1",
        "attachments": ["h"],
        "cases": ["c1", "c2"],
        "events": ["e1", "e2"],
    }
    assert Changes().everything and not a.everything


def test_a_local_actor_on_a_database_without_accounts(store):
    bench = Workbench(store, Actor.local("测试用户"))
    assert bench.actor.may_write and bench.actor.scope.is_everything
    with pytest.raises(UserError, match="案件不存在"):
        bench.record_event("no-such-case", "follow_up", model.FollowUp(note="x"))


def test_update_child_registers_a_first_guardian(demo_store):
    store = demo_store
    bench = Workbench(store, Actor.local("测试用户"))
    place = store.conn.execute(
        "SELECT township_code, school_id FROM children WHERE school_id IS NOT NULL LIMIT 1"
    ).fetchone()
    child_id = store.create(
        "children",
        model.Child(name="杨小梅", sex="女", township_code=place[0], school_id=place[1]),
    )
    assert bench.guardians(child_id) == []
    changes = bench.update_child(
        child_id, {}, guardian_fields={"name": "杨大山", "relation": "father", "phone": ""}
    )
    (guardian_id,) = changes.ids("guardians")
    assert [g["id"] for g in bench.guardians(child_id)] == [guardian_id]
    assert "children" not in changes.touched


def test_void_and_correct_go_through_the_actors_scope(county, bench_as):
    admin = bench_as("admin")
    other, _ = county["other"]
    mine, _ = county["mine"]
    theirs = admin.record_event(other, "follow_up", model.FollowUp(note="电话回访")).id
    teacher = bench_as("teacher")
    before = counts(teacher.store)
    with pytest.raises(Refused, match="不在您负责的范围"):
        teacher.void(theirs, reason="登记错了")
    with pytest.raises(Refused, match="不在您负责的范围"):
        teacher.correct(theirs, reason="写错了", changes={"note": "改"})
    assert counts(teacher.store) == before
    own = teacher.record_event(mine, "follow_up", model.FollowUp(note="家访回访")).id
    fixed = teacher.correct(own, reason="写错了", changes={"note": "电话回访"})
    assert fixed.ids("events") == {fixed.id, own} and fixed.ids("cases") == {mine}
    voided = teacher.void(fixed.id, reason="重复登记")
    assert voided.ids("events") == {voided.id, fixed.id}
    assert next(e for e in teacher.timeline(mine) if e.event_id == fixed.id).superseded
