"""Documents of an area: the ledgers (landscape, header repeated on every page), the 劝返清单
with its sign-off chain, and the 月报 / 专项行动统计表."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.domain import codes
from desktop.domain.errors import UserError
from desktop.domain.states import STATE_LABELS, State
from desktop.domain.text import N_, Msg
from desktop.forms import stats
from desktop.forms.base import BLANK, BLANK_DATE, Area, Source, Template
from desktop.forms.context import fmt_date, fmt_month, region_name, short_date
from desktop.forms.flow import (
    SIZE_WUHAO,
    Cell,
    Flow,
    L,
    Line,
    Para,
    Signatures,
    Table,
    Title,
    V,
    landscape_frame,
    portrait_frame,
)
from desktop.forms.layout import A4_LANDSCAPE, Doc, mm
from desktop.store import db

LEDGER_STATES = {
    "ledger_dropout": [s.value for s in stats.ON_LEDGER],
    "ledger_suspected": [State.SUSPECTED.value],
}


def _area(src: Source) -> Area:
    return src.area or Area()


def _area_name(src: Source) -> str:
    area = _area(src)
    county = src.cfg.county
    township = region_name(src.store, area.township) if area.township else ""
    village = region_name(src.store, area.village) if area.village else ""
    return county + township + village


def _where(area: Area) -> tuple[str, list[str]]:
    where, params = ["c.deleted = 0"], []
    if area.township:
        where.append("c.township_code = ?")
        params.append(area.township)
    if area.village:
        where.append("c.village_code = ?")
        params.append(area.village)
    return " AND ".join(where), params


# --- 台账 -------------------------------------------------------------------------------------

LEDGER_SQL = """
SELECT c.id, c.case_no, c.state, c.causes, c.dropout_date, c.found_on, c.grade, c.admin_name,
       c.admin_phone, c.edu_name, c.edu_phone, c.persuasion_count, c.township_code,
       ch.name, ch.sex, ch.id_number, ch.xueji_no, ch.address, ch.hukou_code, ch.hukou_address,
       t.name AS township, v.name AS village, s.name AS school, p.measures,
       (SELECT g.name || ' ' || g.phone FROM guardians g WHERE g.child_id = ch.id AND g.deleted = 0
        ORDER BY g.is_primary DESC, g.seq LIMIT 1) AS guardian
FROM cases c JOIN children ch ON ch.id = c.child_id
LEFT JOIN regions t ON t.code = c.township_code
LEFT JOIN regions v ON v.code = c.village_code
LEFT JOIN schools s ON s.id = c.school_id
LEFT JOIN plans p ON p.case_id = c.id AND p.deleted = 0
WHERE {where} AND c.state IN ({states}) AND {scope}
ORDER BY c.township_code, c.village_code, c.case_no
"""


def _hukou(store: Any, code: str, detail: str, cache: dict[str, str]) -> str:
    """户籍地 as short as it can be read: the township (and county if not ours) + the detail."""
    if code not in cache:
        row = store.conn.execute(
            "SELECT name FROM regions WHERE code=?", (code[:9] + "000",)
        ).fetchone()
        if row:
            cache[code] = row[0]
        else:
            from desktop.forms.context import region_full

            cache[code] = region_full(store, code) if code else ""
    return cache[code] + detail


def build_ledger(src: Source, template_id: str) -> dict[str, Any]:
    area = _area(src)
    where, params = _where(area)
    states = LEDGER_STATES[template_id]
    scope, scope_params = src.store.scope.sql(
        township_col="c.township_code", school_col="c.school_id"
    )
    sql = LEDGER_SQL.format(where=where, states=",".join("?" * len(states)), scope=scope)
    rows = []
    cache: dict[str, str] = {}
    if not src.blank:
        for n, r in enumerate(src.store.conn.execute(sql, [*params, *states, *scope_params]), 1):
            grade = codes.GRADES.label(r["grade"]) if r["grade"] else ""
            admin = " ".join(x for x in (r["admin_name"], r["admin_phone"]) if x)
            edu = " ".join(x for x in (r["edu_name"], r["edu_phone"]) if x)
            rows.append(
                [
                    str(n),
                    r["township"] or "",
                    r["village"] or "",
                    r["name"],
                    r["sex"],
                    f"{r['id_number']}\n{r['xueji_no']}".strip(),
                    f"{r['school'] or ''}{grade}",
                    fmt_month(r["dropout_date"] or r["found_on"]),
                    r["guardian"] or "",
                    r["address"],
                    _hukou(src.store, r["hukou_code"], r["hukou_address"], cache),
                    "、".join(codes.CAUSES.label(c) for c in db.loads(r["causes"]) or []),
                    "\n".join(x for x in (admin, edu) if x),
                    str(r["persuasion_count"]),
                    _first_clause(r["measures"] or ""),
                    STATE_LABELS[State(r["state"])],
                ]
            )
    title = "辍学学生台账" if template_id == "ledger_dropout" else "疑似辍学学生台账"
    return {
        "title": f"{_area_name(src)}{title}",
        "issuer": src.issuer.name,
        "as_of": "" if src.blank else fmt_date(src.today),
        "rows": rows,
        "count": len(rows),
    }


def _first_clause(text: str) -> str:
    """The ledger shows the plan's first measure; the whole plan is in 一人一案."""
    for mark in "；。;":
        if mark in text:
            return text.split(mark, 1)[0]
    return text


