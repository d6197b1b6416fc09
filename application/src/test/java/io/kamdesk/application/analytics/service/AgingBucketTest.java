package io.kamdesk.application.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import org.junit.jupiter.api.Test;

/** The aging buckets' boundaries: days past the due date, both ends of each bucket included. */
class AgingBucketTest {

    @Test
    void notYetDueOrDueToday_isCurrent() {
        assertThat(AgingBucket.of(-5)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.CURRENT);
    }

    @Test
    void eachBucket_holdsItsBothEnds() {
        assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(60)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(61)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.OVER_90);
    }
}
