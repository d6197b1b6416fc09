package io.kamdesk.application.billing.port.out;

import io.kamdesk.domain.billing.Statement;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/** A customer's account as the statement reads it: Active bills by billing date, their payments not void. */
public interface StatementReadModel {

    /** What the customer owed before {@code day}: bills billed before it less payments paid before it. */
    Money balanceBefore(long customerId, LocalDate day);

    /** The bills billed and payments paid from {@code from} to {@code to}, both included. */
    List<Statement.Entry> entries(long customerId, LocalDate from, LocalDate to);
}
