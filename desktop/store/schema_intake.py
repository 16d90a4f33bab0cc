"""Tables of roster import and registry comparison (steps 400–499).

These tables are local to the device that imported the rosters (normally the county office):
they are working data, not synced records. What an import or a comparison changes in the
synced records (children, enrolments, cases) goes through the Store and its change log.

- ``roster_batches``: one imported file (kind, file name and hash, mapping used, counts, the
  validation report).
- ``roster_rows``: the valid rows of a batch in canonical form, with the child they matched.
- ``roster_presets``: confirmed column mappings per source kind (and header signature).
- ``compare_runs`` / ``compare_candidates``: a registry comparison and what it flagged, with
  why, and what the user decided (case opened, dismissed).
"""

from __future__ import annotations

from desktop.store.schema import Step, _script

V400 = """
CREATE TABLE roster_batches (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                 -- xueji | hukou | poverty | age_list
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL DEFAULT '',
    sheet TEXT NOT NULL DEFAULT '',
    header_rows TEXT NOT NULL DEFAULT '[]',
    mapping TEXT NOT NULL DEFAULT '{}',  -- column index -> field
    term TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    children_created INTEGER NOT NULL DEFAULT 0,
    children_updated INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '[]',   -- validation issues (row, column, reason, level)
    backup_path TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX roster_batches_kind ON roster_batches(kind, imported_at);

CREATE TABLE roster_rows (
    seq INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL REFERENCES roster_batches(id),
    kind TEXT NOT NULL,
    row_no INTEGER NOT NULL,            -- row number in the file (as Excel shows it)
    id_number TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    xueji_no TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '',
    school_name TEXT NOT NULL DEFAULT '',
    school_id TEXT,
    grade TEXT NOT NULL DEFAULT '',
    class_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    hukou_address TEXT NOT NULL DEFAULT '',
    guardian_name TEXT NOT NULL DEFAULT '',
    guardian_phone TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}',   -- other mapped columns (e.g. 在校生状况)
    child_id TEXT,
    match TEXT NOT NULL DEFAULT '',     -- id | xueji | name_birth | '' (no child)
    action TEXT NOT NULL DEFAULT ''     -- created | updated | unchanged | matched | unmatched
);
CREATE INDEX roster_rows_batch ON roster_rows(batch_id);
CREATE INDEX roster_rows_id_number ON roster_rows(id_number) WHERE id_number != '';

CREATE TABLE roster_presets (
    kind TEXT NOT NULL,
    signature TEXT NOT NULL,            -- '' = the kind's latest confirmed mapping
    headers TEXT NOT NULL DEFAULT '[]',
    mapping TEXT NOT NULL,              -- header text -> field
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, signature)
) WITHOUT ROWID;

CREATE TABLE compare_runs (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    on_date TEXT NOT NULL,              -- reference date for the age rule
    term TEXT NOT NULL DEFAULT '',      -- the 学籍 term compared against
    batches TEXT NOT NULL DEFAULT '[]',
    counts TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;

CREATE TABLE compare_candidates (
    seq INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES compare_runs(id),
    kind TEXT NOT NULL,                 -- not_enrolled | id_conflict | not_in_hukou
    roster_row INTEGER REFERENCES roster_rows(seq),
    child_id TEXT,
    other_child_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    id_number TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    township_code TEXT NOT NULL DEFAULT '',
    village_code TEXT NOT NULL DEFAULT '',
    expected_grade INTEGER,
    sources TEXT NOT NULL DEFAULT '[]',
    reasons TEXT NOT NULL DEFAULT '[]',
    score REAL,
    status TEXT NOT NULL DEFAULT 'open', -- open | case_opened | dismissed
    case_id TEXT,
    decided_at TEXT,
    decided_by TEXT
);
CREATE INDEX compare_candidates_run ON compare_candidates(run_id, kind);
"""

STEPS: list[Step] = [
    Step(400, "intake: roster batches and rows, mapping presets, comparison runs", _script(V400)),
]
