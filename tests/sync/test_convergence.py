"""Property: devices that edit offline and exchange bundles in any order (duplicates, delays,
relays) end up with the same data, lose no event, and list every same-field concurrent edit in
review exactly once — while a Byzantine laptop forges ops labelled as theirs (signed with its
own key, or unsigned) and its forgeries are replayed: every one refused and recorded. The same
laptop also works genuinely, is revoked by the county at some point and goes on sending; its
bundles are replayed and relayed by laptops that have not heard yet. Its ops signed after the
revocation end up nowhere (refused, or undone where they were taken in before the news), its
earlier ones everywhere."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from synckit import T1, V1, County, dump, forge, make_county

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.states import Action, ActionParams
from desktop.store import cases, db
from desktop.store.repo import Store, derived_id
from desktop.sync import conflicts, enrol, evidence, export, importer
from desktop.sync.envelope import BundleRefused

# Fixed ids of the records every device starts with (made on the county template).
K = [derived_id("test-child", str(i)) for i in range(3)]
C = [derived_id("test-case", str(i)) for i in range(3)]
G1 = derived_id("test-guardian", "1")
P1 = cases.plan_id(C[0])


def seed(store: Store) -> None:
    school = store.create("schools", model.School(name="丙妹中心小学", township_code=T1))
    for i, name in enumerate(("吴小龙", "石小花", "梁小兵")):
        store.create(
            "children",
            model.Child(name=name, township_code=T1, village_code=V1, school_id=school),
            row_id=K[i],
        )
    store.create(
        "guardians", model.Guardian(child_id=K[0], name="吴父", phone="13800000000"), row_id=G1
    )
    for i, kind in enumerate(("dropout", "dropout", "suspected")):
        values = model.Case(
            child_id=K[i], ledger_kind=kind, causes=("20",) if kind == "dropout" else ()
        )
        record = {**values.to_record(), "case_no": f"2026-100-000{i}-TPL", "initial_state": kind}
        store.create("cases", record, row_id=C[i])
    cases.refresh(store, C)
    cases.save_plan(
        store,
        model.Plan(
            case_id=C[0], cause_analysis="外出打工", measures="家访", deadline=dt.date(2030, 1, 1)
        ),
    )
    cases.take_action(store, C[0], Action.START_PERSUASION)


# (entity, row id, field, values)
TARGETS = [
    ("children", K[0], "address", ("岜沙村1组", "岜沙村2组", "岜沙村3组")),
    ("children", K[1], "address", ("甲", "乙", "丙")),
    ("children", K[0], "phone", ("13900000001", "13900000002")),
    ("children", K[2], "notes", ("留守", "随迁", "")),
    ("guardians", G1, "phone", ("13811111111", "13822222222")),
    ("guardians", G1, "deleted", (0, 1)),
    ("cases", C[0], "notes", ("一", "二", "三")),
    ("cases", C[1], "whereabouts_detail", ("广东东莞", "浙江义乌")),
    ("plans", P1, "measures", ("家访", "联合劝返", "资助")),
    ("settings", "legal.deadline_days", "value", (7, 10, 14)),
    ("settings", "visit.cadence_days", "value", (14, 7)),
]

_dev = st.integers(0, 5)
# a few hot targets, so that devices often edit the same field concurrently
_target = st.one_of(st.integers(0, 2), st.sampled_from([6, 8]), st.integers(0, len(TARGETS) - 1))
_edit = st.tuples(st.just("edit"), _dev, _target, st.integers(0, 2))
_sync = st.tuples(st.just("sync"), _dev, _dev)  # sent and imported at once
_send = st.tuples(st.just("send"), _dev, _dev)  # sent, delivered later (or never, or twice)
_deliver = st.tuples(st.just("deliver"), st.integers(0, 1000))
step = st.one_of(
    _edit,
    _edit,
    _sync,
    _sync,
    _send,
    _deliver,
    st.tuples(st.just("event"), _dev, st.integers(0, 1)),
    st.tuples(st.just("transition"), _dev, st.integers(0, 1)),
    st.tuples(st.just("plan"), _dev, st.integers(0, 2)),
    st.tuples(st.just("child"), _dev, st.integers(0, 2)),
    st.tuples(st.just("attach"), _dev, st.integers(0, 2)),
    st.tuples(st.just("resolve"), _dev, st.integers(0, 3)),
    st.tuples(st.just("forge"), _dev, _dev, st.booleans()),
    st.tuples(st.just("byz"), _dev, st.integers(0, 2), st.booleans()),
    st.tuples(st.just("revoke"), _dev),
)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> County:
    return make_county(tmp_path_factory.mktemp("county"), seed=seed)


class World:
    def __init__(self, county: County, folder: Path, n: int, *, with_county: bool) -> None:
        self.devices = [
            county.device(
                folder / f"d{i}.db",
                role="county" if (with_county and i == 0) else "township",
                name=f"设备{i}",
            )
            for i in range(n)
        ]
        for d in self.devices:
            with d.transaction():
                for other in self.devices:
                    if other is not d:
                        enrol.remember_peer(d, enrol.enrolment_of(other))
        self.mail: list[tuple[int, bytes]] = []
        self.events: set[str] = set()
        self.counter = 0
        # a Byzantine laptop of the same county: it only forges
        self.byz = county.device(folder / "byz.db", name="拜占庭")
        self.forged: set[bytes] = set()
        self.refused = 0
        with self.byz.transaction():
            for other in self.devices:
                enrol.remember_peer(self.byz, enrol.enrolment_of(other))
        self.county = county
        self.byz_mail: set[bytes] = set()
        self.byz_names: list[tuple[str, bool]] = []  # (child's name, made after the revocation)
        self.revocation: dict | None = None
        self.refused_revoked = 0

    def send(self, src: int, dst: int) -> None:
        if src == dst:
            return
        s, d = self.devices[src], self.devices[dst]
        prepared = export.prepare(s, [enrol.peer_cert(s, d.device_id)], force=True)
        assert prepared is not None
        export.record(s, prepared)
        self.mail.append((dst, prepared.data))

    def deliver(self, i: int) -> None:
        if self.mail:
            dst, data = self.mail[i % len(self.mail)]
            if data in self.forged:  # a forgery, delivered (again)
                with pytest.raises(BundleRefused) as refused:
                    importer.import_bytes(self.devices[dst], data)
                if refused.value.reason == "revoked":  # its sender's revocation known there
                    self.refused_revoked += 1
                    return
                assert refused.value.reason in ("forged_origin", "unsigned_op")
                self.refused += 1
                return
            if data in self.byz_mail:  # the revoked laptop's own bundle (again)
                try:
                    importer.import_bytes(self.devices[dst], data)
                except BundleRefused as refused:
                    assert refused.reason == "revoked", refused
                    self.refused_revoked += 1
                return
            importer.import_bytes(self.devices[dst], data)

    def byz_work(self, dst: int, what: int, now: bool) -> None:
        """The Byzantine laptop's own work (a child, an edit), sent to `dst`."""
        self.counter += 1
        byz = self.byz
        if what == 0:
            name = f"拜占庭{self.counter}"
            byz.create("children", model.Child(name=name, township_code=T1, village_code=V1))
            self.byz_names.append((name, self.revocation is not None))
        else:
            byz.update("children", K[what - 1], {"address": f"拜占庭改{self.counter}"})
        # like every laptop it syncs with the county's device 0 (a township laptop's relay
        # cannot vouch for the county), and it hands its bundle to `dst`, now or later
        for target in {0, dst}:
            d = self.devices[target]
            prepared = export.prepare(byz, [enrol.peer_cert(byz, d.device_id)], force=True)
            assert prepared is not None
            export.record(byz, prepared)
            self.byz_mail.add(prepared.data)
            self.mail.append((target, prepared.data))
            if now or target == 0:
                self.deliver(len(self.mail) - 1)

    def revoke(self, dev: int) -> None:
        """The county revokes the Byzantine laptop; the record starts at one device."""
        if self.revocation is None:
            self.revocation = evidence.make_revocation(
                self.county.key, self.byz.device_id, note="被盗"
            )
        evidence.add_revocation(self.devices[dev], self.revocation)

    def forge(self, victim: int, dst: int, sign: bool) -> None:
        self.counter += 1
        data, _ = forge(
            self.byz,
            self.devices[victim],
            self.devices[dst],
            sign=sign,
            names_=(f"伪造{self.counter}",),
        )
        self.forged.add(data)
        self.mail.append((dst, data))
        self.deliver(len(self.mail) - 1)

    def run(self, op: tuple) -> None:
        kind, *args = op
        n = len(self.devices)
        if kind in ("send", "sync"):
            if args[0] % n != args[1] % n:
                self.send(args[0] % n, args[1] % n)
                if kind == "sync":
                    self.deliver(len(self.mail) - 1)
            return
        if kind == "deliver":
            self.deliver(args[0])
            return
        if kind == "forge":
            self.forge(args[0] % n, args[1] % n, args[2])
            return
        if kind == "byz":
            self.byz_work(args[0] % n, args[1], args[2])
            return
        if kind == "revoke":
            self.revoke(args[0] % n)
            return
        s = self.devices[args[0] % n]
        self.counter += 1
        try:
            if kind == "edit":
                entity, row_id, fname, values = TARGETS[args[1]]
                value = values[args[2] % len(values)]
                if entity == "settings":
                    # county settings are the county's: another device's change is refused
                    # by every importer (desktop/sync/rights.py)
                    if enrol.enrolment_of(s).role != "county":
                        return
                    s.set_setting(row_id, value)
                else:
                    s.update(entity, row_id, {fname: value})
            elif kind == "event":
                visit = model.Contact(
                    participants=(f"干部{self.counter}",),
                    met="母亲",
                    findings="学生在家",
                    result="considering",
                )
                ev = cases.record(s, C[0], "contact", visit)
                self.events.add(ev)
            elif kind == "transition":
                params = ActionParams(approver="县局", evidence=("x",), reason="over_age")
                action = (Action.CONFIRM_DROPOUT, Action.CLOSE_OTHER)[args[1]]
                cases.take_action(s, C[2], action, params)
            elif kind == "plan":
                cases.save_plan(
                    s,
                    model.Plan(
                        case_id=C[1],
                        cause_analysis="厌学",
                        measures=("家访", "联合劝返", "资助")[args[1]],
                        deadline=dt.date(2030, 6, 1),
                    ),
                )
            elif kind == "child":
                cid = s.create(
                    "children",
                    model.Child(name=f"新{self.counter}", township_code=T1, village_code=V1),
                )
                s.update("children", cid, {"address": ("甲", "乙", "丙")[args[1]]})
            elif kind == "attach":
                sha = s.put_attachment(f"扫描件{args[1]}".encode() * 50, "image/png")
                ev = s.append_event(
                    "attachment",
                    model.AttachmentLink(target_id=C[0], sha256=sha, filename="scan.png"),
                    occurred_on="2026-10-01",
                    case_id=C[0],
                    child_id=K[0],
                )
                self.events.add(ev)
            elif kind == "resolve":  # the first device (from this one on) with open items
                for k in range(n):
                    s = self.devices[(args[0] + k) % n]
                    items = conflicts.review_items(s)
                    if items:
                        item = items[args[1] % len(items)]
                        version = item.versions[args[1] % len(item.versions)]
                        conflicts.resolve(s, item.key, op_id=version.op_id)
                        break
        except UserError:
            pass  # the state machine refused (a case already moved on): fine

    def settle(self) -> None:
        """Everyone talks to device 0, then device 0 to everyone (twice, for acknowledgements)."""
        for _ in range(2):
            for i in range(1, len(self.devices)):
                self.send(i, 0)
                self.deliver(len(self.mail) - 1)
            for i in range(1, len(self.devices)):
                self.send(0, i)
                self.deliver(len(self.mail) - 1)

    def close(self) -> None:
        for d in self.devices:
            d.close()
        self.byz.close()


