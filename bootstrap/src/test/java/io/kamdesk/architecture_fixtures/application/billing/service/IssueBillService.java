package io.kamdesk.architecture_fixtures.application.billing.service;

import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillCommand;
import io.kamdesk.architecture_fixtures.application.billing.port.in.IssueBillUseCase;
import io.kamdesk.architecture_fixtures.application.billing.port.out.BillRepository;
import io.kamdesk.architecture_fixtures.domain.billing.Bill;
import io.kamdesk.architecture_fixtures.domain.shared.Money;
import java.math.BigDecimal;

public class IssueBillService implements IssueBillUseCase {

    private final BillRepository bills;

    public IssueBillService(BillRepository bills) {
        this.bills = bills;
    }

    @Override
    public Bill issue(IssueBillCommand command) {
        Bill bill = new Bill(0, command.customerId(), new Money(BigDecimal.ZERO));
        bills.insert(bill);
        return bill;
    }
}
