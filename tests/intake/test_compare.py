"""Registry comparison: who is flagged and why, fuzzy matches, and nothing created silently."""

import datetime as dt

import pytest
from messy_sheets import id_number, simple_sheet

from desktop.intake import candidates as cand
from desktop.intake.compare import age_rule, run_comparison
from desktop.intake.fuzzy import THRESHOLD, name_similarity, person_score
from desktop.intake.importer import commit, prepare
from desktop.intake.synthetic import write_registry_roster

ON = dt.date(2026, 11, 28)
SYNCED = ("children", "cases", "events", "changes", "enrolments")


def counts(store, tables=SYNCED):
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_name_similarity_through_pinyin():
    assert name_similarity("李小红", "李小红") == 1.0
    assert name_similarity("李小红", "李晓红") >= 0.9  # homophone typed by ear
    assert name_similarity("张伟", "张玮") >= 0.9
    assert THRESHOLD <= name_similarity("陈明", "陈敏") < 0.9  # one sound apart
    assert name_similarity("张三", "李四") < 0.5
    b = dt.date(2014, 3, 5)
    assert person_score("王五", b, "王武", dt.date(2014, 5, 3)) >= THRESHOLD  # month/day swapped
    assert person_score("王五", b, "王五", dt.date(2011, 7, 9)) == 0.0


def _local_enrolled(store, n, *, skip=0):
    """Enrolled children of compulsory age with a local 户籍 and no open case."""
    rule = age_rule(store)
    rows = store.conn.execute(
        "SELECT ch.id, ch.name, ch.id_number, ch.birth_date, e.id AS enrolment FROM children ch"
        " JOIN enrolments e ON e.child_id = ch.id AND e.status='enrolled'"
        " WHERE ch.hukou_code LIKE '522633%' AND ch.id NOT IN"
        " (SELECT child_id FROM cases WHERE state != 'closed') ORDER BY ch.seq"
    ).fetchall()
    rows = [r for r in rows if rule.is_compulsory_age(dt.date.fromisoformat(r["birth_date"]), ON)]
    return rows[skip : skip + n]


def test_comparison_on_the_demo_county(demo_store, tmp_path):
    store = demo_store
    rule = age_rule(store)
    away = _local_enrolled(store, 2)  # enrolled, but the police list lacks them
    moved, paused = _local_enrolled(store, 2, skip=2)
    store.update("enrolments", moved["enrolment"], {"status": "transferred_out"})
    store.update("enrolments", paused["enrolment"], {"status": "suspended"})
    path = tmp_path / "户籍.xlsx"
    info = write_registry_roster(
        store, path, missing=12, skip_ids=frozenset(r["id_number"] for r in away), seed=5
    )
    # a child enrolled under one ID, registered by the police under another (same birth date)
    twin = _local_enrolled(store, 1, skip=4)[0]
    birth = dt.date.fromisoformat(twin["birth_date"])
    other_id = next(i for s in range(400, 499) if (i := id_number(birth, s)) != twin["id_number"])
    extra = tmp_path / "补充户籍.xlsx"
    simple_sheet(extra, ["姓名", "公民身份号码"], [[twin["name"], other_id]])
    commit(store, prepare(store, path, kind="hukou"))
    commit(store, prepare(store, extra, kind="age_list"))

    before = counts(store)
    last_op = store.conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
    run = run_comparison(store, on=ON)
    # nothing created silently: the only new op is the audit entry of the comparison
    new_ops = store.conn.execute("SELECT entity FROM changes WHERE seq > ?", (last_op,)).fetchall()
    assert [r[0] for r in new_ops] == ["audit"]
    assert counts(store) == {**before, "changes": before["changes"] + 1}
    by_kind = {}
    for c in run.candidates:
        by_kind.setdefault(c["kind"], {})[c["id_number"]] = c
    expected_missing = {
        i
        for i in info["extra_ids"]
        if rule.is_compulsory_age(dt.date(int(i[6:10]), int(i[10:12]), int(i[12:14])), ON)
    }
    not_enrolled = by_kind["not_enrolled"]
    assert expected_missing <= set(not_enrolled)
    assert set(not_enrolled) - expected_missing == {moved["id_number"]}
    assert any("学籍状态为“转出”" in r for r in not_enrolled[moved["id_number"]]["reasons"])
    c = not_enrolled[sorted(expected_missing)[0]]
    assert c["child_id"] is None and c["expected_grade"] in range(1, 10)
    assert any("户籍名册" in r and "在册" in r for r in c["reasons"])
    assert any("学籍中没有此人" in r for r in c["reasons"])
    assert paused["id_number"] not in not_enrolled and run.counts["accounted"] >= 1
    conflict = by_kind["id_conflict"][other_id]
    assert conflict["other_child_id"] == twin["id"] and conflict["score"] == 1.0
    assert any("可能是同一人" in r for r in conflict["reasons"])
    assert set(by_kind["not_in_hukou"]) >= {r["id_number"] for r in away}
    assert run.counts["not_enrolled"] == len(not_enrolled)

    # the user picks the not-enrolled ones: one action, cases in the suspected ledger
    seqs = [c["seq"] for c in not_enrolled.values()]
    result = cand.open_cases(store, seqs, found_on=ON)
    after = counts(store)
    assert len(result.opened) == len(seqs) and not result.skipped
    assert after["cases"] - before["cases"] == len(seqs)
    assert after["children"] - before["children"] == len(expected_missing)  # created from 户籍
    case = store.conn.execute(
        "SELECT c.*, ch.name, ch.hukou_address FROM cases c JOIN children ch ON ch.id = c.child_id"
        " WHERE ch.id_number=?",
        (sorted(expected_missing)[0],),
    ).fetchone()
    assert case["state"] == "suspected" and case["ledger_kind"] == "suspected"
    assert case["notes"].startswith("数据比对发现：") and case["found_on"] == ON.isoformat()
    assert case["township_code"] and case["hukou_address"]
    statuses = {r["status"] for r in cand.candidates(store, run.id, kind="not_enrolled")}
    assert statuses == {"case_opened"}
    again = cand.open_cases(store, seqs[:1], found_on=ON)
    assert not again.opened and "已处理过" in again.skipped[0][1]
    assert cand.dismiss(store, [conflict["seq"]], reason="核实为同一人，户籍身份证号有误") == 1
    dismissed = cand.candidates(store, run.id, status="dismissed")[0]
    assert dismissed["reasons"][-1] == "排除：核实为同一人，户籍身份证号有误"


