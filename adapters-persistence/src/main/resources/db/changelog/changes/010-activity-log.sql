--liquibase formatted sql

--changeset kamdesk:010-activity-log
-- Who changed what, when, from what to what. Written by the triggers below in the transaction of the
-- change itself (no change without its entry, no entry without its change), and by the service for
-- what changes no table (exports, throttled logins). Append-only: see activity_log_append_only.
-- No foreign keys: the history of a record outlives the record, its user and their role.
create table activity_log (
    id          bigint generated always as identity primary key,
    user_id     bigint,
    username    text not null default '',
    action      text not null,
    resource    text not null,
    resource_id bigint,
    details     jsonb not null default '{}',
    ip_address  text not null default '',
    user_agent  text not null default '',
    request_id  text not null default '',
    created_at  timestamptz not null default now()
);
create index activity_log_created_at on activity_log (created_at desc, id desc);
create index activity_log_record on activity_log (resource, resource_id, id desc);
create index activity_log_user on activity_log (user_id, created_at desc);
create index activity_log_action on activity_log (action, created_at desc);

--changeset kamdesk:010-activity-permissions
insert into permission (code, description) values
    ('logs:read', 'Read the activity log'),
    ('logs:delete', 'Remove old activity log entries');
insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'logs:read' where r.name = 'admin';
insert into menu_item (parent_id, slug, title, path, icon, sort_order, permission_code)
select id, 'activity-logs', 'Activity Logs', '/admin/activity-logs', 'history', 3, 'logs:read'
from menu_item where slug = 'admin';

--changeset kamdesk:010-activity-functions splitStatements:false
-- The acting user and request, set on the connection by the service (kamdesk.actor_*); empty
-- outside a request and a job.
create function activity_setting(name text) returns text language sql stable as $$
    select coalesce(current_setting('kamdesk.' || name, true), '')
$$;

-- A value as the API writes it: decimals (money, quantities) as strings, the rest as they are.
create function activity_value(value jsonb) returns jsonb language sql immutable as $$
    select case when jsonb_typeof(value) = 'number' and position('.' in value::text) > 0
                then to_jsonb(value #>> '{}') else value end
$$;

-- {field: [before, after]} for every field that differs, leaving out the hidden ones.
create function activity_changes(before jsonb, after jsonb, hidden text[]) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(key, jsonb_build_array(activity_value(before -> key),
                                                            activity_value(after -> key)) order by key), '{}')
    from jsonb_object_keys(coalesce(before, '{}') || coalesce(after, '{}')) as key
    where not key = any(hidden)
      and coalesce(before -> key, 'null') is distinct from coalesce(after -> key, 'null')
$$;

-- The request's method and path, with the given details.
create function activity_details(extra jsonb) returns jsonb language sql stable as $$
    select extra || jsonb_strip_nulls(jsonb_build_object('method', nullif(activity_setting('method'), ''),
                                                         'path', nullif(activity_setting('path'), '')))
$$;

create function activity_record(action text, resource text, resource_id bigint, details jsonb,
                                user_id bigint default null, username text default null,
                                ip_address text default null, user_agent text default null)
returns void language sql as $$
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    values (coalesce(user_id, nullif(activity_setting('actor_id'), '')::bigint),
            coalesce(username, activity_setting('actor_name')), action, resource, resource_id,
            activity_details(details), coalesce(ip_address, activity_setting('client_address')),
            coalesce(user_agent, activity_setting('user_agent')), activity_setting('request_id'))
$$;

-- Row changes of a table, statement by statement (one COPY of an import fires it once): create_,
-- update_ and delete_ plus the resource (TG_ARGV[0]); TG_ARGV[1] lists fields never shown.
create function activity_rows() returns trigger language plpgsql as $$
declare
    resource text := TG_ARGV[0];
    hidden text[] := array['created_at', 'updated_at'] || string_to_array(coalesce(TG_ARGV[1], ''), ',');
