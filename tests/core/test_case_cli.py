"""`kcbx case`: show, record, act and void through the core, signed in as in the other
commands (KCBX_USER / KCBX_PASSWORD); a refusal prints the screens' reason, exits 1 and
writes nothing."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def kcbx(kcbx):
    """`kcbx case …` as a user (tests/core/conftest.py's kcbx)."""
    return lambda username, *args: kcbx(username, "case", *args)


def written(county) -> tuple[int, int]:
    import sqlite3

    conn = sqlite3.connect(county["path"])
    try:
        return (
            conn.execute("SELECT count(*) FROM events").fetchone()[0],
            conn.execute("SELECT count(*) FROM changes WHERE entity != 'audit'").fetchone()[0],
        )
    finally:
        conn.close()


def test_show_prints_the_case_and_its_json(county, kcbx):
    _, number = county["mine"]
    code, out, _ = kcbx("teacher", "show", number)
    assert code == 0
    assert out.startswith(f"案件 {number}") and "时间线：" in out and "可办理：" in out
    code, out, _ = kcbx("teacher", "show", number, "--json")
    view = json.loads(out)
    assert code == 0 and view["case_no"] == number and view["state"] == "persuading"
    assert view["timeline"] and view["actions"]["approve_deferral"]["refused"] is None


def test_a_teacher_cannot_see_or_record_on_another_schools_case(county, kcbx):
    _, other = county["other"]
    before = written(county)
    code, _, err = kcbx("teacher", "show", other)
    assert code == 1 and "不在您负责的范围内" in err
    code, _, err = kcbx("teacher", "record", other, "follow_up", "--field", "note=越权")
    assert code == 1 and "不在您负责的范围内" in err
    assert written(county) == before


def test_record_writes_an_event_with_its_fields(county, kcbx):
    case_id, number = county["mine"]
    code, out, err = kcbx(
        "cadre",
        "record",
        number,
        "contact",
        "--field",
        "kind=phone",
        "--field",
        "participants=王干部（镇政府）,李老师（学校）",
        "--field",
        "findings=家长同意下周送回",
        "--date",
        "2026-11-05",
    )
    assert code == 0, err
    assert "已登记劝返联系" in out
    import sqlite3

    conn = sqlite3.connect(county["path"])
    row = conn.execute(
        "SELECT payload, occurred_on, created_by FROM events WHERE case_id=? AND kind='contact'"
        " ORDER BY rowid DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    conn.close()
    payload = json.loads(row[0])
    assert payload["participants"] == ["王干部（镇政府）", "李老师（学校）"]
    assert row[1] == "2026-11-05" and row[2] == "王干部"


def test_refusals_exit_1_and_write_nothing(county, kcbx):
    _, number = county["mine"]
    before = written(county)
    # the auditor is read-only
    code, _, err = kcbx("auditor", "record", number, "follow_up", "--field", "note=x")
    assert code == 1 and "只读" in err
    # a teacher may not approve a deferral (a county decision): the role's rule
    code, _, err = kcbx("teacher", "record", number, "deferral", "--field", "reason=病休")
    assert code == 1 and "无权" in err
    # the state machine: the same words as the screens
    code, _, err = kcbx("admin", "act", number, "close_returned", "--approver", "admin")
    assert code == 1 and "巩固期满销号" in err
    # an unknown field is named
    code, _, err = kcbx("admin", "record", number, "follow_up", "--field", "colour=red")
    assert code == 1 and "没有字段“colour”" in err
    assert written(county) == before


def test_act_then_void(county, kcbx):
    import sqlite3

    conn = sqlite3.connect(county["path"])
    number = conn.execute(
        "SELECT case_no FROM cases WHERE state='suspected' AND deleted=0 LIMIT 1"
    ).fetchone()[0]
    conn.close()
    code, out, err = kcbx("admin", "act", number, "确认辍学")
    assert code == 0, err
    assert out.startswith("已办理“确认辍学”") and "现为“已确认辍学”" in out
    code, out, _ = kcbx("admin", "show", number, "--json")
    assert json.loads(out)["state"] == "dropout"
    code, out, err = kcbx("admin", "record", number, "follow_up", "--field", "note=电话回访")
    assert code == 0, err
    event_id = out.split("（")[1].split("）")[0]
    before = written(county)
    with pytest.raises(SystemExit):  # --reason is required
        kcbx("admin", "void", number, event_id[:8])
    assert written(county) == before
    code, out, err = kcbx("admin", "void", number, event_id[:8], "--reason", "登记错了案件")
    assert code == 0, err
    assert f"已作废跟踪回访记录 {event_id[:8]}" in out
    assert written(county)[0] == before[0] + 1
    code, out, _ = kcbx("admin", "show", number, "--json")
    entry = next(e for e in json.loads(out)["timeline"] if e["id"] == event_id)
    assert entry["superseded"]


def test_correct_replaces_the_record_and_a_refusal_writes_nothing(county, kcbx):
    import sqlite3

    case_id, number = county["mine"]
    code, out, err = kcbx(
        "cadre", "record", number, "follow_up", "--field", "note=电话回访", "--date", "2026-11-05"
    )
    assert code == 0, err
    event_id = out.split("（")[1].split("）")[0]
    before = written(county)
    # no reason, nothing to change, or an unknown field: refused, nothing written
    with pytest.raises(SystemExit):
        kcbx("cadre", "correct", number, event_id[:8], "--date", "2026-11-06")
    code, _, err = kcbx("cadre", "correct", number, event_id[:8], "--reason", "日期记错")
    assert code == 1 and "要更正的内容" in err
    code, _, err = kcbx(
        "cadre", "correct", number, event_id[:8], "--field", "colour=red", "--reason", "x"
    )
    assert code == 1 and "没有字段“colour”" in err
    # a date after today is refused by the same rule as a new record
    code, _, err = kcbx(
        "cadre", "correct", number, event_id[:8], "--date", "2099-01-01", "--reason", "日期记错"
    )
    assert code == 1 and "晚于今天" in err
    assert written(county) == before
    code, out, err = kcbx(
        "cadre",
        "correct",
        number,
        event_id[:8],
        "--date",
        "2026-11-06",
        "--field",
        "note=家访回访，学生已返校",
        "--reason",
        "日期和内容记错",
    )
    assert code == 0, err
    new_id = out.split("新记录 ")[1].split("）")[0]
    conn = sqlite3.connect(county["path"])
    row = conn.execute(
        "SELECT occurred_on, supersedes, payload FROM events WHERE id=?", (new_id,)
    ).fetchone()
    conn.close()
    assert row[0] == "2026-11-06" and row[1] == event_id
    assert json.loads(row[2])["note"] == "家访回访，学生已返校"
    code, out, _ = kcbx("cadre", "show", number, "--json")
    timeline = {e["id"]: e for e in json.loads(out)["timeline"]}
    assert timeline[event_id]["superseded"] and not timeline[new_id]["superseded"]
    assert case_id
