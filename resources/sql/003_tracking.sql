-- Version 3: issue tracking for staff. Likelihood and briefing-pack flag on
-- issues, links between issues, saved views of the issue table, a log of pack
-- exports, and full-text search.
-- The tables are portable SQL; the search index (issue_fts and its triggers) is
-- SQLite's FTS5 and is only ever queried through SearchRepository.

ALTER TABLE issue ADD COLUMN likelihood VARCHAR(10) NOT NULL DEFAULT 'might'
    CHECK (likelihood IN ('certain', 'might', 'unlikely'));

ALTER TABLE issue ADD COLUMN in_pack INTEGER NOT NULL DEFAULT 1 CHECK (in_pack IN (0, 1));

-- A link is stored once: "relates" and "tradeoff" read the same both ways, so
-- the repository stores them with from_issue < to_issue.
CREATE TABLE issue_link (
    id         INTEGER PRIMARY KEY,
    from_issue INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    to_issue   INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('relates', 'blocks', 'tradeoff')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (from_issue, to_issue, kind),
    CHECK (from_issue <> to_issue)
);

CREATE INDEX issue_link_to ON issue_link (to_issue);

CREATE TABLE saved_view (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE pack_export (
    id             INTEGER PRIMARY KEY,
    exported_at    TEXT NOT NULL,
    exported_by    TEXT NOT NULL,
    issue_codes    TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',
    format         VARCHAR(10) NOT NULL,
    path           TEXT NOT NULL DEFAULT ''
);

CREATE INDEX pack_export_time ON pack_export (exported_at);

-- "What changed since the last pack" reads the history by time.
CREATE INDEX status_change_time ON status_change (changed_at, id);

-- Search: one document per issue (rowid = issue.id) holding its own text, the
-- names of the actors with a position on it and their stances. Trigrams find
-- substrings in any script (Chinese has no spaces between words).
CREATE VIRTUAL TABLE issue_fts USING fts5(
    code, title, eu_objective, lines_to_take, defensive_lines, background, actors, stances,
    tokenize = 'trigram'
);

INSERT INTO issue_fts (rowid, code, title, eu_objective, lines_to_take, defensive_lines,
                       background, actors, stances)
SELECT i.id, i.code, i.title, i.eu_objective, i.lines_to_take, i.defensive_lines, i.background,
       COALESCE((SELECT group_concat(n, '; ') FROM (SELECT a.name AS n FROM position p
                 JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id ORDER BY a.name)), ''),
       COALESCE((SELECT group_concat(s, '; ') FROM (SELECT p.stance AS s FROM position p
                 JOIN actor a ON a.id = p.actor_id WHERE p.issue_id = i.id ORDER BY a.name)), '')
FROM issue i;

-- The triggers only note which issues' documents are out of date; SearchRepository
-- rewrites those documents in one statement before it searches. Writing the FTS
-- table from the triggers themselves made FTS5 flush its index once per row
-- written (each statement with a trigger opens a savepoint), which slowed a bulk
-- load of 100,000 issues with their positions twentyfold.
CREATE TABLE search_stale (
    issue_id INTEGER PRIMARY KEY
);

CREATE TRIGGER issue_search_insert AFTER INSERT ON issue
BEGIN
    INSERT INTO search_stale (issue_id) SELECT NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = NEW.id);
END;

CREATE TRIGGER issue_search_update
AFTER UPDATE OF code, title, eu_objective, lines_to_take, defensive_lines, background ON issue
BEGIN
    INSERT INTO search_stale (issue_id) SELECT NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = NEW.id);
END;

CREATE TRIGGER issue_search_delete AFTER DELETE ON issue
BEGIN
    INSERT INTO search_stale (issue_id) SELECT OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = OLD.id);
END;

CREATE TRIGGER position_search_insert AFTER INSERT ON position
BEGIN
    INSERT INTO search_stale (issue_id) SELECT NEW.issue_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = NEW.issue_id);
END;

CREATE TRIGGER position_search_update AFTER UPDATE OF stance, actor_id, issue_id ON position
BEGIN
    INSERT INTO search_stale (issue_id) SELECT NEW.issue_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = NEW.issue_id);
    INSERT INTO search_stale (issue_id) SELECT OLD.issue_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = OLD.issue_id);
END;

CREATE TRIGGER position_search_delete AFTER DELETE ON position
BEGIN
    INSERT INTO search_stale (issue_id) SELECT OLD.issue_id
    WHERE NOT EXISTS (SELECT 1 FROM search_stale WHERE issue_id = OLD.issue_id);
END;

CREATE TRIGGER actor_search_update AFTER UPDATE OF name ON actor
BEGIN
    INSERT INTO search_stale (issue_id) SELECT DISTINCT p.issue_id FROM position p
    WHERE p.actor_id = NEW.id
      AND NOT EXISTS (SELECT 1 FROM search_stale s WHERE s.issue_id = p.issue_id);
END;
