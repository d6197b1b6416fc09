--liquibase formatted sql

--changeset kamdesk:019-customer-membership
-- The dashboard counts customers who joined by a day and those still active on it, per KAM or for all
-- (KPIs, KAM performance): read from this index alone instead of every customer's row, about a fifth of
-- the time on 20,000 customers (docs/benchmarks.md).
create index customer_membership on customer (kam_id, joined_on, left_on) include (id);
