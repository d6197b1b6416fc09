package io.kamdesk.application.demodata.port.out;

import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

/**
 * Where generated data goes: the users, customers and bills of the database the service runs on,
 * written in bulk. The generator's own port, so that it needs nothing of the areas' use cases.
 */
public interface DemoDataStore {

    /** Whether a user with this username (any case) or this e-mail address exists. */
    boolean userExists(Username username, EmailAddress email);

    /** Whether a customer with this e-mail address exists, whoever its KAM. */
    boolean customerExists(EmailAddress email);

    /** The id of the role with this name, if there is one. */
    Optional<Long> roleId(String name);

    /** Stores the user; answers it with its id. */
    User insertUser(User user);

    /** Ids for this many new customers, each reserved once. */
    List<Long> nextCustomerIds(int count);

    void insertCustomers(List<Customer> customers);

    /** Ids for this many new bills, each reserved once. */
    List<Long> nextBillIds(int count);

    void insertBills(List<Bill> bills);
}
