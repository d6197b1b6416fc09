package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.domain.crm.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The bill table's own safety net, written to with plain SQL past the domain: stored totals must
 * follow the billing rule (each line rounded half-up to the cent, less the discount; the due is the
 * bill less what was received), and amounts, status and dates must be sane.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class BillTableIT {

    @Autowired
    CustomerRepository customers;
    @Autowired
    DSLContext dsl;

    private long customerId;

    @BeforeEach
    void customer() {
        Customer customer = newCustomer(customers, "Raw SQL", "", null);
        customerId = customer.id();
    }

    @Test
    void insert_totalsFollowingTheRule_isAccepted() {
        RawBill bill = new RawBill("10", "100.00", "0.125", "1.00", "50.00", "100.00", "950.13", "850.13");

        assertThatCode(() -> insert(bill)).doesNotThrowAnyException();
    }

    @Test
    void insert_overpaidBill_isAcceptedWithANegativeDue() {
        RawBill bill = new RawBill("1", "100.00", "0", "0", "0", "150.00", "100.00", "-50.00");

        assertThatCode(() -> insert(bill)).doesNotThrowAnyException();
    }

    @Test
    void insert_totalBillNotTheSumOfTheLines_isRejected() {
        RawBill bill = new RawBill("10", "100.00", "0", "0", "0", "0", "999.99", "999.99");

        assertThat(violatedConstraint(bill)).contains("bill_total_bill_check");
    }

    @Test
    void insert_lineRoundedOtherwiseThanHalfUp_isRejected() {
        // 0.125 × 1.00 = 0.125: half-up gives 0.13, not 0.12
        RawBill bill = new RawBill("0", "0", "0.125", "1.00", "0", "0", "0.12", "0.12");

        assertThat(violatedConstraint(bill)).contains("bill_total_bill_check");
    }

    @Test
    void insert_totalBillIgnoringTheDiscount_isRejected() {
        RawBill bill = new RawBill("10", "100.00", "0", "0", "25.00", "0", "1000.00", "1000.00");

        assertThat(violatedConstraint(bill)).contains("bill_total_bill_check");
    }

    @Test
    void insert_totalDueNotTheBillLessTheReceived_isRejected() {
        RawBill bill = new RawBill("10", "100.00", "0", "0", "0", "300.00", "1000.00", "1000.00");

        assertThat(violatedConstraint(bill)).contains("bill_total_due_check");
    }

    @Test
    void insert_discountAboveTheGrossAmount_isRejected() {
        RawBill bill = new RawBill("1", "100.00", "0", "0", "150.00", "0", "-50.00", "-50.00");

        assertThat(violatedConstraint(bill)).contains("bill_discount_within_gross_check");
    }

    @Test
    void insert_negativeQuantity_isRejected() {
        // at a price of zero, so that the totals (zero) break no other check
        RawBill bill = new RawBill("-1", "0", "0", "0", "0", "0", "0", "0");

        assertThat(violatedConstraint(bill)).contains("bill_iig_qt_check");
    }

    @Test
    void insert_negativeReceived_isRejected() {
        RawBill bill = new RawBill("1", "100.00", "0", "0", "0", "-1.00", "100.00", "101.00");

        assertThat(violatedConstraint(bill)).contains("bill_total_received_check");
    }

    @Test
    void aBillThatDisagreesWithItsPayments_isRefusedAtCommit() {
        String number = "RAW-" + BillingFixtures.next();

        Optional<String> unpaid = violatedConstraint(() -> dsl.execute("""
                insert into bill (bill_number, customer_id, iig_qt, iig_qt_price, total_received, total_bill, total_due,
                                  status, created_at, updated_at)
                values (?, ?, 1, 100, 40, 100, 60, 'Active', now(), now())
                """, number, customerId));

        assertThat(unpaid).contains("bill_total_received_ledger_check");
        assertThat(dsl.fetchCount(dsl.selectOne().from("bill").where("bill_number = ?", number))).isZero();
    }

    @Test
    void aPaymentWithoutItsBillsTotal_andAVoidWithoutIt_areRefusedAtCommit() {
        insert(new RawBill("1", "100.00", "0", "0", "0", "40.00", "100.00", "60.00"));
        long billId = dsl.fetchValue("select max(id) from bill where customer_id = ?", customerId) instanceof Long id
                ? id : 0L;

        Optional<String> extraPayment = violatedConstraint(() -> dsl.execute("""
                insert into payment (bill_id, amount, paid_on, method, recorded_at)
                values (?, 10, current_date, 'cash', now())
                """, billId));
        Optional<String> voidAlone = violatedConstraint(() -> dsl.execute("""
                update payment set voided_at = now(), voided_by_name = 'x', void_reason = 'x' where bill_id = ?
                """, billId));

        assertThat(extraPayment).contains("bill_total_received_ledger_check");
        assertThat(voidAlone).contains("bill_total_received_ledger_check");
    }

    @Test
    void insert_unknownStatus_isRejected() {
        assertThat(violatedConstraint(() -> dsl.execute("""
                insert into bill (bill_number, customer_id, total_bill, total_due, status, created_at, updated_at)
                values (?, ?, 0, 0, 'Paid', now(), now())
                """, "RAW-" + BillingFixtures.next(), customerId))).contains("bill_status_check");
    }

    @Test
    void insert_terminationBeforeActiveDate_isRejected() {
        assertThat(violatedConstraint(() -> dsl.execute("""
                insert into bill (bill_number, customer_id, active_date, termination_date, total_bill, total_due,
                                  status, created_at, updated_at)
                values (?, ?, ?, ?, 0, 0, 'Active', now(), now())
                """, "RAW-" + BillingFixtures.next(), customerId, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 31)))).contains("bill_termination_date_check");
    }

    @Test
    void insert_duplicateBillNumber_isRejected() {
        String number = "RAW-" + BillingFixtures.next();
        Runnable insert = () -> dsl.execute("""
                insert into bill (bill_number, customer_id, total_bill, total_due, status, created_at, updated_at)
                values (?, ?, 0, 0, 'Active', now(), now())
                """, number, customerId);
        insert.run();

        assertThat(violatedConstraint(insert)).contains("bill_number_key");
    }

    @Test
    void insert_unknownCustomer_isRejected() {
        assertThat(violatedConstraint(() -> dsl.execute("""
                insert into bill (bill_number, customer_id, total_bill, total_due, status, created_at, updated_at)
                values (?, ?, 0, 0, 'Active', now(), now())
                """, "RAW-" + BillingFixtures.next(), Long.MAX_VALUE))).contains("bill_customer_id_fkey");
    }

    /** A bill with an IIG and an FNA line; every other component zero. Amounts as text. */
    private record RawBill(String iigQuantity, String iigPrice, String fnaQuantity, String fnaPrice, String discount,
            String received, String totalBill, String totalDue) {
    }

    /** The bill and the opening payment its total received needs, in one statement (one transaction). */
    private void insert(RawBill bill) {
        dsl.execute("""
                with inserted as (
                    insert into bill (bill_number, customer_id, iig_qt, iig_qt_price, fna, fna_price, discount,
                                      total_received, total_bill, total_due, status, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Active', now(), now())
                    returning id, total_received)
                insert into payment (bill_id, amount, paid_on, method, recorded_at)
                select id, total_received, current_date, 'adjustment', now() from inserted where total_received <> 0
                """, "RAW-" + BillingFixtures.next(), customerId, new BigDecimal(bill.iigQuantity()),
                new BigDecimal(bill.iigPrice()), new BigDecimal(bill.fnaQuantity()), new BigDecimal(bill.fnaPrice()),
                new BigDecimal(bill.discount()), new BigDecimal(bill.received()), new BigDecimal(bill.totalBill()),
                new BigDecimal(bill.totalDue()));
    }

    private Optional<String> violatedConstraint(RawBill bill) {
        return violatedConstraint(() -> insert(bill));
    }

    /** The constraint PostgreSQL names as violated by the write, if it failed on one. */
    private static Optional<String> violatedConstraint(Runnable write) {
        try {
            write.run();
            return Optional.empty();
        } catch (RuntimeException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                    return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
                }
            }
            throw failure;
        }
    }
}
