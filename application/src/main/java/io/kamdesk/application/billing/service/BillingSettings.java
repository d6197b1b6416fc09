package io.kamdesk.application.billing.service;

import java.util.Objects;

/** The prefix of bill numbers (default {@code KTL}, giving {@code KTL-BL-...}). */
public record BillingSettings(String numberPrefix) {

    public BillingSettings {
        Objects.requireNonNull(numberPrefix);
        if (!numberPrefix.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException("the number prefix must be 1 to 10 upper-case letters or digits");
        }
    }
}
