--liquibase formatted sql

--changeset kamdesk:023-changelog-fingerprint
-- The fingerprint of the changelog the schema was last migrated with (SerialMigrations): a start that
-- finds its own changelog's fingerprint here has nothing to migrate and goes without Liquibase.
create table changelog_fingerprint (
    changelog text primary key,
    fingerprint text not null,
    recorded_at timestamptz not null default now()
);
