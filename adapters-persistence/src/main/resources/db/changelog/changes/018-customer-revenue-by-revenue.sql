--liquibase formatted sql

--changeset kamdesk:018-customer-revenue-by-revenue
-- The customer-wise revenue page by revenue, highest first, reads its cut-off from this index instead of
-- ordering every customer's figures (JooqRevenueReadModel, docs/benchmarks.md).
create index revenue_customer_by_revenue on revenue_customer (revenue desc, customer_id);
