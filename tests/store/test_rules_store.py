"""The rule table's examples (tests/rules_examples.py) through the single write path
(store/cases.record and take_action) and through `kcbx case`: each passing example is written,
each refused one is refused with its rule named and nothing is written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from rules_examples import ACCOUNTS, EXAMPLES, Example, Step, day, resolve

from desktop.domain import model, rules
from desktop.domain.states import ActionParams
from desktop.store import cases
from desktop.store.repo import Store


class RoleOnly:
    """The part of the security policy the rules read: the signed-in role."""

    def __init__(self, role: str) -> None:
        self.role = role

    def __call__(self, *args: Any) -> None:
        return None


def add_accounts(conn: sqlite3.Connection) -> None:
    for a in ACCOUNTS.values():
        conn.execute(
            "INSERT INTO users(username, display_name, role, password_hash, created_at,"
            " created_by, updated_at) VALUES (?,?,?,'-','2026-01-01','测试','2026-01-01')",
            (a.username, a.display_name, a.role),
        )


def open_example_case(store: Store, ex: Example, today: dt.date) -> str:
    school = store.create("schools", model.School(name="丙妹中学", township_code="522633100000"))
    child = store.create(
        "children",
        model.Child(
            name="吴小龙",
            birth_date=today - dt.timedelta(days=ex.birth_days_ago),
            township_code="522633100000",
            village_code="522633100001",
            school_id=school,
            grade="7",
        ),
    )
    case_id = cases.open_case(
        store,
        model.Case(child_id=child, ledger_kind=ex.ledger, causes=ex.causes),
        opened_on=today - dt.timedelta(days=ex.opened_days_ago),
    )
    if ex.plan:
        cases.save_plan(
            store,
            model.Plan(
                case_id=case_id,
                cause_analysis="外出打工",
                measures="联合劝返",
                deadline=today + dt.timedelta(days=30),
            ),
        )
    return case_id


def write(store: Store, case_id: str, step: Step, ids: list[str], today: dt.date) -> str:
    p = {k: resolve(v, ids, today) for k, v in step.payload.items()}
    on = day(step, today)
    if step.kind == "act":
        assert step.action is not None
        before = {
            r[0] for r in store.conn.execute("SELECT id FROM events WHERE case_id=?", (case_id,))
        }
        cases.take_action(
            store,
            case_id,
            step.action,
            ActionParams(
                approver=p.get("approver", ""),
                evidence=tuple(p.get("evidence", ())),
                reason=p.get("reason", ""),
                until=dt.date.fromisoformat(p["until"]) if p.get("until") else None,
                on=on,
            ),
        )
        new = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM events WHERE case_id=? AND kind='transition' ORDER BY hlc",
                (case_id,),
            )
            if r[0] not in before
        ]
        return new[0]
    return cases.record(store, case_id, step.kind, p, occurred_on=on.isoformat())


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    return (
        conn.execute("SELECT count(*) FROM events").fetchone()[0],
        conn.execute("SELECT count(*) FROM changes WHERE entity != 'audit'").fetchone()[0],
    )


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex.name)
def test_example_through_the_store(store: Store, ex: Example):
    today = dt.date.today()
    add_accounts(store.conn)
    case_id = open_example_case(store, ex, today)
    ids: list[str] = []
    for step in ex.history:
        ids.append(write(store, case_id, step, ids, today))
    if ex.role is not None:
        store.permit = RoleOnly(ex.role)
    before = counts(store.conn)
    if ex.passes:
        write(store, case_id, ex.proposed, ids, today)
        assert counts(store.conn)[0] > before[0]
    else:
        with pytest.raises(rules.RuleRefused) as err:
            write(store, case_id, ex.proposed, ids, today)
        assert ex.rule in {r.rule for r in err.value.refusals}
        assert counts(store.conn) == before


# --- the same examples through `kcbx case`, signed in as a county account -----------------

PASSWORD = "admin-password-1"


@pytest.fixture
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.security import kdf

    monkeypatch.setattr(kdf, "DEFAULT", kdf.Params(time_cost=1, memory_kib=256, parallelism=1))


@pytest.fixture
def county_db(tmp_path: Path, _fast_kdf) -> Path:
    from desktop.security import session
    from desktop.store import db, repo
    from desktop.store.county import setup_county

    path = tmp_path / "cli.db"
    with Store.open(path) as s:
        setup_county(s, "522633")
    session.setup(
        path, username="admin", display_name="县管理员", password=PASSWORD, encrypt_db=False
    )
    session.sign_out()
    repo.set_open_hook(None)
    db.set_connector(None)
    yield path
    session.sign_out()
    repo.set_open_hook(None)
    db.set_connector(None)


def _cli_args(case_no: str, step: Step, p: dict[str, Any], on: dt.date) -> list[str]:
    """kcbx case act NO ACTION … | kcbx case record NO KIND --field name=value …"""
    if step.kind == "act":
        assert step.action is not None
        args = ["act", case_no, step.action.value, "--date", on.isoformat()]
        for key in ("approver", "reason", "until"):
            if p.get(key):
                args += [f"--{key}", str(p[key])]
        for e in p.get("evidence", ()):
            args += ["--evidence", e]
        return args
    args = ["record", case_no, step.kind, "--date", on.isoformat()]
    for key, value in p.items():
        if isinstance(value, list):
            text = ",".join(value)
        else:
            text = str(value).lower() if isinstance(value, bool) else str(value)
        args += ["--field", f"{key}={text}"]
    return args


def _counts_of(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return counts(conn)
    finally:
        conn.close()


CLI_EXAMPLES = [ex for ex in EXAMPLES if ex.role in (None, "county_admin")]


@pytest.mark.parametrize("ex", CLI_EXAMPLES, ids=lambda ex: ex.name)
def test_example_through_kcbx_case(county_db: Path, ex: Example, monkeypatch, capsys):
    from desktop.cli import main

    today = dt.date.today()
    with Store.open(county_db) as store:
        add_accounts(store.conn)
        case_id = open_example_case(store, ex, today)
        ids: list[str] = []
        for step in ex.history:
            ids.append(write(store, case_id, step, ids, today))
        case_no = cases.case_row(store, case_id)["case_no"]
    p = {k: resolve(v, ids, today) for k, v in ex.proposed.payload.items()}
    monkeypatch.setenv("KCBX_USER", "admin")
    monkeypatch.setenv("KCBX_PASSWORD", PASSWORD)
    before = _counts_of(county_db)
    capsys.readouterr()
    args = _cli_args(case_no, ex.proposed, p, day(ex.proposed, today))
    code = main(["case", *args, "--db", str(county_db)])
    out, err = capsys.readouterr()
    after = _counts_of(county_db)
    if ex.passes:
        assert code == 0, err
        assert after[0] > before[0]
    else:
        assert code == 1 and err.strip(), out
        assert after == before
