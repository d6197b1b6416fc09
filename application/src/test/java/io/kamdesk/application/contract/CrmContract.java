package io.kamdesk.application.contract;

import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the CRM and billing contracts share: the store under test, a tag that keeps each test's rows
 * apart from any other test's in a shared database, and the records they are made of.
 */
abstract class CrmContract {

    /** Unique to this test: in names and e-mail addresses, and the search term that finds only them. */
    protected final String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private CrmStore store;

    /** A store for one test; the in-memory one is new each time, the database is shared. */
    protected abstract CrmStore newStore();

    protected CrmStore store() {
        if (store == null) {
            store = newStore();
        }
        return store;
    }

    /** A KAM who sees only their own records. */
    protected Viewer own(long userId) {
        return new Viewer(userId, "kam" + userId, "sales_person", Set.of(), DataScope.OWN);
    }

    /** A user who sees every record. */
    protected Viewer all(long userId) {
        return new Viewer(userId, "manager" + userId, "sales_manager", Set.of(), DataScope.ALL);
    }

    protected long kam() {
        return store().givenKam(tag + "_" + UUID.randomUUID().toString().substring(0, 6));
    }

    protected CustomerDetails customerDetails(String name, String email) {
        return new CustomerDetails(name, "", EmailAddress.of(email), PhoneNumber.of("01700000000"), "", null,
                Money.ZERO, Money.ZERO);
    }

    /** A stored customer of {@code kamId} (null: unassigned), named {@code tag + " " + name}. */
    protected Customer customer(Long kamId, String name) {
        return customer(kamId, customerDetails(tag + " " + name, email(name)));
    }

    protected Customer customer(Long kamId, CustomerDetails details) {
        Customer customer = Customer.create(store().customers().nextId(), "KTL", details, kamId, null, null,
                store().today(), store().now());
        store().customers().insert(customer);
        return customer;
    }

    protected String email(String name) {
        return (tag + "." + name.replaceAll("[^A-Za-z0-9]", "")).toLowerCase(Locale.ROOT) + "@contract.example";
    }

    /** A stored prospect of {@code ownerId}, named {@code tag + " " + name}. */
    protected Prospect prospect(long ownerId, String name, LocalDate followUp) {
        ProspectDetails details = new ProspectDetails(tag + " " + name, "", EmailAddress.of(email(name)), null, "",
                Money.ZERO, "", "", followUp, "");
        return store().prospects().insert(Prospect.create(details, ownerId, store().today(), store().now()));
    }

    /** A stored bill of the customer, with nothing charged. */
    protected Bill bill(long customerId, LocalDate billingDate, BillStatus status) {
        long id = store().bills().nextId();
        Bill bill = Bill.issue(id, customerId, "KTL-BL-CT-" + id, new BillTerms(tag, "", null, billingDate, null, ""),
                BillCharges.of(List.of(), Money.ZERO, Money.ZERO), status, store().now());
        store().bills().insert(bill);
        return bill;
    }

    protected static <F extends Enum<F>> ListSpec<F> search(String term) {
        return new ListSpec<>(Optional.of(term), List.of(), Optional.empty());
    }

    protected static <F extends Enum<F>> ListSpec<F> ordered(SortOrder<F> order) {
        return new ListSpec<>(Optional.empty(), List.of(order), Optional.empty());
    }
}