def expected_conflicts(world: World) -> set[tuple[str, str, str, str]]:
    """From the union of every device's change log: same (record, field, base), >1 value."""
    conn = world.devices[0].conn
    groups: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for r in conn.execute(
        "SELECT entity, row_id, field, coalesce(base, ''), value FROM changes WHERE kind='s'"
    ):
        groups[tuple(r[:4])].add(r[4])
    creates: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for d in world.devices:
        for r in d.conn.execute(
            "SELECT c.entity, c.row_id, dv.device_id || ':' || c.origin_seq, c.value, k.value"
            " FROM changes c JOIN devices dv ON dv.n = c.origin"
            " LEFT JOIN sync_created k ON k.op = c.seq WHERE c.kind='c'"
        ):
            value = r[3] or r[4]
            if value is None:
                row = d.get(r[0], r[1])
                value = db.dumps(dict(row))
            creates[(r[0], r[1])][r[2]] = json.loads(value)
    out = {k for k, values in groups.items() if len(values) > 1}
    for (entity, row_id), versions in creates.items():
        if len(versions) < 2:
            continue
        cols = world.devices[0].synced_columns(entity)
        for f in cols:
            values = {db.dumps(v.get(f)) for v in versions.values()} | groups.get(
                (entity, row_id, f, ""), set()
            )
            if len(values) > 1:
                out.add((entity, row_id, f, ""))
    return out


