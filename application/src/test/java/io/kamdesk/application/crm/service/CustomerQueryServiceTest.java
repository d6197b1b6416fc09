package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.in.ListCustomersUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerQueryServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final ListCustomersUseCase service = new CustomerQueryService(fakes.customers(), fakes.calendar());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Customer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "ops@acme.example");
    private final Customer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "noc@zeta.example");
    private final Customer beta = fakes.givenCustomer(jane.userId(), "Beta Cable", "info@beta.example");

    private static ListSpec<CustomerSortField> byName() {
        return new ListSpec<>(Optional.empty(), List.of(SortOrder.ascending(CustomerSortField.NAME)),
                Optional.empty());
    }

    private CollectingSink<CustomerView> list(Viewer viewer, Optional<Long> kam, Optional<CustomerStatus> status,
            ListSpec<CustomerSortField> spec) {
        CollectingSink<CustomerView> sink = new CollectingSink<>();
        service.listCustomers(new ListCustomersQuery(viewer, kam, status, spec), sink);
        return sink;
    }

    @Test
    void getCustomer_ownCustomer_answersItWithItsKam() {
        // given: jane's customer

        CustomerView view = service.getCustomer(jane, acme.id());

        assertThat(view.id()).isEqualTo(acme.id());
        assertThat(view.name()).isEqualTo("Acme Inc");
        assertThat(view.kam()).isEqualTo(new CustomerView.Kam(jane.userId(), "jane", "jane@kamdesk.test"));
    }

    @Test
    void getCustomer_anotherKamsCustomerUnderScopeOwn_isNotFound() {
        // given: john's customer

        // when / then
        assertThatThrownBy(() -> service.getCustomer(jane, zeta.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.CUSTOMER));
    }

    @Test
    void getCustomer_managerOnAnyonesCustomer_answersIt() {
        // given: john's customer

        CustomerView view = service.getCustomer(manager, zeta.id());

        assertThat(view.kam().username()).isEqualTo("john");
    }

    @Test
    void getCustomer_unknownId_isNotFound() {
        // given: no customer 999

        // when / then
        assertThatThrownBy(() -> service.getCustomer(manager, 999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void getCustomer_justAfterMidnightOnTheFirstInDhaka_asksForTheRevenueOfTheNewMonth() {
        // given: 00:15 on 1 April in Dhaka, still March in UTC
        fakes.clock().set(Instant.parse("2025-03-31T18:15:00Z"));

        service.getCustomer(jane, acme.id());

        assertThat(fakes.customers().monthsAsked()).containsExactly(YearMonth.of(2025, 4));
    }

    @Test
    void listCustomers_salesPerson_seesOnlyTheirOwn() {
        // given: two of jane's customers and one of john's

        CollectingSink<CustomerView> sink = list(jane, Optional.empty(), Optional.empty(), byName());

        assertThat(sink.total()).isEqualTo(2);
        assertThat(sink.items()).extracting(CustomerView::name).containsExactly("Acme Inc", "Beta Cable");
    }

    @Test
    void listCustomers_salesPersonFilteringByAnotherKam_seesNothing() {
        // given: john's customer

        CollectingSink<CustomerView> sink = list(jane, Optional.of(john.userId()), Optional.empty(), byName());

        assertThat(sink.total()).isZero();
        assertThat(sink.items()).isEmpty();
    }

    @Test
    void listCustomers_managerFilteringByKam_seesThatKamsCustomers() {
        // given: customers of jane and john

        CollectingSink<CustomerView> sink = list(manager, Optional.of(john.userId()), Optional.empty(), byName());

        assertThat(sink.items()).extracting(CustomerView::id).containsExactly(zeta.id());
    }

    @Test
    void listCustomers_managerFilteringByStatus_seesOnlyThatStatus() {
        fakes.customers().update(beta.changeStatus(CustomerStatus.LOST, fakes.today(), fakes.clock().instant()));

        CollectingSink<CustomerView> sink = list(manager, Optional.empty(), Optional.of(CustomerStatus.LOST),
                byName());

        assertThat(sink.items()).extracting(CustomerView::name).containsExactly("Beta Cable");
    }

    @Test
    void listCustomers_pageOfOne_countsEveryMatchAndAnswersThePage() {
        var spec = new ListSpec<>(Optional.empty(), List.of(SortOrder.ascending(CustomerSortField.NAME)),
                Optional.of(new PageRequest(2, 1)));

        CollectingSink<CustomerView> sink = list(manager, Optional.empty(), Optional.empty(), spec);

        assertThat(sink.total()).isEqualTo(3);
        assertThat(sink.items()).extracting(CustomerView::name).containsExactly("Beta Cable");
    }

    @Test
    void listCustomers_search_matchesAnyTextFieldIgnoringCase() {
        var spec = new ListSpec<CustomerSortField>(Optional.of("ZETA.EXA"), List.of(), Optional.empty());

        CollectingSink<CustomerView> sink = list(manager, Optional.empty(), Optional.empty(), spec);

        assertThat(sink.items()).extracting(CustomerView::id).containsExactly(zeta.id());
    }

    @Test
    void listCustomers_anyList_asksForTheRevenueOfTheBusinessMonth() {
        fakes.clock().set(Instant.parse("2025-03-31T18:15:00Z"));

        list(manager, Optional.empty(), Optional.empty(), ListSpec.everything());

        assertThat(fakes.customers().monthsAsked()).containsExactly(YearMonth.of(2025, 4));
    }
}
