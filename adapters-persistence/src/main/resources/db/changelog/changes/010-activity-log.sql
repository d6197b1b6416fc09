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
-- append-only, so created_at follows the physical order: a BRIN index serves date ranges at almost
-- no cost per entry; lists are ordered by id
create index activity_log_created_at on activity_log using brin (created_at);
create index activity_log_record on activity_log (resource, resource_id, id desc);
create index activity_log_user on activity_log (user_id, id desc);

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
-- Who acts and from where, set on the connection by the service (kamdesk.*); empty outside a request
-- and a job. Read once per statement by the triggers below.
create type activity_actor as (user_id bigint, username text, ip_address text, user_agent text, request_id text,
                               request jsonb);

create function activity_actor() returns activity_actor language sql stable as $$
    select nullif(current_setting('kamdesk.actor_id', true), '')::bigint,
           coalesce(current_setting('kamdesk.actor_name', true), ''),
           coalesce(current_setting('kamdesk.client_address', true), ''),
           coalesce(current_setting('kamdesk.user_agent', true), ''),
           coalesce(current_setting('kamdesk.request_id', true), ''),
           jsonb_strip_nulls(jsonb_build_object('method', nullif(current_setting('kamdesk.method', true), ''),
                                                'path', nullif(current_setting('kamdesk.path', true), '')))
$$;

