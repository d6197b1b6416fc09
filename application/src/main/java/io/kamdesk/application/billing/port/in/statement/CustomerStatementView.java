package io.kamdesk.application.billing.port.in.statement;

import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.domain.billing.Statement;
import java.time.LocalDate;

/** A customer's statement over a period, with who the customer is. */
public record CustomerStatementView(BilledCustomer customer, LocalDate from, LocalDate to, Statement statement) {
}
