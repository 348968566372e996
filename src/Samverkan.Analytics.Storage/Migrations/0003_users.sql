-- 0003_users: local accounts for the Host's login (DESIGN §5): role, password hash (ASP.NET Core
-- Identity's format, never a password), lockout after failed logins, and optional area limits.
-- Names are normalised (lower case) before they reach the database.

CREATE TABLE users (
    name TEXT NOT NULL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until {{timestamp}},
    security_stamp TEXT NOT NULL,
    created_at {{timestamp}} NOT NULL
);

-- The areas a user may see; none means every area.
CREATE TABLE user_areas (
    user_name TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
    area_id TEXT NOT NULL,
    PRIMARY KEY (user_name, area_id)
);
