"""The reports counties hand in: the monthly report (月报) and the term-start campaign report
(开学控辍保学专项行动统计表), built as `Report` data for the xlsx and PDF writers."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from desktop.core.progress import QUIET, Progress
from desktop.domain import codes
from desktop.domain.ids import term_of
from desktop.domain.states import STATE_LABELS, Action, State
from desktop.domain.text import N_
from desktop.reports import stats
from desktop.reports.model import Report, Sheet, Table
from desktop.reports.periods import Period, campaign_window
from desktop.reports.prevention_sheet import prevention_sheet
from desktop.store import county_plan
from desktop.store.repo import Store

FLOW_HEADS = [label for _, label in stats.FLOW_COLUMNS]
BALANCE_NOTE = (
    "注：期初 + 新增 − 复学 − 转学核实 − 延缓/休学 − 送教上门 − 超龄/其他 = 期末。"
    "在册辍学指已确认辍学、劝返中和跨省转出待回执的学生；送教上门视同在校。"
)


def _county(store: Store) -> str:
    return str(store.setting("county.name") or "")


def _unit(store: Store, unit: str | None) -> str:
    return unit or str(store.setting("county.bureau") or _county(store) or "")


def _townships(store: Store) -> list[tuple[str, str]]:
    rows = [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT code, name FROM regions WHERE level='township' ORDER BY code"
        )
    ]
    allowed = store.scope.townships
    return [t for t in rows if allowed is None or t[0] in allowed]


def _rate_cell(flow: stats.Flow) -> str:
    return stats.persuasion_rate(flow).text


def _township_rows(
    store: Store, timelines: dict[str, stats.Timeline], period: Period
) -> tuple[list[list[Any]], dict[str, stats.Flow]]:
    township_of = {
        r[0]: r[1]
        for r in store.conn.execute("SELECT id, township_code FROM cases WHERE deleted=0")
    }
    towns = _townships(store)
    names = dict(towns)
    flows = stats.flow_by(
        timelines,
        period,
        lambda cid: [township_of.get(cid) or "" if township_of.get(cid) in names else ""],
        keep_empty=[code for code, _ in towns],
    )
    marks = county_plan.township_marks(store)  # 挂牌督战
    rows = []
    for code, name in towns:
        f = flows[code]
        rows.append([name, *f.row(), _rate_cell(f), marks.get(code, "")])
    if "" in flows:
        rows.append(["其他（乡镇未填）", *flows[""].row(), _rate_cell(flows[""]), ""])
    return rows, flows


def rates_notes(
    store: Store, timelines: dict[str, stats.Timeline], period: Period, total: stats.Flow
) -> list[str]:
    year = period.end.year if period.end.month >= 9 else period.end.year - 1
    return [
        stats.dropout_rate(store, timelines, year, until=period.end).sentence(),
        stats.year_persuasion_rate(timelines, year, until=period.end).sentence(),
        stats.persuasion_rate(total).sentence(),
        stats.consolidation_rate(store, year).sentence(),
    ]


def monthly_report(
    store: Store,
    period: Period,
    *,
    unit: str | None = None,
    signatures: dict[str, str] | None = None,
    names: bool = True,
    progress: Progress = QUIET,
) -> Report:
    progress.set(0, 4, N_("正在汇总案件记录"))
    timelines = stats.load_timelines(store)
    progress.check()
    total = stats.flow_total(timelines, period)
    rows, _ = _township_rows(store, timelines, period)
    main = Table(
        columns=["乡镇", *FLOW_HEADS, "劝返率", "挂牌督战"],
        rows=rows,
        total=["合计", *total.row(), _rate_cell(total), ""],
        notes=[BALANCE_NOTE],
    )
    county = _county(store)
    word = {"month": "月报表", "quarter": "季报表"}.get(period.kind, "统计表")
    first = Sheet(
        name="月报表" if period.kind == "month" else "统计表",
        title=f"{county}控辍保学工作{word}",
        subtitle=period.label,
        tables=[main],
        notes=rates_notes(store, timelines, period, total),
    )
    progress.set(1, 4, N_("正在分类统计"))
    attributes = stats.load_attributes(store)
    progress.check()
    tables = []
    for dim, label in stats.DIMENSIONS.items():
        if dim == "township":
            continue
        flows = stats.breakdown(timelines, attributes, period, dim)
        body = [
            [group, *f.row()]
            for group, f in sorted(flows.items(), key=lambda kv: _order(dim, kv[0], kv[1]))
        ]
        table = Table(
            columns=[label, *FLOW_HEADS],
            rows=body,
            title=f"按{label}",
            total=["合计", *total.row()],
        )
        if dim in stats.MULTI_VALUED:
            table.notes.append("一人多因的按每项原因分别计入，分项之和大于合计。")
        tables.append(table)
    sheets = [
        first,
        Sheet(
            name="分类统计",
            title=f"{county}控辍保学工作分类统计表",
            subtitle=period.label,
            tables=tables,
        ),
    ]
    sheets.append(prevention_sheet(store, period, county))
    if names:
        progress.set(2, 4, N_("正在整理在册名单"))
        sheets.append(
            ledger_sheet(
                store,
                timelines,
                period.end,
                title=f"{county}在册辍学学生名单（截至{period.end.isoformat()}）",
            )
        )
    progress.set(4, 4, "")
    return Report(
        unit=_unit(store, unit),
        period_text=f"统计时段：{period.span}",
        sheets=sheets,
        signatures=dict(signatures or {}),
        meta={"kind": "monthly", "period": period.code, "total": total},
    )


_GRADE_ORDER = {label: i for i, (_, label) in enumerate(codes.GRADES.items)}


def _order(dim: str, group: str, flow: stats.Flow) -> tuple[int, int, str]:
    """Grades in order; other groups largest first; 未填 and the 'none' groups last."""
    if group in (stats.UNKNOWN, "未复学", "一般家庭", "非残疾"):
        return (2, 0, group)
    if dim == "grade":
        return (0, _GRADE_ORDER.get(group, 99), group)
    return (1, -(flow.opening + flow.new), group)


def ledger_sheet(
    store: Store, timelines: dict[str, stats.Timeline], on: dt.date, *, title: str
) -> Sheet:
    """The name list of the dropout ledger on a day (not printed in the PDF: personal data)."""
    ids = [cid for cid, tl in timelines.items() if tl.state_on(on) in stats.LEDGER_STATES]
    rows: list[list[Any]] = []
    regions = {r[0]: r[1] for r in store.conn.execute("SELECT code, name FROM regions")}
    schools = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM schools")}
    listed = set(county_plan.priority_regions(store))  # 挂牌督战
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for r in store.conn.execute(
            "SELECT c.id, c.township_code, c.village_code, c.school_id, c.grade, c.causes,"
            " c.persuasion_count, c.admin_name, c.admin_phone, ch.name, ch.sex, ch.id_number"
            f" FROM cases c JOIN children ch ON ch.id=c.child_id WHERE c.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            state = timelines[r["id"]].state_on(on) or ""
            rows.append(
                [
                    regions.get(r["township_code"], ""),
                    regions.get(r["village_code"], ""),
                    r["name"],
                    r["sex"],
                    r["id_number"],
                    schools.get(r["school_id"], ""),
                    codes.GRADES.label(r["grade"]) if r["grade"] else "",
                    "、".join(codes.CAUSES.label(c) for c in json.loads(r["causes"] or "[]")),
                    STATE_LABELS[State(state)] if state else "",
                    r["persuasion_count"],
                    " ".join(x for x in (r["admin_name"], r["admin_phone"]) if x),
                    county_plan.case_mark(listed, r["township_code"], r["village_code"]),
                ]
            )
    rows.sort(key=lambda x: (x[0], x[1], x[2]))
    rows = [[i, *row] for i, row in enumerate(rows, start=1)]
    table = Table(
        columns=[
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "学校",
            "年级",
            "辍学原因",
            "状态",
            "劝返次数",
            "包保责任人",
            "挂牌督战",
        ],
        rows=rows,
        text_columns=13,
        id_columns=(5,),
    )
    return Sheet(name="在册名单", title=title, tables=[table], in_pdf=False)


def campaign_report(
    store: Store,
    period: Period,
    *,
    unit: str | None = None,
    signatures: dict[str, str] | None = None,
    names: bool = True,
    progress: Progress = QUIET,
) -> Report:
    """开学专项行动: who did not come back at term start, what was found and done."""
    window = campaign_window(period)
    term = period.code if period.kind == "term" else term_of(window.end).code
    progress.set(0, 3, N_("正在汇总案件记录"))
    timelines = stats.load_timelines(store)
    township_of = {
        r[0]: r[1]
        for r in store.conn.execute("SELECT id, township_code FROM cases WHERE deleted=0")
    }
    enrolled: dict[str, int] = {}
    for r in store.conn.execute(
        "SELECT ch.township_code, count(*) FROM enrolments e JOIN children ch ON ch.id = e.child_id"
        " WHERE e.term=? AND e.deleted=0 AND e.status NOT IN ('transferred_out','graduated','dropped')"
        " GROUP BY ch.township_code",
        (term,),
    ):
        enrolled[r[0]] = r[1]
    towns = _townships(store)
    names_by_code = dict(towns)

    def line(label: str, cids: list[str], pupils: int) -> list[Any]:
        f = stats.Flow()
        found = verified = 0
        for cid in cids:
            tl = timelines[cid]
            f.add(tl.flow(window))
            found += int(tl.opened in window)
            verified += tl.actions_in(window, Action.VERIFY_ENROLLED.value)
        return [
            label,
            pupils,
            found,
            verified,
            f.opening,
            f.new,
            f.returned,
            f.home_teaching,
            f.deferred,
            f.transferred,
            f.other,
            f.closing,
            _rate_cell(f),
        ]

    by_town: dict[str, list[str]] = {code: [] for code, _ in towns}
    for cid in timelines:
        by_town.setdefault(
            (township_of.get(cid) or "") if township_of.get(cid) in names_by_code else "", []
        ).append(cid)
    marks = county_plan.township_marks(store)  # 挂牌督战
    rows = [
        [*line(name, by_town[code], enrolled.get(code, 0)), marks.get(code, "")]
        for code, name in towns
    ]
    if by_town.get(""):
        rows.append([*line("其他（乡镇未填）", by_town[""], 0), ""])
    total = [*line("合计", list(timelines), sum(enrolled.get(code, 0) for code, _ in towns)), ""]
    table = Table(
        columns=[
            "乡镇",
            "在校生数",
            "摸排疑似辍学",
            "核实在读/误报",
            "期初在册辍学",
            "新增辍学",
            "劝返复学",
            "送教上门",
            "延缓/休学",
            "转学核实",
            "超龄/其他",
            "期末仍未返校",
            "劝返率",
            "挂牌督战",
        ],
        rows=rows,
        total=total,
        notes=[
            "注：期初在册辍学 + 新增辍学 − 劝返复学 − 送教上门 − 延缓/休学 − 转学核实 − 超龄/其他 = 期末仍未返校。"
            "摸排疑似辍学为专项行动期间新登记的疑似辍学和辍学案件。",
        ],
    )
    flow = stats.flow_total(timelines, window)
    county = _county(store)
    sheet = Sheet(
        name="专项行动统计表",
        title=f"{county}{period.label if period.kind == 'term' else ''}开学控辍保学专项行动统计表",
        subtitle="" if period.kind == "term" else period.label,
        tables=[table],
        notes=rates_notes(store, timelines, window, flow),
    )
    sheets = [sheet]
    if names:
        progress.set(2, 3, N_("正在整理仍未返校名单"))
        sheets.append(
            ledger_sheet(
                store, timelines, window.end, title=f"{county}开学专项行动仍未返校学生名单"
            )
        )
    return Report(
        unit=_unit(store, unit),
        period_text=f"统计时段：{window.span}",
        sheets=sheets,
        signatures=dict(signatures or {}),
        meta={"kind": "campaign", "period": period.code, "total": flow, "term": term},
    )
