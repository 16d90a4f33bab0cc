"""Tables of prevention (migration steps 600–699): the absence register, its follow-ups and
proposals, facts that make a child at risk, and 帮扶 plans with their monthly reviews.

All are mutable records synced like the core's (schema.MUTABLE lists them), each belonging to a
child (its scope) except the class registers, which hold only a school's class, a date and two
counts. Ids of records two devices may make for the same thing are derived (repo.derived_id):
one absence per child and day, one register per class and day, one proposal per case.
"""

from __future__ import annotations

import sqlite3

from desktop.store.schema import _COMMON, Step

TABLES = (
    "absences",
    "absence_registers",
    "absence_followups",
    "absence_proposals",
    "risk_facts",
    "support_plans",
    "support_reviews",
)

V600 = f"""
-- One absence of a child on a school day; marking the child present again deletes it.
CREATE TABLE absences ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    school_id TEXT NOT NULL DEFAULT '',
    on_date TEXT NOT NULL,
    reason TEXT NOT NULL,            -- domain/prevention.REASONS
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX absences_child ON absences(child_id, on_date);
CREATE INDEX absences_school ON absences(school_id, on_date);

-- A class register taken on a day (everyone not marked absent was present).
CREATE TABLE absence_registers ({_COMMON},
    school_id TEXT NOT NULL,
    grade TEXT NOT NULL DEFAULT '',
    class_name TEXT NOT NULL DEFAULT '',
    on_date TEXT NOT NULL,
    pupils INTEGER NOT NULL DEFAULT 0,
    absent INTEGER NOT NULL DEFAULT 0,
    taken_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX absence_registers_class ON absence_registers(school_id, grade, class_name, on_date);

-- A phone call or a home visit about a child's absence.
CREATE TABLE absence_followups ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    on_date TEXT NOT NULL,
    method TEXT NOT NULL,            -- phone | visit
    finding TEXT NOT NULL,           -- domain/prevention.FOLLOWUP_OUTCOMES ("outcome" is a
                                     -- local column name of cases)
    result TEXT NOT NULL DEFAULT '',
    by_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX absence_followups_child ON absence_followups(child_id, on_date);

-- A 疑似辍学 case opened from the register (the case holds the absence history as evidence).
CREATE TABLE absence_proposals ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    case_id TEXT NOT NULL,
    proposed_on TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    consecutive INTEGER NOT NULL DEFAULT 0,
    term_total INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX absence_proposals_child ON absence_proposals(child_id);

-- Facts a teacher records that the roster does not hold (学有困难, 心理问题).
CREATE TABLE risk_facts ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    noted_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE INDEX risk_facts_child ON risk_facts(child_id);

-- 帮扶 plan of a child at risk: who helps, how, how often; reviewed monthly.
CREATE TABLE support_plans ({_COMMON},
    child_id TEXT NOT NULL REFERENCES children(id),
    helper TEXT NOT NULL,
    helper_phone TEXT NOT NULL DEFAULT '',
    methods TEXT NOT NULL DEFAULT '[]',
    frequency TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL,
    next_review_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE INDEX support_plans_child ON support_plans(child_id);
CREATE INDEX support_plans_review ON support_plans(next_review_on) WHERE ended_on IS NULL;

CREATE TABLE support_reviews ({_COMMON},
    plan_id TEXT NOT NULL,
    child_id TEXT NOT NULL REFERENCES children(id),
    reviewed_on TEXT NOT NULL,
    progress TEXT NOT NULL DEFAULT '',
    next_review_on TEXT
);
CREATE INDEX support_reviews_plan ON support_reviews(plan_id, reviewed_on);
"""


def _v600(conn: sqlite3.Connection) -> None:
    from desktop.store.schema import _statements

    for statement in _statements(V600):
        conn.execute(statement)


STEPS: list[Step] = [Step(600, "prevention: absence register, risk facts, support plans", _v600)]
