"""Provisioning from a snapshot (desktop/sync/snapshot.py): a new device gets the current state
of its scope, compacted (superseded versions left out), and ends up with the same records and
review items as a device that received every op ever made — and syncs on normally after."""

from __future__ import annotations

from synckit import T1, T2, V2, child, dump, exchange, know

from desktop.sync import enrol, export, importer, snapshot


def _data(store) -> dict:
    out = dump(store)
    out.pop("changes")
    return out


def _only(store, township: str) -> dict:
    """The records of one township's children (what a township device must hold)."""
    out = _data(store)
    kids = {
        r[0]
        for r in store.conn.execute("SELECT id FROM children WHERE township_code=?", (township,))
    }
    out["children"] = [r for r in out["children"] if r[0] in kids]
    return out["children"]


def _addresses(data: bytes, store) -> int:
    """How many versions of children.address a bundle carries."""
    from desktop.sync import envelope, keys
    from desktop.sync.payload import unpack_body, unpack_manifest

    env = envelope.read(data)
    plain = envelope.open_for(
        env, device_id=store.device_id, box_key=keys.private_keys(store).box, limit=2**30
    )
    body = unpack_body(unpack_manifest(plain)[1])
    return sum(1 for op in body.ops if op[3] == "children" and op[5] == "address")


def test_snapshot_equals_the_whole_history(county, tmp_path):
    hub = county.device(tmp_path / "hub.db", role="hub")
    a = county.device(tmp_path / "a.db", townships=(T1,))
    b = county.device(tmp_path / "b.db", townships=(T1,))
    c = county.device(tmp_path / "c.db", townships=(T2,))
    stores = [hub, a, b, c]
    try:
        k1 = child(a, "甲")
        k2 = child(a, "乙")
        k3 = child(c, "丙", township=T2, village=V2)
        k4 = child(a, "丁")
        for n in range(5):  # many versions of the same field
            a.update("children", k1, {"address": f"地址{n}"})
        exchange(a, hub)
        exchange(hub, b)
        a.update("children", k2, {"notes": "甲写的"})  # same field, same base: a conflict
        b.update("children", k2, {"notes": "乙写的"})
        a.update("children", k4, {"township_code": T2, "village_code": V2})  # moves to 贯洞镇
        for src in (a, b, c):
            exchange(src, hub)
        assert hub.conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 1

        # two new laptops of 丙妹镇: one from the whole history, one from a snapshot
        full = county.device(tmp_path / "full.db", townships=(T1,))
        snap = county.device(tmp_path / "snap.db", townships=(T1,))
        stores += [full, snap]
        know(hub, full, snap)
        whole = export.prepare(hub, [enrol.peer_cert(hub, full.device_id)], force=True)
        compact = snapshot.prepare(hub, enrol.peer_cert(hub, snap.device_id))
        assert compact.manifest["snapshot"] is True
        assert _addresses(compact.data, snap) == 1 < _addresses(whole.data, full) == 5
        importer.import_bytes(full, whole.data)
        importer.import_bytes(snap, compact.data)
        assert _data(snap) == _data(full)
        assert snap.conn.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0] == 1
        assert snap.get("children", k3) is None and snap.get("children", k2) is not None
        assert snap.get("children", k4) is None  # it left the scope before this laptop came
        assert snap.get("children", k1)["address"] == "地址4"

        # a county-wide laptop from a snapshot holds what the hub holds
        office = county.device(tmp_path / "office.db", role="county")
        stores.append(office)
        know(hub, office)
        importer.import_bytes(
            office, snapshot.prepare(hub, enrol.peer_cert(hub, office.device_id)).data
        )
        assert _data(office) == _data(hub)

        # and it syncs on from there, both ways, with nothing sent twice
        snap.update("children", k2, {"address": "新地址"})
        result = exchange(snap, hub)
        assert result.new_ops == 1 and hub.get("children", k2)["address"] == "新地址"
        a.update("children", k2, {"phone": "13900000000"})
        exchange(a, hub)
        back = exchange(hub, snap)
        assert back.new_ops == 1 and snap.get("children", k2)["phone"] == "13900000000"
    finally:
        for s in stores:
            s.close()


def test_an_old_copy_of_a_child_that_moved_away_is_told(county, tmp_path):
    """A laptop that held a child before it moved to another township, and comes to the hub for
    the first time (e.g. it synced by USB stick so far), learns the move from its snapshot."""
    hub = county.device(tmp_path / "hub.db", role="hub")
    a = county.device(tmp_path / "a.db", townships=(T1,))
    b = county.device(tmp_path / "b.db", townships=(T1,))
    try:
        kid = child(a, "转走的学生")
        exchange(a, b)  # by USB stick
        exchange(a, hub)
        hub_side = county.device(tmp_path / "c.db", townships=(T2,))
        a.update("children", kid, {"township_code": T2, "village_code": V2})
        exchange(a, hub)
        know(hub, b)
        importer.import_bytes(b, snapshot.prepare(hub, enrol.peer_cert(hub, b.device_id)).data)
        assert b.get("children", kid)["township_code"] == T2
        hub_side.close()
    finally:
        for s in (hub, a, b):
            s.close()
