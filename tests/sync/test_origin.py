"""Insider attacks on sync through USB bundles between real databases: an enrolled laptop that
forges another device's ops, a device that forks its own history, a revoked device, old-format
bundles. Each is refused, recorded as a security event, the genuine ops are kept and every
device converges."""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import pytest
from synckit import (
    T1,
    County,
    bundle,
    child,
    diff,
    dump,
    exchange,
    forge,
    make_county,
    tampered,
)

from desktop.store.repo import Store
from desktop.sync import evidence, importer, origin
from desktop.sync.envelope import BundleRefused


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


def settle(*stores: Store) -> None:
    """Every pair exchanges twice (a relay's bundles carry what it got from the others)."""
    for _ in range(2):
        for a in stores:
            for b in stores:
                if a is not b:
                    data = bundle(a, b)
                    if data is not None:
                        importer.import_bytes(b, data)


@pytest.mark.parametrize("sign", [False, True])
def test_forged_authorship_is_refused_and_the_genuine_ops_arrive(
    county: County, tmp_path: Path, sign: bool
) -> None:
    k = county.device(tmp_path / "k.db", role="county", name="县局")
    b = county.device(tmp_path / "b.db", name="B")
    c = county.device(tmp_path / "c.db", name="C")
    child(c, "石小花")
    settle(k, b, c)
    before = dump(k)
    data, (_first, last) = forge(b, c, k, sign=sign, names_=("伪造甲", "伪造乙"))
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(k, data)
    assert refused.value.reason == ("forged_origin" if sign else "unsigned_op")
    assert dump(k) == before, "a refused bundle changes nothing"
    found = evidence.events(k)
    assert found and found[0]["kind"] == refused.value.reason
    assert found[0]["sender"] == b.device_id
    # C's genuine ops with those very ids: new children, accepted, not dropped as seen
    child(c, "真实甲")
    child(c, "真实乙")
    assert c.log.next_seq - 1 >= last
    result = exchange(c, k)
    assert result.new_ops >= 2
    assert {"真实甲", "真实乙"} <= names(k)
    assert not {"伪造甲", "伪造乙"} & names(k)
    settle(k, b, c)
    assert diff(dump(k), dump(c)) == []
    # the attacker's own children (made as its own ops) reach everyone under its own name
    assert {"伪造甲", "伪造乙"} <= names(k)
    assert diff(dump(k), dump(b)) == []


def test_a_relay_carries_segments_intact_across_scopes(county: County, tmp_path: Path) -> None:
    """A township laptop's ops reach another township's laptop through the county laptop, which
    leaves out what is not in the recipient's scope but keeps its hashes: verified there."""
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    b = county.device(tmp_path / "b.db", townships=("522633101000",), name="B")
    child(a, "丙妹一")
    from synckit import T2, V2

    child(b, "贯洞一", township=T2, village=V2)
    k.set_setting("legal.deadline_days", 10)
    from desktop.domain import model

    a.create("schools", model.School(name="丙妹新校", township_code=T1))  # goes to everyone
    settle(k, a, b)
    assert "丙妹新校" in {r[0] for r in b.conn.execute("SELECT name FROM schools")}
    assert "丙妹一" not in names(b) and "贯洞一" not in names(a)
    assert a.setting("legal.deadline_days") == b.setting("legal.deadline_days") == 10
    assert evidence.events(k) == evidence.events(a) == evidence.events(b) == []
    got = b.conn.execute("SELECT count(*) FROM sync_segments WHERE origin=?", (a.device_id,))
    assert got.fetchone()[0] >= 1


def test_a_forked_history_is_a_security_event_and_the_first_version_stays(
    county: County, tmp_path: Path
) -> None:
    """C restored from an old backup reuses op numbers for different work: the copies are
    refused and reported, never merged nor silently dropped as already seen."""
    k = county.device(tmp_path / "k.db", role="county")
    c_path = tmp_path / "c.db"
    c = county.device(c_path, name="C")
    child(c, "先前")
    settle(k, c)
    c.close()
    shutil.copy(c_path, tmp_path / "backup.db")
    c = Store.open(c_path, actor="测试干部")
    child(c, "第一版")
    exchange(c, k)
    c.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(c_path) + suffix).unlink(missing_ok=True)
    shutil.copy(tmp_path / "backup.db", c_path)
    c = Store.open(c_path, actor="测试干部")
    child(c, "第二版")  # the same op numbers as 第一版
    result = exchange(c, k)
    assert result.new_ops == 0
    assert "第一版" in names(k) and "第二版" not in names(k)
    found = evidence.events(k)
    assert [e["kind"] for e in found] == ["forked_op"]
    assert c.device_id[:8] in found[0]["ops"]


