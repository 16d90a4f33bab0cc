"""A merge keeps the search index in step: new children are found by name, pinyin and school on
the receiving device, and a school renamed elsewhere re-keys its pupils here (each child is
indexed once per merge, whether it is new, changed, or a pupil of a renamed school)."""

from pathlib import Path

from synckit import T1, V1, exchange, make_county

from desktop.domain import model
from desktop.store import search


def _found(store, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {r["id"] for r in search.search_children(store.conn, text)}


def test_merged_children_and_a_renamed_school_are_searchable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    county = make_county(tmp_path)
    a = county.device(tmp_path / "a.db", role="county")
    b = county.device(tmp_path / "b.db", role="county")
    school = a.create("schools", model.School(name="丙妹中心小学", township_code=T1))
    kid = a.create(
        "children", model.Child(name="吴小龙", township_code=T1, village_code=V1, school_id=school)
    )
    calls: list[list[str]] = []
    real = search.update_keys

    def counted(conn, child_ids=None):  # type: ignore[no-untyped-def]
        calls.append(list(child_ids or []))
        return real(conn, child_ids)

    monkeypatch.setattr(search, "update_keys", counted)
    exchange(a, b)
    assert [kid] in calls and sum(c.count(kid) for c in calls) == 1  # indexed once
    assert kid in _found(b, "吴小龙")
    assert kid in _found(b, "wuxiaolong")
    assert kid in _found(b, "丙妹中心小学")  # by its school's name

    a.update("schools", school, {"name": "丙妹第二小学"})
    calls.clear()
    exchange(a, b)
    assert sum(c.count(kid) for c in calls) == 1  # its pupil re-keyed, once
    assert kid in _found(b, "丙妹第二小学")
    assert kid not in _found(b, "丙妹中心小学")
