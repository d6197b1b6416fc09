package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProspectRepository} does: scope on every read, the locking read included;
 * wildcard characters searched literally; missing follow-up dates first going up and last going
 * down; the status history in the order it happened; an owner who is no user refused on the field.
 */
public abstract class ProspectRepositoryContract extends CrmContract {

    private ProspectRepository prospects() {
        return store().prospects();
    }

    private List<Long> ids(Viewer viewer, ListSpec<ProspectSortField> spec) {
        CollectingSink<ProspectView> sink = new CollectingSink<>();
        prospects().list(new ListProspectsQuery(viewer, Optional.empty(), Optional.empty(), spec), sink);
        return sink.items().stream().map(ProspectView::id).toList();
    }

    @Test
    void reads_ownScope_seeTheViewersProspectsOnly_andScopeAllSeesEveryOne() {
        long jane = kam();
        long john = kam();
        Prospect janes = prospect(jane, "Janes", null);
        Prospect johns = prospect(john, "Johns", null);

        assertThat(ids(own(jane), ListSpec.everything())).containsExactly(janes.id());
        assertThat(ids(all(jane), search(tag))).containsExactlyInAnyOrder(janes.id(), johns.id());
        assertThat(prospects().findView(own(jane), johns.id())).isEmpty();
        assertThat(prospects().findVisibleForUpdate(own(jane), johns.id())).isEmpty();
        assertThat(prospects().findVisibleForUpdate(all(jane), johns.id())).map(Prospect::id).contains(johns.id());
    }

    @Test
    void list_searchWithWildcardCharacters_takesThemLiterally() {
        long jane = kam();
        Prospect percent = prospect(jane, "100% Fibre", null);
        prospect(jane, "1000 Fibre", null);

        assertThat(ids(own(jane), search("100%"))).containsExactly(percent.id());
        assertThat(ids(own(jane), search("0%_"))).isEmpty();
    }

    @Test
    void list_byFollowUpDate_missingDatesFirstGoingUp_andLastGoingDown() {
        long jane = kam();
        Prospect later = prospect(jane, "Later", store().today().plusDays(9));
        Prospect none = prospect(jane, "None", null);
        Prospect sooner = prospect(jane, "Sooner", store().today().plusDays(2));

        assertThat(ids(own(jane), ordered(SortOrder.ascending(ProspectSortField.FOLLOW_UP_DATE))))
                .containsExactly(none.id(), sooner.id(), later.id());
        assertThat(ids(own(jane), ordered(SortOrder.descending(ProspectSortField.FOLLOW_UP_DATE))))
                .containsExactly(later.id(), sooner.id(), none.id());
    }

    @Test
    void history_isInTheOrderTheChangesWereRecorded() {
        long jane = kam();
        Prospect prospect = prospect(jane, "Moving", null);
        prospects().recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED,
                jane, store().now()));
        prospects().recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.CONTACTED,
                ProspectStatus.QUALIFIED, jane, store().now().plusSeconds(1)));

        List<ProspectView.StatusChangeView> history = prospects().history(prospect.id());

        assertThat(history).extracting(ProspectView.StatusChangeView::toStatus).containsExactly("contacted",
                "qualified");
    }

    @Test
    void insert_ownerWhoIsNoUser_isAFieldErrorOnTheSalesPerson() {
        long nobody = Long.MAX_VALUE;

        assertThatThrownBy(() -> prospect(nobody, "Orphan", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("salesPerson", List.of(Violation.of(Reason.NO_ACTIVE_USER, nobody)))));
    }

    @Test
    void update_unknownProspect_isNotFound() {
        Prospect stored = prospect(kam(), "Gone", null);
        prospects().delete(stored.id());

        assertThatThrownBy(() -> prospects().update(stored)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.PROSPECT));
    }
}