# 16 columns (身份证号 and 学籍号 stacked) on landscape A4 (widths in mm of the 273 mm frame);
# the ID and month columns hold a 学籍号 (G + 18 digits) and 2026年11月 in 五号 unshrunk
# (text.fit would shrink a longer value rather than break it)
LEDGER_SIZE = SIZE_WUHAO  # 五号 (DOMAIN.md: grid forms in 五号 or 小四)
LEDGER_COLUMNS = [
    ("序号", 6),
    ("乡镇", 12),
    ("村", 12),
    ("姓名", 11),
    ("性别", 5),
    ("身份证号\n学籍号", 43),
    ("学校年级", 18),
    ("辍学\n年月", 22),
    ("监护人及电话", 27),
    ("住址", 17),
    ("户籍地", 18),
    ("辍学原因", 20),
    ("包保责任人及电话", 27),
    ("劝返\n次数", 6),
    ("措施", 18),
    ("状态", 11),
]


def draw_ledger(doc: Doc, c: dict[str, Any]) -> None:
    head = [L(name, size=LEDGER_SIZE, shade=True) for name, _ in LEDGER_COLUMNS]
    rows: list[list[Cell]] = [head]
    body = c["rows"] or [[""] * len(LEDGER_COLUMNS) for _ in range(14)]
    centred = {0, 4, 13}
    for values in body:
        rows.append([V(v, align="centre" if i in centred else None) for i, v in enumerate(values)])
    number = c.get("number") or BLANK
    footer = [
        Signatures(
            ["审核人：", "填表人：", "联系电话：", f"填报日期：{c.get('date') or ''}"],
            per_line=4,
            size=10.5,
            line_height=mm(9),
        )
    ]
    f = Flow(doc, landscape_frame(), footer=footer)
    f.add(
        [
            Title(c["title"], size=18, space_after=mm(2)),
            Line(
                left=f"填报单位（盖章）：{c['issuer']}",
                centre=f"截至{c['as_of'] or BLANK_DATE}"
                + (f"，共{c['count']}人" if c["rows"] else ""),
                right=f"编号：{number}",
            ),
            Table(
                [w for _, w in LEDGER_COLUMNS],
                rows,
                header_rows=1,
                size=LEDGER_SIZE,
                pad_x=mm(0.8),
                pad_y=mm(1),
                min_row_height=mm(7 if c["rows"] else 8.5),
                leading=1.25,
                valign="middle",
            ),
        ]
    )


# --- 劝返清单 ---------------------------------------------------------------------------------

SIGN_CHAIN = ("村支书", "中心校校长", "中学校长", "乡镇分管领导", "乡镇长", "教体局包片领导")
RETURNED_STATES = {State.RETURNED.value, State.MONITORING.value}
OTHER_STATES = {State.DEFERRED.value, State.HOME_TEACHING.value, State.TRANSFERRED_PENDING.value}


