package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.application.crm.port.in.CustomerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer: stored amounts as strings with two decimals, the computed
 * {@code calculated_monthly_revenue} as a number, and the KAM both as id and as details.
 */
record CustomerResponse(long id, String customerNumber, String name, String companyName, String email, String phone,
        String address, String linkId, String monthlyRevenue, String potentialRevenue,
        BigDecimal calculatedMonthlyRevenue, String status, Long assignedSalesPerson,
        KamDetails assignedSalesPersonDetails, LocalDate joinedOn, LocalDate leftOn, Instant createdAt,
        Instant updatedAt) {

    static CustomerResponse from(CustomerView view) {
        CustomerView.Kam kam = view.kam();
        return new CustomerResponse(view.id(), view.customerNumber(), view.name(), view.companyName(), view.email(),
                view.phone(), view.address(), view.linkId(), view.monthlyRevenue().toString(),
                view.potentialRevenue().toString(), view.calculatedMonthlyRevenue(), view.status(),
                kam == null ? null : kam.id(),
                kam == null ? null : new KamDetails(kam.id(), kam.username(), kam.email()),
                view.joinedOn(), view.leftOn(), view.createdAt(), view.updatedAt());
    }

    record KamDetails(long id, String username, String email) {
    }
}
