-- Version 6: an issue can be archived. It leaves the table, the packs and the
-- charts but keeps its row and its append-only history; NULL means live.
ALTER TABLE issue ADD COLUMN archived_at VARCHAR(32);
