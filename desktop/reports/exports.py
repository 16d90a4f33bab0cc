"""Exports to .xlsx: any ledger view (the 台账 layout of DOMAIN.md) and comparison results.

`export_ledger` takes either the case ids a view shows (in its order) or simple filters, so the
ledger views can hand over exactly what the user sees. Every export of personal data is
written to the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.progress import QUIET, Progress
from desktop.domain import codes
from desktop.domain.errors import UserError
from desktop.domain.states import STATE_LABELS, State
from desktop.domain.text import N_, Msg
from desktop.reports.model import Report, Sheet, Table
from desktop.reports.xlsx import write_report
from desktop.store import county_plan
from desktop.store.repo import Store

LEDGER_COLUMNS = [
    "序号", "乡镇", "村", "姓名", "性别", "身份证号", "学籍号", "学校年级", "辍学年月", "监护人及电话",
    "住址", "户籍地", "辍学原因", "包保责任人及电话", "劝返次数", "措施", "状态", "挂牌督战",
]  # fmt: skip
LEDGER_TITLES = {
    ("suspected",): "疑似辍学学生台账",
    ("dropout", "persuading", "transferred_pending"): "辍学学生台账",
}

_SELECT = """
SELECT c.id, c.township_code, c.village_code, c.grade, c.causes, c.dropout_date, c.found_on,
       c.state, c.persuasion_count, c.admin_name, c.admin_phone, c.edu_name, c.edu_phone,
       ch.name, ch.sex, ch.id_number, ch.xueji_no, ch.address, ch.hukou_address, ch.hukou_code,
       s.name AS school, p.measures,
       (SELECT g.name || ' ' || g.phone FROM guardians g WHERE g.child_id = ch.id AND g.deleted = 0
        ORDER BY g.is_primary DESC, g.seq LIMIT 1) AS guardian
