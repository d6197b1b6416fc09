--liquibase formatted sql

--changeset kamdesk:016-record-versions splitStatements:false
-- Every writable record carries a version that each write of its row moves on by one
-- (docs/api-guide.md#versions-etag-and-if-match). Answers send it as the ETag; a write sent with
-- If-Match hands the database the record, id and version the client read (session settings
-- kamdesk.if_match_*), and the row's first write in the transaction is refused with SQLSTATE KD412
-- when the version has moved on since: checked under the row's lock, so no concurrent write can slip
-- between the check and the write, whichever instance made it.
alter table app_user add column version bigint not null default 1;
alter table role add column version bigint not null default 1;
alter table prospect add column version bigint not null default 1;
alter table customer add column version bigint not null default 1;
alter table bill add column version bigint not null default 1;
alter table payment add column version bigint not null default 1;
alter table invoice add column version bigint not null default 1;
alter table import_job add column version bigint not null default 1;
alter table billing_run add column version bigint not null default 1;

create function row_version() returns trigger language plpgsql as $$
begin
    if current_setting('kamdesk.if_match_record', true) = TG_ARGV[0]
            and current_setting('kamdesk.if_match_id', true) = old.id::text then
        if old.version::text <> current_setting('kamdesk.if_match_version', true) then
            raise exception 'the % % is at version %, not %', TG_ARGV[0], old.id, old.version,
                current_setting('kamdesk.if_match_version', true) using errcode = 'KD412';
        end if;
        -- the precondition held for this transaction: the row's later writes in it are the request's own
        perform set_config('kamdesk.if_match_record', '', true);
    end if;
    if TG_OP = 'UPDATE' then
        new.version := old.version + 1;
        return new;
    end if;
    return old;
end
$$;

create trigger app_user_version before update or delete on app_user for each row execute function row_version('user');
create trigger role_version before update or delete on role for each row execute function row_version('role');
create trigger prospect_version before update or delete on prospect
    for each row execute function row_version('prospect');
create trigger customer_version before update or delete on customer
    for each row execute function row_version('customer');
create trigger bill_version before update or delete on bill for each row execute function row_version('bill');
create trigger payment_version before update or delete on payment for each row execute function row_version('payment');
create trigger invoice_version before update or delete on invoice for each row execute function row_version('invoice');
create trigger import_job_version before update or delete on import_job
    for each row execute function row_version('import_job');
create trigger billing_run_version before update or delete on billing_run
    for each row execute function row_version('billing_run');

--changeset kamdesk:016-versions-out-of-sight splitStatements:false
-- The version is bookkeeping, not content: the activity log does not show it among a record's fields
-- or changes, and the guard of invoiced bills does not count it as a change. The columns the log never
-- shows are now listed in one function, so that the next one is added there alone.
create function activity_hidden_columns(extra text) returns text[] language sql immutable as $$
    select array['created_at', 'updated_at', 'version'] || string_to_array(coalesce(extra, ''), ',')
$$;

create or replace function activity_rows() returns trigger language plpgsql as $$
declare
    resource text := TG_ARGV[0];
    hidden text[] := activity_hidden_columns(TG_ARGV[1]);
    a activity_actor := activity_actor();
begin
    if TG_OP = 'INSERT' and a.request ? 'import_job_id' then
        insert into activity_log (user_id, username, action, resource, resource_id, details, ip_address,
                                  user_agent, request_id)
        select a.user_id, a.username, 'create_' || resource, resource, n.id, a.request, a.ip_address,
               a.user_agent, a.request_id
        from new_rows n;
    elsif TG_OP = 'INSERT' then
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

create or replace function activity_row_changes() returns trigger language plpgsql as $$
declare
    resource text := TG_ARGV[0];
    hidden text[] := activity_hidden_columns(TG_ARGV[1]);
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
                 when resource = 'payment' and before ->> 'voided_at' is null
                      and after ->> 'voided_at' is not null then 'void_payment'
                 when resource = 'invoice' and before ->> 'status' = 'draft'
                      and after ->> 'status' = 'issued' then 'issue_invoice'
                 when resource = 'invoice' and before ->> 'voided_at' is null
                      and after ->> 'voided_at' is not null then 'void_invoice'
                 else 'update_' || resource end,
            resource, (after ->> 'id')::bigint, jsonb_build_object('changes', changes) || a.request, a.ip_address,
            a.user_agent, a.request_id);
    return null;
end
$$;

create or replace function bill_invoiced_guard() returns trigger language plpgsql as $$
declare
    issued text;
begin
    select i.invoice_number into issued from invoice_bill ib join invoice i on i.id = ib.invoice_id
    where ib.bill_id = old.id and i.status = 'issued' limit 1;
    if issued is not null and (TG_OP = 'DELETE'
            or (to_jsonb(new) - array['total_received', 'total_due', 'updated_at', 'version'])
               <> (to_jsonb(old) - array['total_received', 'total_due', 'updated_at', 'version'])) then
        raise exception 'bill % is on issued invoice %', old.id, issued
            using errcode = 'check_violation', constraint = 'bill_invoiced_check';
    end if;
    return case when TG_OP = 'DELETE' then old else new end;
end
$$;
