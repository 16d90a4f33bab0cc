"""The class absence register: marking a day, follow-ups, escalation, the 疑似辍学 proposal."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.workbench import Refused
from desktop.domain.errors import UserError
from desktop.prevention import register

TODAY = dt.date.today()
DAYS = [TODAY - dt.timedelta(days=2), TODAY - dt.timedelta(days=1), TODAY]


def test_a_day_is_marked_and_unmarked(kit):
    bench = kit.teacher()
    classes = register.classes(bench)
    assert [(c.key, c.pupils) for c in classes] == [(kit.key, 50)]
    roster = register.pupils(bench, kit.key)
    marks = {roster[0].child_id: "sick", roster[1].child_id: "unexplained"}
    register.mark_day(bench, kit.key, TODAY, marks)
    assert register.day_marks(bench, kit.key, TODAY) == marks
    assert register.register_taken(bench, kit.key, TODAY)
    # marked again: the first child came after all, the second was 事假
    register.mark_day(bench, kit.key, TODAY, {roster[1].child_id: "personal"})
    assert register.day_marks(bench, kit.key, TODAY) == {roster[1].child_id: "personal"}
    row = kit.store.get("absence_registers", register.register_id(kit.key, TODAY))
    assert (row["pupils"], row["absent"], row["taken_by"]) == (50, 1, "李老师")
    # every change is in the change log (what sync reads)
    n = kit.store.conn.execute(
        "SELECT count(*) FROM changes WHERE entity IN ('absences','absence_registers')"
    ).fetchone()[0]
    assert n >= 4


def test_refused_marks_change_nothing(kit):
    bench = kit.teacher()
    before = kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(UserError, match="缺勤原因"):
        register.mark_day(bench, kit.key, TODAY, {kit.pupils[0]: "sick", kit.pupils[1]: "旷课"})
    with pytest.raises(UserError, match="今天以后"):
        register.mark_day(bench, kit.key, TODAY + dt.timedelta(days=1), {kit.pupils[0]: "sick"})
    with pytest.raises(Refused, match="不在"):
        register.mark_day(bench, kit.key, TODAY, {kit.other[0]: "sick"})
    assert kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
    assert register.day_marks(bench, kit.key, TODAY) == {}


def test_a_teacher_of_another_school_sees_and_records_nothing(kit):
    other = kit.teacher(kit.school_b)
    assert [c.key.school_id for c in register.classes(other)] == [kit.school_b]
    assert register.pupils(other, kit.key) == []
    with pytest.raises(Refused, match="范围"):
        register.mark_day(other, kit.key, TODAY, {kit.pupils[0]: "unexplained"})
    with pytest.raises(Refused, match="范围"):
        register.record_followup(
            other, kit.pupils[0], on=TODAY, method="phone", outcome="not_reached", result="无人接听"
        )
    assert kit.store.conn.execute("SELECT count(*) FROM absences").fetchone()[0] == 0
    assert kit.store.conn.execute("SELECT count(*) FROM absence_followups").fetchone()[0] == 0
    # nor through the store directly: the role's permit checks the child's school
    from desktop.security.policy import PermissionDenied

    with pytest.raises(PermissionDenied):
        other.store.create(
            "absences",
            {
                "child_id": kit.pupils[0],
                "school_id": kit.school_a,
                "on_date": TODAY.isoformat(),
                "reason": "sick",
            },
        )
    # a township cadre of the school's township sees the class, of another township not
    assert register.classes(kit.cadre())[0].key == kit.key
    assert [c.key.school_id for c in register.classes(kit.cadre(kit.township_b))] == [kit.school_b]


def _absent(kit, bench, child, days=DAYS, reason="unexplained"):
    for d in days:
        register.mark_day(bench, kit.key, d, {child: reason})


def test_escalation_phone_visit_propose(kit):
    bench = kit.teacher()
    child = kit.pupils[3]
    _absent(kit, bench, child, DAYS[:1])
    due = {d.child_id: d for d in register.dues(bench, today=TODAY)}
    assert [x.kind for x in due[child].dues] == ["phone"]
    assert "电话" in due[child].dues[0].detail
    register.record_followup(
        bench, child, on=DAYS[0], method="phone", outcome="not_reached", result="电话无人接听"
    )
    assert register.dues(bench, today=TODAY) == []
    _absent(kit, bench, child, DAYS[1:])
    kinds = [x.kind for x in register.dues(bench, today=TODAY)[0].dues]
    assert kinds == ["visit", "propose"]  # 3 consecutive days: visit, and report (defaults)
    # a school day present in between breaks the run
    register.mark_day(bench, kit.key, DAYS[1], {})
    assert [x.kind for x in register.dues(bench, today=TODAY)[0].dues] == ["phone"]


def test_county_settings_change_the_thresholds(kit):
    kit.store.set_setting("prevention.propose_after_days", 5)
    bench = kit.teacher()
    _absent(kit, bench, kit.pupils[3])
    kinds = [x.kind for x in register.dues(bench, today=TODAY)[0].dues]
    assert kinds == ["phone", "visit"]
    with pytest.raises(UserError, match="未达到"):
        register.propose(bench, kit.pupils[3], today=TODAY)


def test_an_explained_absence_stops_escalation(kit):
    bench = kit.teacher()
    child = kit.pupils[4]
    _absent(kit, bench, child, reason="unknown")
    register.record_followup(
        bench,
        child,
        on=TODAY,
        method="phone",
        outcome="explained",
        result="奶奶说孩子发烧住院",
        explained_as="sick",
    )
    assert register.dues(bench, today=TODAY) == []
    assert set(register.day_marks(bench, kit.key, TODAY).values()) == {"sick"}


def test_proposal_opens_a_suspected_case_with_the_absences_as_evidence(kit):
    bench = kit.teacher()
    child = kit.pupils[7]
    _absent(kit, bench, child)
    changes = register.propose(bench, child, today=TODAY)
    case = bench.case(changes.id)
    assert case["state"] == "suspected" and case["child_id"] == child
    assert "缺勤登记" in case["notes"]
    entries = bench.timeline(changes.id)
    files = [a for e in entries for a in getattr(e, "attachments", ())] or [
        e for e in entries if e.kind == "attachment"
    ]
    assert files, entries
    link = kit.store.conn.execute(
        "SELECT payload FROM events WHERE case_id=? AND kind='attachment'", (changes.id,)
    ).fetchone()[0]
    import json

    sha = json.loads(link)["sha256"]
    data, mime = bench.attachment_data(sha)
    text = data.decode("utf-8-sig")
    assert mime == "text/csv"
    for d in DAYS:
        assert f"{d.isoformat()},缺勤,无故" in text
    proposal = register.proposal_of_case(kit.store, changes.id)
    assert proposal["consecutive"] == 3 and proposal["first_day"] == DAYS[0].isoformat()
    # the case is where the work goes on: no second proposal; the child stays on the register
    # until the case is verified (a suspected child is still on the roll)
    assert register.dues(bench, today=TODAY) == []
    with pytest.raises(UserError, match="未销号"):
        register.propose(bench, child, today=TODAY)
    assert child in {p.child_id for p in register.pupils(bench, kit.key)}


def test_a_refused_proposal_leaves_nothing(kit):
    bench = kit.teacher()
    child = kit.pupils[8]
    _absent(kit, bench, child)
    other = kit.teacher(kit.school_b)
    before = kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(Refused):
        register.propose(other, child, today=TODAY)
    assert kit.store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before


def test_dues_are_the_same_read_a_few_children_at_a_time(kit, monkeypatch):
    """dues_in reads the term's histories a chunk of children at a time (memory at province
    size); the chunk's size changes nothing in what is due."""
    bench = kit.teacher()
    for i, day in enumerate(DAYS):  # a day's register holds all of that day's absentees
        # pupil n is away the last 1 + n % 3 days, still away today
        absent = {c: "unexplained" for n, c in enumerate(kit.pupils[:5]) if i >= 2 - n % 3}
        register.mark_day(bench, kit.key, day, absent)

    def seen() -> list[tuple[str, list[tuple[str, dt.date]]]]:
        return [(d.child_id, [(x.kind, x.due) for x in d.dues]) for d in register.dues(bench)]

    whole = seen()
    assert len(whole) == 5 and len({len(dues) for _, dues in whole}) > 1  # not all alike
    monkeypatch.setattr(register, "HISTORY_CHUNK", 2)
    assert seen() == whole
