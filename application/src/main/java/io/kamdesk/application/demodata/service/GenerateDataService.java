package io.kamdesk.application.demodata.service;

import io.kamdesk.application.demodata.port.in.GenerateDataReport;
import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.demodata.port.in.GenerateDemoDataCommand;
import io.kamdesk.application.demodata.port.out.DemoDataStore;
import io.kamdesk.application.demodata.service.SyntheticCustomer.BillDraft;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.PasswordPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Generates users, customers and bills from a seed and writes them through its own store: the
 * users one by one (they are few), then customers with their bills in batches of about
 * {@value #BATCH_ROWS} rows, each batch one transaction with one bulk insert of customers and one of
 * bills, so memory stays flat however much is asked for.
 *
 * <p>Names are derived from the seed (user {@code kam1.s42}, customer e-mail
 * {@code accounts.c1.s42@…}), so runs with different seeds never collide; a seed already generated
 * into the database is refused, since its rows would only collide with themselves. Every user gets
 * the role sales_person and the password {@link #USER_PASSWORD}, hashed once for all of them.
 */
public final class GenerateDataService implements GenerateDataUseCase {

    /** Rows (customers plus bills) written per transaction. */
    static final int BATCH_ROWS = 5_000;
    static final String USER_DOMAIN = "demo.kamdesk.local";

    private static final String[] FIRST_NAMES = {"Rahim", "Karim", "Nusrat", "Farhana", "Tanvir", "Sadia", "Arif",
        "Mitu", "Imran", "Shirin", "Fahim", "Taslima", "Rakib", "Jannat", "Sohel", "Ayesha"};
    private static final String[] LAST_NAMES = {"Ahmed", "Hossain", "Islam", "Rahman", "Chowdhury", "Khan", "Akter",
        "Sarker", "Das", "Uddin", "Haque", "Mahmud"};

    private final DemoDataStore store;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final DemoDataSettings settings;

    public GenerateDataService(DemoDataStore store, PasswordHasher hasher, Transactions transactions,
            BusinessCalendar calendar, DemoDataSettings settings) {
        this.store = store;
        this.hasher = hasher;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public GenerateDataReport generateData(GenerateDemoDataCommand request) {
        LocalDate today = calendar.today();
        Instant now = calendar.now();
        // Argon2 is slow on purpose: one hash serves every generated user
        String passwordHash = request.users() > 0 ? hasher.hash(USER_PASSWORD) : null;
        List<User> kams = transactions.inTransaction(() -> {
            refuseSeedAlreadyGenerated(request, today);
            return createUsers(request, passwordHash, now);
        });

        int perBatch = Math.max(1, BATCH_ROWS / (1 + request.billsPerCustomer()));
        long billsWritten = 0;
        for (int first = 0; first < request.customers(); first += perBatch) {
            int from = first;
            int count = Math.min(perBatch, request.customers() - first);
            billsWritten += transactions.inTransaction(() -> writeBatch(request, from, count, kams, today, now));
            request.progress().written((long) from + count, billsWritten);
        }
        return new GenerateDataReport(kams.stream().map(user -> user.email().value()).toList(), request.customers(),
                billsWritten);
    }

    private void refuseSeedAlreadyGenerated(GenerateDemoDataCommand request, LocalDate today) {
        String seed = "--seed " + request.seed();
        if (request.users() > 0) {
            Username first = username(request.seed(), 1);
            if (store.userExists(first, email(first))) {
                throw alreadyGenerated(seed, "user " + email(first));
            }
        }
        if (request.customers() > 0) {
            EmailAddress firstCustomer = SyntheticCustomer.firstEmail(request.seed(), today);
            if (store.customerExists(firstCustomer)) {
                throw alreadyGenerated(seed, "customer " + firstCustomer);
            }
        }
    }

    private static ConflictException alreadyGenerated(String seed, String what) {
        return new ConflictException(Refusal.ALREADY_GENERATED, seed, what);
    }

    private List<User> createUsers(GenerateDemoDataCommand request, String passwordHash, Instant now) {
        if (request.users() == 0) {
            return List.of();
        }
        long salesPerson = store.roleId(Role.SALES_PERSON).orElseThrow(() -> new NotFoundException(Subject.ROLE,
                Role.SALES_PERSON));
        Random random = new Random(request.seed());
        List<User> created = new ArrayList<>();
        for (int i = 1; i <= request.users(); i++) {
            Username username = username(request.seed(), i);
            EmailAddress email = email(username);
            PasswordPolicy.standard().check(USER_PASSWORD, username, email);
            String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            created.add(store.insertUser(User.create(email, username, passwordHash, firstName, lastName, salesPerson,
                    now)));
        }
        return List.copyOf(created);
    }

    /** Customers {@code from} to {@code from + count - 1} with their bills; answers the number of bills. */
    private long writeBatch(GenerateDemoDataCommand request, int from, int count, List<User> kams, LocalDate today,
            Instant now) {
        List<SyntheticCustomer> drawn = new ArrayList<>(count);
        for (int index = from; index < from + count; index++) {
            drawn.add(SyntheticCustomer.draw(request.seed(), index, kams.size(), request.billsPerCustomer(), today));
        }
        Iterator<Long> customerIds = store.nextCustomerIds(count).iterator();
        List<Customer> batch = new ArrayList<>(count);
        for (SyntheticCustomer synthetic : drawn) {
            Long kamId = synthetic.kamIndex() == null ? null : kams.get(synthetic.kamIndex()).id();
            Customer customer = Customer.create(customerIds.next(), settings.customerNumberPrefix(), synthetic.details(),
                    kamId, CustomerStatus.ACTIVE, synthetic.joinedOn(), today, now);
            if (synthetic.status() != CustomerStatus.ACTIVE) {
                customer = customer.changeStatus(synthetic.status(), synthetic.leftOn(), now);
            }
            batch.add(customer);
        }
        store.insertCustomers(batch);

        int billCount = drawn.stream().mapToInt(synthetic -> synthetic.bills().size()).sum();
        if (billCount == 0) {
            return 0;
        }
        List<CustomerBill> monthByMonth = new ArrayList<>(billCount);
        for (int i = 0; i < drawn.size(); i++) {
            for (BillDraft draft : drawn.get(i).bills()) {
                monthByMonth.add(new CustomerBill(batch.get(i), draft));
            }
        }
        monthByMonth.sort(CustomerBill.BY_BILLING_DATE);
        Iterator<Long> billIds = store.nextBillIds(billCount).iterator();
        List<Bill> issued = new ArrayList<>(billCount);
        for (CustomerBill pending : monthByMonth) {
            Customer customer = pending.customer();
            BillDraft draft = pending.draft();
            long id = billIds.next();
            String number = BillNumber.of(settings.billNumberPrefix(), customer.details().companyName(),
                    customer.details().name(), id, draft.terms().billingDate(), today);
            issued.add(Bill.issue(id, customer.id(), number, draft.terms(), draft.charges(), draft.status(), now));
        }
        store.insertBills(issued);
        return billCount;
    }

    /**
     * A batch's bills are issued and stored month by month, as a monthly billing run stores them,
     * not customer by customer: a month's bills then sit on a few pages of each batch, and reading a
     * month (the bill list, the dashboard) touches as many pages as it would in production. Undated
     * bills come first; the sort is stable, so customers keep their order within a month.
     */
    private record CustomerBill(Customer customer, BillDraft draft) {

        static final Comparator<CustomerBill> BY_BILLING_DATE = Comparator.comparing(
                (CustomerBill bill) -> bill.draft().terms().billingDate(),
                Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    static Username username(long seed, int position) {
        return Username.of("kam" + position + ".s" + seed);
    }

    private static EmailAddress email(Username username) {
        return EmailAddress.of(username.value() + "@" + USER_DOMAIN);
    }
}
