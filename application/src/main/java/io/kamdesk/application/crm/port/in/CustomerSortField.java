package io.kamdesk.application.crm.port.in;

/** The fields a customer list may be ordered by. */
public enum CustomerSortField {
    CREATED_AT,
    UPDATED_AT,
    NAME,
    COMPANY_NAME,
    CUSTOMER_NUMBER,
    MONTHLY_REVENUE,
    POTENTIAL_REVENUE,
    CALCULATED_MONTHLY_REVENUE,
    JOINED_ON,
    STATUS
}
