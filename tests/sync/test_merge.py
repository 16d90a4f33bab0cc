"""Merge rules between real databases: union of events, field-by-field last writer wins,
conflicts from the same base, relays, scope, records arriving out of order, restores."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from synckit import (
    T1,
    T2,
    V2,
    County,
    bundle,
    child,
    dump,
    exchange,
    know,
    make_county,
    persuading_case,
)

from desktop.domain import model
from desktop.domain.states import Action, ActionParams
from desktop.store import cases
from desktop.store.repo import Store
from desktop.sync import conflicts, enrol, export, importer, marks


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def trio(county: County, tmp_path: Path):
    devices = [county.device(tmp_path / f"{n}.db", name=n) for n in ("甲", "乙", "丙")]
    yield devices
    for d in devices:
        d.close()


def dropout_case(store: Store, kid: str) -> str:
    return persuading_case(store, kid=kid, days_ago=None)


def visit(store: Store, case_id: str, who: str) -> str:
    return cases.record(
        store,
        case_id,
        "contact",
        model.Contact(participants=(who,), met="母亲", findings="学生在家", result="considering"),
    )


def test_events_merge_by_union_and_counts_follow(trio):
    a, b, _c = trio
    kid = child(a)
    case_id = dropout_case(a, kid)
    exchange(a, b)
    mine = {visit(a, case_id, "甲干部") for _ in range(2)}
    theirs = {visit(b, case_id, "乙干部") for _ in range(3)}
    exchange(a, b)
    exchange(b, a)
    for s in (a, b):
        ids = {r[0] for r in s.conn.execute("SELECT id FROM events WHERE kind='contact'")}
        assert ids == mine | theirs
        assert cases.case_row(s, case_id)["persuasion_count"] == 5
    # a duplicate delivery adds nothing
    data = bundle(b, a)
    importer.import_bytes(a, data)
    importer.import_bytes(a, data)
    assert a.conn.execute("SELECT count(*) FROM events WHERE kind='contact'").fetchone()[0] == 5


def test_different_fields_merge_silently(trio):
    a, b, _c = trio
    kid = child(a)
    exchange(a, b)
    a.update("children", kid, {"address": "岜沙村3组"})
    b.update("children", kid, {"phone": "13812345678"})
    exchange(a, b)
    exchange(b, a)
    for s in (a, b):
        row = s.get("children", kid)
        assert (row["address"], row["phone"]) == ("岜沙村3组", "13812345678")
        assert conflicts.review_items(s) == []
    assert dump(a) == dump(b)


def test_same_field_from_same_base_is_one_conflict_with_both_values_kept(trio):
    a, b, c = trio
    kid = child(a)
    exchange(a, b)
    exchange(a, c)
    a.update("children", kid, {"address": "甲写的"})
    b.update("children", kid, {"address": "乙写的"})  # later stamp: wins
    for src, dst in ((a, c), (b, c), (a, b), (b, a), (c, a), (c, b), (a, c)):
        exchange(src, dst)
    for s in (a, b, c):
        assert s.get("children", kid)["address"] == "乙写的"
        items = conflicts.review_items(s)
        assert len(items) == 1
        assert sorted(v.value for v in items[0].versions) == ["乙写的", "甲写的"]
        assert [v.current for v in items[0].versions] == [False, True]
        assert items[0].label == "学生 吴小龙 · 住址"
    # the county user (on c) keeps a's value; the choice syncs to everyone
    item = conflicts.review_items(c)[0]
    chosen = next(v for v in item.versions if v.value == "甲写的")
    conflicts.resolve(c, item.key, op_id=chosen.op_id)
    exchange(c, a)
    exchange(c, b)
    for s in (a, b, c):
        assert s.get("children", kid)["address"] == "甲写的"
        assert conflicts.review_items(s) == []
        assert len(conflicts.review_items(s, status="resolved")) == 1


def test_an_edit_made_after_seeing_the_other_is_no_conflict(trio):
    a, b, _c = trio
    kid = child(a)
    exchange(a, b)
    a.update("children", kid, {"address": "一"})
    exchange(a, b)
    b.update("children", kid, {"address": "二"})
    exchange(b, a)
    assert a.get("children", kid)["address"] == "二"
    assert conflicts.review_items(a) == [] and conflicts.review_items(b) == []


def test_same_value_from_same_base_is_no_conflict(trio):
    a, b, _c = trio
    kid = child(a)
    exchange(a, b)
    a.update("children", kid, {"address": "一样"})
    b.update("children", kid, {"address": "一样"})
    exchange(a, b)
    exchange(b, a)
    assert conflicts.review_items(a) == [] and conflicts.review_items(b) == []


def test_two_devices_write_the_same_plan(trio):
    a, b, _c = trio
    kid = child(a)
    case_id = cases.open_case(a, model.Case(child_id=kid, ledger_kind="dropout", causes=("20",)))
    exchange(a, b)
    for s, measures in ((a, "家访"), (b, "联合劝返")):
        cases.save_plan(
            s,
            model.Plan(
                case_id=case_id,
                cause_analysis="厌学",
                measures=measures,
                deadline=dt.date(2030, 1, 1),
            ),
        )
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    items = conflicts.review_items(a)
    assert [i.field for i in items] == ["measures"]  # equal fields merged silently
    assert items[0].label.startswith("一人一案") and items[0].case_id == case_id
    assert a.get("plans", cases.plan_id(case_id))["measures"] in ("家访", "联合劝返")
    assert cases.case_row(a, case_id)["has_plan"] == 1


def test_concurrent_transitions_go_to_review(trio):
    a, b, _c = trio
    kid = child(a)
    case_id = cases.open_case(a, model.Case(child_id=kid, ledger_kind="suspected", causes=("20",)))
    exchange(a, b)
    cases.take_action(a, case_id, Action.CONFIRM_DROPOUT)
    # b verifies the child in school: its evidence, approved by the county account on b
    b.conn.execute(
        "INSERT INTO users(username, display_name, role, password_hash, created_at, created_by,"
        " updated_at) VALUES ('jyj', '县教育局', 'county_admin', '-', '2026-01-01', '测试',"
        " '2026-01-01')"
    )
    seen = cases.record(
        b,
        case_id,
        "contact",
        model.Contact(kind="phone", participants=("班主任",), result="verified_enrolled"),
    )
    cases.take_action(
        b, case_id, Action.VERIFY_ENROLLED, ActionParams(approver="jyj", evidence=(seen,))
    )
    exchange(a, b)
    exchange(b, a)
    for s in (a, b):
        row = cases.case_row(s, case_id)
        assert row["needs_review"] == 1
        assert [r["id"] for r in conflicts.cases_to_review(s)] == [case_id]
    assert dump(a) == dump(b)


def test_relay_through_a_third_device(trio):
    a, b, c = trio
    kid = child(a)
    case_id = dropout_case(a, kid)
    ev = visit(a, case_id, "甲干部")
    exchange(a, b)
    exchange(b, c)  # a's work reaches c through b
    assert c.get("children", kid) is not None
    assert c.conn.execute("SELECT 1 FROM events WHERE id=?", (ev,)).fetchone()
    assert marks.have(c)[a.device_id] == marks.have(a)[a.device_id]
    result = exchange(a, c)  # directly afterwards: nothing new
    assert result.new_ops == 0
    # c's acknowledgement travels back: a now knows c has everything of a
    exchange(c, a)
    assert marks.peer_from(a.conn, c.device_id)[a.device_id] == a.log.next_seq - 1
    assert dump(a) == dump(b) == dump(c)


def test_a_change_that_arrives_before_its_record_waits_for_it(trio):
    a, b, c = trio
    kid = child(a)
    exchange(a, b)
    b.update("children", kid, {"address": "乙改的"})
    # c tells b it already has a's ops (as if they had reached it another way), so b sends
    # only its own change
    with b.transaction():
        marks.record_acks(b.conn, c.device_id, {a.device_id: a.log.next_seq - 1})
    exchange(b, c)
    assert c.get("children", kid) is None
    assert c.conn.execute("SELECT count(*) FROM changes WHERE row_id=?", (kid,)).fetchone()[0] == 1
    exchange(a, c)  # the record arrives and takes the change that waited
    assert c.get("children", kid)["address"] == "乙改的"
    exchange(c, a)
    exchange(c, b)
    exchange(b, a)
    assert dump(a) == dump(b) == dump(c)


def test_township_devices_receive_only_their_township(county, tmp_path):
    t1 = county.device(tmp_path / "t1.db", townships=(T1,), name="丙妹镇")
    t2 = county.device(tmp_path / "t2.db", townships=(T2,), name="贯洞镇")
    hq = county.device(tmp_path / "hq.db", role="county", name="县教育局")
    k1 = child(t1, "丙妹学生")
    k2 = child(t2, "贯洞学生", township=T2, village=V2)
    case2 = dropout_case(t2, k2)
    visit(t2, case2, "贯洞干部")
    exchange(t1, hq)
    exchange(t2, hq)
    assert hq.get("children", k1) and hq.get("children", k2)
    data = bundle(hq, t1)
    importer.import_bytes(t1, data)
    assert t1.get("children", k2) is None
    assert t1.conn.execute("SELECT count(*) FROM events WHERE child_id=?", (k2,)).fetchone()[0] == 0
    assert t1.conn.execute("SELECT count(*) FROM changes WHERE row_id=?", (k2,)).fetchone()[0] == 0
    assert t1.conn.execute("SELECT count(*) FROM cases WHERE child_id=?", (k2,)).fetchone()[0] == 0
    # and t1's own work is confirmed by the county
    exchange(hq, t1)
    assert marks.summary(t1)["unconfirmed"] == 0
    for s in (t1, t2, hq):
        s.close()


def test_a_child_moving_township_brings_its_history(county, tmp_path):
    t1 = county.device(tmp_path / "t1.db", townships=(T1,))
    t2 = county.device(tmp_path / "t2.db", townships=(T2,))
    hq = county.device(tmp_path / "hq.db", role="county")
    kid = child(t1, "搬家学生")
    case_id = dropout_case(t1, kid)
    visit(t1, case_id, "丙妹干部")
    exchange(t1, hq)
    exchange(hq, t2)
    assert t2.get("children", kid) is None
    hq.update("children", kid, {"township_code": T2, "village_code": V2})
    exchange(hq, t2)
    assert t2.get("children", kid)["township_code"] == T2
    assert cases.case_row(t2, case_id)["persuasion_count"] == 1
    assert t2.get("plans", cases.plan_id(case_id)) is not None
    exchange(hq, t1)  # t1 learns that the child left
    assert t1.get("children", kid)["township_code"] == T2
    for s in (t1, t2, hq):
        s.close()


def test_attachments_travel_once(trio):
    a, b, _c = trio
    kid = child(a)
    case_id = dropout_case(a, kid)
    photo = b"\x89PNG" + bytes(range(256)) * 40
    for s in (a, b):
        sha = s.put_attachment(photo, "image/png")
        s.append_event(
            "attachment",
            model.AttachmentLink(target_id=case_id, sha256=sha, filename="家访.png"),
            occurred_on="2026-10-01",
            case_id=case_id if s is a else None,
            child_id=kid if s is a else None,
        )
    prepared = export.prepare(a, [enrol.peer_cert(a, b.device_id) or _cert(a, b)], force=True)
    assert prepared.file_count == 1
    importer.import_bytes(b, prepared.data)
    exchange(b, a)
    for s in (a, b):
        assert s.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
        assert bytes(s.conn.execute("SELECT data FROM attachments").fetchone()[0]) == photo


def _cert(a: Store, b: Store):
    know(a, b)
    return enrol.peer_cert(a, b.device_id)


def test_a_restored_device_gets_its_lost_work_back(trio, tmp_path):
    a, b, _c = trio
    kid = child(a)
    a.close()
    backup = tmp_path / "backup.db"
    shutil.copy(a.path, backup)
    a = Store.open(trio[0].path)
    a.update("children", kid, {"address": "备份之后写的"})
    lost_seq = a.log.next_seq - 1
    exchange(a, b)
    exchange(b, a)
    a.close()
    shutil.copy(backup, trio[0].path)
    for suffix in ("-wal", "-shm"):
        Path(str(trio[0].path) + suffix).unlink(missing_ok=True)
    a = Store.open(trio[0].path)
    assert a.get("children", kid)["address"] == ""
    exchange(a, b)  # a reports what it has of itself now
    exchange(b, a)  # and b sends back what a lost
    assert a.get("children", kid)["address"] == "备份之后写的"
    assert a.log.next_seq == lost_seq + 1  # its next change does not reuse a number
    a.close()


def test_sync_state_of_a_case(trio):
    a, b, _c = trio
    kid = child(a)
    case_id = dropout_case(a, kid)
    other = dropout_case(a, child(a, "另一个"))
    assert marks.case_states(a, [case_id, other]) == {case_id: "local", other: "local"}
    know(a, b)
    prepared = export.prepare(a, [enrol.peer_cert(a, b.device_id)])
    export.record(a, prepared)
    assert marks.case_states(a, [case_id])[case_id] == "sent"
    assert marks.record_state(a, "children", kid) == "sent"
    importer.import_bytes(b, prepared.data)
    exchange(b, a)  # b's bundle carries the receipt
    assert marks.case_states(a, [case_id])[case_id] == "confirmed"
    visit(a, case_id, "甲干部")
    assert marks.case_states(a, [case_id, other]) == {case_id: "local", other: "confirmed"}
    assert marks.case_states(b, [case_id]) == {case_id: "none"}  # b changed nothing of it
    s = marks.summary(a)
    assert s["unsent"] == 1 and s["unconfirmed"] == 1 and s["last_sync"]


def test_an_edit_after_seeing_a_value_from_a_clock_that_runs_ahead_wins(trio):
    import time

    from desktop.domain.hlc import HybridClock

    a, b, _c = trio
    kid = child(a)
    exchange(a, b)
    a.log.clock = HybridClock(a.log.clock.last, wall=lambda: time.time() + 3 * 86400)  # 3 days fast
    a.update("children", kid, {"address": "甲（时钟快三天）"})
    # b's sync job runs on its own connection; the window's connection has an older clock
    with Store.open(b.path) as job:
        importer.import_bytes(job, bundle(a, job))
    assert b.get("children", kid)["address"] == "甲（时钟快三天）"
    b.update("children", kid, {"address": "乙看过之后改的"})
    exchange(b, a)
    for s in (a, b):
        assert s.get("children", kid)["address"] == "乙看过之后改的"
        assert conflicts.review_items(s) == []