def test_revocation_travels_and_is_enforced_on_every_path(county: County, tmp_path: Path) -> None:
    k = county.device(tmp_path / "k.db", role="county", name="县局")
    d = county.device(tmp_path / "d.db", role="county", name="县局2")
    b = county.device(tmp_path / "b.db", name="B")
    child(b, "吊销前")
    exchange(b, d)  # signed before the revocation
    record = evidence.make_revocation(county.key, b.device_id, note="电脑被盗")
    evidence.add_revocation(k, record)
    child(b, "吊销后")
    # 1. USB from the revoked device itself
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(k, bundle(b, k))
    assert refused.value.reason == "revoked"
    # 2. relayed by a county laptop that did not know yet: its own ops kept, B's later ones not
    exchange(b, d)
    assert "吊销后" in names(d)
    child(d, "县局2的记录")
    exchange(d, k)
    assert {"吊销前", "县局2的记录"} <= names(k)
    assert "吊销后" not in names(k)
    assert "revoked" in {e["kind"] for e in evidence.events(k)}
    # 3. the revocation travels in K's bundles: D now refuses B too
    exchange(k, d)
    assert b.device_id in evidence.revocations(d)
    # D held B's later ops, taken before the news: undone (quarantined), reported
    assert "revoked_undone" in {e["kind"] for e in evidence.events(d)}
    assert "吊销后" not in names(d) and "吊销前" in names(d)
    e = county.device(tmp_path / "e.db", role="county", name="县局3")
    exchange(d, e)
    assert "吊销前" in names(e) and "吊销后" not in names(e)
    assert evidence.events(e) == []
    child(b, "又一条")
    with pytest.raises(BundleRefused):
        importer.import_bytes(d, bundle(b, d))
    # a forged revocation is refused
    other = make_county(tmp_path / "other")
    fake = evidence.make_revocation(other.key, k.device_id)
    with pytest.raises(BundleRefused):
        evidence.add_revocation(d, fake)


def test_old_format_bundles_are_refused_with_a_clear_message(
    county: County, tmp_path: Path
) -> None:
    k = county.device(tmp_path / "k.db", role="county")
    b = county.device(tmp_path / "b.db")
    child(b)
    data = bytearray(bundle(b, k))
    struct.pack_into(">H", data, 8, 1)
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(k, bytes(data))
    assert refused.value.reason == "old_format"
    assert "升级" in str(refused.value)
    assert T1  # the township of these devices


def test_rights_are_checked_on_usb_imports_as_on_the_hub(county: County, tmp_path: Path) -> None:
    """A township laptop's write about another township's child, or its change of a county
    setting, is refused by a county laptop (the same function the hub calls)."""
    from synckit import T2, V2

    k = county.device(tmp_path / "k.db", role="county")
    b = county.device(tmp_path / "b.db", name="B")
    child(b, "本乡镇")
    settle(k, b)
    before = dump(k)
    child(b, "外乡镇", township=T2, village=V2)
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(k, bundle(b, k))
    assert refused.value.reason == "out_of_scope"
    assert dump(k) == before

    c = county.device(tmp_path / "c.db", name="C")
    with tampered(c):
        c.set_setting("county.bureau", "伪造的教育局")
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(k, bundle(c, k))
    assert refused.value.reason == "no_right"
    assert "county.bureau" in str(refused.value)
    assert k.setting("county.bureau") != "伪造的教育局"
    assert [e["kind"] for e in evidence.events(k)][:2] == ["no_right", "out_of_scope"]
    # the county's own change of it reaches the township laptop
    k.set_setting("county.bureau", "从江县教育体育局")
    exchange(k, c)
    assert c.setting("county.bureau") == "从江县教育体育局"


