"""Legal documents only where they apply (DOMAIN.md): never for a case outside
DROPOUT/PERSUADING, and a batch without --state skips such cases, saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.errors import UserError
from desktop.forms import batches, documents

TODAY = dt.date.today()


def count(store, kinds=("document", "legal_step")) -> int:
    marks = ",".join("?" * len(kinds))
    return store.conn.execute(
        f"SELECT count(*) FROM events WHERE kind IN ({marks})", kinds
    ).fetchone()[0]


@pytest.mark.parametrize("state", ["suspected", "monitoring", "closed", "deferred"])
def test_no_notice_for_a_case_outside_the_dropout_ledger(demo_store, state):
    case_id = demo_store.conn.execute(
        "SELECT id FROM cases WHERE state = ? LIMIT 1", (state,)
    ).fetchone()[0]
    before = count(demo_store)
    for template in ("school_notice", "order_notice"):
        with pytest.raises(UserError, match="法律程序只适用于已确认辍学或劝返中的案件"):
            documents.issue(demo_store, template, case_id=case_id, today=TODAY)
    assert count(demo_store) == before


def test_a_batch_without_a_state_skips_the_cases_it_does_not_apply_to(demo_store):
    ids = [
        r[0]
        for r in demo_store.conn.execute(
            "SELECT id FROM cases WHERE state IN ('closed', 'monitoring') LIMIT 4"
        )
    ]
    with pytest.raises(UserError, match="法律程序只适用于"):
        batches.batch(demo_store, "school_notice", ids, today=TODAY)
    assert count(demo_store, ("document",)) == 0
