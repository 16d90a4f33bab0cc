"""Export's proof of origin (sync/attach.py): the segments and gaps a bundle carries, which ops
are hashed again before they leave, and what a write that bypassed the change log does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from synckit import T2, V2, County, bundle, child, exchange, make_county

from desktop.store.repo import Store
from desktop.sync import attach, evidence, importer, origin


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


def counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the ops attach hashes again."""
    calls = [0]
    real = attach.op_hash

    def op_hash(*args: Any) -> bytes:
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(attach, "op_hash", op_hash)
    return calls


def test_own_ops_are_sampled_and_gaps_let_the_receiver_rebuild_each_segment(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A county office's own ops of two townships, in short segments, to a laptop of one: the
    laptop verifies every segment from the ops it got and the gaps; of the county's own ops only
    a sample is hashed again."""
    monkeypatch.setattr(origin, "SEGMENT_MAX", 12)
    monkeypatch.setattr(attach, "SAMPLE", 3)
    k = county.device(tmp_path / "k.db", role="county")
    b = county.device(tmp_path / "b.db", townships=(T2,), name="B")
    for i in range(23):
        if i % 3 == 0:
            child(k, f"二镇{i}", township=T2, village=V2)
        else:
            child(k, f"一镇{i}")
    calls = counting(monkeypatch)
    data = bundle(k, b)
    assert data is not None
    sent = sum(1 for i in range(23) if i % 3 == 0)
    assert 0 < calls[0] < sent, calls[0]  # a sample of the own ops the bundle carries
    result = importer.import_bytes(b, data)
    assert names(b) == {f"二镇{i}" for i in range(23) if i % 3 == 0}
    assert result.ops == sent and evidence.events(b) == []


def test_a_write_that_bypassed_the_log_keeps_the_rewritten_records_here(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows rewritten without the change log (as a faulty migration would) no longer hash as
    signed: the sample finds it, every op is hashed, those that differ stay here and the range
    stops before the first; the laptop imports the rest without a security event."""
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    for i in range(40):
        child(k, f"学生{i}")
    with k.transaction() as conn:
        conn.execute("UPDATE children SET notes = '未记入变更日志' WHERE name != '学生0'")
    calls = counting(monkeypatch)
    result = exchange(k, a)
    assert calls[0] >= 40  # the sample differed: all hashed
    assert names(a) == {"学生0"}
    assert result.ops == 1 and evidence.events(a) == []


def test_one_rewritten_row_is_found_when_every_op_is_hashed(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attach, "SAMPLE", 1)
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    for i in range(6):
        child(k, f"学生{i}")
    with k.transaction() as conn:
        conn.execute("UPDATE children SET notes = '未记入变更日志' WHERE name = '学生3'")
    exchange(k, a)
    assert names(a) == {f"学生{i}" for i in range(6)} - {"学生3"}
    assert evidence.events(a) == []
    got = k.conn.execute("SELECT ranges FROM sync_bundles WHERE direction = 'out'").fetchone()
    first, last = json.loads(got[0])[k.device_id][:2]
    assert (
        first == 1
        and last
        < k.conn.execute(  # the range stops before the rewritten op
            "SELECT origin_seq FROM changes c JOIN children t ON t.id = c.row_id WHERE t.name = '学生3'"
        ).fetchone()[0]
    )


def test_relayed_ops_are_always_hashed_again(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another device's op whose row was rewritten here without the log is not relayed (the
    receiver would take it for a forgery); the relay's own ops still go."""
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    b = county.device(tmp_path / "b.db", name="B")
    child(a, "甲")
    child(a, "乙")
    exchange(a, k)
    child(k, "县里的")
    with k.transaction() as conn:
        conn.execute("UPDATE children SET notes = '未记入变更日志' WHERE name = '乙'")
    calls = counting(monkeypatch)
    exchange(k, b)
    assert calls[0] >= 2
    assert names(b) == {"甲", "县里的"}
    assert evidence.events(b) == []
