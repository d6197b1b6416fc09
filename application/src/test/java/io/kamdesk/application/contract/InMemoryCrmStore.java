package io.kamdesk.application.contract;

import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.fileio.testing.FileioFakes;
import java.time.Instant;
import java.time.LocalDate;

/** The fakes the application tests use, joined as the database joins its tables. */
public final class InMemoryCrmStore implements CrmStore {

    private final FileioFakes fakes = new FileioFakes();

    @Override
    public CustomerRepository customers() {
        return fakes.customers();
    }

    @Override
    public ProspectRepository prospects() {
        return fakes.prospects();
    }

    @Override
    public BillRepository bills() {
        return fakes.bills();
    }

    @Override
    public PaymentRepository payments() {
        return fakes.payments();
    }

    @Override
    public Transactions transactions() {
        return fakes.transactions();
    }

    @Override
    public long givenKam(String username) {
        return fakes.kams().add(username).id();
    }

    @Override
    public Instant now() {
        return fakes.clock().instant();
    }

    @Override
    public LocalDate today() {
        return fakes.today();
    }
}