def check_world(world: World) -> None:
    dumps = [dump(d) for d in world.devices]
    for i, other in enumerate(dumps[1:], start=1):
        for table in dumps[0]:
            assert dumps[0][table] == other[table], f"device {i} differs in {table}"
    for d in world.devices:
        have = {r[0] for r in d.conn.execute("SELECT id FROM events")}
        assert world.events <= have, "an event was lost"
    # every forgery refused was recorded; none of the forged children is anywhere
    kinds = [e["kind"] for d in world.devices for e in evidence.events(d, limit=10**6)]
    assert sum(k in ("forged_origin", "unsigned_op") for k in kinds) == world.refused
    assert kinds.count("revoked") >= world.refused_revoked
    assert set(kinds) <= {"forged_origin", "unsigned_op", "revoked", "revoked_undone"}
    for d in world.devices:  # (made as its own ops, they travel under its own name)
        assert not d.conn.execute(
            "SELECT 1 FROM children WHERE name LIKE '伪造%' AND device_id != ?",
            (world.byz.device_id,),
        ).fetchone()
    event(f"forgeries refused: {min(world.refused, 2)}")
    # the revoked laptop: nothing it made after the revocation is anywhere
    late = {name for name, after in world.byz_names if after}
    if world.revocation is not None:
        for d in world.devices:
            assert world.byz.device_id in evidence.revocations(d)
            got = {r[0] for r in d.conn.execute("SELECT name FROM children")}
            assert not late & got, "a child the revoked laptop made after its revocation"
        event(f"revoked laptop's bundles refused: {min(world.refused_revoked, 2)}")
        event(f"late ops undone: {min(kinds.count('revoked_undone'), 2)}")
    found = [
        tuple(r)
        for r in world.devices[0].conn.execute(
            "SELECT entity, row_id, field, base FROM sync_conflicts"
        )
    ]
    assert len(found) == len(set(found))
    assert set(found) == expected_conflicts(world)
    conn = world.devices[0].conn

    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    resolved = count("SELECT count(*) FROM sync_conflicts WHERE status='resolved'")
    plans = count("SELECT count(*) FROM changes WHERE entity='plans' AND kind='c'")
    review = count("SELECT count(*) FROM cases WHERE needs_review=1")
    event(f"conflicts: {min(len(found), 3)}")
    event(f"resolved: {min(resolved, 1)}")
    event(f"cases to review: {review}")
    event(f"plan creates: {plans}")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    n=st.integers(3, 6),
    with_county=st.booleans(),
    steps=st.lists(step, min_size=15, max_size=50),
)
def test_devices_converge_whatever_the_order(
    county: County, n: int, with_county: bool, steps
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = World(county, Path(folder), n, with_county=with_county)
        try:
            for op in steps:
                world.run(op)
            world.settle()
            check_world(world)
            # A county user settles every open item on one device; the choices reach everyone.
            judge = world.devices[0 if with_county else -1]
            for item in conflicts.review_items(judge):
                conflicts.resolve(judge, item.key, op_id=item.versions[-1].op_id)
            world.settle()
            check_world(world)
            for d in world.devices:
                assert conflicts.review_items(d) == []
        finally:
            world.close()
