"""`kcbx demo`: a realistic synthetic county, deterministic for a seed (and a reference date).

A real county's townships and villages with their official codes; schools (六三 and 五四);
children of school age with valid ID numbers and 学籍号; guardians; and cases in every
state with believable histories (visits, joint persuasions, legal steps, returns, follow-ups),
each transition checked by the domain's state machine as it is generated.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.demo.people import NamePicker, phone
from desktop.demo.prevention import add_prevention
from desktop.domain import codes
from desktop.domain.casefacts import EventView
from desktop.domain.errors import UserError
from desktop.domain.ids import AgeRule, Term, age_on, id_check_char, term_of
from desktop.store import cases as case_ops
from desktop.store.county import setup_county
from desktop.store.repo import Store

# 贵州省黔东南苗族侗族自治州从江县: 20 townships, 234 villages in the 2023 table (some village
# names outside GB2312). A county where 控辍保学 is real work: many left-behind children.
DEFAULT_COUNTY = "522633"


_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


@dataclass
class DemoStats:
    children: int = 0
    guardians: int = 0
    schools: int = 0
    cases: int = 0
    events: int = 0
    by_state: dict[str, int] = field(default_factory=dict)


# Final states and their shares among cases.
_STATE_MIX = (
    ("closed_returned", 0.30),
    ("closed_verified", 0.10),
    ("closed_transferred", 0.03),
    ("closed_other", 0.04),
    ("monitoring", 0.15),
    ("persuading", 0.13),
    ("persuading_exception", 0.02),
    ("relapsed", 0.03),
    ("suspected", 0.07),
    ("dropout", 0.03),
    ("deferred", 0.04),
    ("home_teaching", 0.03),
    ("transferred_pending", 0.03),
)


class _Gen:
    def __init__(self, store: Store, *, seed: int, today: dt.date) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.today = today
        self.names = NamePicker(self.rng)
        self.age_rule = AgeRule()
        self.used_ids: set[str] = set()
        self.case_numbers: dict[str, int] = {}

    def uid(self) -> str:
        """A version-4 UUID drawn from the seeded generator (deterministic)."""
        h = f"{self.rng.getrandbits(128) & _UUID4_CLEAR | _UUID4_SET:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def id_number(self, address: str, birth: dt.date, sex: str) -> str:
        while True:
            seq = self.rng.randint(0, 499) * 2 + (1 if sex == "男" else 0)
            first17 = f"{address}{birth:%Y%m%d}{seq:03d}"
            number = first17 + id_check_char(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, max(0, (end - start).days)))


def generate(
    path: str | Path,
    *,
    children: int = 5000,
    seed: int = 1,
    county: str = DEFAULT_COUNTY,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoStats:
    """Write a synthetic county database at `path` (which must not exist yet)."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"文件已存在：{path}。演示数据只写入新的数据库文件")
    if children < 10:
        raise UserError("演示数据至少需要10名学生")
    say = progress or (lambda _msg: None)
    # Written to a temporary file without a journal (fast), then moved into place: a crash
    # leaves no half-written database behind.
    tmp = path.with_name(path.name + ".partial")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    store = Store.open(tmp, actor="演示数据生成")
    try:
        store.conn.execute("PRAGMA journal_mode = OFF")
        store.conn.execute("PRAGMA synchronous = OFF")
        store.conn.execute("PRAGMA cache_size = -262144")
        g = _Gen(store, seed=seed, today=today or dt.date.today())
        stats = DemoStats()
        say("设置县区划")
        setup_county(store, county)
        schools = _schools(g, stats)
        with store.deferred_indexes(
            ["children", "guardians", "enrolments", "cases", "plans", "events", "changes"]
        ):
            say(f"生成 {children} 名学生")
            kids = _children(g, schools, children, stats)
            say("生成案件和工作记录")
            _cases(g, kids, schools, stats)
            say("生成缺勤登记和帮扶记录")
            add_prevention(store, seed=seed, today=g.today)
            say("建立索引")
        store.conn.execute("PRAGMA optimize")
        store.conn.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        store.close()
        tmp.unlink(missing_ok=True)
        raise
    store.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return stats


