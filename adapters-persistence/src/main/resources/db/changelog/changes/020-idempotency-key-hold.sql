--liquibase formatted sql

--changeset kamdesk:020-idempotency-key-hold splitStatements:false
-- A keyed request holds its key for its transaction and writes the key's record once, with its answer, at
-- its end (decision 0042). The hold is a transaction-scoped advisory lock on the user and key: a repeat
-- waits on it (bounded by lock_timeout, set for the wait only) and then reads the record the first request
-- committed. This function is volatile, so its read takes a snapshot after the wait. Hash collisions only
-- make two keys wait on each other; the record is read by its exact key.
create function idempotency_key_hold(held_user_id bigint, held_key text, wait text)
    returns setof idempotency_key language plpgsql volatile as $$
declare
    previous_timeout text := current_setting('lock_timeout');
begin
    perform set_config('lock_timeout', wait, true);
    perform pg_advisory_xact_lock(1768188772, hashtext(held_user_id || ':' || held_key));
    perform set_config('lock_timeout', previous_timeout, true);
    return query select * from idempotency_key where user_id = held_user_id and key = held_key;
end $$;

-- Records are written whole, once: no answer-less record is left by a running request any more, and no
-- room is kept on the pages for updates. Those left by earlier versions never got their answer.
delete from idempotency_key where completed_at is null;
alter table idempotency_key set (fillfactor = 100);
alter table idempotency_key alter column completed_at set not null, alter column status set not null;
