"""Tamper evidence: with the database open (a teacher's password), someone drops the
append-only triggers, deletes an audit row or rewrites who made a change; `kcbx check` finds it
against the device's signed segments and names the first broken link."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import County, child, exchange, make_county

from desktop.cli import main
from desktop.store.repo import Store
from desktop.sync import chain


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def _signed_device(county: County, tmp_path: Path) -> tuple[Store, Store]:
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    child(a, "审计甲")
    a.audit("print", entity="children", row_id="x", detail={"form": "劝返通知书"})
    a.audit("export", detail={"rows": 3})
    exchange(a, k)  # the export signs a's ops (and k keeps the segment)
    return a, k


def test_an_untouched_log_checks_out(county: County, tmp_path: Path, capsys) -> None:
    a, k = _signed_device(county, tmp_path)
    found = chain.check(a)
    assert found.problems == [] and found.segments >= 1 and found.ops >= 3
    assert chain.check(k).problems == []
    child(a, "写时签名")  # signed as it is written, not at the next export
    assert chain.check(a).unsigned == 0
    a.close()
    assert main(["check", "--db", str(tmp_path / "a.db")]) == 0
    assert "审计链完整" in capsys.readouterr().out


def test_a_deleted_audit_row_is_reported(county: County, tmp_path: Path, capsys) -> None:
    a, _k = _signed_device(county, tmp_path)
    audit_id, seq = a.conn.execute(
        "SELECT a.id, c.origin_seq FROM audit a JOIN changes c ON c.row_id = a.id"
        " WHERE a.action='print'"
    ).fetchone()
    a.conn.execute("DROP TRIGGER audit_no_delete")
    a.conn.execute("DELETE FROM audit WHERE id=?", (audit_id,))
    a.conn.commit()
    found = chain.check(a)
    assert len(found.problems) == 1
    assert f"{a.device_id[:8]}:{seq}" in found.first and "审计记录" in found.first
    a.close()
    assert main(["check", "--db", str(tmp_path / "a.db")]) == 1
    out = capsys.readouterr().out
    assert "审计链被破坏" in out and f"{a.device_id[:8]}:{seq}" in out


def test_a_rewritten_actor_and_a_deleted_change_are_reported(
    county: County, tmp_path: Path
) -> None:
    a, k = _signed_device(county, tmp_path)
    n = a.conn.execute("SELECT n FROM devices WHERE device_id=?", (a.device_id,)).fetchone()[0]
    a.conn.execute("DROP TRIGGER changes_no_update")
    a.conn.execute("DROP TRIGGER changes_no_delete")
    a.conn.execute("UPDATE changes SET actor='别人' WHERE origin=? AND origin_seq=1", (n,))
    a.conn.execute("DELETE FROM changes WHERE origin=? AND origin_seq=2", (n,))
    a.conn.commit()
    found = chain.check(a)
    assert [p[1] for p in sorted(found.problems)] == [1, 2]
    assert "与签名不符" in found.first and f"{a.device_id[:8]}:1" in found.first
    # the county laptop's copy of a's segment is the anchor: its own check still passes
    assert chain.check(k).problems == []
