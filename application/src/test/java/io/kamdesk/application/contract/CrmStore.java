package io.kamdesk.application.contract;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The CRM and billing out-ports over one store, as a contract drives them: in memory (the fakes the
 * application tests use) or on PostgreSQL (the jOOQ adapter). The store may hold other tests' rows:
 * contracts look only at rows they made.
 */
public interface CrmStore {

    CustomerRepository customers();

    ProspectRepository prospects();

    BillRepository bills();

    PaymentRepository payments();

    /** The store's transactions: a bill and its payments change together or not at all. */
    Transactions transactions();

    /** A new active user who may own prospects and customers; answers the id. */
    long givenKam(String username);

    Instant now();

    LocalDate today();
}