FROM cases c
JOIN children ch ON ch.id = c.child_id
LEFT JOIN schools s ON s.id = c.school_id
LEFT JOIN plans p ON p.case_id = c.id AND p.deleted = 0
"""


def ids_of_view(
    store: Store,
    *,
    case_seqs: Sequence[int] | None = None,
    case_filter: Any = None,
    sort: str = "case_no",
) -> list[str]:
    """Case ids, in order, of what a ledger view shows: its row handles (`case_seqs`), or a
    `desktop.store.queries.CaseFilter` (the view's filter bar), sorted like the view."""
    if case_seqs is None:
        from desktop.store import queries

        case_seqs = queries.case_seqs(store.conn, case_filter, sort=sort, scope=store.scope)
    ids: dict[int, str] = {}
    seqs = list(case_seqs)
    for start in range(0, len(seqs), 900):
        chunk = seqs[start : start + 900]
        ids.update(
            store.conn.execute(
                f"SELECT seq, id FROM cases WHERE seq IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
    return [ids[s] for s in seqs if s in ids]


def ledger_rows(
    store: Store,
    *,
    case_ids: Sequence[str] | None = None,
    states: Sequence[str] | None = None,
    township: str | None = None,
) -> list[Any]:
    """Rows of the ledger: the given cases in their order, else those matching the filters
    (sorted by township, village, name). The store's scope always applies."""
    where, params = store.scope.sql(township_col="c.township_code", school_col="c.school_id")
    if case_ids is not None:
        order = {cid: i for i, cid in enumerate(case_ids)}
        found: list[Any] = []
        ids = list(order)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            found.extend(
                store.conn.execute(
                    f"{_SELECT} WHERE c.id IN ({','.join('?' * len(chunk))}) AND {where}",
                    [*chunk, *params],
                )
            )
        return sorted(found, key=lambda r: order[r["id"]])
    clauses = ["c.deleted = 0", where]
    if states:
        clauses.append(f"c.state IN ({','.join('?' * len(states))})")
        params += list(states)
    if township:
        clauses.append("c.township_code = ?")
        params.append(township)
    return list(
        store.conn.execute(
            f"{_SELECT} WHERE {' AND '.join(clauses)} ORDER BY c.township_code, c.village_code, ch.name",
            params,
        )
    )


def _month(value: str | None) -> str:
    if not value:
        return ""
    return f"{int(value[:4])}年{int(value[5:7])}月"


def export_ledger(
    store: Store,
    path: str | Path,
    *,
    case_ids: Sequence[str] | None = None,
    case_seqs: Sequence[int] | None = None,
    case_filter: Any = None,
    states: Sequence[str] | None = None,
    township: str | None = None,
    title: str | None = None,
    unit: str | None = None,
    signatures: dict[str, str] | None = None,
    progress: Progress = QUIET,
) -> int:
    """Write the ledger (as county ledgers look: landscape, bordered, signature line); return
    the number of cases written. What is written: `case_ids` (in that order), or a view's
    `case_seqs` or `case_filter` (queries.CaseFilter), or else `states`/`township`."""
    progress.set(0, 0, N_("正在读取台账"))
    if case_ids is None and (case_seqs is not None or case_filter is not None):
        case_ids = ids_of_view(store, case_seqs=case_seqs, case_filter=case_filter)
    rows = ledger_rows(store, case_ids=case_ids, states=states, township=township)
    if not rows:
        raise UserError(N_("台账中没有可导出的案件"))
    regions = {r[0]: r[1] for r in store.conn.execute("SELECT code, name FROM regions")}
    listed = set(county_plan.priority_regions(store))  # 挂牌督战
    body: list[list[Any]] = []
    for i, r in enumerate(rows, start=1):
        if i % 2000 == 0:
            progress.check()
            progress.set(i, len(rows), Msg("正在整理第 {i} 件，共 {n} 件", i=i, n=len(rows)))
        responsible = "；".join(
            " ".join(x for x in pair if x)
            for pair in ((r["admin_name"], r["admin_phone"]), (r["edu_name"], r["edu_phone"]))
            if any(pair)
        )
        body.append(
            [
                i,
                regions.get(r["township_code"], ""),
                regions.get(r["village_code"], ""),
                r["name"],
                r["sex"],
                r["id_number"],
                r["xueji_no"],
                f"{r['school'] or ''}{codes.GRADES.label(r['grade']) if r['grade'] else ''}",
                _month(r["dropout_date"] or r["found_on"]),
                (r["guardian"] or "").strip(),
                r["address"],
                r["hukou_address"] or regions.get(r["hukou_code"], ""),
                "、".join(codes.CAUSES.label(c) for c in json.loads(r["causes"] or "[]")),
                responsible,
                r["persuasion_count"],
                r["measures"] or "",
                STATE_LABELS[State(r["state"])],
                county_plan.case_mark(listed, r["township_code"], r["village_code"]),
            ]
        )
    county = str(store.setting("county.name") or "")
    heading = title or LEDGER_TITLES.get(tuple(states or ()), "控辍保学学生台账")
    table = Table(
        columns=LEDGER_COLUMNS,
        rows=body,
        text_columns=len(LEDGER_COLUMNS),
        id_columns=(5, 6),
        widths=[5, 9, 9, 8, 5, 21, 22, 18, 10, 18, 18, 18, 16, 22, 6, 30, 10, 8],
    )
    sheet = Sheet(name="台账", title=f"{county}{heading}", tables=[table])
    report = Report(
        unit=unit or str(store.setting("county.bureau") or county),
        period_text=f"共 {len(body)} 人",
        sheets=[sheet],
        signatures=dict(signatures or {}),
    )
    progress.set(len(rows), len(rows), N_("正在写入Excel文件"))
    write_report(report, path)
    store.audit(
        "export_ledger", detail={"file": Path(path).name, "rows": len(body), "title": heading}
    )
    return len(body)


def write_candidates(store: Store, run_id: str, path: str | Path) -> int:
    """The comparison's candidates with their reasons, for checking village by village."""
    from desktop.intake.candidates import candidates
    from desktop.intake.compare import CANDIDATE_LABELS, STATUS_LABELS

    regions = {r[0]: r[1] for r in store.conn.execute("SELECT code, name FROM regions")}
    body = []
    for i, c in enumerate(candidates(store, run_id), start=1):
        body.append(
            [
                i,
                CANDIDATE_LABELS[c["kind"]],
                regions.get(c["township_code"], ""),
                regions.get(c["village_code"], ""),
                c["name"],
                c["sex"],
                c["id_number"],
                c["birth_date"] or "",
                codes.GRADES.label(str(c["expected_grade"])) if c["expected_grade"] else "",
                "；".join(c["reasons"]),
                STATUS_LABELS.get(c["status"], c["status"]),
            ]
        )
    if not body:
        raise UserError(N_("本次比对没有发现需要核实的人员"))
    table = Table(
        columns=[
            "序号",
            "类别",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "出生日期",
            "应读年级",
            "比对发现",
            "处理情况",
        ],
        rows=body,
        text_columns=11,
        id_columns=(6,),
        widths=[5, 14, 9, 9, 8, 5, 21, 11, 8, 70, 12],
    )
    county = str(store.setting("county.name") or "")
    report = Report(
        unit=str(store.setting("county.bureau") or county),
        period_text=f"共 {len(body)} 人",
        sheets=[Sheet(name="比对结果", title=f"{county}适龄儿童入学数据比对结果", tables=[table])],
    )
    write_report(report, path)
    store.audit(
        "export_candidates", entity="compare_runs", row_id=run_id, detail={"rows": len(body)}
    )
    return len(body)
