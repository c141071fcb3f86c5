-- Version 7 on PostgreSQL (../007_open_blocs.sql): any bloc name of 1 to 40
-- characters; PostgreSQL changes the constraint in place, no rebuild.
ALTER TABLE actor DROP CONSTRAINT actor_bloc_check;

-- A column named in a trigger's UPDATE OF cannot change type under it.
DROP TRIGGER actor_gap_update ON actor;

ALTER TABLE actor ALTER COLUMN bloc TYPE VARCHAR(40);

CREATE TRIGGER actor_gap_update AFTER UPDATE OF bloc ON actor
FOR EACH ROW EXECUTE FUNCTION summit_gap_queue();

ALTER TABLE actor ADD CONSTRAINT actor_bloc_check
    CHECK (bloc <> '' AND bloc = TRIM(bloc) AND LENGTH(bloc) <= 40);

DROP INDEX issue_status_category;

CREATE INDEX issue_live_status_category ON issue (status, category, priority)
WHERE archived_at IS NULL;

DROP INDEX issue_priority_due;

CREATE INDEX issue_live_priority_due ON issue (priority, (due_date IS NULL), due_date, code)
WHERE archived_at IS NULL;

CREATE INDEX issue_archived ON issue (archived_at) WHERE archived_at IS NOT NULL;
