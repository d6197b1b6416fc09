package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.TODAY;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.all;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.iig;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newCustomer;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.own;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.billing.port.out.BillKey;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The bulk forms of the bill writes and reads an import uses: COPY, batched updates, keys in arrays. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class BillBulkWritesIT {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Autowired
    PaymentRepository payments;
    @Autowired
    BillRepository bills;
    @Autowired
    BillableCustomers billable;
    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;

    @Test
    void nextIds_reservesDistinctIdsInOneCall() {
        List<Long> ids = bills.nextIds(300);

        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
        assertThat(bills.nextIds(1).getFirst()).isGreaterThan(ids.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void insertAll_storesEveryBillAsASingleInsertWould() {
        Customer customer = newCustomer(customers, "Bulk \"Quoted\", Ltd", "Line\nBreak", null);
        Bill quoted = issue(customer, new BillTerms("100 Mbps", "Fiber@Home, \"BD\"", MARCH, MARCH, null,
                "বাংলা remark, with \"quotes\"\nand a newline"), "10.5", "120.75");
        Bill plain = issue(customer, new BillTerms("", "", null, APRIL, null, ""), "1", "0.01");

        transactions.run(() -> bills.insertAll(List.of(quoted, plain)));

        Map<BillKey, Bill> stored = transactions.inTransaction(() -> bills.findForUpdateByKeys(List.of(
                keyOf(quoted), keyOf(plain))));
        assertThat(stored.get(keyOf(quoted))).usingRecursiveComparison().isEqualTo(quoted);
        assertThat(stored.get(keyOf(plain))).usingRecursiveComparison().isEqualTo(plain);
    }

    @Test
    void insertAll_aForeignKeyClash_isTheAnswerOfASingleInsertAndWritesNothing() {
        Customer customer = newCustomer(customers, "Clash", "Clash Co", null);
        Bill good = issue(customer, terms(MARCH), "1", "10");
        Bill orphan = Bill.issue(bills.nextId(), Long.MAX_VALUE, "KTL-BL-ORPHAN", terms(MARCH), iig("1", "1", "0"),
                BillStatus.ACTIVE, NOW);

        assertThatThrownBy(() -> transactions.run(() -> bills.insertAll(List.of(good, orphan))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(transactions.inTransaction(() -> bills.findForUpdateByKeys(List.of(keyOf(good))))).isEmpty();
    }

    @Test
    void findForUpdateByKeys_findsTheOldestBillOfEachKeyAndNothingForOthers() {
        Customer customer = newCustomer(customers, "Keys", "Keys Co", null);
        Bill march = issue(customer, new BillTerms("50 Mbps", "Summit", null, MARCH, null, ""), "1", "10");
        Bill marchAgain = issue(customer, new BillTerms("50 Mbps", "Summit", null, MARCH, null, "later"), "2", "10");
        Bill otherLink = issue(customer, new BillTerms("60 Mbps", "Summit", null, MARCH, null, ""), "1", "10");
        Bill undated = issue(customer, new BillTerms("50 Mbps", "Summit", null, null, null, ""), "1", "10");
        transactions.run(() -> bills.insertAll(List.of(march, marchAgain, otherLink, undated)));

        Map<BillKey, Bill> found = transactions.inTransaction(() -> bills.findForUpdateByKeys(List.of(
                keyOf(march), keyOf(undated), new BillKey(customer.id(), APRIL, "50 Mbps", "Summit"),
                new BillKey(customer.id(), MARCH, "50 Mbps", "BTCL"))));

        assertThat(found).containsOnlyKeys(keyOf(march), keyOf(undated));
        assertThat(found.get(keyOf(march)).id()).isEqualTo(march.id());
        assertThat(found.get(keyOf(undated)).id()).isEqualTo(undated.id());
    }

    @Test
    void updateAll_revisesEveryBill() {
        Customer customer = newCustomer(customers, "Revised", "Revised Co", null);
        Bill first = issue(customer, terms(MARCH), "1", "10");
        Bill second = issue(customer, terms(APRIL), "1", "10");
        transactions.run(() -> bills.insertAll(List.of(first, second)));

        Bill firstRevised = first.revise(first.terms(), iig("3", "10", "5"), BillStatus.INACTIVE, NOW.plusSeconds(1));
        Bill secondRevised = second.revise(second.terms(), iig("4", "10", "0"), BillStatus.ACTIVE, NOW.plusSeconds(1));
        transactions.run(() -> {
            bills.updateAll(List.of(firstRevised, secondRevised));
            new LedgeredBills(bills, payments, transactions).adjust(first.id(), Money.ZERO, Money.of("5"));
        });

        Map<BillKey, Bill> stored = transactions.inTransaction(() -> bills.findForUpdateByKeys(List.of(
                keyOf(first), keyOf(second))));
        assertThat(stored.get(keyOf(first))).usingRecursiveComparison().isEqualTo(firstRevised);
        assertThat(stored.get(keyOf(second))).usingRecursiveComparison().isEqualTo(secondRevised);
    }

    @Test
    void findVisible_inBulk_answersOnlyTheViewersCustomers() {
        User kam = newUser(users, "bulk-kam");
        User otherKam = newUser(users, "bulk-other");
        Customer mine = newCustomer(customers, "Mine", "Mine Co", kam);
        Customer theirs = newCustomer(customers, "Theirs", "Theirs Co", otherKam);

        assertThat(billable.findVisible(own(kam), List.of(mine.id(), theirs.id(), Long.MAX_VALUE)))
                .containsOnlyKeys(mine.id());
        assertThat(billable.findVisible(all(kam), List.of(mine.id(), theirs.id(), Long.MAX_VALUE)))
                .containsOnlyKeys(mine.id(), theirs.id());
    }

    private Bill issue(Customer customer, BillTerms terms, String quantity, String unitPrice) {
        long id = bills.nextId();
        String number = BillNumber.of("KTL", customer.details().companyName(), customer.details().name(), id,
                terms.billingDate(), TODAY);
        return Bill.issue(id, customer.id(), number, terms, iig(quantity, unitPrice, "0"), BillStatus.ACTIVE, NOW);
    }

    private static BillTerms terms(LocalDate billingDate) {
        return new BillTerms("", "", null, billingDate, null, "");
    }

    private static BillKey keyOf(Bill bill) {
        return new BillKey(bill.customerId(), bill.terms().billingDate(), bill.terms().nttnCap(),
                bill.terms().nttnCom());
    }
}
