import datetime as dt

import pytest

from desktop.domain import model
from desktop.domain.errors import TransitionRefused, UserError
from desktop.domain.states import Action, ActionParams, State
from desktop.store import cases, db


@pytest.fixture
def kid(store):
    school = store.create(
        "schools", model.School(name="丙妹中心小学", township_code="522633100000")
    )
    cid = store.create(
        "children",
        model.Child(
            name="吴小龙",
            id_number="522633201203050011",
            township_code="522633100000",
            village_code="522633100001",
            school_id=school,
            grade="7",
        ),
    )
    return store, cid, school


def joint():
    return model.Contact(
        kind="joint",
        participants=("龙干部（乡镇）", "石所长（派出所）"),
        departments=("township", "police"),
    )


def add_account(store, username, display_name, role):
    """An account row as desktop/security/users.py writes it (no password needed here)."""
    store.conn.execute(
        "INSERT INTO users(username, display_name, role, password_hash, created_at, created_by,"
        " updated_at) VALUES (?,?,?,'-','2026-01-01','测试','2026-01-01')",
        (username, display_name, role),
    )


def test_whole_life_of_a_case(kid):
    store, cid, school = kid
    add_account(store, "jyj_li", "县教育局李明", "county_admin")
    add_account(store, "xz_long", "龙干部", "township_cadre")
    today = dt.date.today()
    day = lambda n: (today - dt.timedelta(days=n)).isoformat()  # noqa: E731
    case_id = cases.open_case(
        store,
        model.Case(child_id=cid, ledger_kind="dropout", causes=("20", "94")),
        opened_on=today - dt.timedelta(days=60),
    )
    row = cases.case_row(store, case_id)
    assert row["state"] == "dropout" and row["case_no"].startswith(
        f"{(today - dt.timedelta(days=60)).year}-100-0001-"
    )
    with pytest.raises(TransitionRefused, match="一人一案"):
        cases.record(store, case_id, "contact", joint(), occurred_on=day(50))
    cases.save_plan(
        store,
        model.Plan(
            case_id=case_id,
            cause_analysis="外出打工",
            measures="联合劝返",
            deadline=today + dt.timedelta(days=30),
        ),
    )
    on = today - dt.timedelta(days=50)
    assert (
        cases.take_action(store, case_id, Action.START_PERSUASION, ActionParams(on=on))
        is State.PERSUADING
    )
    # three joint persuasions on one afternoon are one
    for _ in range(3):
        cases.record(store, case_id, "contact", joint(), occurred_on=day(40))
    cases.record(store, case_id, "contact", joint(), occurred_on=day(30))
    assert cases.case_row(store, case_id)["joint_count"] == 2
    with pytest.raises(TransitionRefused, match="联合劝返三次以上"):
        cases.take_action(store, case_id, Action.REFUSAL_EXCEPTION, ActionParams(approver="jyj_li"))
    cases.record(store, case_id, "contact", joint(), occurred_on=day(20))
    assert cases.case_row(store, case_id)["joint_count"] == 3
    # a township account, or a name typed by hand, cannot approve
    for who, match in (("xz_long", "只能申请"), ("县扶贫工作领导小组", "不是本系统的用户账户")):
        with pytest.raises(TransitionRefused, match=match):
            cases.take_action(store, case_id, Action.REFUSAL_EXCEPTION, ActionParams(approver=who))
    cases.take_action(
        store, case_id, Action.REFUSAL_EXCEPTION, ActionParams(approver="县教育局李明")
    )
    row = cases.case_row(store, case_id)
    assert row["state"] == "persuading" and row["refusal_exception"] == 1
    tr = [e for e in cases.events_of(store, case_id) if e.kind == "transition"][-1]
    assert (tr.payload["approver"], tr.payload["approver_role"]) == ("jyj_li", "county_admin")
    cases.record(
        store,
        case_id,
        "contact",
        model.Contact(
            participants=("龙干部",), met="祖母", findings="学生在家", result="considering"
        ),
    )  # persuasion continues
    ret = cases.record(
        store,
        case_id,
        "return",
        model.ReturnRecord(
            return_date=today,
            school_id=school,
            grade="8",
            class_name="2班",
            placement="insert_class",
        ),
    )
    assert cases.take_action(store, case_id, Action.REGISTER_RETURN) is State.MONITORING
    child = store.get("children", cid)
    assert (child["grade"], child["class_name"]) == ("8", "2班")
    with pytest.raises(TransitionRefused, match="跟踪巩固期"):
        cases.take_action(
            store, case_id, Action.CLOSE_RETURNED, ActionParams(approver="jyj_li", evidence=(ret,))
        )
    later = today + dt.timedelta(days=200)
    with pytest.raises(TransitionRefused, match="佐证"):
        cases.take_action(
            store,
            case_id,
            Action.CLOSE_RETURNED,
            ActionParams(approver="jyj_li", on=later),
            today=later,
        )
    cases.take_action(
        store,
        case_id,
        Action.CLOSE_RETURNED,
        ActionParams(approver="jyj_li", evidence=(ret,), on=later),
        today=later,
    )
    row = cases.case_row(store, case_id)
    assert (row["state"], row["outcome"]) == ("closed", "returned")
    # relapse reopens
    cases.take_action(store, case_id, Action.RELAPSE, ActionParams(on=later), today=later)
    row = cases.case_row(store, case_id)
    assert (row["state"], row["outcome"]) == ("persuading", None)


