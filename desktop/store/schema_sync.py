"""Tables of the sync package (migration steps 200–299). See docs/bundle-format.md.

Local tables (never synced): this device's keys and enrolment, the peers it knows, per-peer and
per-origin watermarks, the history of bundles, configured transports and the conflict review
queue (derived from the change log, so every device computes the same queue).
Synced, append-only: `sync_resolutions` (a county user's choice in a conflict).
"""

from __future__ import annotations

from desktop.store.schema import Step, _script

V200 = """
-- The values a local create op was made with, kept before the record's first overwrite
-- (store.changelog.keep_created_values); the change log itself is append-only.
CREATE TABLE sync_created (
    op INTEGER PRIMARY KEY,
    value TEXT NOT NULL
);

-- This device's key pairs. The private part is read only by desktop.sync.keys.private_keys().
CREATE TABLE sync_keys (
    kind TEXT PRIMARY KEY CHECK (kind IN ('sign', 'box')),  -- Ed25519 / X25519
    public BLOB NOT NULL,
    secret BLOB NOT NULL,
    protection TEXT NOT NULL DEFAULT 'none',
    created_at TEXT NOT NULL
) WITHOUT ROWID;

-- The certificate the county issued to this device (one row).
CREATE TABLE sync_enrolment (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cert TEXT NOT NULL,
    county_code TEXT NOT NULL,
    county_name TEXT NOT NULL DEFAULT '',
    county_key BLOB NOT NULL,
    role TEXT NOT NULL,
    scope TEXT NOT NULL,
    hub_url TEXT NOT NULL DEFAULT '',
    hub_pin TEXT NOT NULL DEFAULT '',
    enrolled_at TEXT NOT NULL
);

-- Other enrolled devices of the county this device has seen (from bundles, folders, files).
CREATE TABLE sync_peers (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL,
    cert TEXT NOT NULL,
    sign_key BLOB NOT NULL,
    box_key BLOB NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    last_digest TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- What this device vouches it holds: every op of `origin` up to `seq` that is in its scope.
CREATE TABLE sync_have (
    origin TEXT PRIMARY KEY,
    seq INTEGER NOT NULL DEFAULT 0,
    ahead TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

-- Per peer and origin: the peer's own watermark as it reported it (acked), what bundles of
-- ours it confirmed (delivered) and the highest op we put in a bundle for it (sent).
CREATE TABLE sync_marks (
    peer TEXT NOT NULL,
    origin TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0,
    delivered INTEGER NOT NULL DEFAULT 0,
    sent INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;

-- Bundles written and imported.
CREATE TABLE sync_bundles (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    peer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT NOT NULL,
    transport TEXT NOT NULL DEFAULT '',
    ops INTEGER NOT NULL DEFAULT 0,
    new_ops INTEGER NOT NULL DEFAULT 0,
    files INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    ranges TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL,
    confirmed_at TEXT
) WITHOUT ROWID;
CREATE INDEX sync_bundles_done ON sync_bundles(done_at);
CREATE INDEX sync_bundles_peer ON sync_bundles(direction, peer);

-- Same-field concurrent edits from the same base (derived from the change log).
CREATE TABLE sync_conflicts (
    key TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT NOT NULL,
    ops TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution TEXT,
    detected_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_status ON sync_conflicts(status, entity, row_id);

-- A county user's choice in a conflict. Synced (append-only, one 'a' op per row).
CREATE TABLE sync_resolutions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    conflict TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT NOT NULL,
    child_id TEXT,
    chosen TEXT NOT NULL DEFAULT '',
    value TEXT,
    seen TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    hlc TEXT NOT NULL
);
CREATE INDEX sync_resolutions_conflict ON sync_resolutions(conflict);

-- Ways to reach peers configured on this device (a folder now; the hub later).
CREATE TABLE sync_transports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('folder', 'http')),
    location TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    last_ok TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    failures INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, location)
);
"""

V201 = """
-- Proof of origin (docs/bundle-format.md, section 8): segments of one device's ops, signed by
-- it. `hashes` = the 32-byte SHA-256 of every op first..last, concatenated.
CREATE TABLE sync_segments (
    origin TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    prev TEXT NOT NULL,
    head TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    sig BLOB NOT NULL,
    hashes BLOB NOT NULL,
    PRIMARY KEY (origin, first, last)
) WITHOUT ROWID;

-- The county-signed certificate of every origin whose segments this device holds.
CREATE TABLE sync_origin_certs (
    device_id TEXT PRIMARY KEY,
    cert TEXT NOT NULL
) WITHOUT ROWID;

-- County-signed revocations (travel in every bundle).
CREATE TABLE sync_revocations (
    device_id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    record TEXT NOT NULL
) WITHOUT ROWID;

-- Forged, forked or revoked ops and refused rights: shown to the county, never silent.
CREATE TABLE sync_security_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    ops TEXT NOT NULL DEFAULT '',
    bundle_id TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL
);

"""

# Ops of other devices held from before (format 1) carry no proof of origin: this device no
# longer vouches for them, and sends its own ops again (signed) to every peer.
V201_RESET = """
DELETE FROM sync_have WHERE origin != (SELECT value FROM meta WHERE key = 'device_id');
UPDATE sync_marks SET acked = 0, delivered = 0, sent = 0
    WHERE origin = (SELECT value FROM meta WHERE key = 'device_id');
"""

V202 = """
-- Cases a merge left breaking a rule of today's table (desktop/store/rule_check.py), one row
-- per event and rule, with the rule's message: the review queue beside the conflicts
-- (desktop/sync/rule_review.py). Local; re-checked whenever a merge touches the case.
CREATE TABLE sync_rule_reviews (
    case_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    rule TEXT NOT NULL,
    message TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    PRIMARY KEY (case_id, event_id, rule)
) WITHOUT ROWID;
"""

V203 = """
-- Ops of a revoked device signed after its revocation that were taken in before the news came,
-- moved out of the change log when it came (desktop/sync/revoked.py), kept whole (the op and
-- the row it created or appended, JSON) for the county's review. Local.
CREATE TABLE sync_quarantine (
    origin TEXT NOT NULL,
    origin_seq INTEGER NOT NULL,
    quarantined_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT,
    kind TEXT NOT NULL,
    op TEXT NOT NULL,
    PRIMARY KEY (origin, origin_seq)
) WITHOUT ROWID;
"""

STEPS: list[Step] = [
    Step(
        200,
        "sync: keys, enrolment, peers, watermarks, bundles, conflicts, transports",
        _script(V200),
    ),
    Step(
        201,
        "sync: signed segments, origin certificates, revocations, security events",
        _script(V201 + V201_RESET),
    ),
    Step(202, "sync: merged cases that break a rule (review queue)", _script(V202)),
    Step(203, "sync: a revoked device's late ops, undone and kept (quarantine)", _script(V203)),
]
