"""A revoked device's ops signed after its revocation, taken in by a laptop before the news
came, are undone when the revocation arrives (desktop/sync/revoked.py): its records removed,
the fields it set back to the winning version left, its events and audit rows gone, the ops
kept in quarantine; that laptop then holds exactly what a laptop that refused them holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import County, bundle, child, diff, dump, exchange, make_county

from desktop.domain import model
from desktop.store import cases
from desktop.store.repo import Store
from desktop.sync import chain, evidence, importer, revoked
from desktop.sync.envelope import BundleRefused


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


def events(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM events").fetchone()[0]


@pytest.mark.parametrize("path", ["bundle", "command"])
def test_late_ops_are_undone_when_the_revocation_arrives(
    county: County, tmp_path: Path, path: str
) -> None:
    k = county.device(tmp_path / "k.db", role="county", name="县局")
    d = county.device(tmp_path / "d.db", role="county", name="县局2")
    e = county.device(tmp_path / "e.db", role="county", name="县局3")
    b = county.device(tmp_path / "b.db", name="B")
    kid = child(b, "吊销前")
    case = cases.open_case(b, model.Case(child_id=kid, township_code="522633100000"))
    for src, dst in ((b, d), (d, e), (b, k)):
        exchange(src, dst)
    record = evidence.make_revocation(county.key, b.device_id, note="电脑被盗")
    evidence.add_revocation(k, record)
    # B, stolen, keeps working: a new child, a change of an existing one, a visit on a case
    child(b, "吊销后")
    b.update("children", kid, {"name": "改名了"})
    visit = model.Contact(participants=("某人",), met="母亲", findings="在家", result="considering")
    cases.record(b, case, "contact", visit)
    exchange(b, d)  # D has not heard yet: it takes them in
    assert {"吊销后", "改名了"} <= names(d)
    later_child = next(r[0] for r in d.conn.execute("SELECT id FROM children WHERE name='吊销后'"))
    d.update("children", later_child, {"phone": "13800000000"})  # D's own op about it
    d.update("children", kid, {"phone": "13900000000"})
    assert events(d) > events(e)
    # the news reaches D
    if path == "bundle":
        exchange(k, d)
    else:
        evidence.add_revocation(d, record)
    assert "吊销后" not in names(d) and "改名了" not in names(d) and "吊销前" in names(d)
    assert "revoked_undone" in {x["kind"] for x in evidence.events(d)}
    held = revoked.quarantined(d, b.device_id)
    assert len(held) >= 3 and {"children", "events"} <= {h["entity"] for h in held}
    assert not chain.check(d).problems, "the held history still verifies"
    # D's own ops stay; D and E (which never took B's late ops) converge
    assert d.conn.execute("SELECT phone FROM children WHERE id=?", (kid,)).fetchone()[0]
    exchange(d, e)
    exchange(e, d)
    exchange(k, e)
    exchange(e, k)
    exchange(k, d)
    exchange(d, k)
    assert diff(dump(d), dump(e)) == []
    assert diff(dump(d), dump(k)) == []
    # B's late ops are refused from any path, also offered again
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(d, bundle(b, d))
    assert refused.value.reason == "revoked"
    # undoing again finds nothing more
    with d.transaction():
        assert revoked.undo(d) == 0
