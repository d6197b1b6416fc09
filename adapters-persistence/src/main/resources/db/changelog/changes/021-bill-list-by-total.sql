--liquibase formatted sql

--changeset kamdesk:021-bill-list-by-total
-- A page of bills by total (either way), under filters of date and status, found in this index alone: the page's
-- ids are read in order and filtered on the included columns until the page is full, instead of every matching
-- bill being fetched and sorted (ListQueries' page before its decoration, docs/benchmarks.md).
create index bill_total_bill_idx on bill (total_bill desc nulls last, id desc) include (billing_date, status);
