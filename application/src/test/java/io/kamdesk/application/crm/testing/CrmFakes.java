package io.kamdesk.application.crm.testing;

import io.kamdesk.application.crm.port.out.KamDirectory.Kam;
import io.kamdesk.application.crm.service.CrmSettings;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every out-port of the CRM area as an in-memory fake, with one clock, the business calendar in
 * Asia/Dhaka and one transaction manager that rolls both stores back together, plus short ways to
 * set up KAMs, prospects and customers.
 */
public final class CrmFakes {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Dhaka");

    /** The CRM permissions; services do not check them (the REST edge does) but viewers carry them. */
    public static final Set<PermissionCode> CRM_PERMISSIONS = Stream.of("customers", "prospects")
            .flatMap(resource -> Stream.of("read", "create", "update", "delete")
                    .map(action -> PermissionCode.of(resource + ":" + action)))
            .collect(Collectors.toUnmodifiableSet());

    // 10:00 in Dhaka on Monday 10 March 2025
    private final MutableClock clock = MutableClock.at("2025-03-10T04:00:00Z");
    private final BusinessCalendar calendar = new BusinessCalendar(clock, BUSINESS_ZONE);
    private final InMemoryKamDirectory kams = new InMemoryKamDirectory();
    private final InMemoryProspectRepository prospects = new InMemoryProspectRepository(kams);
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(kams);
    private final InMemoryTransactions transactions = new InMemoryTransactions(prospects, customers);
    private final CrmSettings settings = new CrmSettings("KTL");

    public MutableClock clock() {
        return clock;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public InMemoryKamDirectory kams() {
        return kams;
    }

    public InMemoryProspectRepository prospects() {
        return prospects;
    }

    public InMemoryCustomerRepository customers() {
        return customers;
    }

    public InMemoryTransactions transactions() {
        return transactions;
    }

    public CrmSettings settings() {
        return settings;
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return calendar.today();
    }

    /** An active KAM who sees only their own records (role sales_person). */
    public Viewer givenSalesPerson(String username) {
        Kam kam = kams.add(username);
        return new Viewer(kam.id(), username, "sales_person", CRM_PERMISSIONS, DataScope.OWN);
    }

    /** An active user who sees every record (role sales_manager). */
    public Viewer givenManager(String username) {
        Kam kam = kams.add(username);
        return new Viewer(kam.id(), username, "sales_manager", CRM_PERMISSIONS, DataScope.ALL);
    }

    /** A user who exists but is no longer active; answers their id. */
    public long givenInactiveUser(String username) {
        Kam kam = kams.add(username);
        kams.deactivate(kam.id());
        return kam.id();
    }

    /** A stored prospect, status {@code new}, created now. E-mail and phone may be null. */
    public Prospect givenProspect(Viewer owner, String name, String email, String phone) {
        ProspectDetails details = new ProspectDetails(name, "", email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.of(phone), "", Money.ZERO, "", "", null, "");
        return givenProspect(owner.userId(), details, ProspectStatus.NEW);
    }

    public Prospect givenProspect(long ownerId, ProspectDetails details, ProspectStatus status) {
        Prospect created = Prospect.create(details, ownerId, today(), clock.instant());
        Prospect stored = prospects.insert(created);
        if (status != ProspectStatus.NEW) {
            stored = stored.withStatus(status, clock.instant());
            prospects.update(stored);
        }
        return stored;
    }

    /** A stored Active customer, joined today, whose KAM is {@code kamId} (null: unassigned). */
    public Customer givenCustomer(Long kamId, String name, String email) {
        return givenCustomer(kamId, new CustomerDetails(name, "", EmailAddress.of(email), PhoneNumber.of("01700000000"),
                "", null, Money.ZERO, Money.ZERO));
    }

    public Customer givenCustomer(Long kamId, CustomerDetails details) {
        Customer customer = Customer.create(customers.nextId(), settings.numberPrefix(), details, kamId, null, null,
                today(), clock.instant());
        customers.insert(customer);
        return customer;
    }
}
