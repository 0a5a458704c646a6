-- Accounts of the initiative's staff, who see the anonymous figures of Hagen (/initiative), beside the
-- consultants. Every existing account is a consultant's.
ALTER TABLE consultant ADD COLUMN role TEXT NOT NULL DEFAULT 'consultant';
