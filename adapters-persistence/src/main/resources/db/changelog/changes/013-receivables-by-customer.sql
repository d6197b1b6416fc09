--liquibase formatted sql

--changeset kamdesk:013-receivables-by-customer
-- The aging adds each customer's owing bills into its buckets before anything is summed per KAM
-- (docs/dashboard.md). Ordered by customer, the owing bills meet the customers in one merge and are
-- grouped as they come, with no sort and no hash of tens of thousands of rows; both sides are read
-- from their index alone: the customer's KAM and own terms ride on an index of their own. A KAM's
-- customers reach their owing bills by customer id. The index by billing date it replaces served
-- neither.
create index bill_receivable_customer_idx on bill (customer_id) include (billing_date, total_due)
    where status = 'Active' and total_due > 0 and billing_date is not null;
create index customer_aging_idx on customer (id) include (kam_id, payment_terms_days);
drop index bill_receivable_idx;
