"""Test helper: the legal steps a case must already have for a notice of the ladder to issue
(desktop/domain/rules.py: order, and each step after the previous one's deadline)."""

from __future__ import annotations

import datetime as dt

# step -> earlier steps as (step, days before the issue, days before the issue of its deadline)
PRIOR: dict[str, tuple[tuple[str, int, int | None], ...]] = {
    "school_notice": (),
    "order_notice": (("school_notice", 10, 3),),
    "penalty_notice": (("school_notice", 20, 13), ("order_notice", 10, 3)),
    "penalty": (("school_notice", 30, 23), ("order_notice", 20, 13), ("penalty_notice", 10, None)),
    "demand": (
        ("school_notice", 230, 223),
        ("order_notice", 220, 213),
        ("penalty_notice", 210, None),
        ("penalty", 200, 185),
    ),
}


def ready_for(store, case_id: str, step: str, today: dt.date) -> None:
    """Write the earlier steps of the ladder, dated before `today`, as an earlier laptop did."""
    child = store.conn.execute("SELECT child_id FROM cases WHERE id=?", (case_id,)).fetchone()[0]
    for earlier, days, deadline in PRIOR[step]:
        payload = {"step": earlier, "doc_no": f"〔{today.year}〕{days}号", "amount": "500"}
        if deadline is not None:
            payload["deadline"] = (today - dt.timedelta(days=deadline)).isoformat()
        store.append_event(
            "legal_step",
            payload,
            occurred_on=(today - dt.timedelta(days=days)).isoformat(),
            case_id=case_id,
            child_id=child,
        )
