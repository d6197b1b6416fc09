package io.kamdesk.architecture_fixtures.domain.identity;

import io.kamdesk.architecture_fixtures.domain.crm.Customer;
import java.util.List;

/** Bad (rule 6): identity depends on crm. */
public record UserOwningCustomers(long id, List<Customer> customers) {
}
