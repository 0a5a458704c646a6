-- Workshops (issue 6): a consultant runs the check with several people of one company. Each
-- participant answers on their own phone; the group agrees on one answer per question (the
-- consensus), which becomes the company's assessment. Times are milliseconds since 1970 (UTC).
CREATE TABLE workshop (
    id               INTEGER PRIMARY KEY,
    public_id        TEXT    NOT NULL UNIQUE,          -- random; names the workshop in the consultant's URLs
    consultant_id    INTEGER NOT NULL REFERENCES consultant (id),
    company          TEXT    NOT NULL,
    questionnaire_id TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    join_code        TEXT    NOT NULL UNIQUE,          -- 6 characters without look-alikes, e.g. K7QMWD
    joining_open     INTEGER NOT NULL DEFAULT 1,
    show_group       INTEGER NOT NULL DEFAULT 0,       -- participants may see the group result
    profile_json     TEXT    NOT NULL DEFAULT '{}',    -- the company profile, answered once by the consultant
    consensus_json   TEXT    NOT NULL DEFAULT '{}',    -- the agreed answers so far
    created_at       INTEGER NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 0,       -- counts every change by anyone; the live view's version
    -- the company's assessment made from the consensus (only its token's hash, like the assessment
    -- table); gone when the company deletes its data
    assessment_sha256 TEXT REFERENCES assessment (token_sha256) ON DELETE SET NULL,
    handed_over_at   INTEGER
);
CREATE INDEX workshop_consultant ON workshop (consultant_id, created_at);

CREATE TABLE workshop_participant (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,                     -- 1, 2, 3, ... in the order of joining
    token_hash   TEXT    NOT NULL UNIQUE,              -- SHA-256 of the participant's cookie
    name         TEXT,                                 -- optional, as the person wants to be called
    role         TEXT,                                 -- optional: management, office, production, it, sales, other
    answers_json TEXT    NOT NULL DEFAULT '{}',        -- the dimension answers, in the answers format of the contract
    joined_at    INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    UNIQUE (workshop_id, number)
);
