package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.TODAY;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.all;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newCustomer;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.billing.BillingFixtures.own;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The customers a viewer may bill: found by id within the viewer's scope. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class BillableCustomersIT {

    @Autowired
    BillableCustomers billable;
    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;

    @Test
    void findVisible_customerOfTheKam_answersWhatABillShowsOfIt() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Acme Inc", "Acme Holdings", kam);

        Optional<BilledCustomer> found = billable.findVisible(own(kam), customer.id());

        assertThat(found).contains(new BilledCustomer(customer.id(), "Acme Inc", "Acme Holdings",
                customer.details().email().value(), customer.details().phone().value(), customer.details().address(),
                kam.username().value()));
    }

    @Test
    void findVisible_customerWithoutKam_hasNoKamUsername() {
        User admin = newUser(users, "admin");
        Customer customer = newCustomer(customers, "Lone Inc", "", null);

        Optional<BilledCustomer> found = billable.findVisible(all(admin), customer.id());

        assertThat(found).get().extracting(BilledCustomer::kam).isNull();
    }

    @Test
    void findVisible_scopeOwn_findsOnlyTheKamsOwnCustomers() {
        User kam = newUser(users, "kam");
        Customer theirs = newCustomer(customers, "Theirs", "", newUser(users, "kam"));
        Customer nobodys = newCustomer(customers, "Nobodys", "", null);

        Optional<BilledCustomer> ownTheirs = billable.findVisible(own(kam), theirs.id());
        Optional<BilledCustomer> ownNobodys = billable.findVisible(own(kam), nobodys.id());
        Optional<BilledCustomer> allTheirs = billable.findVisible(all(kam), theirs.id());
        Optional<BilledCustomer> allNobodys = billable.findVisible(all(kam), nobodys.id());

        assertThat(ownTheirs).isEmpty();
        assertThat(ownNobodys).isEmpty();
        assertThat(allTheirs).map(BilledCustomer::id).contains(theirs.id());
        assertThat(allNobodys).map(BilledCustomer::id).contains(nobodys.id());
    }

    @Test
    void findVisible_lostCustomer_isStillBillable() {
        User kam = newUser(users, "kam");
        Customer customer = newCustomer(customers, "Departed", "", kam);
        customers.update(customer.changeStatus(CustomerStatus.LOST, TODAY, NOW));

        Optional<BilledCustomer> found = billable.findVisible(own(kam), customer.id());

        assertThat(found).map(BilledCustomer::id).contains(customer.id());
    }

    @Test
    void findVisible_unknownCustomer_isEmpty() {
        User admin = newUser(users, "admin");

        Optional<BilledCustomer> found = billable.findVisible(all(admin), Long.MAX_VALUE);

        assertThat(found).isEmpty();
    }
}
