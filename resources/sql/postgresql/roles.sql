-- Run after every upgrade of a team database, by its owner: the two group roles
-- the schema defines and what each may do. An administrator grants them to
-- people (GRANT summit_editor TO alice;), see the README. Roles belong to the
-- whole server, so every summit database on it shares them. Creating them needs
-- CREATEROLE; an owner without it gets a notice, and the administrator creates
-- them (CREATE ROLE summit_reader NOLOGIN; CREATE ROLE summit_editor NOLOGIN;)
-- before the grants below take effect on the next upgrade.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'summit_reader') THEN
        CREATE ROLE summit_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'summit_editor') THEN
        CREATE ROLE summit_editor NOLOGIN;
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'summit_reader and summit_editor could not be created: %', SQLERRM;
    -- Another summit's first upgrade on the same server created them meanwhile.
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END;
$$;

DO $$
DECLARE
    schema_name TEXT := current_schema();
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'summit_reader') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO summit_reader', schema_name);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO summit_reader', schema_name);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'summit_editor') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO summit_editor', schema_name);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                       'TO summit_editor', schema_name);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO summit_editor',
                       schema_name);
        -- The history is append-only for editors too; the per-day sums follow it
        -- through the history's own triggers, which run with the owner's rights.
        -- (A database stopped below version 4 has no per-day sums yet.)
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I.status_change, %I.schema_migration '
                       'FROM summit_editor', schema_name, schema_name);
        EXECUTE format('REVOKE INSERT ON %I.schema_migration FROM summit_editor', schema_name);
        IF to_regclass('status_day') IS NOT NULL THEN
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.status_day, '
                           '%I.status_day_group FROM summit_editor', schema_name, schema_name);
        END IF;
    END IF;
END;
$$;
