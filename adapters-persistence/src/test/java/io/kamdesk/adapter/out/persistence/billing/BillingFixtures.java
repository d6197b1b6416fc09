package io.kamdesk.adapter.out.persistence.billing;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users, viewers, customers and bills for the billing tests. The test database is shared by every
 * test class with the same configuration, so each test makes its own rows and finds them by markers.
 */
final class BillingFixtures {

    /** As PostgreSQL stores it: microseconds. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final LocalDate TODAY = LocalDate.now();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private BillingFixtures() {
    }

    static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** A marker unique to the calling test, to search its rows by; the closing letter keeps 1 from matching 12. */
    static String marker(String prefix) {
        return prefix + next() + "x";
    }

    static User newUser(UserRepository users, String prefix) {
        int n = next();
        return users.insert(User.create(EmailAddress.of(prefix + n + "@billing.example.com"),
                Username.of(prefix + n + "_bill"), "hash", "", "", null, NOW));
    }

    /** A KAM who sees only the bills of their own customers, as the seeded sales_person role does. */
    static Viewer own(User user) {
        return new Viewer(user.id(), user.username().value(), "sales_person", Set.of(), DataScope.OWN);
    }

    /** Someone who sees every bill, as the seeded admin and sales_manager roles do. */
    static Viewer all(User user) {
        return new Viewer(user.id(), user.username().value(), "sales_manager", Set.of(), DataScope.ALL);
    }

    /** An Active customer of {@code kam} (none when null). */
    static Customer newCustomer(CustomerRepository customers, String name, String companyName, User kam) {
        CustomerDetails details = new CustomerDetails(name, companyName,
                EmailAddress.of("billing-customer" + next() + "@example.com"), PhoneNumber.of("+880 1711-000000"),
                "Dhaka", null, Money.of("1000"), Money.of("2000"));
        Customer customer = Customer.create(customers.nextId(), "KTL", details, kam == null ? null : kam.id(), null,
                null, TODAY, NOW);
        customers.insert(customer);
        return customer;
    }

    /** A bill with a freshly reserved id and its number, not stored. */
    static Bill bill(BillRepository bills, Customer customer, BillTerms terms, BillCharges charges, BillStatus status,
            Instant createdAt) {
        long id = bills.nextId();
        String number = BillNumber.of("KTL", customer.details().companyName(), customer.details().name(), id,
                terms.billingDate(), TODAY);
        return Bill.issue(id, customer.id(), number, terms, charges, status, createdAt);
    }

    static BillTerms terms(LocalDate billingDate, String remarks) {
        return new BillTerms("", "", null, billingDate, null, remarks);
    }

    static BillLine line(BandwidthComponent component, String quantity, String unitPrice) {
        return new BillLine(component, Quantity.of(quantity), Money.of(unitPrice));
    }

    /** One IIG line of {@code quantity} at {@code unitPrice}, no discount, {@code received} paid. */
    static BillCharges iig(String quantity, String unitPrice, String received) {
        return BillCharges.of(List.of(line(BandwidthComponent.IIG, quantity, unitPrice)), Money.ZERO,
                Money.of(received));
    }
}
