package io.kamdesk.application.demodata.service;

import java.util.Objects;

/** The number prefixes generated customers and bills get: the ones the service gives real ones. */
public record DemoDataSettings(String customerNumberPrefix, String billNumberPrefix) {

    public DemoDataSettings {
        Objects.requireNonNull(customerNumberPrefix, "customerNumberPrefix");
        Objects.requireNonNull(billNumberPrefix, "billNumberPrefix");
    }
}
