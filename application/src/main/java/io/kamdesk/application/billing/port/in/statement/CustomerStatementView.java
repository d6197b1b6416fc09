package io.kamdesk.application.billing.port.in.statement;

import io.kamdesk.domain.billing.Statement;
import java.time.LocalDate;

/** A customer's statement over a period, with who the customer is. */
public record CustomerStatementView(Customer customer, LocalDate from, LocalDate to, Statement statement) {

    /** The customer the statement is of; {@code kam} is their KAM's username, or null. */
    public record Customer(long id, String name, String companyName, String kam) {
    }
}
