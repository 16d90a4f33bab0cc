"""Helpers for the sync tests: a county key, enrolled devices (real database files), exchanges,
and a canonical dump of everything that must be the same on every device after a merge."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import model
from desktop.domain.scope import Scope
from desktop.domain.states import Action
from desktop.store import cases, schema
from desktop.store.repo import Store
from desktop.sync import enrol, export, importer, keys, ophash, origin

COUNTY = "522633"
T1 = "522633100000"  # 丙妹镇
T2 = "522633101000"  # 贯洞镇
V1 = "522633100001"
V2 = "522633101001"


@dataclass
class County:
    key: keys.CountyKey
    template: Path

    def device(
        self,
        path: Path,
        *,
        role: str = "township",
        townships: tuple[str, ...] = (T1,),
        schools: tuple[str, ...] | None = None,
        name: str = "",
        actor: str = "测试干部",
    ) -> Store:
        """A new device: a copy of the county template with its own id, keys and enrolment."""
        shutil.copy(self.template, path)
        with Store.open(path) as s:
            s.conn.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
        store = Store.open(path, actor=actor)
        self.enrol(store, role=role, townships=townships, schools=schools, name=name or path.stem)
        return store

    def enrol(
        self,
        store: Store,
        *,
        role: str = "township",
        townships: tuple[str, ...] = (T1,),
        schools: tuple[str, ...] | None = None,
        name: str = "",
    ) -> None:
        """Enrol an existing database (request, issue, import)."""
        request = enrol.make_request(store, name=name)
        if role in ("county", "hub"):
            scope = Scope.everything()
        elif schools is not None:
            scope = Scope.school(*schools)
        else:
            scope = Scope.township(*townships)
        enrol.enrol(store, enrol.issue(self.key, request, role=role, scope=scope))


def make_county(
    directory: Path,
    *,
    code: str = COUNTY,
    name: str = "从江县",
    seed: Callable[[Store], Any] | None = None,
) -> County:
    """A county key and a template database with the county set up (and `seed` data)."""
    from desktop.store.county import setup_county

    directory.mkdir(parents=True, exist_ok=True)
    key = keys.create_county_key(
        directory / f"county-{uuid.uuid4().hex[:6]}.key", code=code, name=name
    )
    template = directory / f"template-{uuid.uuid4().hex[:6]}.db"
    with Store.open(template, actor="县管理员") as s:
        setup_county(s, code)
        if seed is not None:
            seed(s)
    return County(key, template)


@contextlib.contextmanager
def tampered(store: Store) -> Iterator[Store]:
    """`store` as a modified program would write: without the Store's own refusal of a county
    setting on a device that is not the county's (an insider's laptop; importers still refuse)."""
    store._check_setting_right = lambda key, values: None  # type: ignore[method-assign]
    try:
        yield store
    finally:
        del store._check_setting_right


def know(store: Store, *others: Store) -> None:
    """Let `store` know the certificates of `others` (as a folder or a bundle would)."""
    with store.transaction():
        for other in others:
            cert = enrol.enrolment_of(other)
            assert cert is not None
            enrol.remember_peer(store, cert)


def bundle(src: Store, *dsts: Store, force: bool = True) -> bytes | None:
    """Export from src for dsts (recorded as sent); the bundle's bytes."""
    know(src, *dsts)
    certs = [enrol.peer_cert(src, d.device_id) for d in dsts]
    prepared = export.prepare(src, certs, force=force)  # type: ignore[arg-type]
    if prepared is None:
        return None
    export.record(src, prepared)
    return prepared.data


def exchange(src: Store, dst: Store) -> importer.ImportResult:
    data = bundle(src, dst)
    assert data is not None
    return importer.import_bytes(dst, data)


def child(
    store: Store, name: str = "吴小龙", *, township: str = T1, village: str = V1, **kw: Any
) -> str:
    return store.create(
        "children",
        model.Child(name=name, township_code=township, village_code=village, **kw),
    )


def persuading_case(
    store: Store, name: str = "吴小龙", *, kid: str | None = None, days_ago: int | None = 30
) -> str:
    """A dropout case in persuasion, with its plan: for child `kid` (else a new child called
    `name`), opened `days_ago` days ago (None: today, as open_case does)."""
    case_id = cases.open_case(
        store,
        model.Case(child_id=kid or child(store, name), ledger_kind="dropout", causes=("20",)),
        opened_on=None if days_ago is None else dt.date.today() - dt.timedelta(days=days_ago),
    )
    cases.save_plan(
        store,
        model.Plan(
            case_id=case_id, cause_analysis="厌学", measures="家访", deadline=dt.date(2030, 1, 1)
        ),
    )
    cases.take_action(store, case_id, Action.START_PERSUASION)
    return case_id


