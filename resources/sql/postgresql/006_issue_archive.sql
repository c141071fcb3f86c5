-- Version 6 on PostgreSQL (../006_issue_archive.sql): NULL means live.
ALTER TABLE issue ADD COLUMN archived_at VARCHAR(32);
