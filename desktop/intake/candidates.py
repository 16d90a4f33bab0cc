"""What the user does with comparison candidates: list them, open 疑似辍学 cases for the chosen
ones (one action, one transaction), or set them aside with a reason. Nothing is automatic."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg
from desktop.intake.compare import texts_data, texts_from_data
from desktop.store import cases as case_ops
from desktop.store import db
from desktop.store.changelog import now_iso
from desktop.store.repo import Store


def latest_run(store: Store) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM compare_runs ORDER BY at DESC LIMIT 1").fetchone()
    return dict(row) if row else None


def candidates(
    store: Store, run_id: str, *, kind: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """The run's candidates in the store's scope (a township's account sees its township's;
    a candidate is someone not at school, so a school's account sees none)."""
    where, args = store.scope.sql(township_col="township_code", school_col="NULL")
    sql = f"SELECT * FROM compare_candidates WHERE {where} AND run_id=?"
    args.append(run_id)
    if kind:
        sql += " AND kind=?"
        args.append(kind)
    if status:
        sql += " AND status=?"
        args.append(status)
    out = []
    for r in store.conn.execute(sql + " ORDER BY kind, township_code, village_code, name", args):
        d = dict(r)
        d["reasons"] = texts_from_data(json.loads(d["reasons"]))
        d["sources"] = texts_from_data(json.loads(d["sources"]))
        out.append(d)
    return out


@dataclass
class OpenResult:
    opened: list[tuple[int, str]] = field(default_factory=list)  # (candidate seq, case id)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (candidate seq, why)

    def summary(self) -> str:
        text = Msg("已建立疑似辍学案件 {count} 件", count=len(self.opened))
        if not self.skipped:
            return text
        return Msg(
            "{opened}；跳过 {count} 人：{why}{more}",
            opened=text,
            count=len(self.skipped),
            why=Joined("；", [w for _, w in self.skipped[:5]]),
            more=N_("……") if len(self.skipped) > 5 else "",
        )


def open_cases(store: Store, seqs: list[int], *, found_on: dt.date | None = None) -> OpenResult:
    """Open a 疑似辍学 case for each chosen candidate (creating the child from the roster row if
    the child is not in the database yet), in one transaction. Candidates already decided, or
    whose child already has an open case, are skipped with the reason."""
    found_on = found_on or dt.date.today()
    result = OpenResult()
    if not seqs:
        raise UserError(N_("请先选择要建立案件的比对结果"))
    marks = ",".join("?" * len(seqs))
    chosen = {
        r["seq"]: r
        for r in store.conn.execute(
            f"SELECT c.*, r.address AS r_address, r.hukou_address AS r_hukou_address,"
            f" r.flags AS r_flags, r.ethnicity AS r_ethnicity"
            f" FROM compare_candidates c LEFT JOIN roster_rows r ON r.seq = c.roster_row"
            f" WHERE c.seq IN ({marks})",
            seqs,
        )
    }
    with store.transaction():
        for seq in seqs:
            c = chosen.get(seq)
            if c is None:
                result.skipped.append((seq, Msg("比对结果 {seq} 不存在", seq=seq)))
                continue
            if c["status"] != "open":
                result.skipped.append((seq, Msg("{name}已处理过", name=c["name"])))
                continue
            child_id = c["child_id"] or _child_from_roster(store, c)
            active = store.conn.execute(
                "SELECT case_no FROM cases WHERE child_id=? AND state != 'closed' AND deleted=0",
                (child_id,),
            ).fetchone()
            if active:
                result.skipped.append(
                    (seq, Msg("{name}已有未销号案件 {case_no}", name=c["name"], case_no=active[0]))
                )
                continue
            reasons = texts_from_data(json.loads(c["reasons"]))
            case = model.Case(
                child_id=child_id,
                ledger_kind="suspected",
                found_on=found_on,
                township_code=c["township_code"] or "",
                village_code=c["village_code"] or "",
                notes=Msg("数据比对发现：{reasons}", reasons=Joined("；", reasons)),
            )
            case_id = case_ops.open_case(store, case, opened_on=found_on)
            store.conn.execute(
                "UPDATE compare_candidates SET status='case_opened', case_id=?, decided_at=?,"
                " decided_by=? WHERE seq=?",
                (case_id, now_iso(), store.actor, seq),
            )
            result.opened.append((seq, case_id))
        store.audit(
            "compare_open_cases",
            entity="compare_candidates",
            detail={"opened": len(result.opened), "skipped": len(result.skipped)},
        )
    return result


def _child_from_roster(store: Store, c: Any) -> str:
    """The registry person as a child record (the comparison found no child for them)."""
    if c["id_number"]:
        row = store.conn.execute(
            "SELECT id FROM children WHERE id_number=? AND deleted=0", (c["id_number"],)
        ).fetchone()
        if row:
            return row[0]
    flags = [f for f in json.loads(c["r_flags"] or "[]")]
    child = model.Child(
        name=c["name"],
        sex=c["sex"] or "",
        birth_date=dt.date.fromisoformat(c["birth_date"]) if c["birth_date"] else None,
        id_number=c["id_number"] or "",
        ethnicity=c["r_ethnicity"] or "",
        township_code=c["township_code"] or "",
        village_code=c["village_code"] or "",
        address=c["r_address"] or "",
        hukou_address=c["r_hukou_address"] or "",
        flags=tuple(flags),
        notes=N_("由数据比对建立"),
    )
    return store.create("children", child)


def dismiss(store: Store, seqs: list[int], *, reason: str) -> int:
    """Set candidates aside (e.g. 核实在外地就读, 已死亡/出境), with the reason; return how many."""
    if not reason.strip():
        raise UserError(N_("请填写排除的原因"))
    marks = ",".join("?" * len(seqs))
    with store.transaction():
        cur = store.conn.execute(
            f"UPDATE compare_candidates SET status='dismissed', decided_at=?, decided_by=?,"
            f" reasons = json_insert(reasons, '$[#]', json(?))"
            f" WHERE status='open' AND seq IN ({marks})",
            [
                now_iso(),
                store.actor,
                db.dumps(texts_data(Msg("排除：{reason}", reason=reason.strip()))),
                *seqs,
            ],
        )
        count = cur.rowcount
        store.audit(
            "compare_dismiss",
            entity="compare_candidates",
            detail={"count": count, "reason": reason},
        )
    return count
