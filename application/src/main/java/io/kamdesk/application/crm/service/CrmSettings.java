package io.kamdesk.application.crm.service;

import java.util.Objects;

/** The prefix of generated customer numbers (default {@code KTL}). */
public record CrmSettings(String numberPrefix) {

    public CrmSettings {
        Objects.requireNonNull(numberPrefix);
        if (!numberPrefix.matches("[A-Z0-9]{1,10}")) {
            throw new IllegalArgumentException("the number prefix must be 1 to 10 upper-case letters or digits");
        }
    }
}