def _signatories(src: Source) -> list[str]:
    """Names for the sign-off chain: configured, else the township's principals."""
    area = _area(src)
    keys = {
        "村支书": f"village:{area.village}",
        "中心校校长": f"township:{area.township}",
        "中学校长": f"township:{area.township}",
        "乡镇分管领导": f"township:{area.township}",
        "乡镇长": f"township:{area.township}",
        "教体局包片领导": "county",
    }
    names = [src.cfg.signatory(keys[role], role) for role in SIGN_CHAIN]
    if area.township and not src.blank:
        for i, (like, kind) in ((1, ("%中心小学", "primary")), (2, ("%中学", "junior"))):
            if not names[i]:
                row = src.store.conn.execute(
                    "SELECT principal FROM schools WHERE township_code=? AND deleted=0"
                    " AND (name LIKE ? OR kind=?) ORDER BY name LIKE ? DESC, seq LIMIT 1",
                    (area.township, like, kind, like),
                ).fetchone()
                names[i] = row[0] if row else ""
    return names


def build_return_list(src: Source) -> dict[str, Any]:
    area = _area(src)
    if not area.township:
        raise UserError(N_("劝返清单按乡镇或村出具，请选择乡镇（和村）"))
    where, params = _where(area)
    year_start = stats.school_year_start(src.today).isoformat()
    rows: list[list[str]] = []
    counts = {"total": 0, "returned": 0, "not_returned": 0, "other": 0}
    if not src.blank:
        for r in src.store.conn.execute(
            "SELECT c.state, c.outcome, c.dropout_date, c.found_on, c.grade, c.admin_name, ch.name,"
            " ch.sex, ch.id_number, s.name AS school, v.name AS village,"
            " (SELECT e.payload FROM events e WHERE e.case_id = c.id AND e.kind = 'return'"
            "  AND NOT EXISTS (SELECT 1 FROM events x WHERE x.supersedes = e.id)"
            "  ORDER BY e.occurred_on DESC LIMIT 1) AS ret"
            " FROM cases c JOIN children ch ON ch.id = c.child_id"
            " LEFT JOIN schools s ON s.id = c.school_id LEFT JOIN regions v ON v.code = c.village_code"
            f" WHERE {where} AND c.state != 'suspected' AND coalesce(c.outcome, '') != 'verified_enrolled'"
            " AND NOT (c.state = 'closed' AND coalesce((SELECT max(e2.occurred_on) FROM events e2"
            "  WHERE e2.case_id = c.id AND e2.kind = 'transition'), '') < ?)"
            " AND coalesce(c.dropout_date, c.found_on) IS NOT NULL"
            " ORDER BY c.village_code, c.case_no",
            [*params, year_start],
        ):
            state = r["state"]
            if state in RETURNED_STATES or (state == "closed" and r["outcome"] == "returned"):
                status, key = "已复学", "returned"
            elif state in OTHER_STATES or state == "closed":
                status, key = STATE_LABELS[State(state)], "other"
            else:
                status, key = "未返校", "not_returned"
            ret = db.loads(r["ret"]) if r["ret"] else {}
            now = ""
            if key == "returned" and ret:
                row = src.store.get("schools", ret.get("school_id", ""))
                now = (row["name"] if row else "") + codes.GRADES.label(ret.get("grade", ""))
            counts["total"] += 1
            counts[key] += 1
            grade = codes.GRADES.label(r["grade"]) if r["grade"] else ""
            rows.append(
                [
                    str(len(rows) + 1),
                    r["village"] or "",
                    r["name"],
                    r["sex"],
                    r["id_number"],
                    f"{r['school'] or ''}{grade}",
                    short_date(r["dropout_date"] or r["found_on"]),
                    status,
                    now,
                    r["admin_name"],
                ]
            )
    return {
        "title": f"{_area_name(src)}控辍保学劝返清单",
        "issuer": src.issuer.name,
        "as_of": "" if src.blank else fmt_date(src.today),
        "counts": counts,
        "rows": rows,
        "signatories": _signatories(src),
    }


