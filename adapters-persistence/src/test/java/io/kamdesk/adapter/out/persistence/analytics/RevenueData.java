package io.kamdesk.adapter.out.persistence.analytics;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Generated customers and bills, written straight to the tables, and the same data kept in memory
 * so that tests can compute what the dashboard must answer by the definitions of SPEC §6, bill by
 * bill, independently of the SQL under test.
 */
final class RevenueData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final DSLContext dsl;
    final List<Long> kams = new ArrayList<>();
    final Map<Long, String> kamNames = new java.util.HashMap<>();
    final List<CustomerRow> customers = new ArrayList<>();
    final List<BillRow> bills = new ArrayList<>();

    RevenueData(DSLContext dsl) {
        this.dsl = dsl;
    }

    long kam() {
        int n = SEQUENCE.incrementAndGet();
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.EMAIL, "kam" + n + "@analytics.test")
                .set(APP_USER.USERNAME, "kam_" + n)
                .set(APP_USER.PASSWORD_HASH, "hash")
                .returning(APP_USER.ID).fetchSingle().getId();
        kams.add(id);
        kamNames.put(id, "kam_" + n);
        return id;
    }

    CustomerRow customer(Long kamId, LocalDate joinedOn, LocalDate leftOn) {
        int n = SEQUENCE.incrementAndGet();
        String name = "Customer " + n;
        long id = dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.CUSTOMER_NUMBER, "KTL-AN-" + n)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.EMAIL, "customer" + n + "@analytics.test")
                .set(CUSTOMER.PHONE, "+880 1711-000000")
                .set(CUSTOMER.KAM_ID, kamId)
                .set(CUSTOMER.STATUS, leftOn == null ? "Active" : "Lost")
                .set(CUSTOMER.JOINED_ON, joinedOn)
                .set(CUSTOMER.LEFT_ON, leftOn)
                .set(CUSTOMER.CREATED_AT, CREATED)
                .set(CUSTOMER.UPDATED_AT, CREATED)
                .returning(CUSTOMER.ID).fetchSingle().getId();
        CustomerRow customer = new CustomerRow(id, name, kamId, joinedOn, leftOn);
        customers.add(customer);
        return customer;
    }

    /** A bill of one IIG line: quantity 1 at {@code price}, {@code received} paid. */
    BillRow bill(CustomerRow customer, LocalDate billingDate, String price, String received, boolean active) {
        int n = SEQUENCE.incrementAndGet();
        BigDecimal total = new BigDecimal(price);
        BigDecimal paid = new BigDecimal(received);
        long id = dsl.transactionResult(configuration -> paid(DSL.using(configuration), DSL.using(configuration)
                .insertInto(BILL)
                .set(BILL.BILL_NUMBER, "KTL-BL-AN-" + n)
                .set(BILL.CUSTOMER_ID, customer.id())
                .set(BILL.BILLING_DATE, billingDate)
                .set(BILL.IIG_QT, BigDecimal.ONE)
                .set(BILL.IIG_QT_PRICE, total)
                .set(BILL.TOTAL_RECEIVED, paid)
                .set(BILL.TOTAL_BILL, total)
                .set(BILL.TOTAL_DUE, total.subtract(paid))
                .set(BILL.STATUS, active ? "Active" : "Inactive")
                .set(BILL.CREATED_AT, CREATED)
                .set(BILL.UPDATED_AT, CREATED)
                .returning(BILL.ID).fetchSingle().getId(), BigDecimal.ZERO, paid));
        BillRow bill = new BillRow(id, customer.id(), billingDate, total, paid, active);
        bills.add(bill);
        return bill;
    }

    /** Replaces a bill's amounts, date and status, in the table and in memory. */
    void change(BillRow bill, LocalDate billingDate, String price, String received, boolean active) {
        BigDecimal total = new BigDecimal(price);
        BigDecimal paid = new BigDecimal(received);
        dsl.transaction(configuration -> {
            DSL.using(configuration).update(BILL)
                    .set(BILL.BILLING_DATE, billingDate)
                    .set(BILL.IIG_QT_PRICE, total)
                    .set(BILL.TOTAL_RECEIVED, paid)
                    .set(BILL.TOTAL_BILL, total)
                    .set(BILL.TOTAL_DUE, total.subtract(paid))
                    .set(BILL.STATUS, active ? "Active" : "Inactive")
                    .where(BILL.ID.eq(bill.id()))
                    .execute();
            paid(DSL.using(configuration), bill.id(), bill.received(), paid);
        });
        bills.set(bills.indexOf(bill), new BillRow(bill.id(), bill.customerId(), billingDate, total, paid, active));
    }

    /** The ledger's adjustment from {@code before} to {@code after} received, as the service writes it. */
    private static long paid(DSLContext tx, long billId, BigDecimal before, BigDecimal after) {
        if (after.compareTo(before) != 0) {
            tx.insertInto(PAYMENT)
                    .set(PAYMENT.BILL_ID, billId)
                    .set(PAYMENT.AMOUNT, after.subtract(before))
                    .set(PAYMENT.PAID_ON, LocalDate.of(2020, 1, 1))
                    .set(PAYMENT.METHOD, "adjustment")
                    .set(PAYMENT.RECORDED_AT, CREATED)
                    .execute();
        }
        return billId;
    }

    void delete(BillRow bill) {
        dsl.deleteFrom(BILL).where(BILL.ID.eq(bill.id())).execute();
        bills.remove(bill);
    }

    void reassign(CustomerRow customer, Long kamId) {
        dsl.update(CUSTOMER).set(CUSTOMER.KAM_ID, kamId).where(CUSTOMER.ID.eq(customer.id())).execute();
        customers.set(customers.indexOf(customer),
                new CustomerRow(customer.id(), customer.name(), kamId, customer.joinedOn(), customer.leftOn()));
    }

    /**
     * A few KAMs, customers (some without a KAM, some who left, joined over six years) and bills from
     * 2021 to 2026 with random amounts, some Inactive, some without a billing date, many on the first
     * and last days of months.
     */
    static RevenueData generate(DSLContext dsl, long seed, int customerCount, int billCount) {
        Random random = new Random(seed);
        RevenueData data = new RevenueData(dsl);
        for (int k = 0; k < 3; k++) {
            data.kam();
        }
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int c = 0; c < customerCount; c++) {
            Long kam = random.nextInt(8) == 0 ? null : data.kams.get(random.nextInt(data.kams.size()));
            LocalDate joined = start.plusDays(random.nextInt(2100));
            LocalDate left = random.nextInt(4) == 0 ? joined.plusDays(1 + random.nextInt(700)) : null;
            data.customer(kam, joined, left);
        }
        for (int b = 0; b < billCount; b++) {
            CustomerRow customer = data.customers.get(random.nextInt(data.customers.size()));
            LocalDate date = switch (random.nextInt(20)) {
                case 0 -> null;
                case 1, 2, 3 -> start.plusMonths(random.nextInt(72)); // the 1st of a month
                case 4, 5 -> start.plusMonths(random.nextInt(72)).plusMonths(1).minusDays(1); // the last day
                default -> start.plusDays(random.nextInt(2190));
            };
            long cents = 100 + random.nextInt(5_000_000);
            long paidCents = random.nextInt(5) == 0 ? cents : (long) (cents * random.nextDouble());
            data.bill(customer, date, BigDecimal.valueOf(cents, 2).toPlainString(),
                    BigDecimal.valueOf(paidCents, 2).toPlainString(), random.nextInt(10) != 0);
        }
        return data;
    }

    /** Bills that count as revenue (Active, dated) of customers the predicate accepts, within the range. */
    List<BillRow> revenueBills(Predicate<CustomerRow> customersInScope, LocalDate from, LocalDate to) {
        Map<Long, CustomerRow> byId = new java.util.HashMap<>();
        customers.forEach(customer -> byId.put(customer.id(), customer));
        return bills.stream()
                .filter(BillRow::active)
                .filter(bill -> bill.billingDate() != null)
                .filter(bill -> from == null || !bill.billingDate().isBefore(from))
                .filter(bill -> to == null || !bill.billingDate().isAfter(to))
                .filter(bill -> byId.containsKey(bill.customerId()) && customersInScope.test(byId.get(bill.customerId())))
                .toList();
    }

    static BigDecimal revenue(List<BillRow> bills) {
        return bills.stream().map(BillRow::total).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    static BigDecimal collected(List<BillRow> bills) {
        return bills.stream().map(BillRow::received).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    record CustomerRow(long id, String name, Long kamId, LocalDate joinedOn, LocalDate leftOn) {
    }

    record BillRow(long id, long customerId, LocalDate billingDate, BigDecimal total, BigDecimal received,
            boolean active) {

        BigDecimal due() {
            return total.subtract(received);
        }
    }
}
