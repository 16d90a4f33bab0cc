"""The oversight report (督导, DOMAIN.md "Rules made precise"): per township and per 包保责任人,
the visits overdue, the confirmed dropouts without a 一人一案 plan and the plans past their
deadline, each township measured against the county plan (一县一案).

Definitions (the same as the ledgers' filters, so a number here can be found there):
- 在办案件: cases not closed; 在册辍学: 已确认辍学 and 劝返中 (the cases that need a plan);
- 逾期未走访: a case not closed whose next visit date has passed (the ledger's 逾期未走访);
- 无一人一案: a case in the dropout ledger (辍学/劝返中) without a plan;
- 方案逾期: a case in the dropout ledger whose plan's deadline has passed;
- 劝返率 for the plan year: 复学 ÷ (期初 + 新增) from the start of the school year to the date
  of the report (the monthly report's 本期劝返率 over that span).
Built as a `Report`, written as .xlsx and PDF by the report writers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import county
from desktop.core.workbench import Workbench
from desktop.domain import county_plan as plan_rules
from desktop.domain.text import N_, Msg
from desktop.reports import stats
from desktop.reports.model import Report, Sheet, Table
from desktop.reports.periods import Period, cn_date
from desktop.store import county_plan

LEDGER = frozenset({"dropout", "persuading"})
UNKNOWN_PERSON = N_("（未填责任人）")


@dataclass
class Counts:
    open_cases: int = 0
    dropouts: int = 0
    overdue: int = 0
    without_plan: int = 0
    plan_overdue: int = 0
    case_nos: dict[str, list[str]] = field(default_factory=dict)  # measure -> case numbers

    def add(self, fact: county_plan.CaseFact, today: dt.date) -> None:
        if fact.state == "closed":
            return
        self.open_cases += 1
        iso = today.isoformat()
        if fact.next_contact_on and fact.next_contact_on < iso:
            self.overdue += 1
            self.case_nos.setdefault("overdue", []).append(fact.case_no)
        if fact.state in LEDGER:
            self.dropouts += 1
            if not fact.has_plan:
                self.without_plan += 1
                self.case_nos.setdefault("without_plan", []).append(fact.case_no)
            elif fact.plan_deadline and fact.plan_deadline < iso:
                self.plan_overdue += 1
                self.case_nos.setdefault("plan_overdue", []).append(fact.case_no)

    def row(self) -> list[int]:
        return [self.open_cases, self.dropouts, self.overdue, self.without_plan, self.plan_overdue]


COUNT_HEADS = [N_("在办案件"), N_("在册辍学"), N_("逾期未走访"), N_("无一人一案"), N_("方案逾期")]


@dataclass
class TownshipLine:
    code: str
    name: str
    priority: str  # 是 / 部分村 / ''
    counts: Counts
    returned: int
    base: int
    target: plan_rules.Target | None

    @property
    def rate(self) -> float | None:
        return None if not self.base else 100.0 * self.returned / self.base

    def rate_text(self) -> str:
        rate = self.rate
        return "—" if rate is None else f"{rate:.1f}%"

    def verdict(self, today: dt.date) -> str:
        """达标 / 未达标 / 逾期未达标 against the county plan ('未制定' without a line)."""
        t = self.target
        if t is None:
            return N_("未制定")
        met = True
        if t.target_rate is not None:
            met = met and self.rate is not None and self.rate >= t.target_rate
        if t.target_returns is not None:
            met = met and self.returned >= t.target_returns
        if met:
            return N_("达标")
        return N_("逾期未达标") if today > t.deadline else N_("未达标")


@dataclass
class PersonLine:
    name: str
    line: str  # 行政线 / 教育线
    township: str
    counts: Counts


@dataclass
class Oversight:
    today: dt.date
    school_year: int
    townships: list[TownshipLine]
    people: list[PersonLine]
    total: Counts
    returned: int
    base: int


def build(
    bench: Workbench, *, today: dt.date | None = None, school_year: int | None = None
) -> Oversight:
    """The oversight figures of the actor's scope on `today`, against the plan of the year."""
    today = today or dt.date.today()
    year = school_year if school_year is not None else plan_rules.school_year_of(today)
    regions = county.region_names(bench)
    scope = bench.actor.scope
    towns = sorted(
        (code, name)
        for code, (name, level, _p) in regions.items()
        if level == "township" and (scope.townships is None or code in scope.townships)
    )
    marks = county.township_marks(bench)
    targets = {t.township_code: t for t in county.plan(bench, year)}
    facts = county.oversight_facts(bench)

    by_town: dict[str, Counts] = {code: Counts() for code, _ in towns}
    by_person: dict[tuple[str, str, str], Counts] = {}
    total = Counts()
    for f in facts:
        if f.state == "closed":
            continue
        total.add(f, today)
        by_town.setdefault(f.township_code, Counts()).add(f, today)
        town = regions.get(f.township_code, ("",))[0] or N_("（乡镇未填）")
        for name, line in ((f.admin_name, N_("行政线")), (f.edu_name, N_("教育线"))):
            key = (name.strip() or UNKNOWN_PERSON, line, town)
            by_person.setdefault(key, Counts()).add(f, today)

    start, end = plan_rules.year_span(year)
    until = min(end, max(today, start))
    period = Period(start, until, f"{year}-{year + 1}", plan_rules.year_label(year), "school_year")
    timelines = stats.load_timelines(bench.store)
    township_of = {f.case_id: f.township_code for f in facts}
    flows = stats.flow_by(
        timelines, period, lambda cid: [township_of.get(cid, "")], keep_empty=list(by_town)
    )
    lines = []
    names = dict(towns)
    for code in [c for c, _ in towns] + sorted(set(by_town) - set(names)):
        flow = flows.get(code, stats.Flow())
        lines.append(
            TownshipLine(
                code,
                names.get(code) or N_("其他（乡镇未填）"),
                marks.get(code, ""),
                by_town[code],
                flow.returned,
                flow.opening + flow.new,
                targets.get(code),
            )
        )
    people = [
        PersonLine(name, line, town, counts)
        for (name, line, town), counts in sorted(
            by_person.items(),
            key=lambda kv: (-(kv[1].overdue + kv[1].without_plan + kv[1].plan_overdue), kv[0]),
        )
    ]
    overall = stats.Flow()
    for code in by_town:
        overall.add(flows.get(code, stats.Flow()))
    return Oversight(
        today, year, lines, people, total, overall.returned, overall.opening + overall.new
    )


