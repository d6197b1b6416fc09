package io.kamdesk.application.crm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryCustomerRepositoryTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private final CrmFakes fakes = new CrmFakes();
    private final InMemoryCustomerRepository customers = fakes.customers();
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer manager = fakes.givenManager("maria");

    private Customer given(String name, String email, String monthly) {
        Customer customer = fakes.givenCustomer(jane.userId(), new CustomerDetails(name, "", EmailAddress.of(email),
                PhoneNumber.of("01700000000"), "", null, Money.of(monthly), null));
        fakes.clock().advance(Duration.ofMinutes(1));
        return customer;
    }

    private List<String> names(ListSpec<CustomerSortField> spec) {
        CollectingSink<CustomerView> sink = new CollectingSink<>();
        customers.list(new ListCustomersQuery(manager, Optional.empty(), Optional.empty(), spec), MARCH, sink);
        return sink.items().stream().map(CustomerView::name).toList();
    }

    private static ListSpec<CustomerSortField> ordered(SortOrder<CustomerSortField> order) {
        return new ListSpec<>(Optional.empty(), List.of(order), Optional.empty());
    }

    @Test
    void list_noOrdering_isById() {
        given("Alpha", "a@example.com", "1");
        given("Beta", "b@example.com", "2");
        given("Gamma", "c@example.com", "3");

        List<String> names = names(ListSpec.everything());

        assertThat(names).containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void list_descendingRevenueWithTies_breaksTiesByIdDescending() {
        given("Alpha", "a@example.com", "5");
        given("Beta", "b@example.com", "9");
        given("Gamma", "c@example.com", "5");

        List<String> names = names(ordered(SortOrder.descending(CustomerSortField.MONTHLY_REVENUE)));

        assertThat(names).containsExactly("Beta", "Gamma", "Alpha");
    }

    @Test
    void list_byName_ignoresCase() {
        given("beta", "b@example.com", "1");
        given("Alpha", "a@example.com", "1");
        given("Gamma", "c@example.com", "1");

        List<String> names = names(ordered(SortOrder.ascending(CustomerSortField.NAME)));

        assertThat(names).containsExactly("Alpha", "beta", "Gamma");
    }

    @Test
    void list_searchWithLikeWildcards_matchesThemLiterally() {
        given("100% Fiber", "a@example.com", "1");
        given("1000 Fiber", "b@example.com", "1");

        List<String> names = names(new ListSpec<>(Optional.of("0%"), List.of(), Optional.empty()));

        assertThat(names).containsExactly("100% Fiber");
    }

    @Test
    void list_pagePastTheEnd_countsAllAndAnswersNoItems() {
        given("Alpha", "a@example.com", "1");
        CollectingSink<CustomerView> sink = new CollectingSink<>();

        customers.list(new ListCustomersQuery(manager, Optional.empty(), Optional.empty(),
                new ListSpec<>(Optional.empty(), List.of(), Optional.of(new PageRequest(3, 25)))), MARCH, sink);

        assertThat(sink.total()).isOne();
        assertThat(sink.items()).isEmpty();
    }

    @Test
    void insert_secondCustomerWithTheSameEmail_isRefusedLikeTheUniqueIndex() {
        given("Alpha", "a@example.com", "1");
        Customer duplicate = Customer.create(customers.nextId(), "KTL", new CustomerDetails("Other", null,
                EmailAddress.of("A@EXAMPLE.COM"), PhoneNumber.of("01700000000"), null, null, null, null), null, null,
                null, fakes.today(), fakes.clock().instant());

        // when / then
        assertThatThrownBy(() -> customers.insert(duplicate)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void delete_customerWithBills_isRefusedLikeTheForeignKey() {
        Customer alpha = given("Alpha", "a@example.com", "1");
        customers.givenBills(alpha.id());

        // when / then
        assertThatThrownBy(() -> customers.delete(alpha.id())).isInstanceOf(ConflictException.class);
        assertThat(customers.find(alpha.id())).isPresent();
    }

    @Test
    void nextId_rolledBackTransaction_isNotHandedOutAgain() {
        long before = customers.nextId();

        try {
            fakes.transactions().run(() -> {
                customers.nextId();
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the rollback is what this test is about
        }

        assertThat(customers.nextId()).isEqualTo(before + 2);
    }

    @Test
    void findView_unassignedCustomerUnderScopeOwn_isNotFound() {
        Customer orphan = fakes.givenCustomer(null, "Orphan", "o@example.com");

        Optional<CustomerView> view = customers.findView(jane, orphan.id(), MARCH);

        assertThat(view).isEmpty();
        assertThat(customers.findView(manager, orphan.id(), MARCH)).isPresent();
    }
}