begin
    if TG_OP = 'INSERT' then
        perform activity_record('create_' || resource, resource, (to_jsonb(n) ->> 'id')::bigint,
                                jsonb_build_object('changes', activity_changes(null, to_jsonb(n), hidden)))
        from new_rows n;
    elsif TG_OP = 'UPDATE' then
        perform activity_record(
                    case when resource = 'prospect' and o.row ->> 'customer_id' is null
                              and n.row ->> 'customer_id' is not null then 'convert_prospect'
                         else 'update_' || resource end,
                    resource, (n.row ->> 'id')::bigint,
                    jsonb_build_object('changes', activity_changes(o.row, n.row, hidden)))
        from (select to_jsonb(r) as row from old_rows r) o
        join (select to_jsonb(r) as row from new_rows r) n on (n.row -> 'id') = (o.row -> 'id')
        where activity_changes(o.row, n.row, hidden) <> '{}';
    else
        perform activity_record('delete_' || resource, resource, (to_jsonb(o) ->> 'id')::bigint,
                                jsonb_build_object('changes', activity_changes(to_jsonb(o), null, hidden)))
        from old_rows o;
    end if;
    return null;
end
$$;

-- Users: a new password is told without any trace of it, a role change as assign_role.
create function activity_users() returns trigger language plpgsql as $$
declare
    hidden text[] := array['created_at', 'updated_at', 'password_hash', 'role_id'];
begin
    perform activity_record('change_password', 'user', n.id, '{}')
    from old_rows o join new_rows n on n.id = o.id
    where n.password_hash is distinct from o.password_hash;
    perform activity_record('assign_role', 'user', n.id, jsonb_build_object('changes', jsonb_build_object('role',
                jsonb_build_array((select name from role where id = o.role_id),
                                  (select name from role where id = n.role_id)))))
    from old_rows o join new_rows n on n.id = o.id
    where n.role_id is distinct from o.role_id;
    perform activity_record('update_user', 'user', n.id,
                            jsonb_build_object('changes', activity_changes(to_jsonb(o), to_jsonb(n), hidden)))
    from old_rows o join new_rows n on n.id = o.id
    where activity_changes(to_jsonb(o), to_jsonb(n), hidden) <> '{}';
    return null;
end
$$;

-- A role's permissions, added and removed, per role and statement.
create function activity_role_permissions() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform activity_record('update_role_permissions', 'role', rp.role_id,
                                jsonb_build_object('added', jsonb_agg(p.code order by p.code)))
        from new_rows rp join permission p on p.id = rp.permission_id
        where exists (select 1 from role where id = rp.role_id)
        group by rp.role_id;
    else
        perform activity_record('update_role_permissions', 'role', rp.role_id,
                                jsonb_build_object('removed', jsonb_agg(p.code order by p.code)))
        from old_rows rp join permission p on p.id = rp.permission_id
        where exists (select 1 from role where id = rp.role_id)
        group by rp.role_id;
    end if;
    return null;
end
$$;

-- Logins open a session; logouts and revocations end one.
create function activity_sessions() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform activity_record('login', 'session', null, jsonb_build_object('session_id', n.id), n.user_id,
                                (select username from app_user where id = n.user_id), n.client_address, n.user_agent)
        from new_rows n;
    else
        perform activity_record(case when n.revoked_reason = 'logout' then 'logout' else 'revoke_session' end,
                                'session', null,
                                jsonb_build_object('session_id', n.id, 'session_user_id', n.user_id,
                                                   'reason', n.revoked_reason))
        from old_rows o join new_rows n on n.id = o.id
        where o.revoked_at is null and n.revoked_at is not null;
    end if;
    return null;
end
$$;

create function activity_login_failures() returns trigger language plpgsql as $$
begin
    perform activity_record('login_failed', 'session', null, jsonb_build_object('account', n.account_key), null,
                            n.account_key, n.client_address, null)
    from new_rows n;
    return null;
end
$$;

-- One entry per finished import, with its counts; its records have theirs from their own tables.
create function activity_imports() returns trigger language plpgsql as $$
begin
    perform activity_record('import_' || n.kind, 'import_job', n.id,
                            jsonb_build_object('file_name', n.file_name, 'mode', case when n.atomic then 'atomic'
                                               else 'default' end, 'dry_run', n.dry_run, 'status', n.status,
                                               'in_background', n.in_background, 'processed', n.processed,
                                               'customers_created', n.customers_created,
                                               'customers_updated', n.customers_updated,
                                               'bills_created', n.bills_created, 'bills_updated', n.bills_updated,
                                               'failed', n.rows_failed),
                            n.started_by, n.started_by_name)
    from old_rows o join new_rows n on n.id = o.id
    where o.finished_at is null and n.finished_at is not null;
    return null;
