package io.kamdesk.application.billing.service;

/**
 * The billing run's settings: the day of the month bills are dated on (1 to 31, clamped to the
 * month), and the schedule: the day of each month it runs by itself (0: never) as the user of id
 * {@code scheduleRunAs}.
 */
public record BillingRunSettings(int billingDay, int scheduleDay, long scheduleRunAs) {

    public BillingRunSettings {
        if (billingDay < 1 || billingDay > 31) {
            throw new IllegalArgumentException("the billing day is 1 to 31");
        }
        if (scheduleDay < 0 || scheduleDay > 31) {
            throw new IllegalArgumentException("the schedule's day is 0 (off) to 31");
        }
    }
}
