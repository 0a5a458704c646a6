-- A workshop the consultant marks as a test or demonstration: the assessment it hands over is marked
-- too (assessment.test, V30), so it stays out of the peer comparison and every dashboard. Portable SQL.
ALTER TABLE workshop ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
