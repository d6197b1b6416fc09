package io.kamdesk.application.analytics.port.out;

import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import io.kamdesk.application.analytics.port.in.aging.AgingSortField;
import io.kamdesk.application.analytics.port.in.aging.CustomerAgingView;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is still owed on Active bills as of a day, within a viewer's scope: the bills billed on or
 * before the day, less their payments (not void) paid on or before it, due {@code termsDays} after
 * their billing date.
 */
public interface ReceivablesReadModel {

    /**
     * The version of the committed data the sums are read from: equal versions, read at two moments,
     * mean that nothing was committed between them (an opaque token, compared whole).
     */
    String dataVersion();

    /**
     * Sums per KAM and bucket, per KAM, per bucket and overall ({@code kamId} and {@code bucket} null
     * where a row sums over them); customers counted once per row.
     */
    List<AgingRow> aging(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays);

    void customers(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays, ListSpec<AgingSortField> spec,
            ResultSink<CustomerAgingView> sink);

    /**
     * One sum; {@code perKam} tells a KAM's row (whose {@code kamId} is null for customers without one)
     * from an overall one; {@code bucket} is null in a row summed over the buckets.
     */
    record AgingRow(boolean perKam, Long kamId, String kamName, AgingBucket bucket, BigDecimal amount,
            long customers) {
    }
}
