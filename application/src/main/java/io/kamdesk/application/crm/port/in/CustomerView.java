package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer as the screens show it. {@code calculatedMonthlyRevenue} is the sum of the customer's
 * Active bills dated this month, computed by the same query that reads the customer.
 */
public record CustomerView(long id, String customerNumber, String name, String companyName, String email,
        String phone, String address, String linkId, Money monthlyRevenue, Money potentialRevenue,
        BigDecimal calculatedMonthlyRevenue, String status, LocalDate joinedOn, LocalDate leftOn, Kam kam,
        Instant createdAt, Instant updatedAt) {

    /** The KAM's short form, or null when the customer is unassigned. */
    public record Kam(long id, String username, String email) {
    }
}
