-- Version 9: how an issue's outcome is decided. Multilateral issues go by
-- weighted majority; a party's own measures (its export controls, its trade
-- rules) need the agreement of named parties, whose positions are marked
-- consent_needed. decision_rule_source says why (a treaty article, a
-- competence): at most FieldLimits::LongText characters, checked by the
-- repository. Every existing issue keeps today's forecast: majority, no source,
-- no position marked.
ALTER TABLE issue ADD COLUMN decision_rule VARCHAR(10) NOT NULL DEFAULT 'majority'
    CHECK (decision_rule IN ('majority', 'consent'));

ALTER TABLE issue ADD COLUMN decision_rule_source TEXT NOT NULL DEFAULT '';

ALTER TABLE position ADD COLUMN consent_needed INTEGER NOT NULL DEFAULT 0
    CHECK (consent_needed IN (0, 1));
