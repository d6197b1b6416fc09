package io.kamdesk.adapter.out.persistence.contract;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.contract.CrmStore;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** The jOOQ repositories on the test's PostgreSQL database, as the CRM and billing contracts drive them. */
@Component
class JooqCrmStore implements CrmStore {

    private final CustomerRepository customers;
    private final ProspectRepository prospects;
    private final BillRepository bills;
    private final UserRepository users;
    private final PaymentRepository payments;
    private final Transactions transactions;

    JooqCrmStore(CustomerRepository customers, ProspectRepository prospects, BillRepository bills,
            UserRepository users, PaymentRepository payments, Transactions transactions) {
        this.payments = payments;
        this.transactions = transactions;
        this.customers = customers;
        this.prospects = prospects;
        this.bills = bills;
        this.users = users;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public ProspectRepository prospects() {
        return prospects;
    }

    @Override
    public BillRepository bills() {
        return bills;
    }

    @Override
    public PaymentRepository payments() {
        return payments;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public long givenKam(String username) {
        return users.insert(User.create(EmailAddress.of(username + "@contract.example"), Username.of(username),
                "hash", "", "", null, now())).id();
    }

    @Override
    public Instant now() {
        // what a timestamptz column keeps
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now();
    }
}
