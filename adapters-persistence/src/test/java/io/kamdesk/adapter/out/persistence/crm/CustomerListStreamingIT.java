package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.own;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.User;
import java.time.YearMonth;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The unpaged customer list at scale: every row goes through the cursor to the sink, which keeps
 * nothing. This shows the streaming path works for a large result; it does not measure memory.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CustomerListStreamingIT {

    private static final int ROWS = 100_000;

    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    DSLContext dsl;

    @Test
    void list_unpagedHundredThousandCustomers_streamsEveryRow() {
        User kam = newUser(users, "bulk");
        String tag = "bulk" + kam.id();
        dsl.execute("""
                insert into customer (customer_number, name, email, phone, kam_id, status, joined_on, created_at,
                                      updated_at)
                select 'BULK-' || ? || '-' || g, 'Bulk customer ' || g, ? || '.' || g || '@example.com',
                       '+880 1711-000000', ?, 'Active', current_date, now(), now()
                from generate_series(1, ?) as g
                """, tag, tag, kam.id(), ROWS);
        CountingSink sink = new CountingSink();

        try {
            customers.list(new ListCustomersQuery(own(kam), Optional.empty(), Optional.empty(), ListSpec.everything()),
                    YearMonth.now(), sink);
        } finally {
            // the database is shared with the other tests of this configuration: leave it as it was
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER.KAM_ID.eq(kam.id())).execute();
        }

        assertThat(sink.total).isEqualTo(ROWS);
        assertThat(sink.items).isEqualTo(ROWS);
    }

    /** Keeps nothing but counts, so the test itself holds no list. */
    private static final class CountingSink implements ResultSink<CustomerView> {

        long total = -1;
        long items;

        @Override
        public void total(long count) {
            total = count;
        }

        @Override
        public void item(CustomerView item) {
            items++;
        }
    }
}
