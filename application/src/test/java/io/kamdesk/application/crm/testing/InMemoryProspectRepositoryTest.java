package io.kamdesk.application.crm.testing;

import io.kamdesk.application.shared.testing.CollectingSink;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryProspectRepositoryTest {

    private final CrmFakes fakes = new CrmFakes();
    private final InMemoryProspectRepository prospects = fakes.prospects();
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer manager = fakes.givenManager("maria");

    private Prospect given(String name, LocalDate followUp) {
        Prospect prospect = fakes.givenProspect(jane.userId(), new ProspectDetails(name, null, null, null, null, null,
                null, null, followUp, null), ProspectStatus.NEW);
        fakes.clock().advance(Duration.ofMinutes(1));
        return prospect;
    }

    private List<String> names(SortOrder<ProspectSortField> order) {
        CollectingSink<ProspectView> sink = new CollectingSink<>();
        prospects.list(new ListProspectsQuery(manager, Optional.empty(), Optional.empty(),
                new ListSpec<>(Optional.empty(), List.of(order), Optional.empty())), sink);
        return sink.items().stream().map(ProspectView::name).toList();
    }

    @Test
    void list_ascendingFollowUp_putsProspectsWithoutOneFirst() {
        given("Later", fakes.today().plusDays(9));
        given("None", null);
        given("Sooner", fakes.today().plusDays(1));

        List<String> names = names(SortOrder.ascending(ProspectSortField.FOLLOW_UP_DATE));

        assertThat(names).containsExactly("None", "Sooner", "Later");
    }

    @Test
    void list_descendingFollowUp_putsProspectsWithoutOneLast() {
        given("Later", fakes.today().plusDays(9));
        given("None", null);
        given("Sooner", fakes.today().plusDays(1));

        List<String> names = names(SortOrder.descending(ProspectSortField.FOLLOW_UP_DATE));

        assertThat(names).containsExactly("Later", "Sooner", "None");
    }

    @Test
    void delete_prospectWithHistory_dropsTheHistoryToo() {
        Prospect prospect = given("Rahim", null);
        prospects.recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.NEW, ProspectStatus.LOST,
                jane.userId(), fakes.clock().instant()));

        prospects.delete(prospect.id());

        assertThat(prospects.history(prospect.id())).isEmpty();
    }

    @Test
    void history_changeByAnUnknownUser_hasNoUsername() {
        Prospect prospect = given("Rahim", null);
        prospects.recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.NEW, ProspectStatus.LOST, 999L,
                fakes.clock().instant()));

        List<ProspectView.StatusChangeView> history = prospects.history(prospect.id());

        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo(999L);
            assertThat(change.changedByUsername()).isNull();
        });
    }

    @Test
    void recordStatusChange_rolledBackTransaction_isForgotten() {
        Prospect prospect = given("Rahim", null);

        try {
            fakes.transactions().run(() -> {
                prospects.recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.NEW,
                        ProspectStatus.LOST, jane.userId(), fakes.clock().instant()));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what this test is about
        }

        assertThat(prospects.statusChanges(prospect.id())).isEmpty();
    }
}
