-- Version 8 on PostgreSQL (../008_issue_delete.sql): an issue that never
-- changed can be deleted, with its creation entry and what that entry added to
-- the per-day sums; an entry of an issue that exists can never be deleted.
-- PostgreSQL checks a foreign key in a trigger of its own that fires before ours,
-- so the creation entry goes by ON DELETE CASCADE (run with the table owner's
-- rights: an editor holds no DELETE on the history), and the sums are taken off
-- before the issue row goes.

CREATE OR REPLACE FUNCTION summit_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM issue WHERE id = OLD.issue_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'status history is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;

ALTER TABLE status_change DROP CONSTRAINT status_change_issue_id_fkey;

ALTER TABLE status_change ADD CONSTRAINT status_change_issue_id_fkey
    FOREIGN KEY (issue_id) REFERENCES issue (id) ON DELETE CASCADE;

CREATE FUNCTION summit_issue_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF (SELECT COUNT(*) FROM status_change WHERE issue_id = OLD.id) > 1 THEN
        RAISE EXCEPTION 'an issue with a status history cannot be deleted'
            USING ERRCODE = 'restrict_violation';
    END IF;
    INSERT INTO status_day AS d (day, changes, open_delta)
    SELECT SUBSTR(changed_at, 1, 10), -COUNT(*), -SUM(summit_open_delta(from_status, to_status))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (day) DO UPDATE SET changes = d.changes + excluded.changes,
                                    open_delta = d.open_delta + excluded.open_delta;
    INSERT INTO status_day_group AS g (status, category, priority, day, changes, open_delta)
    SELECT OLD.status, OLD.category, OLD.priority, SUBSTR(changed_at, 1, 10), -COUNT(*),
           -SUM(summit_open_delta(from_status, to_status))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = g.changes + excluded.changes, open_delta = g.open_delta + excluded.open_delta;
    DELETE FROM status_day WHERE changes = 0
      AND day IN (SELECT SUBSTR(changed_at, 1, 10) FROM status_change WHERE issue_id = OLD.id);
    DELETE FROM status_day_group WHERE changes = 0
      AND status = OLD.status AND category = OLD.category AND priority = OLD.priority;
    RETURN OLD;
END;
$$;

CREATE TRIGGER issue_delete_unchanged_only BEFORE DELETE ON issue
FOR EACH ROW EXECUTE FUNCTION summit_issue_delete();
