"""Tables of the county office (migration steps 700–799): the county plan, 一县一案.

The county's own yearly plan: per township, the target 劝返率 and number of returns, the person
responsible and the date by which the target is due. The oversight report (督导) measures each
township against it. The plan is kept by the county office's database (local, not synced: it
is made and read where the county reports are made).
"""

from __future__ import annotations

import sqlite3

from desktop.store.schema import Step


def _v700(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE county_plan (
            school_year INTEGER NOT NULL,     -- 2026: the school year 2026-09-01 .. 2027-08-31
            township_code TEXT NOT NULL,      -- 12-digit division code
            target_rate REAL,                 -- target 劝返率 in per cent (NULL: none set)
            target_returns INTEGER,           -- target number of returned children (NULL: none)
            responsible TEXT NOT NULL DEFAULT '',  -- 责任人 (name, post)
            phone TEXT NOT NULL DEFAULT '',
            deadline TEXT,                    -- ISO date the target is due
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (school_year, township_code)
        ) WITHOUT ROWID"""
    )


STEPS: list[Step] = [
    Step(700, "county: the county plan (一县一案), targets per township", _v700),
]