# --- schools ------------------------------------------------------------------------------


@dataclass
class _School:
    id: str
    name: str
    kind: str
    system: str
    township: str
    principal: str
    teachers: list[str]


def _schools(g: _Gen, stats: DemoStats) -> dict[str, list[_School]]:
    """Per township: a central primary, village primaries, a junior school; one special school."""
    from desktop.store.county import townships, villages

    rows: list[dict[str, Any]] = []
    by_township: dict[str, list[_School]] = {}
    county_name = g.store.setting("county.name")
    town_list = townships(g.store)
    five_four = {town_list[-1][0]} if len(town_list) > 2 else set()
    for code, tname in town_list:
        short = tname.removesuffix("街道").removesuffix("镇").removesuffix("乡") or tname
        system = "5-4" if code in five_four else "6-3"
        plan = [(f"{short}中心小学", "primary"), (f"{short}中学", "junior")]
        vills = villages(g.store, code)
        for _vcode, vname in g.rng.sample(vills, k=min(len(vills), 2)):
            plan.append((f"{short}{vname.removesuffix('村').removesuffix('社区')}小学", "primary"))
        if g.rng.random() < 0.3:
            plan.append((f"{short}九年一贯制学校", "nine_year"))
        schools = []
        for name, kind in plan:
            school = _School(
                id=g.uid(),
                name=name,
                kind=kind,
                system=system,
                township=code,
                principal=g.names.full(g.rng.choice("男女")),
                teachers=[g.names.full(g.rng.choice("男女")) for _ in range(4)],
            )
            schools.append(school)
            rows.append(_school_row(g, school, code))
        by_township[code] = schools
    special = _School(
        g.uid(),
        f"{county_name}特殊教育学校",
        "special",
        "6-3",
        town_list[0][0],
        g.names.full("女"),
        [g.names.full("女") for _ in range(3)],
    )
    by_township["special"] = [special]
    rows.append(_school_row(g, special, town_list[0][0]))
    g.store.bulk_create("schools", rows)
    stats.schools = len(rows)
    return by_township


def _school_row(g: _Gen, s: _School, township: str) -> dict[str, Any]:
    return {
        "id": s.id,
        "code": f"2{township[2:6]}{g.rng.randint(0, 99999):05d}",
        "name": s.name,
        "kind": s.kind,
        "system": s.system,
        "region_code": township,
        "township_code": township,
        "principal": s.principal,
        "phone": phone(g.rng),
    }


# --- children -----------------------------------------------------------------------------


@dataclass
class _Kid:
    id: str
    name: str
    sex: str
    birth: dt.date
    township: str
    village: str
    school: _School | None
    grade: int
    flags: tuple[str, ...]
    guardian: str
    guardian_phone: str


_FLAG_SHARES = (
    ("poverty_registered", 0.09),
    ("dibao", 0.05),
    ("disabled", 0.015),
    ("left_behind", 0.22),
    ("migrant", 0.03),
    ("orphan", 0.004),
    ("monitored", 0.04),
)
_AGES = tuple(range(5, 18))
_AGE_CUM = tuple(itertools.accumulate([3, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 4, 2]))
_ETHNIC_MIX = (
    ("06", 0.55),
    ("01", 0.30),
    ("18", 0.08),
    ("09", 0.04),
    ("24", 0.03),
)  # 苗 汉 侗 布依 水


def _school_for(g: _Gen, schools: list[_School], grade: int) -> _School:
    system = schools[0].system
    primary_years = 5 if system == "5-4" else 6
    wanted = ("primary", "nine_year") if grade <= primary_years else ("junior", "nine_year")
    options = [s for s in schools if s.kind in wanted] or schools
    return g.rng.choice(options)