def draw_return_list(doc: Doc, c: dict[str, Any]) -> None:
    k = c["counts"]
    summary = (
        f"截至{c['as_of']}，本清单共列辍学学生{k['total']}人，其中已劝返复学{k['returned']}人，"
        f"未返校{k['not_returned']}人，延缓入学/休学、送教上门、跨省转出等{k['other']}人。"
        if c["rows"]
        else f"截至{BLANK_DATE}，本清单共列辍学学生{BLANK}人，其中已劝返复学{BLANK}人，未返校{BLANK}人。"
    )
    head = [
        "序号",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "原学校年级",
        "辍学时间",
        "劝返情况",
        "复学学校年级",
        "包保责任人",
    ]
    rows: list[list[Cell]] = [[L(h, size=SIZE_WUHAO, shade=True) for h in head]]
    body = c["rows"] or [[""] * len(head) for _ in range(10)]
    for values in body:
        rows.append(
            [V(v, align="centre" if i in (0, 3, 7) else None) for i, v in enumerate(values)]
        )
    chain: list[list[Cell]] = [
        [L(role, size=SIZE_WUHAO) for role in SIGN_CHAIN],  # 教体局包片领导 fits one line
        [V(name, align="centre", min_height=mm(16), valign="top") for name in c["signatories"]],
        [V("　年　月　日", align="centre", size=SIZE_WUHAO) for _ in SIGN_CHAIN],
    ]
    number = c.get("number") or BLANK
    f = Flow(doc, portrait_frame())
    f.add(
        [
            Title(c["title"], size=18),
            Line(left=f"出具单位：{c['issuer']}", right=f"编号：{number}"),
            Para(summary, size=10.5, indent=2),
            Table(
                # an ID number and a date (2026.10.24) fit in 五号 unshrunk
                [8, 14, 13, 7, 38, 21, 20, 13, 19, 15],
                rows,
                header_rows=1,
                size=SIZE_WUHAO,
                label_size=SIZE_WUHAO,
                pad_x=mm(0.8),
                min_row_height=mm(7),
            ),
            Line(left="逐级签字确认（村 → 学校 → 乡镇 → 县教体局）：", size=10.5),
            Table([10, 10, 10, 11, 9, 11], chain, size=10.5, min_row_height=mm(8)),
            Para(
                "说明：本清单由村（社区）核实，中心校、中学核对学籍，乡镇审核后报县教育体育局，"
                "签字人对名单的真实性负责。",
                size=SIZE_WUHAO,
            ),
        ]
    )


# --- 月报 / 专项行动统计表 ---------------------------------------------------------------------


def _period(src: Source) -> tuple[dt.date, dt.date, str]:
    period = _area(src).period or src.today.strftime("%Y-%m")
    try:
        year, month = (int(x) for x in period.split("-"))
        start = dt.date(year, month, 1)
    except ValueError:
        raise UserError(
            Msg("统计月份“{period}”格式不对，应为 2026-09 这样的年-月", period=period)
        ) from None
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, min(end, max(src.today, start)), f"{year}年{month}月"


def build_monthly_report(src: Source) -> dict[str, Any]:
    area = _area(src)
    start, end, label = _period(src)
    group_by = "village" if area.township else "township"
    campaign = bool(src.options.get("campaign")) or start.month in (3, 9)
    title_kind = "控辍保学专项行动统计表" if campaign else "控辍保学工作月报"
    rows: list[list[str]] = []
    totals: list[str] = []
    breakdown: dict[str, list[list[str]]] = {}
    rate: dict[str, Any] = {}
    if not src.blank:
        table = stats.ledger_flow(
            src.store,
            start=start,
            end=end,
            township=area.township,
            village=area.village,
            group_by=group_by,
        )
        for code in sorted(table.rows):
            row = table.rows[code]
            rows.append(
                [region_name(src.store, code) or code, *(str(row[c]) for c in stats.COLUMNS)]
            )
        total = table.total
        totals = ["合计", *(str(total[c]) for c in stats.COLUMNS)]
        breakdown = {
            name: [[k, str(v)] for k, v in counter.most_common()]
            for name, counter in stats.breakdowns(src.store, table.closing_cases).items()
        }
        rate = stats.rates(src.store, end=end, township=area.township, village=area.village)
    return {
        "title": f"{_area_name(src)}{label}{title_kind}",
        "issuer": src.issuer.name,
        "period": f"{fmt_date(start)}至{fmt_date(end)}",
        "group_label": "村（社区）" if group_by == "village" else "乡镇（街道）",
        "rows": rows,
        "totals": totals,
        "breakdown": breakdown,
        "rates": rate,
    }