@pytest.mark.parametrize(
    ("on", "flagged"),
    [(ON, {"born 2020-08-31"}), (dt.date(2026, 8, 31), set())],
)
def test_compulsory_age_boundary(store, tmp_path, on, flagged):
    """Entry at six full years on 31 August: born 2020-08-31 starts grade 1 in September 2026;
    born a day later waits a year. Neither is due before the school year starts."""
    path = tmp_path / "适龄儿童.xlsx"
    simple_sheet(
        path,
        ["儿童姓名", "身份证号", "备注"],
        [
            ["甲", id_number(dt.date(2020, 8, 31), 1), "born 2020-08-31"],
            ["乙", id_number(dt.date(2020, 9, 1), 2), "born 2020-09-01"],
        ],
    )
    commit(store, prepare(store, path, kind="age_list"))
    run = run_comparison(store, on=on)
    ids = {
        id_number(dt.date(2020, 8, 31), 1): "born 2020-08-31",
        id_number(dt.date(2020, 9, 1), 2): "born 2020-09-01",
    }
    assert {ids[c["id_number"]] for c in run.candidates} == flagged


def test_poverty_list_notes_travel_into_the_reasons(store, tmp_path):
    path = tmp_path / "监测.xlsx"
    idn = id_number(dt.date(2012, 4, 1), 9)
    simple_sheet(
        path,
        ["成员姓名", "证件号码", "监测对象类别", "在校生状况"],
        [["杨花", idn, "脱贫户", "辍学"]],
    )
    commit(store, prepare(store, path, kind="poverty"))
    run = run_comparison(store, on=ON)
    [c] = run.candidates
    assert c["kind"] == "not_enrolled"
    assert any("标注“辍学”" in r for r in c["reasons"])
    assert any("防返贫监测名单" in r for r in c["reasons"])


def test_comparison_needs_a_registry_list(store):
    from desktop.domain.errors import UserError

    with pytest.raises(UserError, match="请先导入名单"):
        run_comparison(store, on=ON)


def test_lists_of_several_townships_are_compared_together(store, tmp_path):
    a, b = id_number(dt.date(2014, 2, 2), 1), id_number(dt.date(2015, 3, 3), 2)
    first = tmp_path / "丙妹镇户籍.xlsx"
    simple_sheet(first, ["姓名", "身份证号"], [["甲", a]])
    second = tmp_path / "贯洞镇户籍.xlsx"
    simple_sheet(second, ["姓名", "身份证号"], [["乙", b]])
    commit(store, prepare(store, first, kind="hukou"))
    commit(store, prepare(store, second, kind="hukou"))
    assert {c["id_number"] for c in run_comparison(store, on=ON).candidates} == {a, b}
    # the same township's list imported again replaces the earlier one
    simple_sheet(first, ["姓名", "身份证号"], [["丙", id_number(dt.date(2016, 4, 4), 3)]])
    commit(store, prepare(store, first, kind="hukou"))
    flagged = {c["id_number"] for c in run_comparison(store, on=ON).candidates}
    assert a not in flagged and b in flagged and len(flagged) == 2
