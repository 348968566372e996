-- 0006_comparator_levels: the comparison with the city at 95 % and at 99.8 % (Fingertips' two-level
-- rule; docs/analysis.md §4). Not columns of the results contract (DESIGN §4.4): comparator_verdict
-- stays at the indicator's own confidence level and is what export and the API give. Rows of runs
-- stored before this script read 'not-assessed' and fall back to comparator_verdict alone.
ALTER TABLE results ADD COLUMN comparator_verdict_95 TEXT NOT NULL DEFAULT 'not-assessed';
ALTER TABLE results ADD COLUMN comparator_verdict_998 TEXT NOT NULL DEFAULT 'not-assessed';
