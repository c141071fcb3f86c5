-- PostgreSQL: the same statements as ../002_issue_indexes.sql.
-- Version 2: indexes behind every sortable and filterable column of the issue
-- table, so the first screen and a sort stay fast on 100,000 issues.

CREATE INDEX issue_title ON issue (title, id);

CREATE INDEX issue_category ON issue (category, id);

CREATE INDEX issue_status ON issue (status, id);

CREATE INDEX issue_priority ON issue (priority, id);

CREATE INDEX issue_owner ON issue (owner, id);

CREATE INDEX issue_due_date ON issue (due_date, id);
