-- Every questionnaire version the app has served, so that an old assessment still opens and is
-- scored with the version it was answered with after the file moved on.
CREATE TABLE questionnaire_snapshot (
    questionnaire_id TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    fingerprint      TEXT    NOT NULL,
    source_yaml      TEXT    NOT NULL,
    first_served_at  TEXT    NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
);
