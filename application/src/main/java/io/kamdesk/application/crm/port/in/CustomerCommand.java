package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.Patch;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of a customer as sent: absent fields are left alone by PATCH, defaulted by create.
 * {@code assignedSalesPerson} is the KAM's user id.
 */
public record CustomerCommand(Patch<String> name, Patch<String> companyName, Patch<String> email, Patch<String> phone,
        Patch<String> address, Patch<String> linkId, Patch<BigDecimal> monthlyRevenue,
        Patch<BigDecimal> potentialRevenue, Patch<Long> assignedSalesPerson, Patch<String> status,
        Patch<LocalDate> joinedOn) {
}
