package io.kamdesk.application.analytics.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GranularityTest {

    @Test
    void week_startsOnMonday_andIsoWeekOneOf2026StartsIn2025() {
        assertThat(Granularity.WEEK.start(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(Granularity.WEEK.start(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Granularity.WEEK.end(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void monthAndYear_runFromTheFirstToTheLastDay_leapYearsIncluded() {
        assertThat(Granularity.MONTH.start(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Granularity.MONTH.end(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Granularity.YEAR.end(LocalDate.of(2024, 7, 9))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Granularity.MONTH.plus(LocalDate.of(2026, 12, 1), -11)).isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
