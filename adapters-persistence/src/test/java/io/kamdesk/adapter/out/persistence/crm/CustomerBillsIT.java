package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.all;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.own;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Customers and their bills: the month's calculated revenue read with the customer, whether a
 * customer has bills, and that one with bills is never deleted.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CustomerBillsIT {

    private static final LocalDate TODAY = LocalDate.now();
    /** A leap February, so that its last day is the 29th. */
    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @Autowired
    CustomerRepository customers;
    @Autowired
    BillRepository bills;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;

    @Test
    void findView_activeBillsDatedInTheMonth_sumTheirTotalBill() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Revenue", kam);
        bill(customer, LocalDate.of(2024, 2, 1), BillStatus.ACTIVE, "100.10", "0");
        bill(customer, LocalDate.of(2024, 2, 29), BillStatus.ACTIVE, "200.20", "0");
        bill(customer, LocalDate.of(2024, 2, 15), BillStatus.ACTIVE, "1000.00", "999.00");

        CustomerView view = customers.findView(own(kam), customer.id(), FEBRUARY).orElseThrow();

        // 100.10 + 200.20 + (1000.00 − 999.00 discount): total_bill, not the gross amount
        assertThat(view.calculatedMonthlyRevenue()).isEqualByComparingTo("301.30");
    }

    @Test
    void findView_inactiveUndatedAndOtherMonthsBills_areNotCounted() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Excluded", kam);
        bill(customer, LocalDate.of(2024, 2, 10), BillStatus.ACTIVE, "1.00", "0");
        bill(customer, LocalDate.of(2024, 2, 10), BillStatus.INACTIVE, "10.00", "0");
        bill(customer, LocalDate.of(2024, 1, 31), BillStatus.ACTIVE, "100.00", "0");
        bill(customer, LocalDate.of(2024, 3, 1), BillStatus.ACTIVE, "1000.00", "0");
        bill(customer, LocalDate.of(2023, 2, 10), BillStatus.ACTIVE, "10000.00", "0");
        bill(customer, null, BillStatus.ACTIVE, "100000.00", "0");
        bill(newCustomer("Other", kam), LocalDate.of(2024, 2, 10), BillStatus.ACTIVE, "1000000.00", "0");

        BigDecimal february = revenue(own(kam), customer, FEBRUARY);
        BigDecimal january = revenue(own(kam), customer, YearMonth.of(2024, 1));
        BigDecimal march = revenue(own(kam), customer, YearMonth.of(2024, 3));
        BigDecimal april = revenue(own(kam), customer, YearMonth.of(2024, 4));

        assertThat(february).isEqualByComparingTo("1.00");
        assertThat(january).isEqualByComparingTo("100.00");
        assertThat(march).isEqualByComparingTo("1000.00");
        assertThat(april).isEqualByComparingTo("0");
    }

    @Test
    void findView_customerWithoutBills_hasZeroRevenue() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Unbilled", kam);

        BigDecimal revenue = revenue(own(kam), customer, FEBRUARY);

        assertThat(revenue).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void list_everyCustomer_carriesItsOwnRevenue() {
        String marker = CrmFixtures.marker("Billed");
        Viewer admin = all(newUser(users, "admin"));
        Customer small = newCustomer(marker + " small", null);
        Customer large = newCustomer(marker + " large", null);
        Customer none = newCustomer(marker + " none", null);
        bill(small, LocalDate.of(2024, 2, 3), BillStatus.ACTIVE, "10.00", "0");
        bill(small, LocalDate.of(2024, 2, 4), BillStatus.ACTIVE, "5.55", "0");
        bill(large, LocalDate.of(2024, 2, 5), BillStatus.ACTIVE, "900.00", "0");

        List<CustomerView> listed = list(admin, marker, List.of()).items();

        assertThat(listed).extracting(CustomerView::id).containsExactly(small.id(), large.id(), none.id());
        assertThat(listed).extracting(CustomerView::calculatedMonthlyRevenue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15.55"), new BigDecimal("900.00"), BigDecimal.ZERO);
    }

    @Test
    void list_byCalculatedMonthlyRevenue_ordersByTheBilledSumsThenByIdInTheSameDirection() {
        String marker = CrmFixtures.marker("Ranked");
        Viewer admin = all(newUser(users, "admin"));
        Customer middle = newCustomer(marker + " a", null);
        Customer top = newCustomer(marker + " b", null);
        Customer unbilled = newCustomer(marker + " c", null);
        Customer alsoMiddle = newCustomer(marker + " d", null);
        bill(middle, LocalDate.of(2024, 2, 1), BillStatus.ACTIVE, "50.00", "0");
        bill(top, LocalDate.of(2024, 2, 1), BillStatus.ACTIVE, "60.00", "0");
        bill(top, LocalDate.of(2024, 2, 2), BillStatus.ACTIVE, "40.00", "0");
        bill(unbilled, LocalDate.of(2024, 2, 1), BillStatus.INACTIVE, "5000.00", "0");
        bill(alsoMiddle, LocalDate.of(2024, 2, 1), BillStatus.ACTIVE, "50.00", "0");

        List<Long> up = ids(list(admin, marker,
                List.of(SortOrder.ascending(CustomerSortField.CALCULATED_MONTHLY_REVENUE))).items());
        List<Long> down = ids(list(admin, marker,
                List.of(SortOrder.descending(CustomerSortField.CALCULATED_MONTHLY_REVENUE))).items());

        assertThat(up).containsExactly(unbilled.id(), middle.id(), alsoMiddle.id(), top.id());
        assertThat(down).containsExactly(top.id(), alsoMiddle.id(), middle.id(), unbilled.id());
    }

    @Test
    void hasBills_customerWithAnyBill_isTrue() {
        Customer customer = newCustomer("Billed once", null);
        bill(customer, null, BillStatus.INACTIVE, "0", "0");

        boolean billed = customers.hasBills(customer.id());

        assertThat(billed).isTrue();
    }

    @Test
    void hasBills_customerWhoseOnlyNeighbourHasBills_isFalse() {
        Customer billedOne = newCustomer("Billed", null);
        Customer unbilled = newCustomer("Unbilled", null);
        bill(billedOne, TODAY, BillStatus.ACTIVE, "1", "0");

        boolean billed = customers.hasBills(unbilled.id());

        assertThat(billed).isFalse();
    }

    @Test
    void delete_customerWithBills_isConflictCustomerHasBillsAndKeepsEverything() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Kept", kam);
        Bill bill = bill(customer, TODAY, BillStatus.INACTIVE, "1", "0");

        assertThatThrownBy(() -> transactions.run(() -> customers.delete(customer.id())))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.refusal()).isEqualTo(Refusal.CUSTOMER_HAS_BILLS));

        assertThat(customers.findView(own(kam), customer.id(), FEBRUARY)).isPresent();
        assertThat(bills.findView(own(kam), bill.id())).isPresent();
    }

    @Test
    void delete_customerWhoseBillsWereDeleted_isGone() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer("Cleared", kam);
        Bill bill = bill(customer, TODAY, BillStatus.ACTIVE, "1", "0");
        bills.delete(bill.id());

        customers.delete(customer.id());

        assertThat(customers.findView(own(kam), customer.id(), FEBRUARY)).isEmpty();
    }

    private BigDecimal revenue(Viewer viewer, Customer customer, YearMonth month) {
        return customers.findView(viewer, customer.id(), month).orElseThrow().calculatedMonthlyRevenue();
    }

    private CollectingSink<CustomerView> list(Viewer viewer, String search,
            List<SortOrder<CustomerSortField>> ordering) {
        CollectingSink<CustomerView> sink = new CollectingSink<>();
        customers.list(new ListCustomersQuery(viewer, Optional.empty(), Optional.empty(),
                new ListSpec<>(Optional.of(search), ordering, Optional.empty())), FEBRUARY, sink);
        return sink;
    }

    private static List<Long> ids(List<CustomerView> views) {
        return views.stream().map(CustomerView::id).toList();
    }

    private Customer newCustomer(String name, User kam) {
        Customer customer = Customer.create(customers.nextId(), "KTL", new CustomerDetails(name, "",
                EmailAddress.of("crm-billed" + CrmFixtures.next() + "@example.com"), PhoneNumber.of("+880 1711-000000"),
                "", null, null, null), kam == null ? null : kam.id(), null, null, TODAY, NOW);
        customers.insert(customer);
        return customer;
    }

    /** A stored bill of one IIG line of {@code gross} (quantity 1) less {@code discount}. */
    private Bill bill(Customer customer, LocalDate billingDate, BillStatus status, String gross, String discount) {
        long id = bills.nextId();
        BillCharges charges = BillCharges.of(List.of(new BillLine(BandwidthComponent.IIG, Quantity.of("1"),
                Money.of(gross))), Money.of(discount), Money.ZERO);
        Bill bill = Bill.issue(id, customer.id(), "KTL-BL-TESTX-" + id, new BillTerms("", "", null, billingDate, null,
                ""), charges, status, NOW);
        bills.insert(bill);
        return bill;
    }
}
