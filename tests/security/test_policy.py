"""Roles below the UI: what a signed-in user's Store shows and accepts, whoever asks."""

from __future__ import annotations

import pytest

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.scope import Scope
from desktop.security import session
from desktop.security.policy import Area, PermissionDenied, Policy, Role, scope_of
from desktop.store import cases as case_ops
from desktop.store import queries
from desktop.store.repo import Store
from desktop.store.search import search_children

ADMIN_PW = "admin-password-1"


@pytest.fixture
def county(demo_db):
    """The demo county with an admin and one account of each other role (plaintext DB)."""
    admin, _ = session.setup(
        demo_db, username="admin", display_name="县管理员", password=ADMIN_PW, encrypt_db=False
    )
    with admin.open_store() as store:
        school_id, school_township = store.conn.execute(
            "SELECT s.id, s.township_code FROM schools s JOIN children c ON c.school_id = s.id"
            " GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        township = store.conn.execute(
            "SELECT township_code FROM children GROUP BY township_code ORDER BY count(*) DESC"
        ).fetchone()[0]
        village = store.conn.execute(
            "SELECT village_code FROM children WHERE township_code=? LIMIT 1", (township,)
        ).fetchone()[0]
    for username, name, role, area in (
        ("teacher", "李老师", Role.TEACHER, Area(schools=(school_id,))),
        ("cadre", "王干部", Role.TOWNSHIP_CADRE, Area(townships=(township,))),
        ("village", "赵村干", Role.VILLAGE_CADRE, Area(villages=(village,))),
        ("auditor", "审计员", Role.AUDITOR, Area()),
    ):
        admin.add_user(
            username=username,
            display_name=name,
            role=role,
            area=area,
            password="pw-" + username + "-1",
        )
    session.sign_out()
    return {
        "path": demo_db,
        "school": school_id,
        "school_township": school_township,
        "township": township,
        "village": village,
    }


def _login(county, username):
    password = ADMIN_PW if username == "admin" else f"pw-{username}-1"
    return session.login(county["path"], username, password)


def test_a_teachers_queries_return_no_out_of_scope_child(county):
    _login(county, "teacher")
    # a Store opened anywhere in the process (a background job, a command) gets the scope
    with Store.open(county["path"]) as store:
        assert store.scope == Scope.school(county["school"])
        seqs = queries.child_seqs(store.conn, queries.CaseFilter(), scope=store.scope)
        assert seqs
        schools = {r["school"] for r in queries.child_rows(store.conn, seqs).values()}
        rows = store.conn.execute(
            f"SELECT DISTINCT school_id FROM children WHERE seq IN ({','.join(map(str, seqs))})"
        ).fetchall()
        assert {r[0] for r in rows} == {county["school"]}
        assert len(schools) == 1
        total = store.conn.execute("SELECT count(*) FROM children").fetchone()[0]
        assert len(seqs) < total  # there were others to leave out
        case_seqs = queries.case_seqs(store.conn, queries.CaseFilter(), scope=store.scope)
        if case_seqs:
            rows = store.conn.execute(
                f"SELECT DISTINCT school_id FROM cases WHERE seq IN ({','.join(map(str, case_seqs))})"
            ).fetchall()
            assert {r[0] for r in rows} == {county["school"]}
        # search: every common surname, only the school's children come back
        for surname in ("王", "李", "张", "杨", "吴", "陈"):
            for row in search_children(store.conn, surname, limit=200, scope=store.scope):
                assert row["school_id"] == county["school"]
        outsider = store.conn.execute(
            "SELECT name FROM children WHERE school_id IS NOT ? LIMIT 1", (county["school"],)
        ).fetchone()[0]
        found = search_children(store.conn, outsider, scope=store.scope)
        assert all(r["school_id"] == county["school"] for r in found)


def test_a_township_cadre_sees_and_changes_only_the_township(county):
    _login(county, "cadre")
    with Store.open(county["path"]) as store:
        seqs = queries.child_seqs(store.conn, queries.CaseFilter(), scope=store.scope)
        rows = store.conn.execute(
            f"SELECT DISTINCT township_code FROM children WHERE seq IN ({','.join(map(str, seqs))})"
        ).fetchall()
        assert {r[0] for r in rows} == {county["township"]}
        mine = store.conn.execute(
            "SELECT id FROM children WHERE township_code=? LIMIT 1", (county["township"],)
        ).fetchone()[0]
        other = store.conn.execute(
            "SELECT id FROM children WHERE township_code!=? LIMIT 1", (county["township"],)
        ).fetchone()[0]
        assert store.update("children", mine, {"notes": "走访时不在家"}) == ["notes"]
        with pytest.raises(PermissionDenied, match="不在您负责的范围"):
            store.update("children", other, {"notes": "越权修改"})
        with pytest.raises(PermissionDenied):
            store.create("schools", model.School(name="新学校", township_code=county["township"]))
        with pytest.raises(PermissionDenied, match="县级设置"):
            store.set_setting("visit.cadence_days", 3)
        store.set_setting("ui.idle_lock_minutes", 5)  # a personal display setting is fine


