--liquibase formatted sql

--changeset kamdesk:006-bill-revenue-indexes
-- The dashboard's reads of bills (docs/dashboard.md). Only Active bills with a billing date count as
-- revenue, so both indexes hold only those and carry the three amounts: every dashboard sum over bills
-- is an index-only scan, whatever the share of Inactive or undated bills.
-- By date: revenue per customer over a range for all customers (customer-wise revenue and KAM
-- performance with from/to), and every sum of all customers' bills were the rollup below not there.
create index bill_revenue_date_idx on bill (billing_date) include (customer_id, total_bill, total_received, total_due)
    where status = 'Active' and billing_date is not null;
-- By customer, then date: one KAM's customers (a sales_person, or an admin's kam filter), reached
-- through customer_kam_idx, and one customer's revenue over a range.
create index bill_revenue_customer_idx on bill (customer_id, billing_date) include (total_bill, total_received, total_due)
    where status = 'Active' and billing_date is not null;

--changeset kamdesk:006-revenue-rollup splitStatements:false
-- A rollup of the revenue-bearing bills (Active, with a billing date), kept exact by the database's
-- own write path: a trigger on bill appends each change of a bill's contribution to revenue_change
-- (never updating a shared row, so concurrent writers never wait for or deadlock on each other), and
-- a single compactor (advisory lock) moves changes into the consolidated tables revenue_day (all
-- customers per billing date: any range of days, weeks, months or years of all customers is a sum of
-- at most 366 rows a year) and revenue_customer (per customer, all time). A figure is always
-- consolidated + pending changes, read in one statement, so it is exact whether or not the
-- compactor has run. See docs/decisions/0027-dashboard-revenue-rollup.md.
create table revenue_change (
    id          bigint generated always as identity primary key,
    customer_id bigint not null,
    day         date not null,
    revenue     numeric(17,2) not null,
    collected   numeric(17,2) not null,
    due         numeric(17,2) not null
);
create index revenue_change_day_idx on revenue_change (day);
create index revenue_change_customer_idx on revenue_change (customer_id);

create table revenue_day (
    day       date primary key,
    revenue   numeric(20,2) not null,
    collected numeric(20,2) not null,
    due       numeric(20,2) not null
);

-- no foreign key: a customer can only be deleted without bills, and then its row here is zero
create table revenue_customer (
    customer_id bigint primary key,
    revenue     numeric(20,2) not null,
    collected   numeric(20,2) not null,
    due         numeric(20,2) not null
);

create function bill_revenue_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'Active' and old.billing_date is not null then
        if tg_op = 'UPDATE' and new.status = old.status and new.billing_date is not distinct from old.billing_date
                and new.customer_id = old.customer_id and new.total_bill = old.total_bill
                and new.total_received = old.total_received and new.total_due = old.total_due then
            return null;
        end if;
        insert into revenue_change (customer_id, day, revenue, collected, due)
        values (old.customer_id, old.billing_date, -old.total_bill, -old.total_received, -old.total_due);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'Active' and new.billing_date is not null then
        insert into revenue_change (customer_id, day, revenue, collected, due)
        values (new.customer_id, new.billing_date, new.total_bill, new.total_received, new.total_due);
    end if;
    return null;
end
$$;

create trigger bill_revenue_change after insert or update or delete on bill
    for each row execute function bill_revenue_change();

-- the bills that exist when the rollup is created
insert into revenue_day (day, revenue, collected, due)
select billing_date, sum(total_bill), sum(total_received), sum(total_due)
from bill where status = 'Active' and billing_date is not null
group by billing_date;

insert into revenue_customer (customer_id, revenue, collected, due)
select customer_id, sum(total_bill), sum(total_received), sum(total_due)
from bill where status = 'Active' and billing_date is not null
group by customer_id;