def empty_visit(store: Store, case_id: str) -> str:
    """A home visit with nothing found, written past the rules (as an older version did)."""
    return store.append_event(
        "contact",
        {"kind": "home_visit", "participants": ["龙干部（乡镇）"], "met": "祖母"},
        occurred_on=(dt.date.today() - dt.timedelta(days=3)).isoformat(),
        case_id=case_id,
        child_id=cases.case_row(store, case_id)["child_id"],
    )


_SKIP = {"seq", "updated_at"}


def dump(store: Store) -> dict[str, Any]:
    """Everything that must be equal on every device after a full merge."""
    conn = store.conn
    out: dict[str, Any] = {}
    for table in (*schema.MUTABLE, "events", "audit", "sync_resolutions"):
        cols = [c for c in store.columns(table) if c not in _SKIP]
        out[table] = [
            tuple(r) for r in conn.execute(f"SELECT {','.join(cols)} FROM {table} ORDER BY id")
        ]
    out["attachments"] = [
        (r[0], r[1], hashlib.sha256(r[2]).hexdigest())
        for r in conn.execute("SELECT sha256, mime, data FROM attachments ORDER BY sha256")
    ]
    out["changes"] = sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT d.device_id, c.origin_seq, c.hlc, c.entity, c.row_id, coalesce(c.field, ''),"
            " c.kind, CASE WHEN c.kind='s' THEN c.value ELSE '' END, coalesce(c.base, ''), c.actor"
            " FROM changes c JOIN devices d ON d.n = c.origin"
        )
    )
    out["conflicts"] = [
        (r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
        for r in conn.execute(
            "SELECT key, entity, row_id, field, base, ops, status, coalesce(resolution, '')"
            " FROM sync_conflicts ORDER BY key"
        )
    ]
    return out


def diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Tables that differ, with a first differing row (for assertion messages)."""
    out = []
    for k in a:
        if a[k] != b[k]:
            sa, sb = (
                set(a[k]) if k != "conflicts" else set(),
                set(b[k]) if k != "conflicts" else set(),
            )
            out.append(f"{k}: only-left={sorted(sa - sb)[:2]} only-right={sorted(sb - sa)[:2]}")
    return out


def forge(
    attacker: Store, victim: Store, dst: Store | enrol.Cert, *, sign: bool, names_: tuple[str, ...]
) -> tuple[bytes, tuple[int, int]]:
    """A bundle from `attacker` (its own envelope signature, valid) carrying ops labelled as
    the victim's next ops: two new children. `sign`: with a segment the attacker signs with its
    own key and the victim's (public) certificate; otherwise with no segment at all."""
    before = attacker.log.next_seq
    for n in names_:
        child(attacker, n)
    conn = attacker.conn
    numbers = {r[1]: r[0] for r in conn.execute("SELECT n, device_id FROM devices")}
    rows = conn.execute(
        "SELECT c.seq, c.origin_seq, c.hlc, c.entity, c.row_id, c.field, c.kind,"
        " coalesce(c.value, k.value), c.base, c.actor, c.origin FROM changes c"
        " LEFT JOIN sync_created k ON k.op = c.seq WHERE c.origin=? AND c.origin_seq >= ?"
        " ORDER BY c.origin_seq",
        (numbers[attacker.device_id], before),
    ).fetchall()
    body, _ = export._body(attacker, rows, numbers)
    first = victim.log.next_seq
    body.devices = [victim.device_id]
    for i, op in enumerate(body.ops):
        op[1] = first + i
    last = first + len(body.ops) - 1
    if sign:
        hashes = ophash.body_hashes(attacker, body)
        head = ophash.chain(origin.ZERO, hashes)
        at = "2026-12-01T00:00:00+00:00"
        msg = origin._message(
            enrol.enrolment_of(victim).county_code,
            victim.device_id,
            first,
            last,
            origin.ZERO,
            head,
            at,
        )
        sig = keys.signer(attacker)(msg)
        body.segments = [[0, first, last, origin.ZERO, at, keys.b64(sig), ""]]
        body.certs = {victim.device_id: enrol.enrolment_of(victim).signed}
    if isinstance(dst, Store):
        know(attacker, dst)
        to = enrol.peer_cert(attacker, dst.device_id)
    else:
        to = dst
    prepared = export.seal(
        attacker,
        [to],
        body,
        {victim.device_id: [first, last, True]},
        0,
        force=True,
    )
    assert prepared is not None
    return prepared.data, (first, last)
