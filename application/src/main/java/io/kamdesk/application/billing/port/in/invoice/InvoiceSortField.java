package io.kamdesk.application.billing.port.in.invoice;

/** The fields an invoice list may be ordered by. */
public enum InvoiceSortField {
    ID,
    INVOICE_NUMBER,
    MONTH,
    ISSUE_DATE,
    DUE_DATE,
    TOTAL,
    CREATED_AT
}
