-- Progress, peers and the initiative's view. Portable SQL (SQLite and PostgreSQL).

-- A check a firm repeats points to the earlier one (by row id: the earlier token is never stored).
-- Deleting the earlier check leaves the follow-up without a comparison, nothing more.
ALTER TABLE assessment ADD COLUMN previous_id BIGINT REFERENCES assessment (id) ON DELETE SET NULL;
-- Tests and demonstrations: kept out of every comparison and count.
ALTER TABLE assessment ADD COLUMN test INTEGER NOT NULL DEFAULT 0;

-- What the comparisons and counts need of one assessment, computed by the scoring engine whenever the
-- assessment is saved, so that a summary reads one short row per assessment and scores nothing.
-- Scores are tenths of a point (54.2 -> 542); no company name, token, free text or exact number.
CREATE TABLE assessment_facts (
    assessment_id         BIGINT  PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    questionnaire_id      TEXT    NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    month                 TEXT    NOT NULL,   -- yyyy-mm of the creation, UTC
    channel               TEXT    NOT NULL,   -- online, assisted or workshop
    complete              INTEGER NOT NULL,   -- 1: every required question answered
    test                  INTEGER NOT NULL,
    size_band             TEXT,               -- 1-9, 10-49, 50-249, 250+ (EU size classes) or NULL
    industry              TEXT,               -- option id of the profile question industry, or NULL
    overall_score         INTEGER,            -- tenths, NULL without a score
    overall_level         TEXT,
    scores                TEXT    NOT NULL,   -- dimension=tenths:level, separated by spaces; empty parts for none
    profile               TEXT    NOT NULL,   -- question=option|option, separated by spaces (choice questions, size band)
    plan                  TEXT    NOT NULL,   -- recommendation ids of the plan, separated by spaces
    contacts              TEXT    NOT NULL    -- ids of the matched contacts, separated by spaces
);
CREATE INDEX assessment_facts_peers ON assessment_facts (questionnaire_id, industry, size_band);
CREATE INDEX assessment_previous ON assessment (previous_id);
