"""Fixtures of the core tests: the demo county with one account of each role (plaintext)."""

from __future__ import annotations

import pytest
from core_accounts import ADMIN_PW, password_of


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.security import kdf

    monkeypatch.setattr(kdf, "DEFAULT", kdf.Params(time_cost=1, memory_kib=256, parallelism=1))


@pytest.fixture(autouse=True)
def _no_leaking_session():
    yield
    from desktop.security import session
    from desktop.store import db, repo

    session.sign_out()
    repo.set_open_hook(None)
    db.set_connector(None)


@pytest.fixture
def county(demo_db):
    """Accounts: admin, teacher (one school), cadre (one township), village, auditor; and a
    persuading case inside and one outside the teacher's school and the cadre's township."""
    from desktop.security import session
    from desktop.security.policy import Area, Role

    admin, _ = session.setup(
        demo_db, username="admin", display_name="县管理员", password=ADMIN_PW, encrypt_db=False
    )
    with admin.open_store() as store:
        q = store.conn.execute
        school, township = q(
            "SELECT c.school_id, c.township_code FROM cases c WHERE c.state='persuading'"
            " AND c.school_id IS NOT NULL GROUP BY c.school_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        mine = q(
            "SELECT id, case_no FROM cases WHERE state='persuading' AND school_id=? LIMIT 1",
            (school,),
        ).fetchone()
        other = q(
            "SELECT id, case_no FROM cases WHERE state='persuading' AND township_code!=?"
            " AND school_id IS NOT ? LIMIT 1",
            (township, school),
        ).fetchone()
        village = q(
            "SELECT village_code FROM children WHERE township_code=? LIMIT 1", (township,)
        ).fetchone()[0]
    for username, name, role, area in (
        ("teacher", "李老师", Role.TEACHER, Area(schools=(school,))),
        ("cadre", "王干部", Role.TOWNSHIP_CADRE, Area(townships=(township,))),
        ("village", "赵村干", Role.VILLAGE_CADRE, Area(villages=(village,))),
        ("auditor", "审计员", Role.AUDITOR, Area()),
    ):
        admin.add_user(
            username=username,
            display_name=name,
            role=role,
            area=area,
            password=password_of(username),
        )
    session.sign_out()
    return {
        "path": demo_db,
        "school": school,
        "township": township,
        "mine": (mine[0], mine[1]),
        "other": (other[0], other[1]),
    }


@pytest.fixture
def bench_as(county):
    """bench_as(username) -> a Workbench signed in as that account (closed after the test)."""
    from desktop.core.workbench import Workbench
    from desktop.security import session
    from desktop.security.actor import actor_of

    opened = []

    def make(username: str):
        s = session.login(county["path"], username, password_of(username))
        bench = Workbench.open(county["path"], actor_of(s))
        opened.append(bench)
        return bench

    yield make
    for b in opened:
        b.close()


@pytest.fixture
def kcbx(county, monkeypatch, capsys):
    """Run a kcbx command in-process as a user of `county`: (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(username: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("KCBX_USER", username)
        monkeypatch.setenv("KCBX_PASSWORD", password_of(username))
        capsys.readouterr()
        code = main([*args, "--db", str(county["path"])])
        out, err = capsys.readouterr()
        return code, out, err

    return run