def test_one_open_case_per_child(kid):
    store, cid, _ = kid
    cases.open_case(store, model.Case(child_id=cid))
    with pytest.raises(UserError, match="未销号"):
        cases.open_case(store, model.Case(child_id=cid))


def test_plan_has_the_same_id_on_every_device(kid):
    store, cid, _ = kid
    case_id = cases.open_case(store, model.Case(child_id=cid))
    pid = cases.save_plan(
        store,
        model.Plan(case_id=case_id, cause_analysis="a", measures="b", deadline=dt.date(2027, 1, 1)),
    )
    assert pid == cases.plan_id(case_id)
    assert (
        cases.save_plan(
            store,
            model.Plan(
                case_id=case_id, cause_analysis="a2", measures="b", deadline=dt.date(2027, 1, 1)
            ),
        )
        == pid
    )
    assert store.get("plans", pid)["cause_analysis"] == "a2"


def test_due_dates_follow_cadence_settings(kid):
    store, cid, _ = kid
    store.set_setting("visit.suspected_days", 3)
    case_id = cases.open_case(store, model.Case(child_id=cid), opened_on=dt.date(2026, 9, 2))
    assert cases.case_row(store, case_id)["next_contact_on"] == "2026-09-05"


def test_confirmed_dropout_needs_a_cause(kid):
    store, cid, _ = kid
    with pytest.raises(UserError, match="辍学原因"):
        cases.open_case(store, model.Case(child_id=cid, ledger_kind="dropout"))


def test_a_refusal_exception_deferral_stays_on_the_today_list(kid):
    from desktop.store import queries

    store, cid, _ = kid
    add_account(store, "jyj_li", "县教育局李明", "county_admin")
    today = dt.date.today()
    case_id = cases.open_case(
        store,
        model.Case(child_id=cid, ledger_kind="dropout", causes=("20",)),
        opened_on=today - dt.timedelta(days=60),
    )
    cases.save_plan(
        store,
        model.Plan(case_id=case_id, cause_analysis="厌学", measures="联合劝返", deadline=today),
    )
    cases.take_action(
        store,
        case_id,
        Action.START_PERSUASION,
        ActionParams(on=today - dt.timedelta(days=55)),
    )
    for n in (50, 40, 30):
        cases.record(
            store,
            case_id,
            "contact",
            joint(),
            occurred_on=(today - dt.timedelta(days=n)).isoformat(),
        )
    cases.take_action(
        store,
        case_id,
        Action.APPROVE_DEFERRAL,
        ActionParams(approver="jyj_li", reason="拒不返校", until=today + dt.timedelta(days=180)),
    )
    row = cases.case_row(store, case_id)
    assert row["state"] == "deferred" and row["refusal_exception"] == 1
    assert row["next_contact_on"]  # persuasion continues
    visits = [
        i
        for i in queries.today_items(store.conn, today=today + dt.timedelta(days=30))
        if i.section == "visits"
    ]
    assert [i.case_id for i in visits] == [case_id]


def test_a_deferral_decision_is_recorded_as_the_county_account(kid):
    store, cid, _ = kid
    add_account(store, "jyj_li", "县教育局李明", "county_admin")
    today = dt.date.today()
    case_id = cases.open_case(
        store,
        model.Case(child_id=cid, ledger_kind="dropout", causes=("51",)),
        opened_on=today - dt.timedelta(days=30),
    )
    cases.save_plan(
        store,
        model.Plan(case_id=case_id, cause_analysis="身体原因", measures="送医", deadline=today),
    )
    cases.take_action(
        store, case_id, Action.START_PERSUASION, ActionParams(on=today - dt.timedelta(days=25))
    )
    advice = model.Assessment(conclusion="建议休学一年", recommends_deferral=True)
    cases.record(store, case_id, "assessment", advice)
    form = model.Deferral(
        reason="住院治疗", until=today + dt.timedelta(days=300), approver="县教育局李明"
    )
    event_id = cases.record(store, case_id, "deferral", form)
    payload = db.loads(store.get("events", event_id)["payload"])
    assert (payload["approver"], payload["approver_name"]) == ("jyj_li", "县教育局李明")
    with pytest.raises(TransitionRefused, match="不是本系统的用户账户"):
        cases.record(
            store, case_id, "deferral", model.Deferral(reason="住院", until=today, approver="张三")
        )
