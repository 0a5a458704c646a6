-- Workshops, second round: people who come back, a consensus that never invents an answer, and a
-- workspace for the consultant. Times are milliseconds since 1970 (UTC).

-- A removed participant keeps the row (answers restorable, number never reused) but counts nowhere.
ALTER TABLE workshop_participant ADD COLUMN removed_at INTEGER;
-- Last request of the participant, for "last active" in the live view.
ALTER TABLE workshop_participant ADD COLUMN seen_at INTEGER;
-- The personal re-entry code (8 characters without look-alikes). Stored as it is, so the participant
-- and the consultant can see it again: it opens only this participant's answers, which are in the
-- same row in plain text anyway, so keeping it readable exposes nothing a copy of the file would not.
ALTER TABLE workshop_participant ADD COLUMN reentry_code TEXT;
CREATE UNIQUE INDEX workshop_participant_reentry ON workshop_participant (workshop_id, reentry_code);

-- The personal link of the assessment made at the hand-over, for its consultant only (see README,
-- "Hand-over"). Forgotten with the assessment when the company deletes it.
ALTER TABLE workshop ADD COLUMN handover_token TEXT;
CREATE TRIGGER workshop_forget_handover BEFORE DELETE ON assessment
BEGIN
    UPDATE workshop SET handover_token = NULL WHERE assessment_sha256 = OLD.token_sha256;
END;

-- The same for an assisted check: the consultant started it and fills it in with the company. The
-- row goes with the assessment (ON DELETE CASCADE of V12).
ALTER TABLE assisted_check ADD COLUMN token TEXT;

-- Notes the consultant writes per question during the discussion.
CREATE TABLE workshop_note (
    workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, question_id)
);

-- The action plan agreed in the room: what, who, by when.
CREATE TABLE workshop_action (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    step        TEXT    NOT NULL,
    owner       TEXT,
    due         TEXT,                                   -- ISO date (yyyy-mm-dd) or NULL
    created_at  INTEGER NOT NULL
);
CREATE INDEX workshop_action_workshop ON workshop_action (workshop_id, id);

-- Join-code guessing is limited per code and for the whole app, no longer per address: a room of
-- thirty behind one Wi-Fi router is one address. `code` is the code typed (unknown join code) or the
-- join code whose re-entry code was wrong; `kind` tells which.
DROP TABLE join_failure;
CREATE TABLE join_failure (
    id   INTEGER PRIMARY KEY,
    kind TEXT    NOT NULL,                               -- 'join' or 'reentry'
    code TEXT    NOT NULL,
    at   INTEGER NOT NULL
);
CREATE INDEX join_failure_kind ON join_failure (kind, at);
CREATE INDEX join_failure_code ON join_failure (code, at);
