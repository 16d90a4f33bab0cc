"""Statistics counties report: the flow table, its breakdowns and the rates.

The dropout ledger (在册辍学) holds cases in the states DROPOUT, PERSUADING and
TRANSFERRED_PENDING (a cross-province transfer stays until the 回执 arrives). For a period:

    期初 + 新增 − 复学 − 转学核实 − 延缓/休学 − 送教上门 − 超龄/其他 = 期末

期初/期末 are the cases in the ledger at the end of the day before the period starts / the last
day of the period; 新增 are entries into the ledger in the period (a case opened as 辍学, a
suspected case confirmed, a relapse, a deferral ended without return); the exits are counted
by the action that left the ledger. Each case's history is the fold of its transition events,
in the same order and with the same validity rule as the domain's `states.fold` (a transition
that does not start from the state the case is in is not applied), so the statistics agree
with the ledgers.

Rates (DOMAIN.md): 辍学率 = dropouts in the school year ÷ enrolment at the start of the year;
劝返率 = returned ÷ (期初 + 新增) of the period; 巩固率 = grade-9 enrolment ÷ the same cohort's
grade-1 enrolment eight years earlier, where those enrolments exist.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields

from desktop.domain import codes, config
from desktop.domain.states import TRANSITIONS, Action, State
from desktop.domain.text import N_, Msg
from desktop.reports.periods import Period
from desktop.store.repo import Store

LEDGER_STATES = frozenset(
    {State.DROPOUT.value, State.PERSUADING.value, State.TRANSFERRED_PENDING.value}
)
FLOW_COLUMNS: tuple[tuple[str, str], ...] = (
    ("opening", N_("期初")),
    ("new", N_("新增")),
    ("returned", N_("复学")),
    ("transferred", N_("转学核实")),
    ("deferred", N_("延缓/休学")),
    ("home_teaching", N_("送教上门")),
    ("other", N_("超龄/其他")),
    ("closing", N_("期末")),
)
EXITS = ("returned", "transferred", "deferred", "home_teaching", "other")
EXIT_BY_ACTION = {
    Action.REGISTER_RETURN.value: "returned",
    Action.CLOSE_TRANSFERRED.value: "transferred",
    Action.APPROVE_DEFERRAL.value: "deferred",
    Action.START_HOME_TEACHING.value: "home_teaching",
    Action.CLOSE_OTHER.value: "other",
}


@dataclass
class Flow:
    opening: int = 0
    new: int = 0
    returned: int = 0
    transferred: int = 0
    deferred: int = 0
    home_teaching: int = 0
    other: int = 0
    closing: int = 0

    def add(self, other: Flow) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def exits(self) -> int:
        return sum(getattr(self, k) for k in EXITS)

    def balances(self) -> bool:
        return self.opening + self.new - self.exits == self.closing

    def row(self) -> list[int]:
        return [getattr(self, k) for k, _ in FLOW_COLUMNS]

    @property
    def is_empty(self) -> bool:
        return not any(self.row())


@dataclass
class Timeline:
    """A case's life as dated states: opened in `initial`, then the valid transitions."""

    case_id: str
    opened: dt.date
    initial: str
    steps: list[tuple[dt.date, str, str, str]] = field(
        default_factory=list
    )  # day, action, from, to

    def state_on(self, day: dt.date) -> str | None:
        """The state at the end of `day` (None: not opened yet)."""
        if day < self.opened:
            return None
        state = self.initial
        for when, _action, _from, to in self.steps:
            if when > day:
                break
            state = to
        return state

    def moves(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """Entries ('new') into and exits (by kind) from the dropout ledger within [start, end]."""
        out: list[tuple[dt.date, str]] = []
        if self.initial in LEDGER_STATES and start <= self.opened <= end:
            out.append((self.opened, "new"))
        for when, action, from_state, to in self.steps:
            if when < start:
                continue
            if when > end:
                break
            was, now = from_state in LEDGER_STATES, to in LEDGER_STATES
            if not was and now:
                out.append((when, "new"))
            elif was and not now:
                out.append((when, EXIT_BY_ACTION.get(action, "other")))
        return out

    def flow(self, period: Period) -> Flow:
        f = Flow()
        f.opening = int(self.state_on(period.start - dt.timedelta(days=1)) in LEDGER_STATES)
        f.closing = int(self.state_on(period.end) in LEDGER_STATES)
        for _when, kind in self.moves(period.start, period.end):
            setattr(f, kind, getattr(f, kind) + 1)
        return f

    def actions_in(self, period: Period, action: str) -> int:
        return sum(1 for when, a, _f, _t in self.steps if a == action and when in period)


def _fold(
    initial: str, transitions: Iterable[tuple[str, str, str, str, str]]
) -> list[tuple[dt.date, str, str, str]]:
    """Valid transitions in fold order (see states.fold): (occurred_on, hlc, action, from, to)."""
    state = initial
    steps = []
    for occurred, _hlc, action, from_state, _to in sorted(
        transitions, key=lambda t: (t[0][:10], t[1])
    ):
        try:
            starts, target = TRANSITIONS[Action(action)]
        except ValueError:
            continue
        if from_state != state or State(state) not in starts:
            continue  # in the review queue, not applied
        steps.append((dt.date.fromisoformat(occurred[:10]), action, state, target.value))
        state = target.value
    return steps


def load_timelines(store: Store) -> dict[str, Timeline]:
    """Every case in the store's scope, with its folded history."""
    where, params = store.scope.sql(township_col="c.township_code", school_col="c.school_id")
    heads = {
        r[0]: (r[1], r[2], r[3])
        for r in store.conn.execute(
            f"SELECT c.id, c.found_on, c.created_at, c.initial_state FROM cases c"
            f" WHERE c.deleted=0 AND {where}",
            params,
        )
    }
    transitions: dict[str, list[tuple[str, str, str, str, str]]] = defaultdict(list)
    superseded = {
        r[0]
        for r in store.conn.execute("SELECT supersedes FROM events WHERE supersedes IS NOT NULL")
    }
    for r in store.conn.execute(
        "SELECT id, case_id, occurred_on, hlc, payload FROM events WHERE kind='transition' AND case_id IS NOT NULL"
    ):
        if r[1] not in heads or r[0] in superseded:
            continue
        p = json.loads(r[4])
        transitions[r[1]].append(
            (r[2], r[3], p.get("action", ""), p.get("from_state", ""), p.get("to_state", ""))
        )
    out = {}
    for case_id, (found_on, created_at, initial) in heads.items():
        opened = dt.date.fromisoformat((found_on or created_at)[:10])
        steps = _fold(initial, transitions.get(case_id, []))
        if steps and steps[0][0] < opened:
            opened = steps[0][0]
        out[case_id] = Timeline(case_id, opened, initial, steps)
    return out


# --- breakdowns ---------------------------------------------------------------------------

DIMENSIONS: dict[str, str] = {
    "township": N_("乡镇"),
    "sex": N_("性别"),
    "grade": N_("年级"),
    "ethnicity": N_("民族"),
    "cause": N_("辍学原因"),
    "poverty": N_("家庭类型"),
    "disability": N_("残疾情况"),
    "whereabouts": N_("去向"),
    "placement": N_("复学安置方式"),
    "school": N_("学校"),
    "priority": N_("挂牌督战"),
}
MULTI_VALUED = frozenset({"cause"})  # a case counts in each of its causes
UNKNOWN = N_("未填")


def load_attributes(store: Store) -> dict[str, dict[str, list[str]]]:
    """Per case, the group(s) it belongs to in each dimension (labels, ready to print)."""
    regions = {r[0]: r[1] for r in store.conn.execute("SELECT code, name FROM regions")}
    priority = store.setting("priority.regions")
    schools = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM schools")}
    placements: dict[str, str] = {}
    for r in store.conn.execute(
        "SELECT case_id, payload FROM events WHERE kind='return' AND case_id IS NOT NULL"
        " AND id NOT IN (SELECT supersedes FROM events WHERE supersedes IS NOT NULL)"  # corrected/voided
        " ORDER BY occurred_on, hlc"
    ):
        placements[r[0]] = json.loads(r[1]).get("placement", "")
    out: dict[str, dict[str, list[str]]] = {}
    for r in store.conn.execute(
        "SELECT c.id, c.township_code, c.school_id, c.grade, c.causes, c.whereabouts,"
        " ch.sex, ch.ethnicity, ch.flags, ch.disability_category, c.village_code"
        " FROM cases c JOIN children ch ON ch.id = c.child_id WHERE c.deleted=0"
    ):
        flags = set(json.loads(r["flags"] or "[]"))
        causes = sorted({codes.cause_group(c) for c in json.loads(r["causes"] or "[]")})
        out[r["id"]] = {
            "township": [regions.get(r["township_code"], r["township_code"] or UNKNOWN)],
            "school": [schools.get(r["school_id"], UNKNOWN)],
            "grade": [codes.GRADES.label(r["grade"]) if r["grade"] else UNKNOWN],
            "sex": [r["sex"] or UNKNOWN],
            "ethnicity": [codes.ETHNICITIES.label(r["ethnicity"]) if r["ethnicity"] else UNKNOWN],
            "cause": [codes.CAUSES.label(c) for c in causes] or [UNKNOWN],
            "poverty": [_poverty_label(flags)],
            "disability": [
                codes.DISABILITY_CATEGORIES.label(r["disability_category"])
                if r["disability_category"]
                else (N_("残疾") if "disabled" in flags else N_("非残疾"))
            ],
            "whereabouts": [
                codes.WHEREABOUTS.label(r["whereabouts"]) if r["whereabouts"] else UNKNOWN
            ],
            "placement": [
                codes.PLACEMENTS.label(placements[r["id"]])
                if placements.get(r["id"])
                else N_("未复学")
            ],
            "priority": [
                N_("挂牌督战地区")
                if config.is_priority_region(
                    priority, township=r["township_code"], village=r["village_code"]
                )
                else N_("其他地区")
            ],
        }
    return out


def _poverty_label(flags: set[str]) -> str:
    if "poverty_registered" in flags:
        return N_("脱贫家庭（建档立卡）")
    if "monitored" in flags:
        return N_("防返贫监测户")
    if "dibao" in flags:
        return N_("低保家庭")
    return N_("一般家庭")


def flow_total(timelines: dict[str, Timeline], period: Period) -> Flow:
    total = Flow()
    for tl in timelines.values():
        total.add(tl.flow(period))
    return total


def flow_by(
    timelines: dict[str, Timeline],
    period: Period,
    groups: Callable[[str], list[str]],
    *,
    keep_empty: Iterable[str] = (),
) -> dict[str, Flow]:
    """Flow per group; cases whose flow is all zero are left out (groups in `keep_empty` stay)."""
    out: dict[str, Flow] = {g: Flow() for g in keep_empty}
    for case_id, tl in timelines.items():
        f = tl.flow(period)
        if f.is_empty:
            continue
        for g in groups(case_id):
            out.setdefault(g, Flow()).add(f)
    return out


def breakdown(
    timelines: dict[str, Timeline],
    attributes: dict[str, dict[str, list[str]]],
    period: Period,
    dimension: str,
) -> dict[str, Flow]:
    def groups(case_id: str) -> list[str]:
        return attributes.get(case_id, {}).get(dimension, [UNKNOWN])

    return flow_by(timelines, period, groups)


# --- rates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    label: str
    numerator: int
    denominator: int
    note: str = ""

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @property
    def text(self) -> str:
        v = self.value
        return "—" if v is None else f"{v * 100:.2f}%"

    def sentence(self) -> str:
        if self.value is None:
            return Msg("{label}：—（{note}）", label=self.label, note=self.note or N_("无数据"))
        return Msg("{label}：{value}（{note}）", label=self.label, value=self.text, note=self.note)


def enrolment_count(store: Store, term: str, *, grade: str | None = None) -> int:
    sql = (
        "SELECT count(*) FROM enrolments WHERE term=? AND deleted=0"
        " AND status NOT IN ('transferred_out', 'graduated', 'dropped')"
    )
    args: list[str] = [term]
    if grade:
        sql += " AND grade=?"
        args.append(grade)
    return store.conn.execute(sql, args).fetchone()[0]


def _school_year_span(school_year: int, until: dt.date | None) -> tuple[dt.date, dt.date]:
    start, end = dt.date(school_year, 9, 1), dt.date(school_year + 1, 8, 31)
    return start, min(end, until) if until else end


def dropout_rate(
    store: Store, timelines: dict[str, Timeline], school_year: int, *, until: dt.date | None = None
) -> Rate:
    """Children who entered the dropout ledger in the school year (up to `until`) ÷ enrolment
    of its autumn term (学年初在校生)."""
    start, end = _school_year_span(school_year, until)
    dropouts = sum(
        1 for tl in timelines.values() if any(k == "new" for _, k in tl.moves(start, end))
    )
    term = f"{school_year}-{school_year + 1}-1"
    enrolled = enrolment_count(store, term)
    note = Msg(
        "{start}—{end}学年新增辍学 {dropouts} 人 ÷ 学年初在校生 {enrolled} 人",
        start=school_year,
        end=school_year + 1,
        dropouts=dropouts,
        enrolled=enrolled,
    )
    if not enrolled:
        note = Msg("没有 {term} 学期的学籍数据", term=term)
    return Rate(N_("辍学率"), dropouts, enrolled, note)


def year_persuasion_rate(
    timelines: dict[str, Timeline], school_year: int, *, until: dt.date | None = None
) -> Rate:
    """本学年劝返率: of the children who dropped out in the school year (up to `until`), how many
    have returned by then (the cohort view; the printed 月报 form uses the same)."""
    start, end = _school_year_span(school_year, until)
    dropped = returned = 0
    for tl in timelines.values():
        kinds = [k for _, k in tl.moves(start, end)]
        if "new" in kinds:
            dropped += 1
            returned += "returned" in kinds[kinds.index("new") :]
    return Rate(
        N_("本学年劝返率"),
        returned,
        dropped,
        Msg(
            "本学年新增辍学 {dropped} 人中已复学 {returned} 人", dropped=dropped, returned=returned
        ),
    )


def persuasion_rate(flow: Flow) -> Rate:
    base = flow.opening + flow.new
    return Rate(
        N_("本期劝返率"),
        flow.returned,
        base,
        Msg(
            "复学 {returned} 人 ÷（期初 {opening} + 新增 {new}）人",
            returned=flow.returned,
            opening=flow.opening,
            new=flow.new,
        ),
    )


def consolidation_rate(store: Store, school_year: int) -> Rate:
    """巩固率 of the class finishing grade 9 in the school year: grade-9 enrolment of that year ÷
    grade-1 enrolment of the same cohort eight years earlier."""
    finishing = enrolment_count(store, f"{school_year}-{school_year + 1}-1", grade="9")
    first = school_year - 8
    entered = enrolment_count(store, f"{first}-{first + 1}-1", grade="1")
    if not entered:
        return Rate(
            N_("巩固率"),
            finishing,
            0,
            Msg("没有该届学生 {first}—{next}学年一年级的学籍数据", first=first, next=first + 1),
        )
    return Rate(
        N_("巩固率"),
        finishing,
        entered,
        Msg(
            "{start}—{end}学年九年级 {finishing} 人 ÷ {first}—{next}学年一年级 {entered} 人",
            start=school_year,
            end=school_year + 1,
            finishing=finishing,
            first=first,
            next=first + 1,
            entered=entered,
        ),
    )
