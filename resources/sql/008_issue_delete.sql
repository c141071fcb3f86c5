-- Version 8: an issue that never changed can be deleted (a mistaken New Issue,
-- or the undo of one). Its only history entry is its creation; that entry goes
-- with it, and the per-day sums lose exactly what the entry added. An issue
-- with any change beyond its creation cannot be deleted (archive it instead),
-- and an entry can never be deleted while its issue exists, so the history of
-- every issue that exists stays append-only.

DROP TRIGGER status_change_no_delete;

CREATE TRIGGER status_change_no_delete BEFORE DELETE ON status_change
WHEN EXISTS (SELECT 1 FROM issue WHERE id = OLD.issue_id)
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TRIGGER issue_delete_unchanged_only BEFORE DELETE ON issue
WHEN (SELECT COUNT(*) FROM status_change WHERE issue_id = OLD.id) > 1
BEGIN
    SELECT RAISE(ABORT, 'an issue with a status history cannot be deleted');
END;

-- The foreign key from status_change is checked at the end of the DELETE
-- statement, after this trigger has removed the creation entry.
CREATE TRIGGER issue_delete_creation_entry AFTER DELETE ON issue
BEGIN
    INSERT INTO status_day (day, changes, open_delta)
    SELECT SUBSTR(changed_at, 1, 10), -COUNT(*),
           -SUM((CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
                - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (day) DO UPDATE SET changes = changes + excluded.changes,
                                    open_delta = open_delta + excluded.open_delta;
    INSERT INTO status_day_group (status, category, priority, day, changes, open_delta)
    SELECT OLD.status, OLD.category, OLD.priority, SUBSTR(changed_at, 1, 10), -COUNT(*),
           -SUM((CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
                - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = changes + excluded.changes, open_delta = open_delta + excluded.open_delta;
    DELETE FROM status_day WHERE changes = 0
      AND day IN (SELECT SUBSTR(changed_at, 1, 10) FROM status_change WHERE issue_id = OLD.id);
    DELETE FROM status_day_group WHERE changes = 0
      AND status = OLD.status AND category = OLD.category AND priority = OLD.priority;
    DELETE FROM status_change WHERE issue_id = OLD.id;
END;
