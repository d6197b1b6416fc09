package io.kamdesk.application.demodata.testing;

import io.kamdesk.application.billing.testing.InMemoryBillRepository;
import io.kamdesk.application.crm.testing.InMemoryCustomerRepository;
import io.kamdesk.application.demodata.port.out.DemoDataStore;
import io.kamdesk.application.identity.testing.InMemoryRoleRepository;
import io.kamdesk.application.identity.testing.InMemoryUserRepository;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

/** The generator's store over the in-memory repositories, as its jOOQ twin is over the tables. */
public final class InMemoryDemoDataStore implements DemoDataStore {

    private final InMemoryUserRepository users;
    private final InMemoryRoleRepository roles;
    private final InMemoryCustomerRepository customers;
    private final InMemoryBillRepository bills;

    public InMemoryDemoDataStore(InMemoryUserRepository users, InMemoryRoleRepository roles,
            InMemoryCustomerRepository customers, InMemoryBillRepository bills) {
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
    }
}
