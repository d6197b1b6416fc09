--liquibase formatted sql

--changeset kamdesk:024-list-pages-by-index
-- A page ordered by a column, newest first, is "column desc nulls last, id desc" (ListQueries): the index that
-- reads it backwards is (column nulls first, id). These three were in another order, so the payments' default
-- page and the invoices' and billing runs' by month sorted every row (payments: 4 s at a million).
drop index payment_paid_on_idx;
create index payment_paid_on_idx on payment (paid_on nulls first, id);
drop index invoice_month_idx;
create index invoice_month_idx on invoice (month nulls first, id);
drop index billing_run_month;
create index billing_run_month on billing_run (month nulls first, id);
