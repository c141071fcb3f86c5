-- Summit Brief schema, version 1.
-- Portable SQL (SQLite today, PostgreSQL later): no SQLite-only column types.
-- Statements end with ';' at the end of a line; a trigger ends with 'END;'.

CREATE TABLE settings (
    key   VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE actor (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    kind         VARCHAR(20) NOT NULL
                 CHECK (kind IN ('delegation', 'institution', 'member_state', 'company', 'person')),
    bloc         VARCHAR(10) NOT NULL
                 CHECK (bloc IN ('EU', 'China', 'Russia', 'US', 'Iran', 'Japan', 'Other')),
    role         TEXT NOT NULL DEFAULT '',
    biography    TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL
);

CREATE TABLE issue (
    id              INTEGER PRIMARY KEY,
    code            VARCHAR(32) NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    category        TEXT NOT NULL DEFAULT '',
    status          INTEGER NOT NULL CHECK (status BETWEEN 0 AND 7),
    priority        INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
    owner           TEXT NOT NULL DEFAULT '',
    due_date        VARCHAR(10),
    eu_objective    TEXT NOT NULL DEFAULT '',
    lines_to_take   TEXT NOT NULL DEFAULT '',
    defensive_lines TEXT NOT NULL DEFAULT '',
    background      TEXT NOT NULL DEFAULT '',
    scale_low       TEXT NOT NULL DEFAULT '',
    scale_high      TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    illustrative    INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE position (
    id           INTEGER PRIMARY KEY,
    issue_id     INTEGER NOT NULL REFERENCES issue (id) ON DELETE CASCADE,
    actor_id     INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    stance       TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL CHECK (position BETWEEN 0 AND 100),
    salience     INTEGER NOT NULL CHECK (salience BETWEEN 0 AND 100),
    clout        INTEGER NOT NULL CHECK (clout BETWEEN 0 AND 100),
    source       TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    UNIQUE (issue_id, actor_id)
);

CREATE INDEX position_actor ON position (actor_id);

-- Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE status_change (
    id          INTEGER PRIMARY KEY,
    issue_id    INTEGER NOT NULL REFERENCES issue (id),
    from_status INTEGER CHECK (from_status BETWEEN 0 AND 7),
    to_status   INTEGER NOT NULL CHECK (to_status BETWEEN 0 AND 7),
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX status_change_issue ON status_change (issue_id, id);

CREATE TRIGGER status_change_no_update BEFORE UPDATE ON status_change
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TRIGGER status_change_no_delete BEFORE DELETE ON status_change
BEGIN
    SELECT RAISE(ABORT, 'status history is append-only');
END;

CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    kind         VARCHAR(20) NOT NULL CHECK (kind IN ('meeting', 'deadline')),
    starts_on    VARCHAR(10) NOT NULL,
    ends_on      VARCHAR(10),
    place        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    observed_on  VARCHAR(10) NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    illustrative INTEGER NOT NULL DEFAULT 0
);
