-- The schema that migrations 0001-0008 leave in a new SQLite database: the sql of sqlite_master after replaying them
-- (in the order they were made). SchemaMigrator creates a new database from it and records the
-- versions below as applied. Generated: do not edit; SchemaSnapshotTests renders it (docs/storage.md).
-- versions: 1 2 3 4 5 6 7 8

CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);

CREATE TABLE observations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset TEXT NOT NULL,
    area_id TEXT NOT NULL,
    period TEXT NOT NULL,
    subject TEXT NOT NULL,
    source TEXT NOT NULL,
    breakdown TEXT NOT NULL,
    value REAL,
    positive REAL,
    respondents REAL,
    share REAL,
    weighted_total REAL,
    effective_n REAL,
    ci_low REAL,
    ci_high REAL,
    n REAL,
    status TEXT NOT NULL,
    import_id BIGINT NOT NULL REFERENCES imports (id),
    first_row INTEGER NOT NULL,
    last_row INTEGER NOT NULL,
    is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    superseded_by_import BIGINT REFERENCES imports (id)
, replaces_id BIGINT REFERENCES observations (id));

CREATE UNIQUE INDEX ux_observations_current ON observations (dataset, area_id, period, subject, source, breakdown)
    WHERE is_current = 1;

CREATE INDEX ix_observations_import ON observations (import_id);

CREATE TABLE compute_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    computed_at TEXT NOT NULL,
    catalog_version TEXT NOT NULL,
    latest_import_id BIGINT,
    row_count INTEGER NOT NULL
);

CREATE TABLE results (
    run_id BIGINT NOT NULL REFERENCES compute_runs (id),
    ordinal INTEGER NOT NULL,
    indicator_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL,
    ci_low REAL,
    ci_high REAL,
    numerator REAL,
    denominator REAL,
    status TEXT NOT NULL,
    baseline_period TEXT,
    baseline_value REAL,
    change REAL,
    change_ci_low REAL,
    change_ci_high REAL,
    change_p REAL,
    change_verdict TEXT NOT NULL,
    comparator_value REAL,
    comparator_verdict TEXT NOT NULL,
    trend_method TEXT,
    trend_n INTEGER,
    trend_statistic REAL,
    trend_p REAL,
    trend_slope REAL,
    trend_verdict TEXT NOT NULL,
    target_value REAL,
    target_year INTEGER,
    target_status TEXT NOT NULL,
    agreement_id TEXT,
    flags TEXT NOT NULL, comparator_verdict_95 TEXT NOT NULL DEFAULT 'not-assessed', comparator_verdict_998 TEXT NOT NULL DEFAULT 'not-assessed',
    PRIMARY KEY (run_id, ordinal)
);

CREATE TABLE "imports" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    revised INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    reverted INTEGER NOT NULL DEFAULT 0 CHECK (reverted IN (0, 1))
, detected TEXT NOT NULL DEFAULT '', reverted_at TEXT);

CREATE UNIQUE INDEX ux_imports_active_hash ON imports (file_hash) WHERE reverted = 0;

CREATE TABLE import_unchanged (
    import_id BIGINT NOT NULL REFERENCES imports (id),
    observation_id BIGINT NOT NULL REFERENCES observations (id),
    first_row INTEGER NOT NULL,
    last_row INTEGER NOT NULL,
    PRIMARY KEY (import_id, observation_id)
);

CREATE INDEX ix_import_unchanged_observation ON import_unchanged (observation_id);

CREATE TABLE users (
    name TEXT NOT NULL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    security_stamp TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE user_areas (
    user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    area_id TEXT NOT NULL,
    PRIMARY KEY (user_name, area_id)
);

CREATE TABLE report_comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL,
    indicator_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('analysis', 'action')),
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_report_comments_year ON report_comments (year, id);

CREATE TABLE report_editions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope_key TEXT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES compute_runs (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX ix_report_editions_scope ON report_editions (scope_key, id);

CREATE TABLE report_approvals (
    edition_id BIGINT NOT NULL REFERENCES report_editions (id),
    party TEXT NOT NULL CHECK (party IN ('city', 'police')),
    approver TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    PRIMARY KEY (edition_id, party)
);

CREATE TABLE digest_checks (
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    occurrence_at TEXT NOT NULL,
    run_id BIGINT,
    outcome TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (subscription_id, recipient, occurrence_at)
);

CREATE TABLE digest_unsubscribes (
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    unsubscribed_at TEXT NOT NULL,
    PRIMARY KEY (subscription_id, recipient)
);

CREATE TABLE "digest_deliveries" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    run_id BIGINT NOT NULL,
    base_run_id BIGINT,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'baseline', 'uncertain')),
    claim_token TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    sent_at TEXT,
    message_id TEXT NOT NULL,
    subject TEXT,
    change_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    handed_at TEXT,
    CONSTRAINT ux_digest_deliveries_key UNIQUE (subscription_id, recipient, run_id)
);

CREATE INDEX ix_digest_deliveries_latest ON digest_deliveries (subscription_id, recipient, status, run_id);

CREATE INDEX ix_observations_history ON observations (dataset, area_id, period, subject, source, breakdown)
    WHERE is_current = 0;

CREATE INDEX ix_observations_superseded ON observations (superseded_by_import)
    WHERE superseded_by_import IS NOT NULL;

INSERT INTO sqlite_sequence (name, seq) VALUES ('imports', 0);
INSERT INTO sqlite_sequence (name, seq) VALUES ('digest_deliveries', 0);
