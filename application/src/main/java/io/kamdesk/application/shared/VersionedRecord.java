package io.kamdesk.application.shared;

/**
 * The records whose every write moves a version on: what an {@code ETag} tells and an
 * {@code If-Match} holds a write to. The code names the record to the database's version triggers.
 */
public enum VersionedRecord {
    USER("user"),
    ROLE("role"),
    PROSPECT("prospect"),
    CUSTOMER("customer"),
    BILL("bill"),
    PAYMENT("payment"),
    INVOICE("invoice"),
    IMPORT_JOB("import_job"),
    BILLING_RUN("billing_run");

    private final String code;

    VersionedRecord(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
