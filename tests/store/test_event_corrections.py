"""Correcting and voiding events: a new event supersedes the old one, the case's facts follow,
the reason is in the change log and the audit trail, and who may is checked."""

import datetime as dt

import pytest

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.domain.states import Action
from desktop.security import audit_log
from desktop.store import cases, corrections
from desktop.store.db import loads

TODAY = dt.date.today()


def visit(**kw):
    return model.Contact(
        kind="home_visit",
        participants=("龙干部（乡镇）",),
        met="母亲",
        findings="学生在家",
        result="considering",
        **kw,
    )


@pytest.fixture
def case(store):
    cid = store.create(
        "children",
        model.Child(
            name="吴小龙",
            id_number="522633201203050011",
            township_code="522633100000",
            village_code="522633100001",
            grade="7",
        ),
    )
    case_id = cases.open_case(
        store,
        model.Case(child_id=cid, ledger_kind="dropout", causes=("20",)),
        opened_on=TODAY - dt.timedelta(days=60),
    )
    cases.save_plan(
        store,
        model.Plan(
            case_id=case_id,
            cause_analysis="外出",
            measures="劝返",
            deadline=TODAY + dt.timedelta(days=30),
        ),
    )
    cases.take_action(store, case_id, Action.START_PERSUASION)
    return store, case_id


def counts(store):
    return {
        t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("events", "changes", "audit")
    }


def test_correcting_a_visit_date_moves_the_next_visit(case):
    store, case_id = case
    old_day = TODAY - dt.timedelta(days=40)
    first = cases.record(store, case_id, "contact", visit(), occurred_on=old_day.isoformat())
    row = cases.case_row(store, case_id)
    assert row["next_contact_on"] == (old_day + dt.timedelta(days=14)).isoformat()

    new_day = TODAY - dt.timedelta(days=3)
    fix = corrections.correct_event(
        store, first, occurred_on=new_day, changes={"findings": "在家"}, reason="日期填错"
    )
    row = cases.case_row(store, case_id)
    assert row["next_contact_on"] == (new_day + dt.timedelta(days=14)).isoformat()
    assert row["persuasion_count"] == 1 and row["last_contact_on"] == new_day.isoformat()
    # both versions kept; the new one names the old one and keeps the reason
    new = store.conn.execute("SELECT * FROM events WHERE id=?", (fix,)).fetchone()
    assert new["supersedes"] == first and new["occurred_on"] == new_day.isoformat()
    payload = loads(new["payload"])
    assert payload["correction_reason"] == "日期填错" and payload["met"] == "母亲"
    assert payload["findings"] == "在家"
    assert store.conn.execute("SELECT 1 FROM events WHERE id=?", (first,)).fetchone()
    # change log: the correction is an appended event op; audit: who corrected and why
    assert (
        store.conn.execute(
            "SELECT kind FROM changes WHERE entity='events' AND row_id=?", (fix,)
        ).fetchone()[0]
        == "a"
    )
    audit = store.conn.execute(
        "SELECT actor, detail FROM audit WHERE action='event.correct' AND row_id=?", (fix,)
    ).fetchone()
    assert audit["actor"] == "测试用户" and loads(audit["detail"])["reason"] == "日期填错"
    trail = [e.what for e in audit_log.trail(store.conn)]
    assert "更正记录" in trail


def test_voiding_a_duplicate_visit_drops_the_count(case):
    store, case_id = case
    cases.record(store, case_id, "contact", visit())
    dup = cases.record(store, case_id, "contact", visit())
    assert cases.case_row(store, case_id)["persuasion_count"] == 2
    void = corrections.void_event(store, dup, reason="重复登记")
    assert cases.case_row(store, case_id)["persuasion_count"] == 1
    row = store.conn.execute(
        "SELECT kind, supersedes, payload FROM events WHERE id=?", (void,)
    ).fetchone()
    assert row["kind"] == "void" and row["supersedes"] == dup
    assert loads(row["payload"]) == {"reason": "重复登记", "voided_kind": "contact"}
    whats = [e.what for e in audit_log.trail(store.conn)]
    assert "作废记录" in whats and "登记 作废" in whats
    with pytest.raises(UserError, match="已被作废"):
        corrections.void_event(store, dup, reason="再来一次")
    with pytest.raises(UserError, match="已被作废"):
        corrections.correct_event(store, dup, changes={"met": "父亲"}, reason="x")


def test_refusals_change_nothing(case):
    store, case_id = case
    ev = cases.record(store, case_id, "contact", visit())
    before = counts(store)
    with pytest.raises(UserError, match="请填写作废原因"):
        corrections.void_event(store, ev, reason="  ")
    with pytest.raises(UserError, match="请填写更正原因"):
        corrections.correct_event(store, ev, changes={"met": "父亲"}, reason="")
    with pytest.raises(UserError, match="不能晚于今天"):
        corrections.correct_event(
            store, ev, occurred_on=TODAY + dt.timedelta(days=1), reason="日期"
        )
    with pytest.raises(UserError, match="不能早于立案日期"):
        corrections.correct_event(
            store, ev, occurred_on=TODAY - dt.timedelta(days=90), reason="日期"
        )
    with pytest.raises(UserError, match="与原记录相同"):
        corrections.correct_event(store, ev, changes={"met": "母亲"}, reason="没改")
    with pytest.raises(UserError, match="请填写参与人员"):
        corrections.correct_event(store, ev, changes={"participants": []}, reason="清空")
    assert counts(store) == before