-- A value as the API writes it: decimals (money, quantities) as strings, the rest as they are.
create function activity_value(value jsonb) returns jsonb language sql immutable as $$
    select case when jsonb_typeof(value) = 'number' and position('.' in value::text) > 0
                then to_jsonb(value #>> '{}') else value end
$$;

-- Details as the API shows them: the values of record and changes through activity_value.
create function activity_readable(details jsonb) returns jsonb language sql immutable as $$
    select coalesce(jsonb_object_agg(d.key, case
               when d.key = 'record' and jsonb_typeof(d.value) = 'object' then
                   coalesce((select jsonb_object_agg(f.key, activity_value(f.value)) from jsonb_each(d.value) f),
                            '{}')
               when d.key = 'changes' and jsonb_typeof(d.value) = 'object' then
                   coalesce((select jsonb_object_agg(f.key, case when jsonb_typeof(f.value) = 'array' then
                                 (select jsonb_agg(activity_value(x) order by i)
                                  from jsonb_array_elements(f.value) with ordinality as e(x, i))
                                 else f.value end)
                             from jsonb_each(d.value) f), '{}')
               else d.value end), '{}')
    from jsonb_each(details) d
$$;

-- An event of the acting user that changes no table (an export, a refused login, a cleaning).
create function activity_record(action text, resource text, resource_id bigint, details jsonb)
returns void language sql as $$
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select a.user_id, a.username, action, resource, resource_id, details || a.request, a.ip_address,
           a.user_agent, a.request_id
    from activity_actor() a
$$;

-- Rows created and deleted, one INSERT per statement (one COPY of an import fires it once):
-- create_ and delete_ plus the resource (TG_ARGV[0]) with {"record": the row}; TG_ARGV[1] lists
-- fields never shown. Values are stored as to_jsonb gives them; activity_readable words them as the
-- API does when they are read.
create function activity_rows() returns trigger language plpgsql as $$
declare
    resource text := TG_ARGV[0];
    hidden text[] := array['created_at', 'updated_at'] || string_to_array(coalesce(TG_ARGV[1], ''), ',');
    a activity_actor := activity_actor();
begin
    if TG_OP = 'INSERT' then
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select a.user_id, a.username, 'create_' || resource, resource, n.id,
               jsonb_build_object('record', to_jsonb(n) - hidden) || a.request, a.ip_address, a.user_agent,
               a.request_id
        from new_rows n;
    else
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select a.user_id, a.username, 'delete_' || resource, resource, o.id,
               jsonb_build_object('record', to_jsonb(o) - hidden) || a.request, a.ip_address, a.user_agent,
               a.request_id
        from old_rows o;
    end if;
    return null;
end
$$;

-- A row changed: update_ plus the resource with {"changes": {field: [before, after]}}, nothing when
-- no shown field changed; a prospect given its customer is converted. Row by row: an update
-- statement of the service changes one row, and this spares it the transition tables.
create function activity_row_changes() returns trigger language plpgsql as $$
declare
    resource text := TG_ARGV[0];
    hidden text[] := array['created_at', 'updated_at'] || string_to_array(coalesce(TG_ARGV[1], ''), ',');
    before jsonb := to_jsonb(OLD);
    after jsonb := to_jsonb(NEW);
    changes jsonb;
    a activity_actor;
begin
    select jsonb_object_agg(k, jsonb_build_array(before -> k, after -> k)) into changes
    from jsonb_object_keys(after) k
    where not k = any(hidden) and (before -> k) is distinct from (after -> k);
    if changes is null then
        return null;
    end if;
    a := activity_actor();
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    values (a.user_id, a.username,
            case when resource = 'prospect' and before ->> 'customer_id' is null
                      and after ->> 'customer_id' is not null then 'convert_prospect'
                 else 'update_' || resource end,
            resource, (after ->> 'id')::bigint, jsonb_build_object('changes', changes) || a.request, a.ip_address,
            a.user_agent, a.request_id);
    return null;
end
$$;

-- Users: a new password is told without any trace of it, a role change as assign_role.
create function activity_users() returns trigger language plpgsql as $$
declare
    hidden text[] := array['created_at', 'updated_at', 'password_hash', 'role_id'];
    a activity_actor := activity_actor();
begin
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select a.user_id, a.username, 'change_password', 'user', n.id, a.request, a.ip_address, a.user_agent,
           a.request_id
    from old_rows o join new_rows n on n.id = o.id
    where n.password_hash is distinct from o.password_hash;
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select a.user_id, a.username, 'assign_role', 'user', n.id,
           jsonb_build_object('changes', jsonb_build_object('role', jsonb_build_array(
               (select name from role where id = o.role_id), (select name from role where id = n.role_id))))
               || a.request,
           a.ip_address, a.user_agent, a.request_id
    from old_rows o join new_rows n on n.id = o.id
    where n.role_id is distinct from o.role_id;
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select a.user_id, a.username, 'update_user', 'user', (n.j ->> 'id')::bigint,
           jsonb_build_object('changes', c.changes) || a.request, a.ip_address, a.user_agent, a.request_id
    from (select to_jsonb(r) as j from old_rows r) o
    join (select to_jsonb(r) as j from new_rows r) n on (n.j -> 'id') = (o.j -> 'id')
    cross join lateral (select jsonb_object_agg(k, jsonb_build_array(o.j -> k, n.j -> k)) as changes
                        from jsonb_object_keys(n.j) k
                        where not k = any(hidden) and (o.j -> k) is distinct from (n.j -> k)) c
    where c.changes is not null;
    return null;
end
$$;

-- A role's permissions, added and removed, per role and statement.
create function activity_role_permissions() returns trigger language plpgsql as $$
declare
    a activity_actor := activity_actor();
begin
    if TG_OP = 'INSERT' then
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select a.user_id, a.username, 'update_role_permissions', 'role', rp.role_id,
               jsonb_build_object('added', jsonb_agg(p.code order by p.code)) || a.request, a.ip_address,
               a.user_agent, a.request_id
        from new_rows rp join permission p on p.id = rp.permission_id
        group by rp.role_id;
    else
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select a.user_id, a.username, 'update_role_permissions', 'role', rp.role_id,
               jsonb_build_object('removed', jsonb_agg(p.code order by p.code)) || a.request, a.ip_address,
               a.user_agent, a.request_id
        from old_rows rp join permission p on p.id = rp.permission_id
        where exists (select 1 from role where id = rp.role_id)
        group by rp.role_id;
    end if;
    return null;
end
$$;

-- Logins open a session; logouts and revocations end one.
create function activity_sessions() returns trigger language plpgsql as $$
declare
    a activity_actor := activity_actor();
begin
    if TG_OP = 'INSERT' then
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select n.user_id, coalesce((select username from app_user where id = n.user_id), ''), 'login', 'session',
               null, jsonb_build_object('session_id', n.id) || a.request, n.client_address, n.user_agent,
               a.request_id
        from new_rows n;
    else
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select coalesce(a.user_id, n.user_id), a.username,
               case when n.revoked_reason = 'logout' then 'logout' else 'revoke_session' end, 'session', null,
               jsonb_build_object('session_id', n.id, 'session_user_id', n.user_id, 'reason', n.revoked_reason)
                   || a.request,
               a.ip_address, a.user_agent, a.request_id
        from old_rows o join new_rows n on n.id = o.id
        where o.revoked_at is null and n.revoked_at is not null;
    end if;
    return null;
end
$$;

create function activity_login_failures() returns trigger language plpgsql as $$
declare
    a activity_actor := activity_actor();
begin
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select null, n.account_key, 'login_failed', 'session', null,
           jsonb_build_object('account', n.account_key) || a.request, n.client_address, a.user_agent, a.request_id
    from new_rows n;
    return null;
end
$$;

-- One entry per finished import, with its counts; its records have theirs from their own tables.
create function activity_imports() returns trigger language plpgsql as $$
declare
    a activity_actor := activity_actor();
begin
    insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address, user_agent,
                              request_id)
    select n.started_by, n.started_by_name, 'import_' || n.kind, 'import_job', n.id,
           jsonb_build_object('file_name', n.file_name, 'mode', case when n.atomic then 'atomic' else 'default' end,
                              'dry_run', n.dry_run, 'status', n.status, 'in_background', n.in_background,
                              'processed', n.processed, 'customers_created', n.customers_created,
                              'customers_updated', n.customers_updated, 'bills_created', n.bills_created,
                              'bills_updated', n.bills_updated, 'failed', n.rows_failed) || a.request,
           a.ip_address, a.user_agent, a.request_id
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
create trigger customer_activity_update after update on customer
    for each row execute function activity_row_changes('customer');
create trigger customer_activity_delete after delete on customer referencing old table as old_rows
    for each statement execute function activity_rows('customer');

create trigger bill_activity_insert after insert on bill referencing new table as new_rows
    for each statement execute function activity_rows('bill');
create trigger bill_activity_update after update on bill
    for each row execute function activity_row_changes('bill');
create trigger bill_activity_delete after delete on bill referencing old table as old_rows
    for each statement execute function activity_rows('bill');

create trigger prospect_activity_insert after insert on prospect referencing new table as new_rows
    for each statement execute function activity_rows('prospect');
create trigger prospect_activity_update after update on prospect
    for each row execute function activity_row_changes('prospect');
create trigger prospect_activity_delete after delete on prospect referencing old table as old_rows
    for each statement execute function activity_rows('prospect');

create trigger role_activity_insert after insert on role referencing new table as new_rows
    for each statement execute function activity_rows('role');
create trigger role_activity_update after update on role
    for each row execute function activity_row_changes('role');
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
