package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ListProspectsUseCase;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView.StatusChangeView;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProspectQueryServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final ListProspectsUseCase service = new ProspectQueryService(fakes.prospects());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Prospect rahim = fakes.givenProspect(jane.userId(), new ProspectDetails("Rahim Traders", null, null,
            null, null, null, null, "Referral", null, null), ProspectStatus.NEW);
    private final Prospect karim = fakes.givenProspect(john.userId(), new ProspectDetails("Karim Net", null, null,
            null, null, null, null, "referral", null, null), ProspectStatus.CONTACTED);
    private final Prospect alam = fakes.givenProspect(jane.userId(), new ProspectDetails("Alam Cable", null, null,
            null, null, null, null, "fair", null, null), ProspectStatus.CONTACTED);

    private static ListSpec<ProspectSortField> byName() {
        return new ListSpec<>(Optional.empty(), List.of(SortOrder.ascending(ProspectSortField.NAME)),
                Optional.empty());
    }

    private CollectingSink<ProspectView> list(Viewer viewer, Optional<ProspectStatus> status, Optional<String> source) {
        CollectingSink<ProspectView> sink = new CollectingSink<>();
        service.listProspects(new ListProspectsQuery(viewer, status, source, byName()), sink);
        return sink;
    }

    @Test
    void getProspect_ownProspect_answersItWithItsHistory() {
        Instant at = fakes.clock().instant();
        fakes.prospects().recordStatusChange(rahim.id(),
                new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED, manager.userId(), at));

        ProspectView view = service.getProspect(jane, rahim.id());

        assertThat(view.name()).isEqualTo("Rahim Traders");
        assertThat(view.statusHistory()).containsExactly(
                new StatusChangeView("new", "contacted", manager.userId(), "maria", at));
    }

    @Test
    void getProspect_anotherKamsProspectUnderScopeOwn_isNotFound() {
        // given: john's prospect

        // when / then
        assertThatThrownBy(() -> service.getProspect(jane, karim.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.PROSPECT));
    }

    @Test
    void getProspect_managerOnAnyonesProspect_answersIt() {
        // given: john's prospect

        ProspectView view = service.getProspect(manager, karim.id());

        assertThat(view.salesPersonId()).isEqualTo(john.userId());
    }

    @Test
    void listProspects_salesPerson_seesOnlyTheirOwn() {
        // given: two of jane's prospects and one of john's

        CollectingSink<ProspectView> sink = list(jane, Optional.empty(), Optional.empty());

        assertThat(sink.total()).isEqualTo(2);
        assertThat(sink.items()).extracting(ProspectView::name).containsExactly("Alam Cable", "Rahim Traders");
    }

    @Test
    void listProspects_manager_seesEveryone() {
        // given: prospects of jane and john

        CollectingSink<ProspectView> sink = list(manager, Optional.empty(), Optional.empty());

        assertThat(sink.items()).extracting(ProspectView::name)
                .containsExactly("Alam Cable", "Karim Net", "Rahim Traders");
    }

    @Test
    void listProspects_filteredByStatus_answersOnlyThatStatus() {
        // given: two contacted prospects, one of them john's

        CollectingSink<ProspectView> sink = list(manager, Optional.of(ProspectStatus.CONTACTED), Optional.empty());

        assertThat(sink.items()).extracting(ProspectView::id).containsExactly(alam.id(), karim.id());
    }

    @Test
    void listProspects_filteredBySourceInAnotherCase_matchesExactlyIgnoringCase() {
        // given: sources "Referral", "referral" and "fair"

        CollectingSink<ProspectView> sink = list(manager, Optional.empty(), Optional.of("REFERRAL"));

        assertThat(sink.items()).extracting(ProspectView::id).containsExactly(karim.id(), rahim.id());
    }

    @Test
    void listProspects_anyList_carriesNoHistory() {
        fakes.prospects().recordStatusChange(rahim.id(), new StatusChange(ProspectStatus.NEW,
                ProspectStatus.CONTACTED, jane.userId(), fakes.clock().instant()));

        CollectingSink<ProspectView> sink = list(jane, Optional.empty(), Optional.empty());

        assertThat(sink.items()).allSatisfy(view -> assertThat(view.statusHistory()).isEmpty());
    }
}
