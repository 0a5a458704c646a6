-- Failed look-ups of workshop join codes, for the limit per IP address (workshop.JoinThrottle): a
-- join code is short, so guessing one must be slow. Rows older than the window are purged on insert.
CREATE TABLE join_failure (
    id INTEGER PRIMARY KEY,
    ip TEXT    NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX join_failure_ip ON join_failure (ip, at);
