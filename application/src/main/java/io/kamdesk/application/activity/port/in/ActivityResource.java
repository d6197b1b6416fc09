package io.kamdesk.application.activity.port.in;

import java.util.Locale;

/** What an entry of the activity log is about. */
public enum ActivityResource {
    CUSTOMER, BILL, PAYMENT, INVOICE, BILLING_RUN, PROSPECT, USER, ROLE, SESSION, IMPORT_JOB, ACTIVITY_LOG;

    /** The name the log and the API use: {@code import_job}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
