package io.kamdesk.architecture_fixtures.domain.billing;

import io.kamdesk.architecture_fixtures.domain.analytics.Revenue;

/** Bad (rule 6): analytics is a leaf, billing may not use it. */
public record BillUsingRevenue(Revenue revenue) {
}