def test_a_state_change_is_reversed_never_voided(case):
    store, case_id = case
    transition = store.conn.execute(
        "SELECT id FROM events WHERE case_id=? AND kind='transition'", (case_id,)
    ).fetchone()[0]
    before = counts(store)
    with pytest.raises(UserError, match="相反的状态变更"):
        corrections.void_event(store, transition, reason="办错了")
    with pytest.raises(UserError, match="相反的状态变更"):
        corrections.correct_event(store, transition, changes={"reason": "x"}, reason="办错了")
    assert counts(store) == before
    assert cases.case_row(store, case_id)["state"] == "persuading"


def test_who_may(case):
    store, case_id = case
    ev = cases.record(store, case_id, "contact", visit())
    # the author, the same day, whatever the role
    corrections.check(store, ev, role="teacher")
    # someone else's record: a teacher or village cadre may not, a township or county user may
    store.actor = "另一位老师"
    with pytest.raises(UserError, match="只能作废自己登记的记录"):
        corrections.void_event(store, ev, reason="重复", role="teacher")
    corrections.check(store, ev, role="township_cadre")
    corrections.check(store, ev, role="county_admin")
    # the author, another day
    store.actor = "测试用户"
    with pytest.raises(UserError, match="只能在当天更正"):
        corrections.correct_event(
            store,
            ev,
            changes={"met": "父亲"},
            reason="x",
            role="village_cadre",
            today=TODAY + dt.timedelta(days=1),
        )
    # a township user outside its township
    store.scope = Scope.township("522633101000")
    with pytest.raises(UserError, match="不在您负责的范围内"):
        corrections.check(store, ev, role="township_cadre")
    store.scope = Scope.everything()
    with pytest.raises(UserError, match="只读"):
        corrections.check(store, ev, role="auditor")
    assert cases.case_row(store, case_id)["persuasion_count"] == 1


def test_undo_is_a_voiding_refused_while_something_refers_to_it(case):
    store, case_id = case
    ev = cases.record(store, case_id, "contact", visit())
    sha = store.put_attachment(b"%PDF-1.4 scan", "application/pdf")
    att = cases.record(
        store,
        case_id,
        "attachment",
        model.AttachmentLink(target_id=ev, sha256=sha, filename="a.pdf"),
    )
    with pytest.raises(UserError, match="已被其他记录引用（附件）"):
        corrections.undo_event(store, ev)
    corrections.undo_event(store, att)
    void = corrections.undo_event(store, ev)
    payload = loads(
        store.conn.execute("SELECT payload FROM events WHERE id=?", (void,)).fetchone()[0]
    )
    assert payload["reason"] == "撤销"
    assert cases.case_row(store, case_id)["persuasion_count"] == 0
    store.actor = "别人"
    other = cases.record(store, case_id, "contact", visit())
    store.actor = "测试用户"
    with pytest.raises(UserError, match="只能撤销自己"):
        corrections.undo_event(store, other)


def test_a_correction_of_a_correction(case):
    store, case_id = case
    ev = cases.record(store, case_id, "contact", visit())
    fix1 = corrections.correct_event(store, ev, changes={"met": "父亲"}, reason="不是母亲")
    fix2 = corrections.correct_event(store, fix1, changes={"met": "奶奶"}, reason="是奶奶")
    live = [e.id for e in cases.events_of(store, case_id)]
    assert {ev, fix1, fix2} <= set(live)
    assert cases.case_row(store, case_id)["persuasion_count"] == 1
    corrections.void_event(store, fix2, reason="根本没去")
    assert cases.case_row(store, case_id)["persuasion_count"] == 0


def test_a_corrected_return_record_places_the_child_and_counts_in_statistics(case):
    from desktop.reports.stats import load_attributes

    store, case_id = case
    first = store.create("schools", model.School(name="丙妹中学", township_code="522633100000"))
    right = store.create("schools", model.School(name="贯洞中学", township_code="522633100000"))
    ret = cases.record(
        store,
        case_id,
        "return",
        model.ReturnRecord(return_date=TODAY, school_id=first, grade="7", placement="insert_class"),
        occurred_on=TODAY.isoformat(),
    )
    corrections.correct_event(
        store,
        ret,
        changes={"school_id": right, "placement": "special_class"},
        occurred_on=TODAY - dt.timedelta(days=1),
        reason="学校和安置方式填错",
    )
    cases.take_action(store, case_id, Action.REGISTER_RETURN)
    child = store.get("children", cases.case_row(store, case_id)["child_id"])
    assert child["school_id"] == right
    from desktop.domain import codes

    placement = load_attributes(store)[case_id]["placement"]
    assert placement == [codes.PLACEMENTS.label("special_class")]


def test_a_visit_is_corrected_even_when_the_state_now_would_refuse_a_new_one(store):
    cid = store.create(
        "children",
        model.Child(
            name="石小花",
            id_number="522633201203050038",
            township_code="522633100000",
            village_code="522633100001",
        ),
    )
    case_id = cases.open_case(
        store,
        model.Case(child_id=cid, ledger_kind="suspected", causes=("20",)),
        opened_on=TODAY - dt.timedelta(days=30),
    )
    ev = cases.record(
        store, case_id, "contact", visit(), occurred_on=(TODAY - dt.timedelta(days=20)).isoformat()
    )
    cases.take_action(store, case_id, Action.CONFIRM_DROPOUT)
    with pytest.raises(UserError, match="一人一案"):  # a new visit waits for the plan
        cases.record(store, case_id, "contact", visit())
    fix = corrections.correct_event(
        store, ev, occurred_on=TODAY - dt.timedelta(days=21), reason="日期填错"
    )
    assert (
        store.conn.execute("SELECT supersedes FROM events WHERE id=?", (fix,)).fetchone()[0] == ev
    )
    # the record's own rules still hold
    with pytest.raises(UserError, match="见到的人"):
        corrections.correct_event(store, fix, changes={"met": ""}, reason="清空")
