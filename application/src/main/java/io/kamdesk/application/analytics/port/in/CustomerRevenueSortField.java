package io.kamdesk.application.analytics.port.in;

/** Orderings of customer-wise revenue; by default total revenue descending, then name. */
public enum CustomerRevenueSortField {
    TOTAL_REVENUE,
    TOTAL_DUE,
    CUSTOMER_NAME,
    JOIN_DATE
}
