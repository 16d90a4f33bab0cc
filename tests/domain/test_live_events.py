"""The fold counts only the live version of each event (domain/casefacts.live_events)."""

import datetime as dt

import pytest

from desktop.domain import corrections
from desktop.domain.casefacts import EventView, live_events
from desktop.domain.errors import UserError


def ev(id, hlc, supersedes=None, kind="contact"):
    return EventView(id, kind, "2026-11-01", {}, hlc, supersedes)


def test_superseded_and_voids_do_not_count():
    events = [ev("a", "1"), ev("b", "2", "a"), ev("c", "3"), ev("v", "4", "c", kind="void")]
    assert [e.id for e in live_events(events)] == ["b"]


def test_two_corrections_made_apart_the_later_counts_meanwhile():
    events = [ev("a", "1"), ev("x", "5", "a"), ev("y", "3", "a")]
    assert [e.id for e in live_events(events)] == ["x"]
    assert [e.id for e in live_events(reversed(events))] == ["x"]
    # once the review voids the later one, the other counts
    events.append(ev("v", "6", "x", kind="void"))
    assert [e.id for e in live_events(events)] == ["y"]


def test_rules():
    day = dt.date(2026, 11, 3)
    kw = dict(verb="作废", actor="甲", author="甲", authored_on=day, today=day, in_scope=True)
    corrections.check_may(role="teacher", **kw)
    corrections.check_may(role=None, **{**kw, "author": "乙"})
    with pytest.raises(UserError, match="只能作废自己登记的记录"):
        corrections.check_may(role="teacher", **{**kw, "author": "乙"})
    with pytest.raises(UserError, match="范围"):
        corrections.check_may(role="township_cadre", **{**kw, "in_scope": False})
    corrections.check_may(role="county_admin", **{**kw, "in_scope": False, "author": "乙"})
    with pytest.raises(UserError, match="相反的状态变更"):
        corrections.check_kind("transition", verb="作废")
    with pytest.raises(UserError, match="文书登记簿"):
        corrections.check_kind("document", verb="作废")
