import sqlite3

from desktop.demo.generate import generate
from desktop.domain.ids import is_valid_id_number, parse_xueji_no
from desktop.domain.states import State


def rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_demo_is_deterministic_for_a_seed(tmp_path):
    a, b, c = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    import datetime as dt

    day = dt.date(2026, 11, 1)
    generate(a, children=300, seed=5, today=day)
    generate(b, children=300, seed=5, today=day)
    generate(c, children=300, seed=6, today=day)
    q = "SELECT id, name, id_number, birth_date FROM children ORDER BY id"
    assert rows(a, q) == rows(b, q)
    assert rows(a, q) != rows(c, q)
    q2 = "SELECT id, kind, occurred_on, payload FROM events ORDER BY id"
    assert rows(a, q2) == rows(b, q2)


def test_demo_county_is_real_and_consistent(demo_master):
    path = demo_master
    # a real county's divisions with official codes
    assert rows(path, "SELECT name FROM regions WHERE code='522633000000'") == [("从江县",)]
    assert rows(path, "SELECT count(*) FROM regions WHERE level='township'")[0][0] == 20
    # valid ID numbers and 学籍号, unique
    ids = [r[0] for r in rows(path, "SELECT id_number FROM children")]
    assert all(is_valid_id_number(i) for i in ids) and len(set(ids)) == len(ids)
    for (x,) in rows(path, "SELECT xueji_no FROM children WHERE xueji_no != ''"):
        parse_xueji_no(x)
    # schools of both systems
    assert {r[0] for r in rows(path, "SELECT system FROM schools")} == {"6-3", "5-4"}
    # cases in every state, none that the state machine would flag
    states = {r[0] for r in rows(path, "SELECT state FROM cases")}
    assert states >= {s.value for s in State} - {"returned", "home_teaching"}
    assert rows(path, "SELECT count(*) FROM cases WHERE needs_review=1")[0][0] == 0
    # rare and polyphonic names are there
    names = "".join(r[0] for r in rows(path, "SELECT name FROM children"))
    assert any(ch in names for ch in "堃赟玥䶮𠇔")
    assert any(n[0] in "单曾解仇区" for (n,) in rows(path, "SELECT name FROM children"))
    # joint persuasions, legal steps, returns, follow-ups
    kinds = {r[0] for r in rows(path, "SELECT DISTINCT kind FROM events")}
    assert kinds >= {
        "contact",
        "legal_step",
        "service_receipt",
        "return",
        "follow_up",
        "transition",
        "notice",
    }


def test_demo_refuses_to_overwrite(tmp_path):
    import pytest

    from desktop.domain.errors import UserError

    p = tmp_path / "x.db"
    p.write_bytes(b"important")
    with pytest.raises(UserError, match="已存在"):
        generate(p, children=50)
    assert p.read_bytes() == b"important"


def test_demo_database_opens_in_the_store(demo_store):
    assert demo_store.setting("county.name") == "从江县"
    assert demo_store.conn.execute("SELECT count(*) FROM child_search").fetchone()[0] == 1500


def test_demo_county_has_absences_and_children_at_risk(demo_db):
    import datetime as dt

    from desktop.core.actor import Actor
    from desktop.core.workbench import Workbench
    from desktop.prevention import register, risk
    from desktop.prevention import today as prevention_today
    from desktop.store.repo import Store

    with Store.open(demo_db) as store:
        bench = Workbench(store, Actor.local())
        reasons = {r[0] for r in store.conn.execute("SELECT DISTINCT reason FROM absences")}
        assert reasons == {"sick", "personal", "unexplained", "unknown"}
        assert store.conn.execute("SELECT count(*) FROM absence_registers").fetchone()[0] > 0
        listed = risk.at_risk(bench)
        assert len(listed) > 50 and all(a.reasons for a in listed)
        codes = {r.code for a in listed for r in a.reasons}
        assert {"absence", "learning", "left_behind", "poverty"} <= codes
        assert 0 < sum(1 for a in listed if a.plan) < len(listed)
        # the register escalates some truants; plans come up for review
        assert any(d.due("propose") for d in register.dues(bench))
        sections = {
            i.section
            for i in prevention_today.items(
                store.conn,
                scope=bench.actor.scope,
                rules=register.rules_of(store),
                today=dt.date.today(),
            )
        }
        assert sections == {"absence", "support"}


def test_demo_cases_are_worked_like_a_county_works_them(demo_master):
    """Most cases being persuaded are visited on time and their 一人一案 revised at its deadline
    (Today is not a wall of red), yet some are stalled, for Today and the oversight report."""
    import datetime as dt

    today = dt.date.today().isoformat()
    n, late_visit, late_plan = rows(
        demo_master,
        "SELECT count(*), sum(c.next_contact_on < ?), sum(p.deadline < ?) FROM cases c"
        " JOIN plans p ON p.case_id = c.id WHERE c.state = 'persuading'".replace("?", f"'{today}'"),
    )[0]
    assert n >= 20
    assert 0 < late_visit < n / 2
    assert 0 < late_plan < n / 2
    # returned students: the monthly follow-up mostly kept up
    m, late_follow_up = rows(
        demo_master,
        "SELECT count(*), sum(next_contact_on < ?) FROM cases WHERE state = 'monitoring'".replace(
            "?", f"'{today}'"
        ),
    )[0]
    assert m >= 10 and 0 < late_follow_up < m / 2
