package io.kamdesk.application.shared.sheet;

/**
 * Who downloaded what: an export of one of the areas' own sheets, told once it is written (the
 * service enters it in the activity log with the request's filters).
 */
public interface ExportLog {

    void exported(ExportedSheet sheet, long rows);

    /** The downloads told through this port (customers, bills and the log itself tell their own). */
    enum ExportedSheet {
        PAYMENTS,
        RECEIVABLES_AGING,
        CUSTOMER_STATEMENT,
        INVOICES
    }
}
