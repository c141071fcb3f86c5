-- Version 5: the history cannot be rewritten through an insert, and issue codes
-- are unique regardless of case.

-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers,
-- and an UPSERT turns an insert into an update: either would rewrite an entry of
-- the append-only history (and the per-day sums kept from it). An insert whose id
-- is taken is refused before either can happen.
CREATE TRIGGER status_change_no_replace BEFORE INSERT ON status_change
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM status_change WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only: an entry with this id exists');
END;

-- RE-01 and re-01 are one issue: lookups by code ignore case (ASCII letters, as
-- SQLite's NOCASE does). The Store refuses to upgrade a file holding codes that
-- differ only in case, naming them, before this runs.
CREATE UNIQUE INDEX issue_code_nocase ON issue (code COLLATE NOCASE);
