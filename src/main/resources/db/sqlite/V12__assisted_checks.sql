-- Assisted checks (issue 6): the online check filled in by a consultant together with a company.
-- The assessment belongs to the company, which gets its personal link; this table records who
-- advised. Like the assessment table it holds only the token's SHA-256, so it opens nothing, and
-- the row goes when the company deletes its data.
CREATE TABLE assisted_check (
    id            INTEGER PRIMARY KEY,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id),
    token_sha256  TEXT    NOT NULL UNIQUE REFERENCES assessment (token_sha256) ON DELETE CASCADE,
    company       TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX assisted_check_consultant ON assisted_check (consultant_id, created_at);
