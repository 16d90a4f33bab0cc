"""Role, scope and settings rights of the device that made each op, on every import path (a
USB bundle here; tests/hub/test_hub_rights.py through a hub process), and the Store's own
refusal when a device that is not the county's changes a county setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import T1, County, bundle, child, dump, exchange, make_county, tampered

from desktop.domain import model
from desktop.domain.county_settings import SettingRefused
from desktop.store.repo import Store
from desktop.sync import evidence, importer
from desktop.sync.envelope import BundleRefused


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    def seed(store: Store) -> None:
        for name in ("丙妹一小", "丙妹二小"):
            school = store.create("schools", model.School(name=name, township_code=T1))
            store.set_meta(name, school)

    return make_county(tmp_path_factory.mktemp("county"), seed=seed)


def ops(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def names(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM children")}


@pytest.mark.parametrize("role", ["township", "school", "hub"])
def test_a_device_not_the_countys_cannot_change_a_county_setting(
    county: County, tmp_path: Path, role: str
) -> None:
    kw = {"schools": ("x",)} if role == "school" else {}
    b = county.device(tmp_path / "b.db", role=role, **kw)  # type: ignore[arg-type]
    before, count = b.setting("county.bureau"), ops(b)
    with pytest.raises(SettingRefused) as refused:
        b.set_setting("county.bureau", "伪造的教育局")
    assert "county.bureau" in str(refused.value) and "县教育局的电脑" in str(refused.value)
    with pytest.raises(SettingRefused):  # the write path itself, not only set_setting
        b.update("settings", "county.bureau", {"value": '"伪造的教育局"'})
    with pytest.raises(SettingRefused):
        b.update("settings", "county.bureau", {"deleted": 1})
    with pytest.raises(SettingRefused):
        b.set_setting("visit.cadence_days", 3)
    with pytest.raises(SettingRefused):
        b.set_setting("codes.causes", ["厌学"])
    assert b.setting("county.bureau") == before and ops(b) == count, "bad input changes nothing"
    b.set_setting("ui.idle_lock_minutes", 5)  # a display preference of this device is its own
    b.set_setting("county.bureau", "从江县教育局")  # the value a set-up writes: let through
    b.set_setting("visit.cadence_days", 14)  # and a setting's default
    assert ops(b) > count
    k = county.device(tmp_path / "k.db", role="county")
    k.set_setting("county.bureau", "从江县教育体育局")
    assert k.setting("county.bureau") == "从江县教育体育局"


def test_a_school_devices_writes_outside_its_school_are_refused(
    county: County, tmp_path: Path
) -> None:
    t = county.device(tmp_path / "t.db", name="丙妹镇")  # a township laptop imports it
    k = county.device(tmp_path / "k.db", role="county", name="县局")
    one, two = t.meta("丙妹一小"), t.meta("丙妹二小")
    assert one and two
    s = county.device(tmp_path / "s.db", role="school", schools=(one,), name="一小")
    child(s, "一小学生", school_id=one)
    for dst in (t, k):
        exchange(s, dst)
        assert "一小学生" in names(dst)
    befores = {"t": dump(t), "k": dump(k)}
    child(s, "二小学生", school_id=two)  # another school of the same township
    for label, dst in (("t", t), ("k", k)):
        with pytest.raises(BundleRefused) as refused:
            importer.import_bytes(dst, bundle(s, dst))
        assert refused.value.reason == "out_of_scope"
        assert "学校" in str(refused.value)
        assert dump(dst) == befores[label], "a refused bundle changes nothing"
        assert evidence.events(dst)[0]["kind"] == "out_of_scope"


def test_a_school_device_does_not_record_the_countys_decisions(
    county: County, tmp_path: Path
) -> None:
    t = county.device(tmp_path / "t.db", name="丙妹镇")
    one = t.meta("丙妹一小")
    assert one
    s = county.device(tmp_path / "s.db", role="school", schools=(one,), name="一小")
    kid = child(s, "评估学生", school_id=one)
    exchange(s, t)
    before = dump(t)
    s.append_event(
        "assessment",
        model.Assessment(category="visual", conclusion="可随班就读"),
        occurred_on="2026-11-30",
        child_id=kid,
    )
    with pytest.raises(BundleRefused) as refused:
        importer.import_bytes(t, bundle(s, t))
    assert refused.value.reason == "no_right"
    assert "残疾" in str(refused.value) or "评估" in str(refused.value)
    assert dump(t) == before
    # the same event recorded by a township device goes through
    kid2 = child(t, "乡镇评估", school_id=one)
    t.append_event(
        "assessment",
        model.Assessment(category="visual", conclusion="可随班就读"),
        occurred_on="2026-11-30",
        child_id=kid2,
    )
    k = county.device(tmp_path / "k.db", role="county")
    exchange(t, k)
    assert k.conn.execute("SELECT count(*) FROM events WHERE kind='assessment'").fetchone()[0] == 1


def test_a_tampered_township_laptops_county_setting_is_refused_by_every_importer(
    county: County, tmp_path: Path
) -> None:
    k = county.device(tmp_path / "k.db", role="county")
    t = county.device(tmp_path / "t.db", name="乡镇乙")
    b = county.device(tmp_path / "b.db", name="B")
    with tampered(b):
        b.set_setting("county.bureau", "伪造的教育局")
    for dst in (k, t):
        with pytest.raises(BundleRefused) as refused:
            importer.import_bytes(dst, bundle(b, dst))
        assert refused.value.reason == "no_right"
        assert dst.setting("county.bureau") != "伪造的教育局"
