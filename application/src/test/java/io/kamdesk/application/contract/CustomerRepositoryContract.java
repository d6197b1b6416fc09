package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomerRepository} does, the in-memory fake as the jOOQ adapter: scope on every
 * read, the locking reads included; search with wildcard characters taken literally; ordering with
 * its tie-breaker; clashes answered as field errors.
 */
public abstract class CustomerRepositoryContract extends CrmContract {

    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    private CustomerRepository customers() {
        return store().customers();
    }

    private List<Long> ids(Viewer viewer, ListSpec<CustomerSortField> spec) {
        CollectingSink<CustomerView> sink = new CollectingSink<>();
        customers().list(new ListCustomersQuery(viewer, Optional.empty(), Optional.empty(), spec), MONTH, sink);
        return sink.items().stream().map(CustomerView::id).toList();
    }

    @Test
    void list_ownScope_isTheViewersCustomersOnly_andScopeAllIsEveryOne() {
        long jane = kam();
        long john = kam();
        Customer janes = customer(jane, "Janes");
        Customer johns = customer(john, "Johns");
        Customer nobodys = customer(null, "Nobodys");

        List<Long> seenByJane = ids(own(jane), ListSpec.everything());
        List<Long> seenByAll = ids(all(jane), search(tag));

        assertThat(seenByJane).containsExactly(janes.id());
        assertThat(seenByAll).containsExactlyInAnyOrder(janes.id(), johns.id(), nobodys.id());
    }

    @Test
    void readsOfOneCustomer_outOfScope_findNothing_includingTheLockingRead() {
        long jane = kam();
        Customer johns = customer(kam(), "Johns");
        Customer nobodys = customer(null, "Nobodys");

        assertThat(customers().findView(own(jane), johns.id(), MONTH)).isEmpty();
        assertThat(customers().findVisibleForUpdate(own(jane), johns.id())).isEmpty();
        assertThat(customers().findVisibleForUpdate(own(jane), nobodys.id())).isEmpty();
        assertThat(customers().findVisibleForUpdate(all(jane), johns.id())).map(Customer::id).contains(johns.id());
        assertThat(customers().findView(all(jane), nobodys.id(), MONTH)).map(CustomerView::id)
                .contains(nobodys.id());
    }

    @Test
    void findByEmailForUpdate_findsTheCustomerWhateverItsKam() {
        Customer johns = customer(kam(), "Johns");

        assertThat(customers().findByEmailForUpdate(johns.details().email())).map(Customer::id)
                .contains(johns.id());
    }

    @Test
    void findByEmailsForUpdate_saysWhichTheViewerMaySee() {
        long jane = kam();
        Customer janes = customer(jane, "Janes");
        Customer johns = customer(kam(), "Johns");

        Map<EmailAddress, CustomerRepository.Located> found = customers()
                .findByEmailsForUpdate(own(jane), List.of(janes.details().email(), johns.details().email()));

        assertThat(found).hasSize(2);
        assertThat(found.get(janes.details().email()).visible()).isTrue();
        assertThat(found.get(johns.details().email()).visible()).isFalse();
    }

    @Test
    void list_searchWithWildcardCharacters_takesThemLiterally() {
        long jane = kam();
        Customer percent = customer(jane, "50% Off");
        customer(jane, "500 Off");
        Customer underscore = customer(jane, "a_b");
        customer(jane, "axb");

        assertThat(ids(own(jane), search("50%"))).containsExactly(percent.id());
        assertThat(ids(own(jane), search("a_b"))).containsExactly(underscore.id());
        assertThat(ids(own(jane), search("A_B"))).as("case-insensitive").containsExactly(underscore.id());
    }

    @Test
    void list_byName_ignoresCase_bothWays() {
        long jane = kam();
        Customer bravo = customer(jane, "bravo");
        Customer alpha = customer(jane, "Alpha");
        Customer charlie = customer(jane, "Charlie");

        assertThat(ids(own(jane), ordered(SortOrder.ascending(CustomerSortField.NAME))))
                .containsExactly(alpha.id(), bravo.id(), charlie.id());
        assertThat(ids(own(jane), ordered(SortOrder.descending(CustomerSortField.NAME))))
                .containsExactly(charlie.id(), bravo.id(), alpha.id());
    }

    @Test
    void list_equalValues_fallBackToTheIdInTheDirectionAsked() {
        long jane = kam();
        CustomerDetails same = customerDetails(tag + " Same", email("same1"));
        Customer first = customer(jane, same);
        Customer second = customer(jane, new CustomerDetails(same.name(), "", EmailAddress
                .of(email("same2")), same.phone(), "", null, Money.ZERO, Money.ZERO));

        assertThat(ids(own(jane), ordered(SortOrder.ascending(CustomerSortField.NAME))))
                .containsExactly(first.id(), second.id());
        assertThat(ids(own(jane), ordered(SortOrder.descending(CustomerSortField.NAME))))
                .containsExactly(second.id(), first.id());
    }

    @Test
    void insert_emailOrLinkIdTaken_isAFieldErrorOnThatField() {
        Customer stored = customer(kam(), new CustomerDetails(tag + " Acme", "", EmailAddress
                .of(email("acme")), PhoneNumber.of("01700000000"), "", tag + "-LNK",
                Money.ZERO, Money.ZERO));
        CustomerDetails sameEmail = customerDetails(tag + " Other", stored.details().email().value());
        CustomerDetails sameLink = new CustomerDetails(tag + " Third", "", EmailAddress
                .of(email("third")), stored.details().phone(), "", tag + "-LNK", Money.ZERO, Money.ZERO);

        assertThatThrownBy(() -> customer(null, sameEmail)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("email",
                        List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
        assertThatThrownBy(() -> customer(null, sameLink)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("linkId",
                        List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
    }

    @Test
    void linkIds_inUse_areAnsweredWithTheirCustomer() {
        Customer stored = customer(kam(), new CustomerDetails(tag + " Acme", "", EmailAddress
                .of(email("acme")), PhoneNumber.of("01700000000"), "", tag + "-LNK",
                Money.ZERO, Money.ZERO));

        assertThat(customers().linkIdTaken(tag + "-LNK", null)).isTrue();
        assertThat(customers().linkIdTaken(tag + "-LNK", stored.id())).isFalse();
        assertThat(customers().linkIdTaken(tag + "-FREE", null)).isFalse();
        assertThat(customers().linkIdOwners(List.of(tag + "-LNK", tag + "-FREE")))
                .isEqualTo(Map.of(tag + "-LNK", stored.id()));
    }

    @Test
    void update_unknownCustomer_isNotFound() {
        Customer neverStored = Customer.create(customers().nextId(), "KTL", customerDetails(tag + " Ghost",
                email("ghost")), null, null, null, store().today(), store().now());

        assertThatThrownBy(() -> customers().update(neverStored)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.CUSTOMER));
    }
}
