"""`kcbx check --rules`: the demo county breaks no rule; a planted violation is listed alone."""

from __future__ import annotations

import datetime as dt

from desktop.cli import main
from desktop.store import rule_check
from desktop.store.repo import Store


def test_a_fresh_demo_county_breaks_no_rule(demo_store: Store):
    assert rule_check.violations(demo_store) == []


def plant(store: Store) -> tuple[str, str]:
    """A home visit with nothing found, written past the rules (as an old version would)."""
    case = store.conn.execute(
        "SELECT id, child_id, case_no FROM cases WHERE state = 'persuading' ORDER BY case_no LIMIT 1"
    ).fetchone()
    event_id = store.append_event(
        "contact",
        {"kind": "home_visit", "participants": ["龙干部（乡镇）"], "met": "祖母"},
        occurred_on=dt.date.today().isoformat(),
        case_id=case["id"],
        child_id=case["child_id"],
    )
    return case["case_no"], event_id


def test_a_planted_violation_is_the_only_one_listed(demo_db, capsys):
    with Store.open(demo_db) as store:
        case_no, event_id = plant(store)
        found = rule_check.violations(store)
    assert [(v.case_no, v.event_id, v.rule) for v in found] == [
        (case_no, event_id, "home_visit_is_complete")
    ]
    assert "了解到的情况" in found[0].message
    capsys.readouterr()
    assert main(["check", "--rules", "--db", str(demo_db)]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(case_no)]
    assert len(lines) == 1 and event_id[:8] in lines[0] and "home_visit_is_complete" in lines[0]
    assert "1 个案件的 1 条记录" in out


def test_check_rules_on_the_demo_prints_nothing_to_correct(demo_db, capsys):
    assert main(["check", "--rules", "--db", str(demo_db)]) == 0
    assert "均符合现行规则" in capsys.readouterr().out


def test_a_future_visit_from_another_laptop_is_found(demo_db):
    with Store.open(demo_db) as store:
        case = store.conn.execute(
            "SELECT id, child_id FROM cases WHERE state = 'persuading' LIMIT 1"
        ).fetchone()
        later = dt.date.today() + dt.timedelta(days=365)
        event_id = store.append_event(
            "contact",
            {"kind": "phone", "participants": ["龙干部"]},
            occurred_on=later.isoformat(),
            case_id=case["id"],
            child_id=case["child_id"],
        )
        found = rule_check.violations(store)
    assert [(v.event_id, v.rule) for v in found] == [(event_id, "not_after_today")]
