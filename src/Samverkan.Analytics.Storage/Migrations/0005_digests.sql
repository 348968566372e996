-- 0005_digests: the sent-digest ledger (docs/digests.md).
-- digest_deliveries: one row per subscription × recipient × compute run, the message's idempotency
--   key (UNIQUE): a server claims the row (status 'sending', its own claim_token), sends, and then
--   marks it 'sent' in one transaction with the schedule check. 'failed' rows, and 'sending' rows
--   whose claim is older than the lease (the server died), may be claimed again, with the same
--   message_id. 'baseline' rows send nothing: they mark where a subscription's changes start.
-- run_id and base_run_id name compute_runs rows but carry no foreign key, so pruning old runs
-- never loses the record of what was sent.
CREATE TABLE digest_deliveries (
    id {{identity}},
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    run_id BIGINT NOT NULL,
    base_run_id BIGINT,
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'baseline')),
    claim_token TEXT NOT NULL,
    claimed_at {{timestamp}} NOT NULL,
    attempts INTEGER NOT NULL,
    sent_at {{timestamp}},
    message_id TEXT NOT NULL,
    subject TEXT,
    change_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    CONSTRAINT ux_digest_deliveries_key UNIQUE (subscription_id, recipient, run_id)
);

CREATE INDEX ix_digest_deliveries_latest ON digest_deliveries (subscription_id, recipient, status, run_id);

-- digest_checks: a schedule slot (cron occurrence, UTC) dealt with for one recipient.
CREATE TABLE digest_checks (
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    occurrence_at {{timestamp}} NOT NULL,
    run_id BIGINT,
    outcome TEXT NOT NULL,
    checked_at {{timestamp}} NOT NULL,
    PRIMARY KEY (subscription_id, recipient, occurrence_at)
);

-- digest_unsubscribes: recipients who followed the unsubscribe link.
CREATE TABLE digest_unsubscribes (
    subscription_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    unsubscribed_at {{timestamp}} NOT NULL,
    PRIMARY KEY (subscription_id, recipient)
);