def _children(g: _Gen, schools: dict[str, list[_School]], n: int, stats: DemoStats) -> list[_Kid]:
    from desktop.store.county import villages

    county = g.store.setting("county.code")
    county6 = county[:6]
    all_villages = villages(g.store)
    cum_weights, total = [], 0.0
    for _ in all_villages:
        total += g.rng.uniform(0.4, 1.6)
        cum_weights.append(total)
    term = term_of(g.today)
    ethnic_codes = [c for c, _ in _ETHNIC_MIX]
    ethnic_cum = list(itertools.accumulate(w for _, w in _ETHNIC_MIX))
    kids: list[_Kid] = []
    child_rows, guardian_rows, enrol_rows = [], [], []
    for _ in range(n):
        vcode, vname = g.rng.choices(all_villages, cum_weights=cum_weights)[0]
        township = vcode[:9] + "000"
        sex = g.rng.choice("男女")
        age = g.rng.choices(_AGES, cum_weights=_AGE_CUM)[0]
        birth = g.date_between(
            dt.date(g.today.year - age - 1, g.today.month, 1),
            g.today - dt.timedelta(days=365 * age),
        )
        grade = g.age_rule.expected_grade(birth, g.today)
        migrant = g.rng.random() < 0.03
        address = county6 if not migrant else g.rng.choice(["520103", "522601", "522701", "530102"])
        idno = g.id_number(address, birth, sex)
        flags = tuple(f for f, share in _FLAG_SHARES if g.rng.random() < share)
        if migrant and "migrant" not in flags:
            flags += ("migrant",)
        in_school = 1 <= grade <= 9
        school = _school_for(g, schools[township], grade) if in_school else None
        surname = g.names.surname()
        name = surname + g.names.given(sex)
        kid_id = g.uid()
        gphone = phone(g.rng)
        father = surname + g.names.given("男")
        mother = g.names.full("女")
        guardian = father if g.rng.random() < 0.7 else mother
        kid = _Kid(
            kid_id,
            name,
            sex,
            birth,
            township,
            vcode,
            school,
            grade if in_school else 0,
            flags,
            guardian,
            gphone,
        )
        kids.append(kid)
        disabled = "disabled" in flags
        child_rows.append(
            {
                "id": kid_id,
                "name": name,
                "sex": sex,
                "birth_date": birth.isoformat(),
                "id_number": idno,
                "xueji_no": ("G" + idno)
                if g.rng.random() < 0.96
                else f"L{county6}{birth:%Y%m%d}{g.rng.randint(0, 9999):04d}",
                "ethnicity": g.rng.choices(ethnic_codes, cum_weights=ethnic_cum)[0],
                "hukou_code": vcode if not migrant else address + "000000",
                "hukou_address": f"{vname}{g.rng.randint(1, 12)}组{g.rng.randint(1, 80)}号",
                "township_code": township,
                "village_code": vcode,
                "address": f"{vname}{g.rng.randint(1, 12)}组",
                "phone": "",
                "school_id": school.id if school else None,
                "grade": str(grade) if in_school else "",
                "class_name": f"{g.rng.randint(1, 3)}班" if in_school else "",
                "flags": list(flags),
                "disability_category": g.rng.choice(codes.DISABILITY_CATEGORIES.codes())
                if disabled
                else "",
                "disability_grade": g.rng.choice(["一级", "二级", "三级", "四级"])
                if disabled
                else "",
                "disability_cert_no": (idno + f"{g.rng.randint(1, 7)}{g.rng.randint(1, 4)}")
                if disabled
                else "",
            }
        )
        left_behind = "left_behind" in flags
        guardian_rows.append(
            {
                "id": g.uid(),
                "child_id": kid_id,
                "name": guardian if not left_behind else surname + g.names.given("男")[:1],
                "relation": ("father" if guardian == father else "mother")
                if not left_behind
                else "grandfather",
                "phone": gphone,
                "address": f"{vname}",
                "work_place": g.rng.choice(["广东东莞", "浙江宁波", "福建晋江", "本地务农"])
                if not left_behind
                else "本地务农",
                "is_primary": 1,
            }
        )
        if g.rng.random() < 0.5:
            guardian_rows.append(
                {
                    "id": g.uid(),
                    "child_id": kid_id,
                    "name": mother,
                    "relation": "mother",
                    "phone": phone(g.rng),
                    "address": vname,
                    "work_place": g.rng.choice(["广东深圳", "本地务农", "县城务工"]),
                    "is_primary": 0,
                }
            )
        if school:
            enrol_rows.append(
                {
                    "id": g.uid(),
                    "child_id": kid_id,
                    "school_id": school.id,
                    "grade": str(grade),
                    "term": term.code,
                    "class_name": child_rows[-1]["class_name"],
                    "status": "enrolled",
                }
            )
        elif grade > g.age_rule.years and age_on(birth, g.today) <= g.age_rule.child_labour_age:
            # Past the nine years at 15 or 16 (compulsory age until the 16th birthday): finished
            # junior school last summer (a graduated grade-9 record the comparison accounts for).
            junior = [s for s in schools[township] if s.kind in ("junior", "nine_year")]
            enrol_rows.append(
                {
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"kcbx-demo/graduated/{kid_id}")),
                    "child_id": kid_id,
                    "school_id": (junior or schools[township])[0].id,
                    "grade": "9",
                    "term": Term(term.start_year - 1, 2).code,
                    "class_name": "",
                    "status": "graduated",
                }
            )
    g.store.bulk_create("children", child_rows)
    g.store.bulk_create("guardians", guardian_rows)
    g.store.bulk_create("enrolments", enrol_rows)
    stats.children, stats.guardians = len(child_rows), len(guardian_rows)
    return kids


