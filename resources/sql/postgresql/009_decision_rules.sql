-- Version 9 on PostgreSQL (../009_decision_rules.sql): the issue's decision rule
-- and its source, and the consent flag of a position. Adding columns with a
-- constant default rewrites no row; the statement-level notify triggers of
-- issue and position (version 1) cover the new columns, and no search or
-- summary trigger reads them.
ALTER TABLE issue ADD COLUMN decision_rule VARCHAR(10) NOT NULL DEFAULT 'majority'
    CONSTRAINT issue_decision_rule_check CHECK (decision_rule IN ('majority', 'consent'));

ALTER TABLE issue ADD COLUMN decision_rule_source TEXT NOT NULL DEFAULT '';

ALTER TABLE position ADD COLUMN consent_needed INTEGER NOT NULL DEFAULT 0
    CONSTRAINT position_consent_needed_check CHECK (consent_needed IN (0, 1));