def draw_monthly_report(doc: Doc, c: dict[str, Any]) -> None:
    head = [c["group_label"], *(stats.COLUMN_LABELS[k] for k in stats.COLUMNS)]
    # 延缓/休学 breaks after its slash, not before its last character
    flow_rows: list[list[Cell]] = [
        [L(h.replace("/", "/\n"), size=SIZE_WUHAO, shade=True) for h in head]
    ]
    body = c["rows"] or [[""] * len(head) for _ in range(8)]
    for values in body:
        flow_rows.append([V(values[0]), *(V(v, align="centre") for v in values[1:])])
    if c["totals"]:
        flow_rows.append([L(c["totals"][0]), *(L(v, role="song") for v in c["totals"][1:])])
    blocks: list[Any] = [
        Title(c["title"], size=18),
        Line(left=f"填报单位（盖章）：{c['issuer']}", right=f"编号：{c.get('number') or BLANK}"),
        Line(left=f"统计期间：{c['period']}", size=10.5),
        Para(
            "一、辍学学生台账变动情况（期初＋新增－复学－转学核实－延缓/休学－送教上门－超龄/其他＝期末）",
            size=10.5,
        ),
        Table([30, 14, 14, 14, 16, 16, 16, 16, 14], flow_rows, header_rows=1, size=10.5),
        Para("二、期末在册辍学学生构成", size=10.5),
    ]
    breakdown = c["breakdown"] or {k: [] for k in ("性别", "学段", "辍学原因", "特殊群体", "去向")}
    cells: list[list[Cell]] = [
        [L("分类", shade=True), L("项目", 3, shade=True), L("人数", shade=True)]
    ]
    for name, items in breakdown.items():
        items = items or [["", ""]]
        for n, (label, value) in enumerate(items):
            first = [L(name, rowspan=len(items))] if n == 0 else []
            cells.append([*first, V(label, 3), V(value, align="centre")])
    blocks.append(
        Table([30, 30, 30, 30, 30], cells, header_rows=1, size=10.5, min_row_height=mm(7))
    )
    r = c["rates"] or {}
    blocks += [
        Para("三、主要指标", size=10.5),
        Table(
            [40, 35, 40, 35],
            [
                [
                    L("学年"),
                    V(r.get("school_year", "")),
                    L("学年初在校生数"),
                    V(r.get("enrolled", "")),
                ],
                [
                    L("本学年辍学人数"),
                    V(r.get("dropouts", "")),
                    L("其中已劝返复学"),
                    V(r.get("returned", "")),
                ],
                [
                    L("辍学率"),
                    V(r.get("dropout_rate", "")),
                    L("劝返率"),
                    V(r.get("return_rate", "")),
                ],
            ],
            size=10.5,
        ),
        Para(
            "注：辍学率＝本学年辍学人数÷学年初在校生数；劝返率＝已劝返复学人数÷本学年辍学人数。",
            size=SIZE_WUHAO,
        ),
        Signatures(
            ["审核人：", "填表人：", "联系电话：", f"填报日期：{c.get('date') or ''}"], per_line=4
        ),
    ]
    Flow(doc, portrait_frame()).add(blocks)


def _ledger(template_id: str):
    return lambda src: build_ledger(src, template_id)


TEMPLATES = [
    Template(
        "ledger_dropout",
        "辍学学生台账",
        "area",
        "台账字",
        _ledger("ledger_dropout"),
        draw_ledger,
        pagesize=A4_LANDSCAPE,
        description="横向，多页，表头每页重复",
    ),
    Template(
        "ledger_suspected",
        "疑似辍学学生台账",
        "area",
        "疑台字",
        _ledger("ledger_suspected"),
        draw_ledger,
        pagesize=A4_LANDSCAPE,
        description="横向，多页，表头每页重复",
    ),
    Template(
        "return_list",
        "劝返清单",
        "area",
        "清单字",
        build_return_list,
        draw_return_list,
        description="按村或乡镇；村支书至教体局包片领导逐级签字",
    ),
    Template(
        "monthly_report",
        "月报/专项行动统计表",
        "area",
        "统字",
        build_monthly_report,
        draw_monthly_report,
        description="台账变动、构成、辍学率和劝返率；3月、9月为专项行动",
    ),
]
