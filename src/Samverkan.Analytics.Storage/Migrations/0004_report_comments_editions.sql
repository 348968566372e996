-- 0004_report_comments_editions: analysts' comments on the yearly follow-up and report editions
-- with the city's and the police's approvals (issue 7, sections 4–5; docs/report.md).
-- Tokens as in 0001_initial.sql. Comments are append-only: a newer row with the same year,
-- indicator, area and kind replaces an older one and an empty text withdraws it, so the comments as
-- they stood when an edition was approved can always be read back. An edition is tied to one compute
-- run; it is final when it has both approvals, and no edition of the same scope may follow a final one.

CREATE TABLE report_comments (
    id {{identity}},
    year INTEGER NOT NULL,
    indicator_id TEXT NOT NULL,
    area_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('analysis', 'action')),
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL
);

CREATE INDEX ix_report_comments_year ON report_comments (year, id);

CREATE TABLE report_editions (
    id {{identity}},
    scope_key TEXT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES compute_runs (id),
    created_at {{timestamp}} NOT NULL,
    created_by TEXT NOT NULL
);

CREATE INDEX ix_report_editions_scope ON report_editions (scope_key, id);

CREATE TABLE report_approvals (
    edition_id BIGINT NOT NULL REFERENCES report_editions (id),
    party TEXT NOT NULL CHECK (party IN ('city', 'police')),
    approver TEXT NOT NULL,
    approved_at {{timestamp}} NOT NULL,
    PRIMARY KEY (edition_id, party)
);