# --- cases and their histories -----------------------------------------------------------


def _cases(g: _Gen, kids: list[_Kid], schools: dict[str, list[_School]], stats: DemoStats) -> None:
    from desktop.demo.histories import History

    n_cases = max(5, len(kids) // 5)
    # Dropouts are mostly older children, poorer families, left-behind.
    candidates = [k for k in kids if k.grade >= 1]
    weights = [
        (3.0 if k.grade >= 7 else 1.0)
        * (1.8 if "poverty_registered" in k.flags else 1.0)
        * (1.4 if "left_behind" in k.flags else 1.0)
        * (4.0 if "disabled" in k.flags else 1.0)
        for k in candidates
    ]
    chosen: dict[str, _Kid] = {}
    while len(chosen) < min(n_cases, len(candidates)):
        for k in g.rng.choices(candidates, weights=weights, k=n_cases - len(chosen)):
            chosen.setdefault(k.id, k)
    targets = [t for t, _ in _STATE_MIX]
    shares = [s for _, s in _STATE_MIX]
    cadres = {code: [g.names.full(g.rng.choice("男女")) for _ in range(3)] for code in schools}
    case_rows, plan_rows, events = [], [], []
    for kid in sorted(chosen.values(), key=lambda k: k.id):
        target = g.rng.choices(targets, weights=shares)[0]
        if target == "home_teaching" and "disabled" not in kid.flags:
            target = "persuading"
        if "disabled" in kid.flags and not stats.by_state.get("home_teaching"):
            target = "home_teaching"  # every demo county shows 送教上门 (a rare path by chance)
        hist = History(
            g,
            kid,
            target,
            cadres=cadres.get(kid.township, ["张干部"]),
            special=schools["special"][0],
        )
        hist.run()
        case_rows.append(hist.case_row())
        if hist.plan_row:
            plan_rows.append(hist.plan_row)
        events.extend(hist.events)
        stats.by_state[hist.state.value] = stats.by_state.get(hist.state.value, 0) + 1
    g.store.bulk_create("cases", case_rows)
    g.store.bulk_create("plans", plan_rows)
    g.store.bulk_append_events(events)
    # Derived columns from the events in hand (same function as cases.refresh, no re-reading).
    stamps = {
        r[0]: r[1]
        for r in g.store.conn.execute("SELECT id, hlc FROM events WHERE case_id IS NOT NULL")
    }
    by_case: dict[str, list[EventView]] = {}
    for ev in events:
        by_case.setdefault(ev["case_id"], []).append(
            EventView(
                ev["id"], ev["kind"], ev["occurred_on"], ev["payload"], stamps[ev["id"]], None
            )
        )
    with_plan = {p["case_id"] for p in plan_rows}
    heads = [(c["id"], c["initial_state"], c["found_on"], c["id"] in with_plan) for c in case_rows]
    case_ops.write_derived(g.store, heads, by_case)
    stats.cases, stats.events = len(case_rows), len(events)


__all__ = ["DEFAULT_COUNTY", "DemoStats", "generate"]
