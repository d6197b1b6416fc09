-- Fills a KAM Desk database (schema applied by the service's Liquibase, otherwise empty but for the
-- seed and the first super_admin) with the dashboard benchmark's data set:
--   100 KAMs (role sales_person, password copied from the first super_admin),
--   20,000 customers (2% without a KAM, 15% that have left, joined over five years),
--   1,000,000 bills from 2022-01-01 to 2026-12-31 (about one per customer per month, 4% Inactive,
--   0.5% without a billing date).
-- Deterministic (setseed), so two runs build the same data. Takes a few minutes on 2 cores.
-- Usage: psql -d kamdesk_dash -v ON_ERROR_STOP=1 -f bench/dashboard-data.sql
select setseed(0.42);

insert into app_user (email, username, password_hash, role_id, is_active)
select 'kam' || n || '@bench.test', 'kam_' || n,
       (select password_hash from app_user order by id limit 1),
       (select id from role where name = 'sales_person'), true
from generate_series(1, 100) n;

insert into customer (customer_number, name, company_name, email, phone, kam_id, status, joined_on, left_on,
                      created_at, updated_at)
select 'KTL-BENCH-' || n, 'Customer ' || n, 'Company ' || n, 'customer' || n || '@bench.test', '+880 1711-000000',
       case when random() < 0.02 then null
            else (select id from app_user where username = 'kam_' || (1 + (n % 100))) end,
       case when left_on is null then 'Active' else 'Lost' end,
       joined_on, left_on, now(), now()
from (
    select n, joined_on,
           case when random() < 0.15 then joined_on + (1 + floor(random() * 900))::int end as left_on
    from (select n, date '2022-01-01' + floor(random() * 1700)::int as joined_on
          from generate_series(1, 20000) n) c
) s;

-- bill amounts: one IIG line, quantity 1 at a price of 1,000.00 to 50,999.99, all or a part of it received;
-- the totals follow the bill table's checks, and what was received is one payment per bill (the
-- ledger must agree with the bills when the statement commits, so both are written by one statement)
with bills as (
insert into bill (bill_number, customer_id, billing_date, iig_qt, iig_qt_price, total_received, total_bill,
                  total_due, status, created_at, updated_at)
select 'KTL-BL-BENCH-' || n, customer_id, billing_date, 1, price, received, price, price - received,
       status, now(), now()
from (
    select n, customer_id, billing_date, price,
           -- collections as they go: bills billed after today are not paid yet; those older than three
           -- months are 95 % paid in full; of the others 30 % are, the rest in part
           round(price * (case when billing_date > current_date then 0
                               when billing_date < current_date - 90 and random() < 0.95 then 1
                               when random() < 0.3 then 1 else random() end)::numeric, 2) as received,
           case when random() < 0.04 then 'Inactive' else 'Active' end as status
    from (
        select n,
               (select min(id) from customer) + ((n::bigint * 7919) % 20000) as customer_id,
               case when random() < 0.005 then null
                    else date '2022-01-01' + floor(random() * 1826)::int end as billing_date,
               round((1000 + random() * 50000)::numeric, 2) as price
        from generate_series(1, 1000000) n
    ) b
) x
returning id, billing_date, total_received
)
insert into payment (bill_id, amount, paid_on, method, reference, recorded_at)
select id, total_received,
       -- paid within 40 days of the billing date, never after today (the API refuses a future day)
       least(coalesce(billing_date, date '2022-01-01') + floor(random() * 40)::int, current_date),
       (array['bank_transfer', 'cash', 'cheque', 'bkash', 'nagad'])[1 + floor(random() * 5)::int], 'BENCH', now()
from bills
where total_received > 0;

vacuum analyze app_user;
vacuum analyze customer;
vacuum analyze bill;
vacuum analyze payment;
