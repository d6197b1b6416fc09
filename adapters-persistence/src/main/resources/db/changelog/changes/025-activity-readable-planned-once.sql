--liquibase formatted sql

--changeset kamdesk:025-activity-readable-planned-once splitStatements:false
-- The same wording of details as 010's, in PL/pgSQL: a SQL function that cannot be inlined (this one
-- aggregates) has its query planned again in every statement that calls it, a PL/pgSQL function once
-- per connection. A page of 25 activity entries spent 0.7-1.0 ms in it, 0.5 ms now (docs/benchmarks.md).
create or replace function activity_readable(details jsonb) returns jsonb language plpgsql immutable as $$
begin
    return (
        select coalesce(jsonb_object_agg(d.key, case
                   when d.key = 'record' and jsonb_typeof(d.value) = 'object' then
                       coalesce((select jsonb_object_agg(f.key, activity_value(f.value))
                                 from jsonb_each(d.value) f), '{}')
                   when d.key = 'changes' and jsonb_typeof(d.value) = 'object' then
                       coalesce((select jsonb_object_agg(f.key, case when jsonb_typeof(f.value) = 'array' then
                                     (select jsonb_agg(activity_value(x) order by i)
                                      from jsonb_array_elements(f.value) with ordinality as e(x, i))
                                     else f.value end)
                                 from jsonb_each(d.value) f), '{}')
                   else d.value end), '{}')
        from jsonb_each(details) d);
end
$$;
