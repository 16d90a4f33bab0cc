"""Bundles that must be refused: each leaves the receiving database exactly as it was and the
file in quarantine with a Chinese reason."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from synckit import COUNTY, County, bundle, child, make_county

from desktop.store import schema
from desktop.store.repo import Store
from desktop.sync import enrol, envelope, export, importer, keys
from desktop.sync.envelope import BundleRefused


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"))


@pytest.fixture
def pair(county: County, tmp_path: Path):
    a = county.device(tmp_path / "a.db", name="甲")
    b = county.device(tmp_path / "b.db", name="乙")
    child(a, "张三", id_number="522633201403050024")
    child(a, "李四")
    yield a, b
    a.close()
    b.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table (the database is unchanged iff this is)."""
    tables = [
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: sorted(map(tuple, store.conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables
    }


def refused(
    store: Store, data: bytes, tmp_path: Path, reason: str | set[str], name: str = "x.kcbx"
):
    """Import `data` from a file; assert it is refused for `reason`, quarantined, nothing changed."""
    before = snapshot(store)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BundleRefused) as info:
        importer.import_file(store, path)
    reasons = {reason} if isinstance(reason, str) else reason
    assert info.value.reason in reasons, (info.value.reason, str(info.value))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(info.value))  # a Chinese message
    assert snapshot(store) == before
    assert not path.exists()
    kept = importer.quarantined(store)
    assert kept and kept[0]["reason"] == info.value.reason and kept[0]["message"] == str(info.value)
    assert Path(kept[0]["path"]).read_bytes() == data
    return info.value


def test_a_good_bundle_is_imported_and_a_replay_changes_nothing(pair, tmp_path):
    a, b = pair
    data = bundle(a, b)
    first = importer.import_bytes(b, data)
    assert first.status == "imported" and first.new_ops > 0
    assert (
        b.conn.execute("SELECT count(*) FROM children WHERE name IN ('张三','李四')").fetchone()[0]
        == 2
    )
    before = snapshot(b)
    again = importer.import_bytes(b, data)
    assert again.status == "duplicate" and "未做任何改动" in again.message
    assert snapshot(b) == before


def test_an_old_bundle_arriving_after_a_newer_one_is_harmless(pair):
    a, b = pair
    old = bundle(a, b)
    child(a, "王五")
    newer = bundle(a, b)
    importer.import_bytes(b, newer)
    # (the bundle is recorded, and the sender's "last seen" time may move to the next second)
    skip = ("sync_bundles", "sync_peers")
    data_before = {t: v for t, v in snapshot(b).items() if t not in skip}
    result = importer.import_bytes(b, old)
    assert result.status == "imported" and result.new_ops == 0
    assert {t: v for t, v in snapshot(b).items() if t not in skip} == data_before


@pytest.mark.parametrize("cut", [0.5, 0.99, 30, 12, 3])
def test_truncated_file(pair, tmp_path, cut):
    a, b = pair
    data = bundle(a, b)
    n = int(len(data) * cut) if isinstance(cut, float) else cut
    refused(b, data[: max(n, 1)], tmp_path, {"truncated", "not_bundle", "damaged"})


def test_truncated_message_says_so(pair, tmp_path):
    a, b = pair
    data = bundle(a, b)
    exc = refused(b, data[:-100], tmp_path, "truncated")
    assert "截断" in str(exc)


@pytest.mark.parametrize("where", [0.0, 0.02, 0.3, 0.6, 0.9, 0.999])
def test_flipped_byte(pair, tmp_path, where):
    a, b = pair
    data = bytearray(bundle(a, b))
    i = min(int(len(data) * where), len(data) - 1)
    data[i] ^= 0x01
    refused(
        b,
        bytes(data),
        tmp_path,
        {"bad_signature", "damaged", "not_bundle", "bad_cert", "truncated"},
    )


def test_flipped_byte_in_the_encrypted_part_breaks_the_signature(pair, tmp_path):
    a, b = pair
    data = bytearray(bundle(a, b))
    data[-200] ^= 0x80
    exc = refused(b, bytes(data), tmp_path, "bad_signature")
    assert "签名无效" in str(exc)