def township_table(o: Oversight) -> Table:
    heads = [N_("乡镇"), N_("挂牌督战"), *COUNT_HEADS, N_("本学年复学"), N_("劝返率")]
    heads += [N_("目标劝返率"), N_("目标劝返人数"), N_("责任人"), N_("完成时限"), N_("完成情况")]
    rows = []
    for ln in o.townships:
        t = ln.target
        rows.append(
            [
                ln.name,
                ln.priority,
                *ln.counts.row(),
                ln.returned,
                ln.rate_text(),
                t.rate_text() if t else "",
                t.returns_text() if t else "",
                t.responsible if t else "",
                t.deadline.isoformat() if t else "",
                ln.verdict(o.today),
            ]
        )
    rate = "—" if not o.base else f"{100.0 * o.returned / o.base:.1f}%"
    return Table(
        columns=heads,
        rows=rows,
        total=[N_("合计"), "", *o.total.row(), o.returned, rate, "", "", "", "", ""],
        text_columns=2,
        widths=[18, 8, 9, 9, 10, 10, 9, 10, 8, 10, 12, 18, 11, 11],
        notes=[
            N_(
                "逾期未走访：未销号且下次走访日期已过；无一人一案：已确认辍学或劝返中而没有工作方案；"
                "方案逾期：工作方案的完成时限已过仍未复学。"
            ),
            Msg(
                "劝返率：{year}开始至报告日，复学 ÷（期初在册 + 新增）。"
                "目标与责任人取自县控辍保学工作方案（一县一案）。",
                year=plan_rules.year_label(o.school_year),
            ),
        ],
    )


def people_table(o: Oversight) -> Table:
    rows = [[p.name, p.line, p.township, *p.counts.row()] for p in o.people]
    return Table(
        columns=[N_("包保责任人"), N_("责任线"), N_("乡镇"), *COUNT_HEADS],
        rows=rows,
        total=[N_("合计"), "", "", *o.total.row()],
        text_columns=3,
        widths=[16, 8, 18, 9, 9, 10, 10, 9],
        notes=[N_("每个案件按行政线和教育线两位包保责任人分别计入，两线之和是合计的两倍。")],
    )


def report(
    bench: Workbench,
    *,
    today: dt.date | None = None,
    school_year: int | None = None,
    unit: str | None = None,
    signatures: dict[str, str] | None = None,
) -> Report:
    o = build(bench, today=today, school_year=school_year)
    name = str(bench.store.setting("county.name") or "")
    unit = unit or str(bench.store.setting("county.bureau") or name)
    day = cn_date(o.today)
    sheets = [
        Sheet(
            name=N_("按乡镇"),
            title=Msg("{county}控辍保学督导情况表（按乡镇）", county=name),
            subtitle=plan_rules.year_label(o.school_year),
            tables=[township_table(o)],
        ),
        Sheet(
            name=N_("按包保责任人"),
            title=Msg("{county}控辍保学督导情况表（按包保责任人）", county=name),
            subtitle=plan_rules.year_label(o.school_year),
            tables=[people_table(o)],
        ),
    ]
    return Report(
        unit=unit,
        period_text=Msg("截至{day}", day=day),
        sheets=sheets,
        measure=N_("单位：人"),
        filled_on=o.today,
        signatures=signatures or {},
        meta={"oversight": o},
    )


def export(
    bench: Workbench,
    path: str | Path,
    *,
    today: dt.date | None = None,
    school_year: int | None = None,
    built: Report | None = None,
) -> Path:
    """Write the oversight report as .xlsx or .pdf (by the extension); audited."""
    from desktop.reports.render import write

    built = built or report(bench, today=today, school_year=school_year)
    out = write(built, path)
    bench.store.audit("report", detail={"kind": "oversight", "file": Path(path).name})
    return out
