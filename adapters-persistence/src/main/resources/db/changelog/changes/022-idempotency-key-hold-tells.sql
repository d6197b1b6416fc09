--liquibase formatted sql

--changeset kamdesk:022-idempotency-key-hold-tells splitStatements:false
-- A keyed request's first statement is the hold of its key: it now also sets the request's activity
-- context (the kamdesk.* session settings the activity log's triggers read) that the connection would
-- otherwise send in a round trip of its own just before (ActivityContextDataSource). Without settings it
-- holds as before.
drop function idempotency_key_hold(bigint, text, text);

create function idempotency_key_hold(held_user_id bigint, held_key text, wait text,
        setting_names text[] default '{}', setting_values text[] default '{}')
    returns setof idempotency_key language plpgsql volatile as $$
declare
    previous_timeout text;
begin
    perform set_config(setting.name, setting.value, false)
        from unnest(setting_names, setting_values) as setting(name, value);
    previous_timeout := current_setting('lock_timeout');
    perform set_config('lock_timeout', wait, true);
    perform pg_advisory_xact_lock(1768188772, hashtext(held_user_id || ':' || held_key));
    perform set_config('lock_timeout', previous_timeout, true);
    return query select * from idempotency_key where user_id = held_user_id and key = held_key;
end $$;
