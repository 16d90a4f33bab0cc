"""The register's and the 帮扶 plans' items for the Today page (desktop/ui/today.py), computed
on the page's background connection like the case items (store.queries.today_items)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from desktop.domain import codes
from desktop.domain import prevention as rules_
from desktop.domain.prevention import Rules
from desktop.domain.scope import Scope
from desktop.domain.text import N_, Joined, Msg
from desktop.prevention.register import dues_in
from desktop.store import db
from desktop.store.queries import TodayItem

SECTIONS = {
    "absence": N_("缺勤跟进（电话、家访、疑似辍学上报）"),
    "support": N_("帮扶计划复查"),
}
KIND_LABELS = {"phone": N_("电话联系"), "visit": N_("家访"), "propose": N_("上报疑似辍学")}


def items(
    conn: sqlite3.Connection,
    *,
    scope: Scope,
    rules: Rules,
    today: dt.date,
    horizon_days: int = 7,
    limit: int = 300,
) -> list[TodayItem]:
    out: list[TodayItem] = []
    for d in dues_in(conn, scope=scope, rules=rules, today=today)[:limit]:
        for due in d.dues:
            out.append(
                TodayItem(
                    "absence",
                    Msg(
                        "{name}（{school}{klass}）",
                        name=d.name,
                        school=d.school_name,
                        klass=d.klass,
                    ),
                    Msg("{kind}：{detail}", kind=KIND_LABELS[due.kind], detail=due.detail),
                    due.due.isoformat(),
                    None,
                    d.child_id,
                    overdue=due.due < today,
                )
            )
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    horizon = (today + dt.timedelta(days=horizon_days)).isoformat()
    for r in conn.execute(
        "SELECT p.child_id, c.name, coalesce(s.name, ''), c.grade, c.class_name, p.helper,"
        " p.methods, p.frequency, p.next_review_on FROM support_plans p"
        " JOIN children c ON c.id = p.child_id LEFT JOIN schools s ON s.id = c.school_id"
        " WHERE p.deleted = 0 AND p.ended_on IS NULL AND c.deleted = 0 AND p.next_review_on <= ?"
        f" AND {where} ORDER BY p.next_review_on LIMIT ?",
        [horizon, *params, limit],
    ):
        methods = tuple(rules_.SUPPORT_METHODS.label(m) for m in db.loads(r[6]) or ())
        klass = Joined("", [codes.GRADES.label(r[3]) if r[3] else "", r[4]])
        out.append(
            TodayItem(
                "support",
                Msg("{name}（{school}{klass}）", name=r[1], school=r[2], klass=klass),
                Msg(
                    "帮扶计划月度复查：{helper}，{methods}，{frequency}",
                    helper=r[5],
                    methods=methods,
                    frequency=r[7],
                ),
                r[8],
                None,
                r[0],
                overdue=r[8] < today.isoformat(),
            )
        )
    return out
