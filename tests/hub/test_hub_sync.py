"""Real hubs on 127.0.0.1 and real device databases: work done offline on several laptops
reaches every laptop of its scope through the hub, across the hub going away and coming back,
with nothing lost or duplicated — on a SQLite and on a PostgreSQL relay."""

from __future__ import annotations

from hubkit import device, hub_db, settle, start, sync
from synckit import T2, V2, child, diff, dump

from desktop.domain import model
from desktop.store.repo import Store


def _visit(store: Store, kid: str, note: str) -> None:
    store.append_event(
        "contact",
        model.Contact(participants=("王老师（丙妹小学）",), findings=note),
        occurred_on="2026-10-01",
        child_id=kid,
    )


def test_offline_laptops_converge_through_the_hub(county, tmp_path, relay_url):
    hub_path = hub_db(county, tmp_path / "hub.db")
    hub = start(hub_path, relay_url)
    url = hub.url
    a = device(county, tmp_path / "a.db", url=url, name="丙妹镇-1")
    b = device(county, tmp_path / "b.db", url=url, name="丙妹镇-2")
    c = device(county, tmp_path / "c.db", url=url, townships=(T2,), name="贯洞镇-1")
    office = device(county, tmp_path / "office.db", url=url, role="county", name="县教育局")
    stores = [a, b, c, office]
    try:
        kid_a = child(a, "网络甲")
        _visit(a, kid_a, "第一次家访")
        kid_c = child(c, "网络丙", township=T2, village=V2)
        settle(stores)
        assert b.get("children", kid_a) is not None
        assert c.get("children", kid_a) is None  # not in 贯洞镇's scope
        assert office.get("children", kid_c) is not None

        # the hub goes away; everyone keeps working offline
        hub.stop()
        _visit(a, kid_a, "第二次家访")
        b.update("children", kid_a, {"address": "岜沙村3组"})
        _visit(b, kid_a, "电话联系")
        kid_b = child(b, "离线新生")
        c.update("children", kid_c, {"address": "贯洞村1组"})
        for store in stores:
            (report,) = sync(store)
            assert report.unreachable and not report.error

        # the hub comes back on the same address
        hub = start(hub_path, relay_url, port=hub.port)
        settle(stores)
        assert diff(dump(a), dump(b)) == [] or _same_data(a, b)
        for kid, name in ((kid_a, "网络甲"), (kid_b, "离线新生"), (kid_c, "网络丙")):
            assert office.get("children", kid)["name"] == name
        with Store.open(hub_path) as merged:
            assert _data(merged) == _data(office)
            visits = merged.conn.execute(
                "SELECT count(*), count(DISTINCT id) FROM events WHERE kind='contact'"
            ).fetchone()
            assert tuple(visits) == (3, 3)  # three visits, each once
        assert a.get("children", kid_a)["address"] == "岜沙村3组"
        assert a.get("children", kid_b) is not None and c.get("children", kid_b) is None
    finally:
        hub.stop()
        for s in stores:
            s.close()


def _data(store: Store) -> dict:
    """The records (what every device of a scope must agree on), without the change log."""
    out = dump(store)
    out.pop("changes")
    out.pop("audit")
    return out


def _same_data(x: Store, y: Store) -> bool:
    return _data(x) == _data(y)
