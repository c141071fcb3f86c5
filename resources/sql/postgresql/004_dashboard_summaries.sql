-- Version 4 on PostgreSQL (../004_dashboard_summaries.sql): what the dashboard
-- reads instead of scanning every issue, position and status change.

CREATE INDEX issue_status_category ON issue (status, category, priority);

CREATE INDEX issue_priority_due ON issue (priority, (due_date IS NULL), due_date, code);

CREATE TABLE status_day (
    day        VARCHAR(10) PRIMARY KEY,
    changes    INTEGER NOT NULL,
    open_delta INTEGER NOT NULL
);

-- How an entry moves the number of open issues (Agreed = 5 and Closed = 7 are done).
CREATE FUNCTION summit_open_delta(from_status INTEGER, to_status INTEGER) RETURNS INTEGER
LANGUAGE sql IMMUTABLE AS $$
    SELECT (CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
           - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END)
$$;

INSERT INTO status_day (day, changes, open_delta)
SELECT SUBSTR(changed_at, 1, 10), COUNT(*), SUM(summit_open_delta(from_status, to_status))
FROM status_change
GROUP BY SUBSTR(changed_at, 1, 10);

CREATE TABLE status_day_group (
    status     INTEGER NOT NULL,
    category   TEXT NOT NULL,
    priority   INTEGER NOT NULL,
    day        VARCHAR(10) NOT NULL,
    changes    INTEGER NOT NULL,
    open_delta INTEGER NOT NULL,
    PRIMARY KEY (status, category, priority, day)
);

INSERT INTO status_day_group (status, category, priority, day, changes, open_delta)
SELECT i.status, i.category, i.priority, SUBSTR(s.changed_at, 1, 10), COUNT(*),
       SUM(summit_open_delta(s.from_status, s.to_status))
FROM status_change s JOIN issue i ON i.id = s.issue_id
GROUP BY i.status, i.category, i.priority, SUBSTR(s.changed_at, 1, 10);

-- The per-day sums are written through the history's own insert, so they run
-- with the owner's rights: an editor may add to the history, not rewrite the sums
-- by hand any more than the entries.
CREATE FUNCTION summit_status_day_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO status_day AS d (day, changes, open_delta)
    VALUES (SUBSTR(NEW.changed_at, 1, 10), 1, summit_open_delta(NEW.from_status, NEW.to_status))
    ON CONFLICT (day) DO UPDATE SET changes = d.changes + 1,
                                    open_delta = d.open_delta + excluded.open_delta;
    INSERT INTO status_day_group AS g (status, category, priority, day, changes, open_delta)
    SELECT i.status, i.category, i.priority, SUBSTR(NEW.changed_at, 1, 10), 1,
           summit_open_delta(NEW.from_status, NEW.to_status)
    FROM issue i WHERE i.id = NEW.issue_id
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = g.changes + excluded.changes, open_delta = g.open_delta + excluded.open_delta;
    RETURN NULL;
END;
$$;

CREATE TRIGGER status_day_insert AFTER INSERT ON status_change
FOR EACH ROW EXECUTE FUNCTION summit_status_day_insert();

CREATE FUNCTION summit_status_day_group_move() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO status_day_group AS g (status, category, priority, day, changes, open_delta)
    SELECT OLD.status, OLD.category, OLD.priority, SUBSTR(changed_at, 1, 10), -COUNT(*),
           -SUM(summit_open_delta(from_status, to_status))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = g.changes + excluded.changes, open_delta = g.open_delta + excluded.open_delta;
    INSERT INTO status_day_group AS g (status, category, priority, day, changes, open_delta)
    SELECT NEW.status, NEW.category, NEW.priority, SUBSTR(changed_at, 1, 10), COUNT(*),
           SUM(summit_open_delta(from_status, to_status))
    FROM status_change WHERE issue_id = NEW.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = g.changes + excluded.changes, open_delta = g.open_delta + excluded.open_delta;
    DELETE FROM status_day_group
    WHERE status = OLD.status AND category = OLD.category AND priority = OLD.priority
      AND changes = 0;
    RETURN NULL;
END;
$$;

CREATE TRIGGER status_day_group_move AFTER UPDATE OF status, category, priority ON issue
FOR EACH ROW
WHEN (OLD.status <> NEW.status OR OLD.category <> NEW.category OR OLD.priority <> NEW.priority)
EXECUTE FUNCTION summit_status_day_group_move();

CREATE INDEX status_change_issue_day ON status_change (issue_id, changed_at, from_status, to_status);

CREATE TABLE bloc_gap (
    issue_id BIGINT PRIMARY KEY REFERENCES issue (id) ON DELETE CASCADE,
    eu       DOUBLE PRECISION NOT NULL,
    china    DOUBLE PRECISION NOT NULL,
    gap      DOUBLE PRECISION NOT NULL
);

CREATE INDEX bloc_gap_widest ON bloc_gap (gap DESC, issue_id);

CREATE TABLE bloc_gap_stale (
    issue_id BIGINT PRIMARY KEY
);

INSERT INTO bloc_gap_stale (issue_id) SELECT id FROM issue;

CREATE FUNCTION summit_gap_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'actor' THEN
        INSERT INTO bloc_gap_stale (issue_id)
        SELECT DISTINCT issue_id FROM position WHERE actor_id = NEW.id
        ON CONFLICT (issue_id) DO NOTHING;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO bloc_gap_stale (issue_id) VALUES (NEW.issue_id)
        ON CONFLICT (issue_id) DO NOTHING;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO bloc_gap_stale (issue_id) VALUES (OLD.issue_id)
        ON CONFLICT (issue_id) DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER position_gap AFTER INSERT OR DELETE ON position
FOR EACH ROW EXECUTE FUNCTION summit_gap_queue();

CREATE TRIGGER position_gap_update
AFTER UPDATE OF position, salience, clout, actor_id, issue_id ON position
FOR EACH ROW EXECUTE FUNCTION summit_gap_queue();

CREATE TRIGGER actor_gap_update AFTER UPDATE OF bloc ON actor
FOR EACH ROW EXECUTE FUNCTION summit_gap_queue();