def test_ops_held_from_before_segments_reach_everyone_after_the_upgrade(
    county: County, tmp_path: Path
) -> None:
    """Format-1 data: K holds A's ops without proof. After the upgrade's reset, K does not relay
    them unproven; A sends its own ops again, signed; K keeps the proof and relays them."""
    from desktop.store.schema_sync import V201_RESET

    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    b = county.device(tmp_path / "b.db", name="B")
    child(a, "旧数据")
    exchange(a, k)
    exchange(k, a)
    for store in (k, a):  # as the upgrade finds them: nothing signed, marks reset
        with store.transaction() as conn:
            conn.execute("DELETE FROM sync_segments")
            conn.execute("DELETE FROM sync_origin_certs")
            for sql in V201_RESET.split(";"):
                if sql.strip():
                    conn.execute(sql)
    exchange(k, b)
    assert "旧数据" not in names(b), "relayed without proof of origin"
    result = exchange(a, k)  # A's own ops again, now signed
    assert result.new_ops == 0 and result.ops >= 1
    assert evidence.events(k) == []
    exchange(k, b)
    assert "旧数据" in names(b)
    settle(k, a, b)
    assert diff(dump(a), dump(b)) == []


def test_revoke_and_status_commands(county: County, tmp_path: Path, capsys) -> None:
    from desktop.cli import main
    from desktop.sync import keys

    k = county.device(tmp_path / "k.db", role="county", name="县局")
    b = county.device(tmp_path / "b.db", name="B")
    b_id = b.device_id
    data, _ = forge(b, k, k, sign=False, names_=("伪造丙",))
    with pytest.raises(BundleRefused):
        importer.import_bytes(k, data)
    k.close()
    key_file = tmp_path / "county.key"
    keys.create_county_key(key_file, code="522633", name="从江县")  # another key: refused
    assert (
        main(
            [
                "sync",
                "revoke",
                "--county-key",
                str(key_file),
                "--device",
                b_id,
                "--out",
                str(tmp_path / "bad.json"),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            ["sync", "revoke", "--db", str(tmp_path / "k.db"), "--file", str(tmp_path / "bad.json")]
        )
        != 0
    )
    assert "被伪造" in capsys.readouterr().err
    record = evidence.make_revocation(county.key, b_id, note="电脑被盗")
    good = tmp_path / "revocation.json"
    good.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["sync", "revoke", "--db", str(tmp_path / "k.db"), "--file", str(good)]) == 0
    capsys.readouterr()
    assert main(["sync", "status", "--db", str(tmp_path / "k.db")]) == 0
    out = capsys.readouterr().out
    assert f"已吊销设备：{b_id}" in out
    assert "安全事件" in out and "unsigned_op" in out and b_id[:8] in out


def test_long_histories_are_signed_in_short_chained_segments(
    county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relay carrying one op of a segment carries the hashes of the rest: segments are
    short (SEGMENT_MAX ops), chained one to the next."""
    from synckit import T2, V2

    from desktop.sync import chain

    monkeypatch.setattr(origin, "SEGMENT_MAX", 3)
    k = county.device(tmp_path / "k.db", role="county")
    a = county.device(tmp_path / "a.db", name="A")
    b = county.device(tmp_path / "b.db", townships=(T2,), name="B")
    for i in range(7):
        child(
            k, f"县里{i}", township=T2 if i == 6 else T1, village=V2 if i == 6 else "522633100001"
        )
    settle(k, a, b)
    segs = k.conn.execute(
        "SELECT first, last, prev, head FROM sync_segments WHERE origin=? ORDER BY first",
        (k.device_id,),
    ).fetchall()
    assert len(segs) >= 3 and all(s[1] - s[0] < 3 for s in segs)
    assert all(segs[i][2] == segs[i - 1][3] for i in range(1, len(segs)))
    assert "县里6" in names(b) and "县里0" not in names(b)
    assert {f"县里{i}" for i in range(6)} <= names(a)
    for store in (k, a, b):
        assert chain.check(store).problems == []
        assert evidence.events(store) == []
