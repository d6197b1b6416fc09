package io.kamdesk.application.analytics.port.in.aging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The receivables as of a day: every bucket (all present, zero when empty) with its amount and
 * customers, overall and per KAM. A customer owing in two buckets counts in both, once in the total.
 */
public record ReceivablesAgingView(LocalDate asOf, int paymentTermsDays, AgingFigures total,
        Map<AgingBucket, AgingFigures> buckets, List<KamAging> byKam) {

    /** One KAM's share ({@code kamId} null for customers without a KAM). */
    public record KamAging(Long kamId, String kamName, AgingFigures total, Map<AgingBucket, AgingFigures> buckets) {
    }
}
