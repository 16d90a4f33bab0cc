"""An enrolled device signs its own ops as it writes them (in the write's transaction), not
when it next exports: nothing it holds is unsigned, and a change of a written op afterwards
(someone with the database open, the append-only triggers dropped) is caught by `kcbx check`
and never leaves the device as if genuine."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import County, bundle, child, make_county

from desktop.store.repo import Store
from desktop.sync import chain, importer


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


def signed_upto(store: Store) -> int:
    got = store.conn.execute(
        "SELECT max(last) FROM sync_segments WHERE origin=?", (store.device_id,)
    ).fetchone()[0]
    return int(got or 0)


def test_every_write_is_signed_when_it_is_made(county: County, tmp_path: Path) -> None:
    b = county.device(tmp_path / "b.db", name="B")
    kid = child(b, "石小花")
    assert signed_upto(b) == b.log.next_seq - 1 > 0
    b.update("children", kid, {"address": "岜沙村"})
    assert signed_upto(b) == b.log.next_seq - 1
    report = chain.check(b)
    assert report.unsigned == 0 and not report.problems

    # the writes since the last export are one segment (signed again with each write), what
    # was exported stays as it left
    def own_segments() -> list[tuple[int, int]]:
        return [
            (r[0], r[1])
            for r in b.conn.execute(
                "SELECT first, last FROM sync_segments WHERE origin=? ORDER BY first",
                (b.device_id,),
            )
        ]

    assert own_segments() == [(1, b.log.next_seq - 1)]
    k = county.device(tmp_path / "k.db", role="county")
    importer.import_bytes(k, bundle(b, k))
    sent = own_segments()
    child(b, "导出后一")
    child(b, "导出后二")
    assert own_segments()[: len(sent)] == sent and len(own_segments()) == len(sent) + 1
    assert not chain.check(b).problems
    importer.import_bytes(k, bundle(b, k))
    assert {"导出后一", "导出后二"} <= names(k) and not chain.check(k).problems
    # a transaction that fails signs nothing and leaves nothing
    before = (signed_upto(b), b.log.next_seq)
    with pytest.raises(RuntimeError), b.transaction():
        child(b, "不会留下")
        raise RuntimeError("rolled back")
    assert (signed_upto(b), b.log.next_seq) == before


def test_a_written_op_changed_afterwards_is_caught_and_not_sent(
    county: County, tmp_path: Path
) -> None:
    k = county.device(tmp_path / "k.db", role="county", name="县局")
    b = county.device(tmp_path / "b.db", name="B")
    kid = child(b, "吴小龙")
    b.update("children", kid, {"address": "真地址"})
    seq = b.conn.execute(
        "SELECT seq FROM changes WHERE row_id=? AND field='address'", (kid,)
    ).fetchone()[0]
    # someone with the database open rewrites the op (and the row) after it was written
    with b.transaction() as conn:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name='changes_no_update'"
        ).fetchone()[0]
        conn.execute("DROP TRIGGER changes_no_update")
        conn.execute("UPDATE changes SET value='\"假地址\"' WHERE seq=?", (seq,))
        conn.execute("UPDATE children SET address='假地址' WHERE id=?", (kid,))
        conn.execute(sql)
    report = chain.check(b)
    assert report.problems and "被改动" in report.first
    importer.import_bytes(k, bundle(b, k))
    assert "吴小龙" in names(k)
    got = k.conn.execute("SELECT address FROM children WHERE id=?", (kid,)).fetchone()[0]
    assert got != "假地址", "the changed op left the device as if genuine"


def test_a_database_not_enrolled_yet_signs_at_its_first_export(
    county: County, tmp_path: Path
) -> None:
    import shutil
    import uuid

    path = tmp_path / "new.db"
    shutil.copy(county.template, path)
    with Store.open(path) as s:
        s.conn.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
    store = Store.open(path, actor="测试干部")
    child(store, "注册前")  # no keys, no enrolment: written, not signed
    assert signed_upto(store) == 0
    county.enrol(store, name="新电脑")
    k = county.device(tmp_path / "k.db", role="county")
    importer.import_bytes(k, bundle(store, k))
    assert "注册前" in names(k)
    assert chain.check(store).unsigned == 0