def test_an_auditor_cannot_write_anything(county):
    _login(county, "auditor")
    with Store.open(county["path"]) as store:
        child = store.conn.execute("SELECT id FROM children LIMIT 1").fetchone()[0]
        case = store.conn.execute("SELECT id, child_id FROM cases LIMIT 1").fetchone()
        before = store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        with pytest.raises(PermissionDenied, match="只读"):
            store.update("children", child, {"notes": "x"})
        with pytest.raises(PermissionDenied):
            store.create("children", model.Child(name="新学生", township_code=county["township"]))
        with pytest.raises(PermissionDenied):
            store.append_event(
                "contact",
                {"kind": "home_visit"},
                occurred_on="2026-03-01",
                case_id=case["id"],
                child_id=case["child_id"],
            )
        with pytest.raises(PermissionDenied):
            store.put_attachment(b"scan", "image/png")
        with pytest.raises(PermissionDenied):
            store.bulk_create("guardians", [{"id": "g1", "child_id": child, "name": "某某"}])
        assert store.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before
        # what the auditor looked at is still recorded
        store.audit("audit.view")
    s = session.current()
    assert s is not None and s.can("audit.view") and not s.can("print")


def test_a_village_cadre_records_visits_but_not_legal_steps(county):
    _login(county, "village")
    with Store.open(county["path"]) as store:
        case = store.conn.execute(
            "SELECT id, child_id FROM cases WHERE township_code=? LIMIT 1",
            (county["village"][:9] + "000",),
        ).fetchone()
        assert case is not None
        with pytest.raises(PermissionDenied, match="法律程序"):
            store.append_event(
                "legal_step",
                {"step": "education"},
                occurred_on="2026-03-01",
                case_id=case["id"],
                child_id=case["child_id"],
            )
        with pytest.raises(PermissionDenied, match="修改案件"):
            store.update("cases", case["id"], {"notes": "x"})


def test_refusals_happen_through_the_case_functions_too(county):
    """The rule sits under the store, so the domain-level case functions obey it as well."""
    _login(county, "teacher")
    with Store.open(county["path"]) as store:
        other_case = store.conn.execute(
            "SELECT id FROM cases WHERE school_id IS NOT ? AND state='persuading' LIMIT 1",
            (county["school"],),
        ).fetchone()
        assert other_case is not None
        with pytest.raises(PermissionDenied):
            case_ops.record(
                store,
                other_case[0],
                "follow_up",
                model.FollowUp(note="回访"),
                occurred_on="2026-03-02",
            )


def test_admin_only_actions(county):
    s = _login(county, "cadre")
    with pytest.raises(PermissionDenied, match="管理用户"):
        s.add_user(
            username="x", display_name="某人", role=Role.AUDITOR, area=Area(), password="pw-xx-1234"
        )
    assert s.can("print") and not s.can("restore") and not s.can("users")
    session.sign_out()
    a = _login(county, "admin")
    with pytest.raises(UserError, match="不能停用自己"):
        a.deactivate_user("admin")
    a.deactivate_user("cadre")
    session.sign_out()
    with pytest.raises(session.WrongPassword):  # a disabled account cannot sign in
        _login(county, "cadre")


def test_scope_by_role():
    area = Area(townships=("522633101000",), villages=("522633102201",), schools=("s1",))
    assert scope_of(Role.COUNTY_ADMIN, area).is_everything
    assert scope_of(Role.AUDITOR, area).is_everything
    assert scope_of(Role.TEACHER, area) == Scope.school("s1")
    assert scope_of(Role.TOWNSHIP_CADRE, Area(townships=("522633101000",))) == Scope.township(
        "522633101000"
    )
    assert scope_of(Role.VILLAGE_CADRE, Area(villages=("522633102201",))) == Scope.township(
        "522633102000"
    )
    assert not Policy(Role.TEACHER, Area(schools=("s1",))).can("users")
