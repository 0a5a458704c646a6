-- One company's answers to one questionnaire version, opened by a secret token.
-- The token itself is never stored, only its SHA-256 (hex): a copy of this database does not open
-- anybody's assessment. The token has at least 128 random bits, so no salt or slow hash is needed.
CREATE TABLE assessment (
    id                    INTEGER PRIMARY KEY,
    token_sha256          TEXT    NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    questionnaire_id      TEXT    NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    fingerprint           TEXT    NOT NULL,
    answers_json          TEXT    NOT NULL DEFAULT '{}',
    company               TEXT    CHECK (company IS NULL OR length(company) <= 200),
    origin                TEXT    NOT NULL DEFAULT 'online',
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    FOREIGN KEY (questionnaire_id, questionnaire_version)
        REFERENCES questionnaire_snapshot (questionnaire_id, version)
);
