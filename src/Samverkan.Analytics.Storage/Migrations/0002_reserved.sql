-- 0002_reserved: a placeholder that keeps the numbers gapless on the auth branch, where 0003_users
-- was written while number 2 was given to another branch. When that branch's 0002 is merged,
-- delete this file (two version-2 scripts make the migrator refuse to start, so it cannot be missed).
SELECT 1;
