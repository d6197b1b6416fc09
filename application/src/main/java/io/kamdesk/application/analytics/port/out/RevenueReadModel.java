package io.kamdesk.application.analytics.port.out;

import io.kamdesk.application.analytics.port.in.CustomerRevenueSortField;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.RevenueFilter;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard's read model: aggregates computed by the database, never by loading bills.
 *
 * <p>One definition everywhere (SPEC §6): <b>revenue</b> is the sum of {@code total_bill} of
 * {@code Active} bills, each dated by its billing date; <b>collected</b> is the sum of
 * {@code total_received} and <b>due</b> the sum of {@code total_due} of the same bills. A bill
 * without a billing date belongs to no date and is counted nowhere. Every method applies the viewer's
 * data scope (and the filter's KAM) by the customer's KAM. Amounts come back with two decimals,
 * zero when nothing matches.
 */
public interface RevenueReadModel {

    /**
     * The version of the committed data every figure is read from: equal versions, read at two
     * moments, mean that nothing was committed between them (an opaque token, compared whole).
     */
    String dataVersion();

    /** Revenue and collected of the bills the filter selects. */
    Totals totals(RevenueFilter filter);

    /**
     * Customers in scope who joined on or before {@code end}, and those of them active at
     * {@code end} (no leaving date, or one after {@code end}).
     */
    CustomerCounts customerCounts(Viewer viewer, Optional<Long> kam, LocalDate end);

    /** Revenue per period, ascending, only periods that have revenue-bearing bills. */
    List<RevenuePoint> revenueByPeriod(RevenueFilter filter, Granularity granularity);

    /**
     * Money received: the payments (not void, adjustments included) of bills in scope whose
     * {@code paid_on} falls in the filter's range, whatever the bills' status or billing date.
     */
    BigDecimal cashCollected(RevenueFilter filter);

    /** {@link #cashCollected} per period of {@code paid_on}, ascending, only periods with payments. */
    List<RevenuePoint> collectedByPeriod(RevenueFilter filter, Granularity granularity);

    /** Every customer in scope with the revenue, due and collected of their bills the filter selects. */
    void customerRevenue(RevenueFilter filter, ListSpec<CustomerRevenueSortField> spec,
            ResultSink<CustomerRevenueRow> sink);

    /**
     * One row per KAM with customers in scope: customers counted as by {@link #customerCounts} at
     * {@code end}, revenue of all their customers' bills the filter selects; by revenue descending,
     * then username.
     */
    List<KamRevenueRow> kamRevenue(RevenueFilter filter, LocalDate end);

    record Totals(BigDecimal revenue, BigDecimal collected) {

        public Totals {
            Objects.requireNonNull(revenue, "revenue");
            Objects.requireNonNull(collected, "collected");
        }
    }

    record CustomerCounts(long total, long active) {
    }

    record CustomerRevenueRow(long customerId, String customerName, String email, String status,
            LocalDate joinDate, LocalDate leaveDate, String kam, BigDecimal revenue, BigDecimal due,
            BigDecimal collected) {
    }

    record KamRevenueRow(long kamId, String kam, long totalCustomers, long activeCustomers, BigDecimal revenue) {
    }
}
