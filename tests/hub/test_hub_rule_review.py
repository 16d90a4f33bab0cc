"""The hub's merge hides no violation either: a township laptop's case that breaks a rule is put
in the review queue of the hub's county database when the hub merges it, and of the county
office's laptop when it syncs from the hub (real hub on 127.0.0.1, real databases)."""

from __future__ import annotations

import datetime as dt

from hubkit import device, hub_db, settle, start
from synckit import empty_visit, persuading_case

from desktop.store.repo import Store
from desktop.sync import conflicts, rule_review

TODAY = dt.date.today()


def broken_case(store: Store) -> tuple[str, str]:
    """A case in persuasion with a home visit that found nothing, written past the rules (as an
    older version of the app did): (case id, event id)."""
    case_id = persuading_case(store)
    return case_id, empty_visit(store, case_id)


def test_the_hub_and_the_county_office_queue_a_merged_violation(county, tmp_path):
    hub_path = hub_db(county, tmp_path / "hub.db")
    hub = start(hub_path, str(tmp_path / "relay.db"))
    laptop = device(county, tmp_path / "laptop.db", url=hub.url, name="丙妹镇-1")
    office = device(county, tmp_path / "office.db", url=hub.url, role="county", name="县教育局")
    stores = [laptop, office]
    try:
        case_id, event_id = broken_case(laptop)
        settle(stores)
        with Store.open(hub_path) as merged:
            assert [(i.case_id, i.event_id, i.rule) for i in rule_review.items(merged)] == [
                (case_id, event_id, "home_visit_is_complete")
            ]
        items = rule_review.items(office)
        assert [(i.case_id, i.event_id) for i in items] == [(case_id, event_id)]
        assert "了解到的情况" in items[0].message
        assert [c["id"] for c in conflicts.cases_to_review(office)] == [case_id]
        assert rule_review.items(laptop) == []  # its own write: no merge queued it there
    finally:
        for s in stores:
            s.close()
        hub.stop()
