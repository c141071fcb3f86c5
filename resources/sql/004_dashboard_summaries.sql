-- Version 4: what the dashboard reads instead of scanning every issue, position
-- and status change, so it builds in well under 100 ms on 100,000 issues.

-- Issues by status, category and priority (and the open critical count) in one
-- scan of a narrow index rather than of the wide issue rows.
CREATE INDEX issue_status_category ON issue (status, category, priority);

-- The open critical issues by due date (undated last): the first dozen come off
-- the index in order instead of after a sort of every critical issue.
CREATE INDEX issue_priority_due ON issue (priority, (due_date IS NULL), due_date, code);

-- Status changes per day and the change each day made to the number of open
-- issues (Agreed = 5 and Closed = 7 are done; anything else is open). An entry
-- records where the issue came from, so it moves the count by its own "open"
-- minus that of its from-status (none for an issue's first entry). The history
-- is append-only, so the rows are only ever added to.
CREATE TABLE status_day (
    day        VARCHAR(10) PRIMARY KEY,
    changes    INTEGER NOT NULL,
    open_delta INTEGER NOT NULL
);

INSERT INTO status_day (day, changes, open_delta)
SELECT SUBSTR(changed_at, 1, 10), COUNT(*),
       SUM((CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
           - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END))
FROM status_change
GROUP BY SUBSTR(changed_at, 1, 10);

CREATE TRIGGER status_day_insert AFTER INSERT ON status_change
BEGIN
    INSERT INTO status_day (day, changes, open_delta)
    VALUES (SUBSTR(NEW.changed_at, 1, 10), 1,
            (CASE WHEN NEW.to_status IN (5, 7) THEN 0 ELSE 1 END)
            - (CASE WHEN NEW.from_status IS NULL OR NEW.from_status IN (5, 7) THEN 0 ELSE 1 END))
    ON CONFLICT (day) DO UPDATE SET changes = changes + 1,
                                    open_delta = open_delta + excluded.open_delta;
END;

-- The same sums split by each issue's current status, category and priority, so
-- a dashboard filtered on those reads summaries too. status_day could be summed
-- from these rows, but on 100,000 issues they number tens of thousands; the
-- unfiltered dashboard reads its few hundred days instead. When an issue's status,
-- category or priority changes, its entries move from the old group to the new
-- one. Both triggers read the issue row as it is, so a status change written
-- before or after its history entry lands in the same place.
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
       SUM((CASE WHEN s.to_status IN (5, 7) THEN 0 ELSE 1 END)
           - (CASE WHEN s.from_status IS NULL OR s.from_status IN (5, 7) THEN 0 ELSE 1 END))
FROM status_change s JOIN issue i ON i.id = s.issue_id
GROUP BY i.status, i.category, i.priority, SUBSTR(s.changed_at, 1, 10);

CREATE TRIGGER status_day_group_insert AFTER INSERT ON status_change
BEGIN
    INSERT INTO status_day_group (status, category, priority, day, changes, open_delta)
    SELECT i.status, i.category, i.priority, SUBSTR(NEW.changed_at, 1, 10), 1,
           (CASE WHEN NEW.to_status IN (5, 7) THEN 0 ELSE 1 END)
           - (CASE WHEN NEW.from_status IS NULL OR NEW.from_status IN (5, 7) THEN 0 ELSE 1 END)
    FROM issue i WHERE i.id = NEW.issue_id
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = changes + excluded.changes, open_delta = open_delta + excluded.open_delta;
END;

CREATE TRIGGER status_day_group_move AFTER UPDATE OF status, category, priority ON issue
WHEN OLD.status <> NEW.status OR OLD.category <> NEW.category OR OLD.priority <> NEW.priority
BEGIN
    INSERT INTO status_day_group (status, category, priority, day, changes, open_delta)
    SELECT OLD.status, OLD.category, OLD.priority, SUBSTR(changed_at, 1, 10), -COUNT(*),
           -SUM((CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
                - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END))
    FROM status_change WHERE issue_id = OLD.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = changes + excluded.changes, open_delta = open_delta + excluded.open_delta;
    INSERT INTO status_day_group (status, category, priority, day, changes, open_delta)
    SELECT NEW.status, NEW.category, NEW.priority, SUBSTR(changed_at, 1, 10), COUNT(*),
           SUM((CASE WHEN to_status IN (5, 7) THEN 0 ELSE 1 END)
               - (CASE WHEN from_status IS NULL OR from_status IN (5, 7) THEN 0 ELSE 1 END))
    FROM status_change WHERE issue_id = NEW.id GROUP BY SUBSTR(changed_at, 1, 10)
    ON CONFLICT (status, category, priority, day) DO UPDATE
    SET changes = changes + excluded.changes, open_delta = open_delta + excluded.open_delta;
    DELETE FROM status_day_group
    WHERE status = OLD.status AND category = OLD.category AND priority = OLD.priority
      AND changes = 0;
END;

-- A text filter still reads the matching issues' entries: this index holds all
-- they need, so those are read without touching the table.
CREATE INDEX status_change_issue_day ON status_change (issue_id, changed_at, from_status, to_status);

-- Each issue's EU and China weighted medians (the blocs' positions weighted by
-- clout x salience) and the distance between them, for issues where both blocs
-- hold a position. Computed in C++ (BlocGapRepository, the same rule as the
-- forecast); the triggers only queue the issues whose positions changed, so a
-- bulk load of a million positions pays one lookup per row.
CREATE TABLE bloc_gap (
    issue_id INTEGER PRIMARY KEY REFERENCES issue (id) ON DELETE CASCADE,
    eu       DOUBLE PRECISION NOT NULL,
    china    DOUBLE PRECISION NOT NULL,
    gap      DOUBLE PRECISION NOT NULL
);

CREATE INDEX bloc_gap_widest ON bloc_gap (gap DESC, issue_id);

CREATE TABLE bloc_gap_stale (
    issue_id INTEGER PRIMARY KEY
);

-- Every issue is computed on the first read after the upgrade.
INSERT INTO bloc_gap_stale (issue_id) SELECT id FROM issue;

CREATE TRIGGER position_gap_insert AFTER INSERT ON position
BEGIN
    INSERT INTO bloc_gap_stale (issue_id) VALUES (NEW.issue_id)
    ON CONFLICT (issue_id) DO NOTHING;
END;

CREATE TRIGGER position_gap_update
AFTER UPDATE OF position, salience, clout, actor_id, issue_id ON position
BEGIN
    INSERT INTO bloc_gap_stale (issue_id) VALUES (NEW.issue_id)
    ON CONFLICT (issue_id) DO NOTHING;
    INSERT INTO bloc_gap_stale (issue_id) VALUES (OLD.issue_id)
    ON CONFLICT (issue_id) DO NOTHING;
END;

CREATE TRIGGER position_gap_delete AFTER DELETE ON position
BEGIN
    INSERT INTO bloc_gap_stale (issue_id) VALUES (OLD.issue_id)
    ON CONFLICT (issue_id) DO NOTHING;
END;

CREATE TRIGGER actor_gap_update AFTER UPDATE OF bloc ON actor
BEGIN
    INSERT INTO bloc_gap_stale (issue_id)
    SELECT DISTINCT issue_id FROM position WHERE actor_id = NEW.id
    ON CONFLICT (issue_id) DO NOTHING;
END;
