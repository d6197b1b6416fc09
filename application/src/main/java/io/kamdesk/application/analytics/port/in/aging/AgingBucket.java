package io.kamdesk.application.analytics.port.in.aging;

/**
 * How long an unpaid amount is past its due date (the billing date plus the payment terms), as of a
 * day: not yet due, 1–30 days, 31–60, 61–90, over 90.
 */
public enum AgingBucket {
    CURRENT("current"),
    DAYS_1_30("1_30"),
    DAYS_31_60("31_60"),
    DAYS_61_90("61_90"),
    OVER_90("over_90");

    private final String code;

    AgingBucket(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bucket of an amount {@code daysPastDue} days past its due date (zero or less: not yet due). */
    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
    }
}
