"""Sync never hides a violation: a case merged from another laptop that breaks a rule of
today's table goes to the review queue with the rule's message (real bundles between real
databases); a correction that arrives later takes it out; a case that breaks nothing stays out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from synckit import County, empty_visit, exchange, make_county, persuading_case

from desktop.cli import main
from desktop.store import cases, corrections, rule_check
from desktop.store.repo import Store
from desktop.sync import conflicts, marks, rule_review

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def pair(county: County, tmp_path: Path):
    a = county.device(tmp_path / "township.db", name="丙妹镇")
    b = county.device(tmp_path / "county.db", role="county", name="县教育局")
    yield a, b
    a.close()
    b.close()


def queued(store: Store) -> list[tuple[str, str]]:
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT case_id, rule FROM sync_rule_reviews ORDER BY case_id, rule"
        )
    ]


def test_a_merged_case_that_breaks_a_rule_goes_to_the_review_queue(pair):
    a, b = pair
    bad = persuading_case(a, "吴小龙")
    good = persuading_case(a, "潘小梅")
    event_id = empty_visit(a, bad)
    assert [v.case_id for v in rule_check.violations(a)] == [bad]  # the sender's own data

    result = exchange(a, b)

    assert result.applied is not None and result.applied.rule_reviews == [bad]
    assert queued(b) == [(bad, "home_visit_is_complete")]
    items = rule_review.items(b)
    assert [(i.case_id, i.event_id, i.rule) for i in items] == [
        (bad, event_id, "home_visit_is_complete")
    ]
    assert "了解到的情况" in items[0].message and items[0].child_name == "吴小龙"
    assert "了解到的情况" in items[0].line()
    # the queue the sync page and `kcbx sync review` show, and the status bar's count
    review = conflicts.cases_to_review(b)
    assert [c["id"] for c in review] == [bad] and good not in {c["id"] for c in review}
    assert any("了解到的情况" in reason for reason in review[0]["reasons"])
    assert marks.summary(b)["cases_review"] == 1


def test_kcbx_sync_review_names_the_broken_rule(pair, capsys):
    a, b = pair
    bad = persuading_case(a, "吴小龙")
    empty_visit(a, bad)
    exchange(a, b)
    case_no = cases.case_row(b, bad)["case_no"]
    assert b.path is not None
    capsys.readouterr()
    assert main(["sync", "review", "--db", str(b.path)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("[案件]")]
    assert len(lines) == 1 and case_no in lines[0] and "吴小龙" in lines[0]
    assert "了解到的情况" in lines[0]


def test_a_correction_that_arrives_later_takes_the_case_out(pair):
    a, b = pair
    bad = persuading_case(a, "吴小龙")
    event_id = empty_visit(a, bad)
    exchange(a, b)
    assert queued(b) == [(bad, "home_visit_is_complete")]

    corrections.void_event(a, event_id, reason="家访记录未填写了解到的情况，作废重录")
    result = exchange(a, b)

    assert result.applied is not None and result.applied.rule_reviews == []
    assert queued(b) == [] and rule_review.items(b) == []
    assert conflicts.cases_to_review(b) == [] and marks.summary(b)["cases_review"] == 0


def test_a_clean_merge_queues_nothing(pair):
    a, b = pair
    persuading_case(a, "吴小龙")
    result = exchange(a, b)
    assert result.applied is not None and result.applied.rule_reviews == []
    assert queued(b) == [] and conflicts.cases_to_review(b) == []


def test_the_queue_lists_what_breaks_a_rule_now(pair):
    """A case queued by a merge and corrected here since is no longer listed (the stored item
    is checked again when the queue is read)."""
    a, b = pair
    bad = persuading_case(a, "吴小龙")
    event_id = empty_visit(a, bad)
    exchange(a, b)
    assert [i.case_id for i in rule_review.items(b)] == [bad]
    assert marks.summary(b)["cases_review"] == 1
    corrections.void_event(b, event_id, reason="家访记录未填写了解到的情况，作废重录")
    assert rule_review.items(b) == []
    assert conflicts.cases_to_review(b) == [] and marks.summary(b)["cases_review"] == 0


DERIVED = (
    "state, outcome, refusal_exception, persuasion_count, joint_count, last_contact_on,"
    " next_contact_on, monitoring_until, deferral_until, legal_deadline, has_plan, needs_review"
)


def test_a_merge_writes_the_case_states_from_the_reading_the_rule_review_makes(pair):
    """The merge reads each touched case once for its derived columns and its rule review:
    the columns are what cases.refresh computes, each step timed on its own."""
    a, b = pair
    bad = persuading_case(a, "吴小龙")
    good = persuading_case(a, "潘小梅")
    empty_visit(a, bad)
    empty_visit(a, good)  # a second case past the rules, then its state columns made stale
    result = exchange(a, b)
    assert result.applied is not None and result.applied.cases_refreshed >= 2
    assert {"case_refresh", "rule_review"} <= set(result.applied.timings)

    def derived(case_id: str) -> tuple:
        return tuple(
            b.conn.execute(f"SELECT {DERIVED} FROM cases WHERE id=?", (case_id,)).fetchone()
        )

    merged = {c: derived(c) for c in (bad, good)}
    assert merged[bad][0] == "persuading" and merged[bad][3] == 1  # one home visit counted
    with b.transaction():
        b.conn.execute(
            "UPDATE cases SET state='suspected', persuasion_count=0, next_contact_on=NULL"
        )
        assert rule_review.review(b, [bad, good], refresh_states=True) == sorted([bad, good])
    assert {c: derived(c) for c in (bad, good)} == merged
    with b.transaction():
        cases.refresh(b, [bad, good])
    assert {c: derived(c) for c in (bad, good)} == merged


@pytest.mark.gui
def test_the_review_queue_reads_in_english(pair, qapp):
    """The English app shows a merged case's broken rule in English: the event's kind, the
    rule's reason and the line (`kcbx sync review` prints the same line in Chinese)."""
    import re

    from desktop.ui import i18n
    from desktop.ui.labels import domain_text

    a, b = pair
    bad = persuading_case(a, "吴小龙")
    empty_visit(a, bad)
    exchange(a, b)
    item = rule_review.items(b)[0]
    reason = conflicts.cases_to_review(b)[0]["reasons"][-1]
    assert item.line().startswith(f"{cases.case_row(b, bad)['case_no']} 吴小龙：劝返联系 ")
    assert i18n.install(qapp, "en") == "en"
    try:
        shown = [domain_text(item.event), domain_text(reason), domain_text(item.line())]
    finally:
        i18n.uninstall(qapp)
    cjk = re.compile(r"[\u3400-\u9fff（）：]")
    assert [cjk.sub("", s) for s in shown] == [s.replace("吴小龙", "") for s in shown], (
        shown
    )  # nothing Chinese but the child's name
    assert shown[0].isascii() and shown[0].endswith(item.event[-10:]), shown  # kind, day
