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
}
