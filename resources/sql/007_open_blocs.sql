-- Version 7: any bloc can be a side of the summit (EU–India, EU–Japan, a G20
-- side meeting), so actor.bloc is no longer one of a fixed list: any name, with
-- no spaces around it, of 1 to 40 characters (FieldLimits::Bloc). Archived
-- issues leave the dashboard, which reads live issues off partial indexes.

-- SQLite cannot drop a CHECK constraint: the table is rebuilt (the 12-step
-- procedure of sqlite.org/lang_altertable.html). The Store runs every migration
-- with foreign_keys OFF, so dropping the old table does not cascade to
-- position, and runs PRAGMA foreign_key_check before it commits. Ids are kept,
-- so every position still points at its actor.
-- PostgreSQL needs no rebuild:
--   ALTER TABLE actor DROP CONSTRAINT actor_bloc_check;
--   ALTER TABLE actor ALTER COLUMN bloc TYPE VARCHAR(40);
--   ALTER TABLE actor ADD CONSTRAINT actor_bloc_check
--       CHECK (bloc <> '' AND bloc = TRIM(bloc) AND LENGTH(bloc) <= 40);
CREATE TABLE actor_new (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    kind         VARCHAR(20) NOT NULL
                 CHECK (kind IN ('delegation', 'institution', 'member_state', 'company', 'person')),
    bloc         VARCHAR(40) NOT NULL
                 CHECK (bloc <> '' AND bloc = TRIM(bloc) AND LENGTH(bloc) <= 40),
    role         TEXT NOT NULL DEFAULT '',
    biography    TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL
);

INSERT INTO actor_new (id, name, kind, bloc, role, biography, source, illustrative, version,
                       updated_at)
SELECT id, name, kind, bloc, role, biography, source, illustrative, version, updated_at
FROM actor;

-- Drops the old table's triggers with it (actor_search_update from version 3,
-- actor_gap_update from version 4); they are created again below, as they were.
DROP TABLE actor;

ALTER TABLE actor_new RENAME TO actor;

CREATE TRIGGER actor_search_update AFTER UPDATE OF name ON actor
BEGIN
    INSERT INTO search_stale (issue_id) SELECT DISTINCT p.issue_id FROM position p
    WHERE p.actor_id = NEW.id
      AND NOT EXISTS (SELECT 1 FROM search_stale s WHERE s.issue_id = p.issue_id);
END;

CREATE TRIGGER actor_gap_update AFTER UPDATE OF bloc ON actor
BEGIN
    INSERT INTO bloc_gap_stale (issue_id)
    SELECT DISTINCT issue_id FROM position WHERE actor_id = NEW.id
    ON CONFLICT (issue_id) DO NOTHING;
END;

-- The dashboard counts live issues only (archived_at IS NULL): the indexes of
-- version 4 it reads become partial, so it still scans a narrow index and never
-- the wide rows. PostgreSQL has partial indexes too.
DROP INDEX issue_status_category;

CREATE INDEX issue_live_status_category ON issue (status, category, priority)
WHERE archived_at IS NULL;

DROP INDEX issue_priority_due;

CREATE INDEX issue_live_priority_due ON issue (priority, (due_date IS NULL), due_date, code)
WHERE archived_at IS NULL;

-- The few archived issues, found without reading every row: the dashboard
-- leaves them out of the gaps and the open count from the day they were archived.
CREATE INDEX issue_archived ON issue (archived_at) WHERE archived_at IS NOT NULL;
