-- 0002_import_history: what `imports show ID` and `revert ID` need.
--  * imports.file_hash is no longer UNIQUE: a reverted file may be imported again. At most one
--    import per hash that is not reverted (ux_imports_active_hash) keeps "same bytes twice = no-op".
--  * imports.detected: what the reader detected (encoding, line breaks, separator, decimal mark).
--  * imports.reverted_at: when the import was reverted (NULL while it is not).
--  * import_unchanged: the stored rows an import found equal (its "left unchanged" values), with the
--    file rows that held them, so `imports show` can list them and a revert can hand such a value
--    over to the later import that confirmed it.
--  * observations.replaces_id: the vintage a revising row replaced (NULL for an added value), so
--    `imports show` can say old → new even after a revert made the old vintage current again.
-- Lines between a provider's start marker and the end marker (see docs/storage.md) run on that
-- provider only.

-- {{sqlite}}
-- SQLite cannot drop a column constraint: rebuild the table (SQLite's documented procedure). The
-- migrator runs this script with foreign keys off, because of the marker below, and checks them all
-- (PRAGMA foreign_key_check) before it commits; observations' references name "imports", which is
-- the rebuilt table (same ids) once it is renamed.
-- {{sqlite-foreign-keys-off}}
CREATE TABLE imports_rebuilt (
    id {{identity}},
    file_name TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at {{timestamp}} NOT NULL,
    added INTEGER NOT NULL,
    revised INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    reverted INTEGER NOT NULL DEFAULT 0 CHECK (reverted IN (0, 1))
);
INSERT INTO imports_rebuilt (id, file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted)
    SELECT id, file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted FROM imports;
DROP TABLE imports;
ALTER TABLE imports_rebuilt RENAME TO imports;
-- {{end}}
-- {{postgresql}}
ALTER TABLE imports DROP CONSTRAINT imports_file_hash_key;
-- {{end}}

ALTER TABLE imports ADD COLUMN detected TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN reverted_at {{timestamp}};

CREATE UNIQUE INDEX ux_imports_active_hash ON imports (file_hash) WHERE reverted = 0;

CREATE TABLE import_unchanged (
    import_id BIGINT NOT NULL REFERENCES imports (id),
    observation_id BIGINT NOT NULL REFERENCES observations (id),
    first_row INTEGER NOT NULL,
    last_row INTEGER NOT NULL,
    PRIMARY KEY (import_id, observation_id)
);

CREATE INDEX ix_import_unchanged_observation ON import_unchanged (observation_id);

-- The vintages an import replaced (revert restores them).
CREATE INDEX ix_observations_superseded ON observations (superseded_by_import);

ALTER TABLE observations ADD COLUMN replaces_id BIGINT REFERENCES observations (id);