def test_wrong_signer(county, pair, tmp_path):
    """Signed by another enrolled device's key, presenting the sender's certificate."""
    a, b = pair
    c = county.device(tmp_path / "c.db", name="丙")
    data = bundle(a, b)
    signed = data[: -envelope.SIG_LEN]
    forged = signed + keys.signer(c)(signed)
    refused(b, forged, tmp_path, "bad_signature")
    c.close()


def test_unenrolled_sender_without_certificate(pair, tmp_path):
    a, b = pair
    me = enrol.enrolment_of(a)
    data = envelope.seal(
        b"anything",
        header={
            "bundle_id": "x",
            "sender": a.device_id,
            "county": me.county_code,
            "created_at": "",
        },
        recipients=[(b.device_id, enrol.enrolment_of(b).box_key)],
        sign=keys.signer(a),
    )
    exc = refused(b, data, tmp_path, "unenrolled_sender")
    assert "未经县教育局注册" in str(exc)


def test_device_with_a_self_made_certificate(tmp_path, pair):
    """A laptop that made its own 'county' key with the same county code is not trusted."""
    _a, b = pair
    rogue_county = make_county(tmp_path / "rogue", code=COUNTY)
    rogue = rogue_county.device(tmp_path / "rogue.db")
    child(rogue, "冒名")
    data = bundle(rogue, b)
    exc = refused(b, data, tmp_path, "other_county")
    assert "其他县" in str(exc)
    rogue.close()


def test_bundle_from_another_county(tmp_path, pair):
    _a, b = pair
    other = make_county(tmp_path / "other", code="522634", name="榕江县")
    stranger = other.device(tmp_path / "s.db", townships=("522634100000",))
    data = bundle(stranger, b)
    exc = refused(b, data, tmp_path, "other_county")
    assert "榕江县" in str(exc)
    stranger.close()


def test_receiving_device_not_enrolled(county, pair, tmp_path):
    a, _b = pair
    fresh = Store.open(tmp_path / "fresh.db")
    enrol.make_request(fresh)
    with a.transaction():  # a knows it somehow (a stale certificate), fresh has no enrolment
        enrol.remember_peer(a, enrol.enrolment_of(_b))
    data = bundle(a, _b)
    exc = refused(fresh, data, tmp_path, "unenrolled_self")
    assert "尚未注册" in str(exc)
    fresh.close()


def test_wrong_recipient(county, pair, tmp_path):
    a, b = pair
    c = county.device(tmp_path / "c.db", name="丙")
    data = bundle(a, b)
    exc = refused(c, data, tmp_path, "wrong_recipient")
    assert "不是发给本机" in str(exc)
    c.close()


def test_newer_format(pair, tmp_path):
    a, b = pair
    data = bytearray(bundle(a, b))
    struct.pack_into(">H", data, 8, envelope.FORMAT_VERSION + 1)
    exc = refused(b, bytes(data), tmp_path, "newer_format")
    assert "升级" in str(exc)


def test_newer_schema(pair, tmp_path):
    a, b = pair
    a.conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    data = bundle(a, b)
    exc = refused(b, data, tmp_path, "newer_schema")
    assert "升级" in str(exc) and str(schema.latest_version() + 1) in str(exc)


def test_own_bundle(pair, tmp_path):
    a, _b = pair
    with a.transaction():
        enrol.remember_peer(a, enrol.enrolment_of(a))  # a bundle addressed to itself
    certs = [enrol.enrolment_of(a)]
    prepared = export.prepare(a, certs, force=True)
    refused(a, prepared.data, tmp_path, "own")


def test_not_a_bundle(pair, tmp_path):
    _a, b = pair
    exc = refused(b, "这是一封信".encode() * 20, tmp_path, "not_bundle")
    assert "不是控辍保学同步包" in str(exc)


def test_quarantine_keeps_every_refusal(pair, tmp_path):
    a, b = pair
    data = bundle(a, b)
    for i in range(3):
        (tmp_path / f"bad{i}.kcbx").write_bytes(data[: 100 + i])
        with pytest.raises(BundleRefused):
            importer.import_file(b, tmp_path / f"bad{i}.kcbx")
    kept = importer.quarantined(b)
    assert len(kept) == 3
    assert all(json.dumps(k, ensure_ascii=False) for k in kept)
