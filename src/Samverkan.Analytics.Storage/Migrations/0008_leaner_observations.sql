-- 0008_leaner_observations: what an added observation row costs (issue #9, the 15M ingest: 278 400 rows
-- of one import each paid two long text-key B-tree inserts and a 64-character hash).
--  * ix_observations_key (the key plus is_current, over every row) is replaced by ix_observations_history:
--    the key over the rows that are NOT current. A current row is found through ux_observations_current
--    (the key WHERE is_current = 1), an earlier vintage through this one; a new current row is indexed
--    once (in the unique index), and a row is moved from one index to the other when it is superseded.
--    Every query names is_current = 0 or is_current = 1 (docs/storage.md, "Indexes").
--  * ix_observations_superseded holds only the rows that were superseded (superseded_by_import IS NOT
--    NULL): every query asks for superseded_by_import = <an import>, which implies it; new rows (NULL)
--    are not indexed.
--  * observations.file_hash is dropped: it always equalled the file hash of the row's import (an insert
--    wrote the import's hash, and a revert that hands a row to a later import set both import_id and
--    that import's hash), so the lineage reads imports.file_hash through import_id.
-- Both engines accept the same statements (SQLite >= 3.35 drops a column that no index, constraint or
-- view names, in place: import_unchanged's foreign key to observations (id) is untouched).

DROP INDEX ix_observations_key;

CREATE INDEX ix_observations_history ON observations (dataset, area_id, period, subject, source, breakdown)
    WHERE is_current = 0;

DROP INDEX ix_observations_superseded;

CREATE INDEX ix_observations_superseded ON observations (superseded_by_import)
    WHERE superseded_by_import IS NOT NULL;

ALTER TABLE observations DROP COLUMN file_hash;
