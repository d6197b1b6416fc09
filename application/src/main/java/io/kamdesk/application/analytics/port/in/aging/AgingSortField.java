package io.kamdesk.application.analytics.port.in.aging;

/** The orderings of the customers' aging list; by overdue amount, largest first, by default. */
public enum AgingSortField {
    OVERDUE,
    OUTSTANDING,
    OLDEST_DUE_DATE,
    NAME
}
