-- Version 5 on PostgreSQL (../005_history_and_codes.sql). PostgreSQL has no
-- INSERT OR REPLACE, and an UPSERT's update fires status_change_no_update, so the
-- history needs no further trigger here: a taken id fails on the primary key.

-- RE-01 and re-01 are one issue: lookups by code compare lower(code).
CREATE UNIQUE INDEX issue_code_nocase ON issue (lower(code));
