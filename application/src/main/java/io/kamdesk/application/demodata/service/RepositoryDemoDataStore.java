package io.kamdesk.application.demodata.service;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.demodata.port.out.DemoDataStore;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The generator's store over the areas' repositories, whichever implements them: on PostgreSQL the
 * bulk inserts by COPY of customers and bills, in tests the in-memory fakes (whose contract tests
 * keep them honest). The generator itself sees only {@link DemoDataStore}.
 */
public final class RepositoryDemoDataStore implements DemoDataStore {

    private final UserRepository users;
    private final RoleRepository roles;
    private final CustomerRepository customers;
    private final BillRepository bills;
    private final PaymentRepository payments;

    public RepositoryDemoDataStore(UserRepository users, RoleRepository roles, CustomerRepository customers,
            BillRepository bills, PaymentRepository payments) {
        this.payments = payments;
        this.users = users;
        this.roles = roles;
        this.customers = customers;
        this.bills = bills;
    }

    @Override
    public boolean userExists(Username username, EmailAddress email) {
        return users.findByUsername(username).isPresent() || users.findByEmail(email).isPresent();
    }

    @Override
    public boolean customerExists(EmailAddress email) {
        return customers.findByEmailForUpdate(email).isPresent();
    }

    @Override
    public Optional<Long> roleId(String name) {
        return roles.findByName(name).map(Role::id);
    }

    @Override
    public User insertUser(User user) {
        return users.insert(user);
    }

    @Override
    public List<Long> nextCustomerIds(int count) {
        return customers.nextIds(count);
    }

    @Override
    public void insertCustomers(List<Customer> batch) {
        customers.insertAll(batch);
    }

    @Override
    public List<Long> nextBillIds(int count) {
        return bills.nextIds(count);
    }

    @Override
    public void insertBills(List<Bill> batch) {
        bills.insertAll(batch);
        // what a generated bill received enters the ledger as one adjustment on its billing date
        payments.insertAll(batch.stream().flatMap(bill -> Payment.adjusting(bill.id(), Money.ZERO,
                bill.charges().received(), Optional.ofNullable(bill.terms().billingDate())
                        .orElse(LocalDate.ofInstant(bill.createdAt(), ZoneOffset.UTC)), 0, bill.createdAt()).stream())
                .toList());
    }
}
