-- TEMPORARY placeholder on branch `report` only: migration numbers must run 1, 2, 3… without gaps,
-- and 0002/0003 belong to other branches that have not merged yet. DELETE this file when the real
-- 0002 merges (a database that applied this placeholder records version 2 and would skip the real
-- one: throw such development databases away).
SELECT 1;
