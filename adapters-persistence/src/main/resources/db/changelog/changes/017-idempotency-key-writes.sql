--liquibase formatted sql

--changeset kamdesk:017-idempotency-key-writes
-- Every keyed request inserts one row here and updates it once with its answer (docs/benchmarks.md,
-- "Versions and idempotency keys"). Room left on each page keeps that update on the row's page without
-- new index entries, and the purge of expired keys, a few times a day, reads the table without an index
-- of its own rather than every request maintaining one.
drop index idempotency_key_created_at;
alter table idempotency_key set (fillfactor = 50);
