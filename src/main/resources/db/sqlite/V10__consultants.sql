-- Consultants of the initiative (issue 6): accounts created by the operator with `users add`,
-- their login sessions and the failed logins that lock an account or an address for a while.
-- Times are milliseconds since 1970 (UTC).
CREATE TABLE consultant (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,          -- Argon2id, encoded with its parameters and salt
    created_at    INTEGER NOT NULL,
    disabled_at   INTEGER                    -- set by `users disable`; such an account cannot log in
);

-- Only the SHA-256 of the random session id is stored; the id itself lives in the browser's cookie.
CREATE TABLE consultant_session (
    id_hash       TEXT    PRIMARY KEY,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX consultant_session_consultant ON consultant_session (consultant_id);

CREATE TABLE login_failure (
    id    INTEGER PRIMARY KEY,
    email TEXT    NOT NULL COLLATE NOCASE,
    ip    TEXT    NOT NULL,
    at    INTEGER NOT NULL
);
CREATE INDEX login_failure_email ON login_failure (email, at);
CREATE INDEX login_failure_ip ON login_failure (ip, at);
