-- Creations of assessments, for the limits per client address and for the whole app (ops.CreateLimit).
-- `source` is 'address:' and the SHA-256 of the client address, or 'all'; `at` is milliseconds since
-- 1970 (UTC). Rows older than an hour are purged with every new creation. No key column: rows are only
-- counted, and so the table is the same on every engine.
CREATE TABLE create_event (
    source TEXT   NOT NULL,
    at     BIGINT NOT NULL
);
CREATE INDEX create_event_source ON create_event (source, at);
