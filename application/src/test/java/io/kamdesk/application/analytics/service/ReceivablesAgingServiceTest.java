package io.kamdesk.application.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import io.kamdesk.application.analytics.port.in.aging.AgingSortField;
import io.kamdesk.application.analytics.port.in.aging.CustomerAgingView;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingQuery;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingView;
import io.kamdesk.application.analytics.port.out.ReceivablesReadModel;
import io.kamdesk.application.analytics.testing.InMemoryFigureCache;
import io.kamdesk.application.fileio.testing.RecordingTabularWriter;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceivablesAgingServiceTest {

    private static final Instant DHAKA_DECEMBER_FIRST = Instant.parse("2026-11-30T18:30:00Z");
    private static final Viewer ADMIN = new Viewer(1, "root", "admin", Set.of(), DataScope.ALL);
    private static final Viewer KAM = new Viewer(7, "kam", "kam", Set.of(), DataScope.OWN);

    private final FakeReadModel readModel = new FakeReadModel();
    private final ReceivablesAgingService service = new ReceivablesAgingService(readModel,
            new BusinessCalendar(Clock.fixed(DHAKA_DECEMBER_FIRST, ZoneOffset.UTC), ZoneId.of("Asia/Dhaka")), 30,
            new RecordingTabularWriter(), (sheet, rows) -> { }, new InMemoryFigureCache());

    @Test
    void aRepeatedQuestion_isSummedOnce_untilTheDataChanges() {
        readModel.owed = "120.00";
        ReceivablesAgingView first = service.receivablesAging(today(ADMIN));
        ReceivablesAgingView again = service.receivablesAging(today(ADMIN));
        readModel.version = "after a payment";
        readModel.owed = "20.00";
        ReceivablesAgingView changed = service.receivablesAging(today(ADMIN));

        assertThat(again).isEqualTo(first);
        assertThat(first.total().amount()).isEqualByComparingTo("120.00");
        assertThat(changed.total().amount()).isEqualByComparingTo("20.00");
        assertThat(readModel.asked).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
    }

    @Test
    void anotherViewer_orAnotherDay_isSummedForItself() {
        service.receivablesAging(today(ADMIN));
        service.receivablesAging(today(KAM));
        service.receivablesAging(new ReceivablesAgingQuery(ADMIN, Optional.of(LocalDate.of(2026, 6, 30)),
                Optional.empty(), ListSpec.everything()));

        assertThat(readModel.asked).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 6, 30));
        assertThat(readModel.viewers).containsExactly(ADMIN, KAM, ADMIN);
    }

    @Test
    void aKeptAnswer_cannotBeChangedByACaller() {
        ReceivablesAgingView kept = service.receivablesAging(today(ADMIN));

        assertThatThrownBy(() -> kept.buckets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kept.byKam().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kept.byKam().getFirst().buckets().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(service.receivablesAging(today(ADMIN))).isEqualTo(kept);
    }

    private static ReceivablesAgingQuery today(Viewer viewer) {
        return new ReceivablesAgingQuery(viewer, Optional.empty(), Optional.empty(), ListSpec.everything());
    }

    /** Sums one KAM's current bills to what it is told, and remembers what it was asked. */
    private static final class FakeReadModel implements ReceivablesReadModel {

        final List<LocalDate> asked = new ArrayList<>();
        final List<Viewer> viewers = new ArrayList<>();
        String version = "before";
        String owed = "0.00";

        @Override
        public String dataVersion() {
            return version;
        }

        @Override
        public List<AgingRow> aging(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays) {
            asked.add(asOf);
            viewers.add(viewer);
            BigDecimal amount = new BigDecimal(owed);
            return List.of(new AgingRow(false, null, null, null, amount, 1),
                    new AgingRow(false, null, null, AgingBucket.CURRENT, amount, 1),
                    new AgingRow(true, 7L, "kam", null, amount, 1),
                    new AgingRow(true, 7L, "kam", AgingBucket.CURRENT, amount, 1));
        }

        @Override
        public void customers(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays,
                ListSpec<AgingSortField> spec, ResultSink<CustomerAgingView> sink) {
            throw new UnsupportedOperationException("not asked here");
        }
    }
}
