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


def _id(first17):
    from desktop.domain.ids import id_check_char

    return first17 + id_check_char(first17)


def test_index_is_on_disk_and_follows_every_write(people):
    from desktop.store import db

    cid = people.create(
        "children",
        model.Child(
            name="龚明辉", id_number=_id("52263320150202003"), township_code="522633100000"
        ),
    )
    # Another connection (as at the next start) answers at once: nothing is built in memory.
    other = db.connect(people.path)
    try:
        assert [h.field for h in SearchIndex(other).search("gmh")] == ["initials"]
        assert len(SearchIndex(other).search("20150202")) == 1
    finally:
        other.close()
    people.update(
        "children",
        cid,
        {"name": "龚明华", "id_number": _id("52263320160303005"), "birth_date": "2016-03-03"},
    )
    keys = {r[0] for r in people.conn.execute("SELECT key FROM search_keys")}
    assert not any("明辉" in k or k.endswith("minghui") for k in keys)  # old keys taken out
    assert SearchIndex(people.conn).search("20150202") == []
    assert len(SearchIndex(people.conn).search("20160303")) == 1
    assert names(people, "明华") == ["龚明华"]  # a later part of the name
    assert names(people, "minghua") == ["龚明华"]  # from the second syllable on


def test_places_find_their_children(people):
    code, village = people.conn.execute(
        "SELECT code, name FROM regions WHERE level='village' ORDER BY code LIMIT 1"
    ).fetchone()
    people.create(
        "children", model.Child(name="罗小云", village_code=code, township_code=code[:9] + "000")
    )
    assert names(people, village) == ["罗小云"]
    assert names(people, "罗小云") == ["罗小云"]  # a name before any place


def test_an_existing_database_is_indexed_by_its_migration(people):
    from desktop.store.repo import Store

    path = people.path
    people.conn.execute("DROP TABLE search_keys")
    people.conn.execute("DROP TABLE search_numbers")
    people.conn.execute("DELETE FROM schema_migrations WHERE step = 3")
    people.close()
    store = Store.open(path, create=False)
    try:
        assert names(store, "sxx") == ["单雄信"]
        assert names(store, "522633201206")  # 欧阳娜娜's ID, a prefix
        count = store.conn.execute("SELECT count(DISTINCT child_seq) FROM search_keys")
        assert count.fetchone()[0] == len(PEOPLE)
    finally:
        store.close()


def test_a_database_with_the_first_trigram_table_is_converted(people):
    """Step 3 first made search_numbers contentless (unreadable row by row); step 4 converts it."""
    from desktop.store.repo import Store

    path = people.path
    people.conn.execute("DROP TABLE search_numbers")
    people.conn.execute(
        "CREATE VIRTUAL TABLE search_numbers USING fts5(numbers, tokenize='trigram',"
        " detail='none', content='', columnsize=0)"
    )
    people.conn.execute("DELETE FROM schema_migrations WHERE step = 4")
    people.close()
    store = Store.open(path, create=False)
    try:
        rows = store.conn.execute("SELECT rowid, numbers FROM search_numbers").fetchall()
        assert len(rows) == len(PEOPLE)
        assert names(store, "201206")[0] == "欧阳娜娜"  # found by its trigrams again
    finally:
        store.close()


def test_id_fragments_join_the_rare_trigrams_not_the_region_code(people):
    """Every ID here starts with 522633: a fragment's candidates come from its trigrams that
    few numbers hold (joining one nearly all hold cost 15 ms of CPU per key at province size),
    and what it finds is still every child whose number holds it."""
    from desktop.store.search import _trigram_query

    index = SearchIndex(people.conn)
    common = index._common()
    assert common["522"] == common["633"] == common[""] >= len(PEOPLE)
    query = _trigram_query("633201205", common)
    assert '"633"' not in query and '"201"' not in query
    assert '"205"' in query  # the rarest (one child's), whatever the sample's size
    assert _trigram_query("522633", common) == '"633"'  # all common: one, the latest
    numbers = dict(people.conn.execute("SELECT name, id_number FROM children"))
    for fragment in ("633201205", "522633", "3201", "0500"):
        expected = {name for name, number in numbers.items() if fragment in number}
        assert set(names(people, fragment)) == expected, fragment
