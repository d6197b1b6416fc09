package io.kamdesk.application.activity.port.in;

import java.util.Locale;

/**
 * The closed list of what the activity log records. The database's triggers write the record
 * changes under these names; the service writes the rest (exports, throttled logins, imports from the command line).
 */
public enum ActivityAction {
    CREATE_CUSTOMER, UPDATE_CUSTOMER, DELETE_CUSTOMER,
    CREATE_BILL, UPDATE_BILL, DELETE_BILL,
    CREATE_PAYMENT, VOID_PAYMENT, DELETE_PAYMENT,
    CREATE_INVOICE, UPDATE_INVOICE, ISSUE_INVOICE, VOID_INVOICE, DELETE_INVOICE, RUN_BILLING,
    CREATE_PROSPECT, UPDATE_PROSPECT, DELETE_PROSPECT, CONVERT_PROSPECT,
    CREATE_USER, UPDATE_USER, DELETE_USER, ASSIGN_ROLE, CHANGE_PASSWORD,
    CREATE_ROLE, UPDATE_ROLE, DELETE_ROLE, UPDATE_ROLE_PERMISSIONS,
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, REVOKE_SESSION,
    IMPORT_CUSTOMERS, IMPORT_BILLS, EXPORT_CUSTOMERS, EXPORT_BILLS,
    EXPORT_ACTIVITY_LOGS, EXPORT_PAYMENTS, EXPORT_RECEIVABLES_AGING, EXPORT_CUSTOMER_STATEMENT, EXPORT_INVOICES,
    CLEAN_ACTIVITY_LOGS;

    /** The name the log and the API use: {@code create_bill}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
