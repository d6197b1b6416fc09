package io.kamdesk.architecture_fixtures.bootstrap.analytics;

import io.kamdesk.architecture_fixtures.domain.analytics.Revenue;

/** Allowed: analytics is a leaf, but bootstrap may use it. */
public class AnalyticsWiring {

    public Revenue nothingYet() {
        return null;
    }
}