end
$$;

-- Entries are never changed; old ones are removed only through activity_log_clean.
create function activity_log_append_only() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE' and current_setting('kamdesk.activity_log_clean', true) = 'on' then
        return null;
    end if;
    raise exception 'activity_log is append-only: % refused', TG_OP using errcode = 'insufficient_privilege';
end
$$;

-- Removes the entries older than days_to_keep days and records that it did; answers how many went.
create function activity_log_clean(days_to_keep int) returns bigint language plpgsql as $$
declare
    removed bigint;
begin
    perform set_config('kamdesk.activity_log_clean', 'on', true);
    delete from activity_log where created_at < now() - make_interval(days => days_to_keep);
    get diagnostics removed = row_count;
    perform set_config('kamdesk.activity_log_clean', 'off', true);
    perform activity_record('clean_activity_logs', 'activity_log', null,
                            jsonb_build_object('days_to_keep', days_to_keep, 'deleted', removed));
    return removed;
end
$$;

--changeset kamdesk:010-activity-triggers splitStatements:false
create trigger activity_log_append_only before update or delete on activity_log
    for each row execute function activity_log_append_only();
create trigger activity_log_no_truncate before truncate on activity_log
    for each statement execute function activity_log_append_only();

create trigger customer_activity_insert after insert on customer referencing new table as new_rows
    for each statement execute function activity_rows('customer');
create trigger customer_activity_update after update on customer referencing old table as old_rows new table as new_rows
    for each statement execute function activity_rows('customer');
create trigger customer_activity_delete after delete on customer referencing old table as old_rows
    for each statement execute function activity_rows('customer');

create trigger bill_activity_insert after insert on bill referencing new table as new_rows
    for each statement execute function activity_rows('bill');
create trigger bill_activity_update after update on bill referencing old table as old_rows new table as new_rows
    for each statement execute function activity_rows('bill');
create trigger bill_activity_delete after delete on bill referencing old table as old_rows
    for each statement execute function activity_rows('bill');

create trigger prospect_activity_insert after insert on prospect referencing new table as new_rows
    for each statement execute function activity_rows('prospect');
create trigger prospect_activity_update after update on prospect referencing old table as old_rows new table as new_rows
    for each statement execute function activity_rows('prospect');
create trigger prospect_activity_delete after delete on prospect referencing old table as old_rows
    for each statement execute function activity_rows('prospect');

create trigger role_activity_insert after insert on role referencing new table as new_rows
    for each statement execute function activity_rows('role');
create trigger role_activity_update after update on role referencing old table as old_rows new table as new_rows
    for each statement execute function activity_rows('role');
create trigger role_activity_delete after delete on role referencing old table as old_rows
    for each statement execute function activity_rows('role');

create trigger role_permission_activity_insert after insert on role_permission referencing new table as new_rows
    for each statement execute function activity_role_permissions();
create trigger role_permission_activity_delete after delete on role_permission referencing old table as old_rows
    for each statement execute function activity_role_permissions();

create trigger app_user_activity_insert after insert on app_user referencing new table as new_rows
    for each statement execute function activity_rows('user', 'password_hash');
create trigger app_user_activity_update after update on app_user referencing old table as old_rows new table as new_rows
    for each statement execute function activity_users();
create trigger app_user_activity_delete after delete on app_user referencing old table as old_rows
    for each statement execute function activity_rows('user', 'password_hash');

create trigger auth_session_activity_insert after insert on auth_session referencing new table as new_rows
    for each statement execute function activity_sessions();
create trigger auth_session_activity_update after update on auth_session referencing old table as old_rows new table as new_rows
    for each statement execute function activity_sessions();

create trigger login_failure_activity_insert after insert on login_failure referencing new table as new_rows
    for each statement execute function activity_login_failures();

create trigger import_job_activity_update after update on import_job referencing old table as old_rows new table as new_rows
    for each statement execute function activity_imports();
