-- 0007_digest_handed: no duplicate digest after a crash (docs/digests.md "Delivery guarantee").
-- handed_at: set, durably, just before the message is handed to the SMTP server. A claim that lapses
--   (its server died) with handed_at set may have been delivered: the next run marks the row
--   'uncertain' instead of sending it again; an operator resends it on purpose
--   (samverkan digest --resend-uncertain). A claim that lapses before handing is taken over and sent.
-- SQLite cannot change a CHECK constraint, so there the table is rebuilt (same columns, same ids).
-- {{postgresql}}
ALTER TABLE digest_deliveries DROP CONSTRAINT digest_deliveries_status_check;
ALTER TABLE digest_deliveries ADD CONSTRAINT digest_deliveries_status_check
    CHECK (status IN ('sending', 'sent', 'failed', 'baseline', 'uncertain'));
ALTER TABLE digest_deliveries ADD COLUMN handed_at {{timestamp}};
-- {{end}}
-- {{sqlite}}
CREATE TABLE digest_deliveries_0007 (
    id {{identity}},
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    run_id BIGINT NOT NULL,
    base_run_id BIGINT,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'baseline', 'uncertain')),
    claim_token TEXT NOT NULL,
    claimed_at {{timestamp}} NOT NULL,
    attempts INTEGER NOT NULL,
    sent_at {{timestamp}},
    message_id TEXT NOT NULL,
    subject TEXT,
    change_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    handed_at {{timestamp}},
    CONSTRAINT ux_digest_deliveries_key UNIQUE (subscription_id, recipient, run_id)
);
INSERT INTO digest_deliveries_0007 (id, subscription_id, recipient, run_id, base_run_id, status, claim_token, claimed_at, attempts, sent_at, message_id, subject, change_count, last_error)
SELECT id, subscription_id, recipient, run_id, base_run_id, status, claim_token, claimed_at, attempts, sent_at, message_id, subject, change_count, last_error FROM digest_deliveries;
DROP TABLE digest_deliveries;
ALTER TABLE digest_deliveries_0007 RENAME TO digest_deliveries;
CREATE INDEX ix_digest_deliveries_latest ON digest_deliveries (subscription_id, recipient, status, run_id);
-- {{end}}
