package io.kamdesk.application.billing.testing;

import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.service.BillingSettings;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every out-port of the billing area as an in-memory fake, with one clock, the business calendar in
 * Asia/Dhaka, the bill number prefix {@code KTL} and a transaction manager that rolls the bills back,
 * plus short ways to set up users, customers and bills.
 */
public final class BillingFakes {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Dhaka");

    /** The billing permissions; services do not check them (the REST edge does) but viewers carry them. */
    public static final Set<PermissionCode> BILL_PERMISSIONS = Stream.of("read", "create", "update", "delete")
            .map(action -> PermissionCode.of("bills:" + action))
            .collect(Collectors.toUnmodifiableSet());

    // 10:00 in Dhaka on Sunday 30 November 2025
    private final MutableClock clock = MutableClock.at("2025-11-30T04:00:00Z");
    private final BusinessCalendar calendar = new BusinessCalendar(clock, BUSINESS_ZONE);
    private final InMemoryBillableCustomers customers = new InMemoryBillableCustomers();
    private final InMemoryBillRepository bills = new InMemoryBillRepository(customers);
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository(bills, customers);
    private final InMemoryTransactions transactions = new InMemoryTransactions(bills, payments);
    private final BillingSettings settings = new BillingSettings("KTL");
    private long nextUserId = 1;

    public MutableClock clock() {
        return clock;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public InMemoryBillableCustomers customers() {
        return customers;
    }

    public InMemoryBillRepository bills() {
        return bills;
    }

    public InMemoryPaymentRepository payments() {
        return payments;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public BillingSettings settings() {
        return settings;
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return calendar.today();
    }

    /** A KAM who sees only the bills of their own customers (role sales_person). */
    public Viewer givenSalesPerson(String username) {
        return new Viewer(nextUserId++, username, "sales_person", BILL_PERMISSIONS, DataScope.OWN);
    }

    /** A user who sees every bill (role sales_manager). */
    public Viewer givenManager(String username) {
        return new Viewer(nextUserId++, username, "sales_manager", BILL_PERMISSIONS, DataScope.ALL);
    }

    /** A customer of the given KAM ({@code null}: unassigned), e-mail derived from the name. */
    public BilledCustomer givenCustomer(Long kamId, String name, String companyName) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@customer.test";
        return customers.add(kamId, name, companyName, email);
    }

    /** A stored bill of the customer, issued now, numbered as the service numbers it. */
    public Bill givenBill(BilledCustomer customer, BillTerms terms, BillCharges charges, BillStatus status) {
        long id = bills.nextId();
        String number = BillNumber.of(settings.numberPrefix(), customer.companyName(), customer.name(), id,
                terms.billingDate(), today());
        Bill bill = Bill.issue(id, customer.id(), number, terms, charges, status, clock.instant());
        bills.insert(bill);
        return bill;
    }
}
