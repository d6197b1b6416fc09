package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.all;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.own;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The customer repository: writes, scoped reads, the list with its filters, and the constraints. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CustomerRepositoryIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final YearMonth MONTH = YearMonth.from(TODAY);

    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void nextId_calledTwice_answersConsecutiveIds() {
        long first = customers.nextId();

        long second = customers.nextId();

        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void insert_everyField_isRestoredByFindVisibleForUpdate() {
        User kam = newUser(users, "kam");
        Customer customer = Customer.create(customers.nextId(), "KTL",
                new CustomerDetails("Acme Inc", "Acme Holdings", EmailAddress.of("billing" + CrmFixtures.next()
                        + "@acme.example.com"), PhoneNumber.of("+880 1711-000001"), "Road 1, Dhaka",
                        "LINK-" + CrmFixtures.next(), Money.of("5000.00"), Money.of("7500.5")),
                kam.id(), CustomerStatus.ACTIVE, TODAY.minusDays(30), TODAY, NOW);

        customers.insert(customer);

        Optional<Customer> stored = transactions.inTransaction(
                () -> customers.findVisibleForUpdate(all(kam), customer.id()));
        assertThat(stored).get().usingRecursiveComparison().isEqualTo(customer);
        assertThat(stored.get().customerNumber()).isEqualTo("KTL-ACMEINCX-" + customer.id());
    }

    @Test
    void insert_unassignedAndNotActive_keepsTheEmptyFieldsEmpty() {
        User someone = newUser(users, "someone");
        Customer customer = Customer.create(customers.nextId(), "KTL",
                new CustomerDetails("Quiet Ltd", null, EmailAddress.of("quiet" + CrmFixtures.next() + "@example.com"),
                        PhoneNumber.of("01711000002"), null, null, null, null),
                null, CustomerStatus.INACTIVE, null, TODAY, NOW);

        customers.insert(customer);

        Customer stored = transactions.inTransaction(
                () -> customers.findVisibleForUpdate(all(someone), customer.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(customer);
        assertThat(stored.kamId()).isEmpty();
        assertThat(stored.details().linkId()).isNull();
        assertThat(stored.details().companyName()).isEmpty();
        assertThat(stored.details().monthlyRevenue()).isEqualTo(Money.ZERO);
        assertThat(stored.leftOn()).contains(TODAY);
    }

    @Test
    void update_everyChangeableField_isStored() {
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Customer customer = newCustomer("Before", kam, null);
        Instant later = NOW.plusSeconds(60);
        Customer changed = customer
                .revise(new CustomerDetails("After", "After Group", EmailAddress.of("after" + CrmFixtures.next()
                        + "@example.com"), PhoneNumber.of("+880 2 9000000"), "New address", "L-" + CrmFixtures.next(),
                        Money.of("10.10"), Money.of("20.20")), later)
                .assignKam(otherKam.id(), later)
                .changeStatus(CustomerStatus.LOST, TODAY, later)
                .rejoinDate(TODAY.minusYears(1), later);

        customers.update(changed);

        Customer stored = transactions.inTransaction(
                () -> customers.findVisibleForUpdate(all(kam), customer.id())).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(changed);
        assertThat(stored.customerNumber()).isEqualTo(customer.customerNumber());
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.updatedAt()).isEqualTo(later);
    }

    @Test
    void update_unknownCustomer_isNotFound() {
        Customer ghost = Customer.create(customers.nextId(), "KTL", details("Ghost", null), null, null, null, TODAY,
                NOW);

        assertThatThrownBy(() -> customers.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_customer_isGone() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Doomed", kam, null);

        customers.delete(customer.id());

        assertThat(customers.findView(all(kam), customer.id(), MONTH)).isEmpty();
    }

    @Test
    void findByEmailForUpdate_customerOfAnotherKam_isFoundWhateverTheCase() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Mailed", kam, null);
        EmailAddress shouted = EmailAddress.of(customer.details().email().value().toUpperCase());

        Optional<Customer> found = transactions.inTransaction(() -> customers.findByEmailForUpdate(shouted));

        assertThat(found).map(Customer::id).contains(customer.id());
        assertThat(customers.findByEmailForUpdate(EmailAddress.of("nobody-" + CrmFixtures.next() + "@example.com")))
                .isEmpty();
    }

    @Test
    void linkIdTaken_linkOfAnotherCustomer_isTakenUnlessItIsTheCustomersOwn() {
        User kam = newUser(users, "kam");
        String link = "NTTN-" + CrmFixtures.next();
        Customer holder = newCustomer("Linked", kam, link);
        Customer other = newCustomer("Unlinked", kam, null);

        boolean forNewCustomer = customers.linkIdTaken(link, null);
        boolean forOtherCustomer = customers.linkIdTaken(link, other.id());
        boolean forHolder = customers.linkIdTaken(link, holder.id());
        boolean unusedLink = customers.linkIdTaken("NTTN-unused-" + CrmFixtures.next(), null);

        assertThat(forNewCustomer).isTrue();
        assertThat(forOtherCustomer).isTrue();
        assertThat(forHolder).isFalse();
        assertThat(unusedLink).isFalse();
    }

    @Test
    void hasBills_customerWithoutBills_isFalse() {
        Customer customer = newCustomer("Unbilled", null, null);

        boolean billed = customers.hasBills(customer.id());

        assertThat(billed).isFalse();
    }

    @Test
    void insert_emailTaken_isInvalidInputOnEmail() {
        Customer existing = newCustomer("First", null, null);
        Customer clash = Customer.create(customers.nextId(), "KTL", new CustomerDetails("Second", "",
                EmailAddress.of(existing.details().email().value().toUpperCase()), PhoneNumber.of("01711000003"), "",
                null, null, null), null, null, null, TODAY, NOW);

        assertThatThrownBy(() -> customers.insert(clash))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("email", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
    }

    @Test
    void insert_linkIdTaken_isInvalidInputOnLinkId() {
        String link = "NTTN-" + CrmFixtures.next();
        newCustomer("First", null, link);

        assertThatThrownBy(() -> newCustomer("Second", null, link))
                .isInstanceOfSatisfying(InvalidInputException.class, failure -> assertThat(failure.fieldErrors())
                        .isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
    }

    @Test
    void update_linkIdOfAnotherCustomer_isInvalidInputAndChangesNothing() {
        String link = "NTTN-" + CrmFixtures.next();
        newCustomer("Holder", null, link);
        Customer second = newCustomer("Taker", null, null);
        CustomerDetails taking = new CustomerDetails("Renamed", "", second.details().email(),
                second.details().phone(), "", link, null, null);

        assertThatThrownBy(() -> transactions.run(() -> customers.update(second.revise(taking, NOW.plusSeconds(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("linkId"));

        assertThat(customers.findView(all(newUser(users, "admin")), second.id(), MONTH)).get()
                .extracting(CustomerView::name, CustomerView::linkId).containsExactly("Taker", null);
    }

    @Test
    void insert_kamThatDoesNotExist_isInvalidInputOnAssignedSalesPerson() {
        Customer orphan = Customer.create(customers.nextId(), "KTL", details("Orphan", null), 999_999_999L, null,
                null, TODAY, NOW);

        assertThatThrownBy(() -> customers.insert(orphan))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("assignedSalesPerson"));
    }

    @Test
    void findView_assignedCustomer_carriesTheKamAndTheMonthsRevenue() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Viewed", kam, "V-" + CrmFixtures.next());

        CustomerView view = customers.findView(own(kam), customer.id(), MONTH).orElseThrow();

        CustomerDetails details = customer.details();
        assertThat(view).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new CustomerView(customer.id(), customer.customerNumber(), "Viewed", "Viewed Group",
                        details.email().value(), details.phone().value(), "Dhaka", details.linkId(),
                        Money.of("1000.00"), Money.of("2000.00"), BigDecimal.ZERO, "Active", TODAY, null,
                        new CustomerView.Kam(kam.id(), kam.username().value(), kam.email().value()), NOW, NOW));
    }

    @Test
    void findView_unassignedCustomer_hasNoKam() {
        Customer customer = newCustomer("Unassigned", null, null);

        CustomerView view = customers.findView(all(newUser(users, "admin")), customer.id(), MONTH).orElseThrow();

        assertThat(view.kam()).isNull();
    }

    @Test
    void findView_scopeOwn_seesOnlyTheKamsOwnCustomers() {
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Customer mine = newCustomer("Mine", kam, null);
        Customer theirs = newCustomer("Theirs", otherKam, null);
        Customer nobodys = newCustomer("Nobodys", null, null);

        Optional<CustomerView> ownMine = customers.findView(own(kam), mine.id(), MONTH);
        Optional<CustomerView> ownTheirs = customers.findView(own(kam), theirs.id(), MONTH);
        Optional<CustomerView> ownNobodys = customers.findView(own(kam), nobodys.id(), MONTH);
        Optional<CustomerView> allTheirs = customers.findView(all(kam), theirs.id(), MONTH);
        Optional<CustomerView> allNobodys = customers.findView(all(kam), nobodys.id(), MONTH);

        assertThat(ownMine).isPresent();
        assertThat(ownTheirs).isEmpty();
        assertThat(ownNobodys).isEmpty();
        assertThat(allTheirs).isPresent();
        assertThat(allNobodys).isPresent();
    }

    @Test
    void findVisibleForUpdate_scopeOwn_findsOnlyTheKamsOwnCustomers() {
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Customer mine = newCustomer("Mine", kam, null);
        Customer theirs = newCustomer("Theirs", otherKam, null);

        List<Optional<Customer>> found = transactions.inTransaction(() -> List.of(
                customers.findVisibleForUpdate(own(kam), mine.id()),
                customers.findVisibleForUpdate(own(kam), theirs.id()),
                customers.findVisibleForUpdate(all(kam), theirs.id())));

        assertThat(found.get(0)).map(Customer::id).contains(mine.id());
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).map(Customer::id).contains(theirs.id());
    }

    @Test
    void list_scopeOwnOrAll_listsTheKamsOwnOrEveryCustomer() {
        String marker = CrmFixtures.marker("Scoped");
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Customer mine = newCustomer(marker + " mine", kam, null);
        Customer theirs = newCustomer(marker + " theirs", otherKam, null);
        Customer nobodys = newCustomer(marker + " nobodys", null, null);

        CollectingSink<CustomerView> ownList = list(own(kam), Optional.empty(), Optional.empty(), marker, List.of(),
                null);
        CollectingSink<CustomerView> allList = list(all(kam), Optional.empty(), Optional.empty(), marker, List.of(),
                null);

        assertThat(ownList.total()).isEqualTo(1);
        assertThat(ownList.items()).extracting(CustomerView::id).containsExactly(mine.id());
        assertThat(allList.total()).isEqualTo(3);
        assertThat(allList.items()).extracting(CustomerView::id)
                .containsExactly(mine.id(), theirs.id(), nobodys.id());
    }

    @Test
    void list_kamAndStatusFilters_answerTheMatchingCustomers() {
        String marker = CrmFixtures.marker("Filtered");
        User kam = newUser(users, "kam");
        User otherKam = newUser(users, "kam");
        Customer activeOfKam = newCustomer(marker + " a", kam, null);
        Customer lostOfKam = newCustomer(marker + " b", kam, null);
        customers.update(lostOfKam.changeStatus(CustomerStatus.LOST, TODAY, NOW));
        Customer activeOfOther = newCustomer(marker + " c", otherKam, null);
        Viewer admin = all(newUser(users, "admin"));

        CollectingSink<CustomerView> ofKam = list(admin, Optional.of(kam.id()), Optional.empty(), marker, List.of(),
                null);
        CollectingSink<CustomerView> active = list(admin, Optional.empty(), Optional.of(CustomerStatus.ACTIVE), marker,
                List.of(), null);
        CollectingSink<CustomerView> lostOfKamOnly = list(admin, Optional.of(kam.id()),
                Optional.of(CustomerStatus.LOST), marker, List.of(), null);
        CollectingSink<CustomerView> otherKamAsSeenByKam = list(own(kam), Optional.of(otherKam.id()),
                Optional.empty(), marker, List.of(), null);

        assertThat(ofKam.items()).extracting(CustomerView::id).containsExactly(activeOfKam.id(), lostOfKam.id());
        assertThat(active.items()).extracting(CustomerView::id).containsExactly(activeOfKam.id(), activeOfOther.id());
        assertThat(lostOfKamOnly.items()).extracting(CustomerView::id).containsExactly(lostOfKam.id());
        assertThat(lostOfKamOnly.items()).extracting(CustomerView::status).containsExactly("Lost");
        assertThat(otherKamAsSeenByKam.total()).isZero();
    }

    @Test
    void list_search_matchesEveryTextFieldIgnoringCase() {
        int n = CrmFixtures.next();
        Viewer admin = all(newUser(users, "admin"));
        Customer byName = newCustomer("Nametoken" + n, null, null);
        Customer byCompany = insert(new CustomerDetails("Plain", "Companytoken" + n + " Ltd",
                EmailAddress.of("plain" + n + "a@example.com"), PhoneNumber.of("01700000001"), "", null, null, null),
                null);
        Customer byEmail = insert(new CustomerDetails("Plain", "", EmailAddress.of("mailtoken" + n + "@example.com"),
                PhoneNumber.of("01700000002"), "", null, null, null), null);
        String phoneDigits = String.format("%09d", 100_000_000 + n);
        Customer byPhone = insert(new CustomerDetails("Plain", "", EmailAddress.of("plain" + n + "b@example.com"),
                PhoneNumber.of("+880 " + phoneDigits), "", null, null, null), null);
        Customer byLink = insert(new CustomerDetails("Plain", "", EmailAddress.of("plain" + n + "c@example.com"),
                PhoneNumber.of("01700000003"), "", "Linktoken" + n, null, null), null);
        Customer byNumber = newCustomer(String.format("N%07d", n), null, null);

        assertThat(search(admin, "NAMETOKEN" + n)).containsExactly(byName.id());
        assertThat(search(admin, "companytoken" + n)).containsExactly(byCompany.id());
        assertThat(search(admin, "MailToken" + n + "@")).containsExactly(byEmail.id());
        assertThat(search(admin, phoneDigits)).containsExactly(byPhone.id());
        assertThat(search(admin, "linktoken" + n)).containsExactly(byLink.id());
        assertThat(search(admin, byNumber.customerNumber().toLowerCase())).containsExactly(byNumber.id());
    }

    @Test
    void list_searchWithWildcards_matchesThemLiterally() {
        String marker = CrmFixtures.marker("Wild");
        Customer percent = newCustomer(marker + " 100% fibre", null, null);
        newCustomer(marker + " 1000 fibre", null, null);
        Viewer admin = all(newUser(users, "admin"));

        List<Long> found = search(admin, marker + " 100%");

        assertThat(found).containsExactly(percent.id());
    }

    @Test
    void list_orderingAndPage_answerTheRequestedSlice() {
        String marker = CrmFixtures.marker("Ordered");
        Customer alpha = newCustomer("alpha " + marker, null, null, Money.of("300"));
        Customer bravo = newCustomer("Bravo " + marker, null, null, Money.of("100"));
        Customer charlie = newCustomer("charlie " + marker, null, null, Money.of("300"));
        Customer delta = newCustomer("Delta " + marker, null, null, Money.of("200"));
        Viewer admin = all(newUser(users, "admin"));

        CollectingSink<CustomerView> byDefault = list(admin, Optional.empty(), Optional.empty(), marker, List.of(),
                null);
        CollectingSink<CustomerView> byName = list(admin, Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(CustomerSortField.NAME)), null);
        CollectingSink<CustomerView> byRevenueDown = list(admin, Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(CustomerSortField.MONTHLY_REVENUE)), null);
        CollectingSink<CustomerView> secondPageByNameDown = list(admin, Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(CustomerSortField.NAME)), new PageRequest(2, 3));

        assertThat(byDefault.items()).extracting(CustomerView::id)
                .containsExactly(alpha.id(), bravo.id(), charlie.id(), delta.id());
        assertThat(byName.items()).extracting(CustomerView::id)
                .containsExactly(alpha.id(), bravo.id(), charlie.id(), delta.id());
        assertThat(byRevenueDown.items()).extracting(CustomerView::id)
                .containsExactly(charlie.id(), alpha.id(), delta.id(), bravo.id());
        assertThat(secondPageByNameDown.total()).isEqualTo(4);
        assertThat(secondPageByNameDown.items()).extracting(CustomerView::id).containsExactly(alpha.id());
    }

    @Test
    void list_byCalculatedMonthlyRevenue_ordersTiesById() {
        String marker = CrmFixtures.marker("Calculated");
        Customer first = newCustomer(marker + " b", null, null);
        Customer second = newCustomer(marker + " a", null, null);
        Viewer admin = all(newUser(users, "admin"));

        CollectingSink<CustomerView> up = list(admin, Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(CustomerSortField.CALCULATED_MONTHLY_REVENUE)), null);
        CollectingSink<CustomerView> down = list(admin, Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(CustomerSortField.CALCULATED_MONTHLY_REVENUE)), null);

        assertThat(up.items()).extracting(CustomerView::id).containsExactly(first.id(), second.id());
        // the tie-breaker runs in the key's direction
        assertThat(down.items()).extracting(CustomerView::id).containsExactly(second.id(), first.id());
        assertThat(up.items()).extracting(CustomerView::calculatedMonthlyRevenue)
                .allSatisfy(revenue -> assertThat(revenue).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void list_everySortFieldBothWays_isAccepted() {
        String marker = CrmFixtures.marker("Sorted");
        newCustomer(marker + " one", null, null);
        newCustomer(marker + " two", null, null);
        Viewer admin = all(newUser(users, "admin"));

        for (CustomerSortField field : CustomerSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                CollectingSink<CustomerView> sorted = list(admin, Optional.empty(), Optional.empty(), marker,
                        List.of(new SortOrder<>(field, descending)), new PageRequest(1, 10));

                assertThat(sorted.items()).as("ordered by %s, descending %s", field, descending).hasSize(2);
            }
        }
    }

    @Test
    void deletingTheKam_customerOfTheUser_isLeftUnassigned() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Kept", kam, null);

        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(kam.id())).execute();

        Customer stored = transactions.inTransaction(
                () -> customers.findVisibleForUpdate(all(kam), customer.id())).orElseThrow();
        assertThat(stored.kamId()).isEmpty();
        assertThat(customers.findView(all(kam), customer.id(), MONTH)).get().extracting(CustomerView::kam).isNull();
    }

    private List<Long> search(Viewer viewer, String text) {
        return list(viewer, Optional.empty(), Optional.empty(), text, List.of(), null).items().stream()
                .map(CustomerView::id).toList();
    }

    private CollectingSink<CustomerView> list(Viewer viewer, Optional<Long> kam, Optional<CustomerStatus> status,
            String search, List<SortOrder<CustomerSortField>> ordering, PageRequest page) {
        CollectingSink<CustomerView> sink = new CollectingSink<>();
        customers.list(new ListCustomersQuery(viewer, kam, status,
                new ListSpec<>(Optional.ofNullable(search), ordering, Optional.ofNullable(page))), MONTH, sink);
        return sink;
    }

    private Customer newCustomer(String name, User kam, String linkId) {
        return newCustomer(name, kam, linkId, Money.of("1000"));
    }

    private Customer newCustomer(String name, User kam, String linkId, Money monthlyRevenue) {
        CustomerDetails details = new CustomerDetails(name, name + " Group",
                EmailAddress.of("customer" + CrmFixtures.next() + "@example.com"), PhoneNumber.of("+880 1711-000000"),
                "Dhaka", linkId, monthlyRevenue, Money.of("2000"));
        return insert(details, kam);
    }

    private Customer insert(CustomerDetails details, User kam) {
        Customer customer = Customer.create(customers.nextId(), "KTL", details, kam == null ? null : kam.id(), null,
                null, TODAY, NOW);
        customers.insert(customer);
        return customer;
    }

    private static CustomerDetails details(String name, String linkId) {
        return new CustomerDetails(name, "", EmailAddress.of("detail" + CrmFixtures.next() + "@example.com"),
                PhoneNumber.of("01711000000"), "", linkId, null, null);
    }
}
