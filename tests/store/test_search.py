import pytest

from desktop.domain import model
from desktop.store.search import SearchIndex, search_children

PEOPLE = [
    ("张三", "522633201403050024"),
    ("单雄信", "522633201205060013"),
    ("曾小贤", "522633201101010034"),
    ("王𠇔", "522633201303030010"),
    ("李䶮", "522633201404040028"),
    ("张三丰", "522633201005050011"),
    ("欧阳娜娜", "522633201206060023"),
]


@pytest.fixture
def people(store):
    from desktop.domain.ids import id_check_char

    ids = {}
    for name, number in PEOPLE:
        number = number[:17] + id_check_char(number[:17])
        ids[name] = store.create(
            "children",
            model.Child(
                name=name,
                id_number=number,
                township_code="522633100000",
                village_code="522633100001",
            ),
        )
    return store


def names(store, query, **kw):
    return [r["name"] for r in search_children(store.conn, query, **kw)]


def test_two_character_names(people):
    assert names(people, "张三")[0] == "张三"  # exact first, then 张三丰
    assert set(names(people, "张三")) == {"张三", "张三丰"}
    assert names(people, "䶮") == ["李䶮"]
    assert names(people, "𠇔") == ["王𠇔"]


def test_full_pinyin_and_initials(people):
    assert names(people, "zs")[0] == "张三"
    assert names(people, "sxx") == ["单雄信"]  # 单 as a surname is shan
    assert names(people, "shanxiongxin") == ["单雄信"]
    assert "曾小贤" in names(people, "zengxiaoxian")  # 曾 as a surname is zeng
    assert "曾小贤" in names(people, "zxx")
    assert names(people, "zhangsan")[0] == "张三"
    assert names(people, "Zhang San")[0] == "张三"
    assert "欧阳娜娜" in names(people, "oynn")
    assert names(people, "liyan") == ["李䶮"]


def test_every_reading_is_indexed(people):
    # 单 has the readings dan/shan/chan; someone typing the common one still finds him.
    assert "单雄信" in names(people, "danxiongxin")


def test_id_fragments(people):
    row = people.conn.execute("SELECT id_number FROM children WHERE name='单雄信'").fetchone()
    assert names(people, row[0][-6:]) == ["单雄信"]
    assert names(people, row[0][6:14])[0] in {"单雄信"}
    assert names(people, "５２２６３３")  # full-width digits are normalised


def test_index_sees_new_and_changed_children(people):
    index = SearchIndex(people.conn)
    assert [h for h in index.search("xmh")] == []
    cid = people.create("children", model.Child(name="熊明辉", township_code="522633100000"))
    assert len(index.search("xmh")) == 1
    people.update("children", cid, {"name": "熊明华"})
    assert len(index.search("xiongminghua")) == 1
    assert index.search("xiongminghui") == []


def test_scope_hides_children_outside_it(people):
    from desktop.domain.scope import Scope

    assert names(people, "zs", scope=Scope.township("522633200000")) == []
    assert "张三" in names(people, "zs", scope=Scope.township("522633100000"))
