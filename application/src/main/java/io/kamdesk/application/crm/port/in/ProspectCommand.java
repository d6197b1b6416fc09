package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.Patch;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of a prospect as sent: absent fields are left alone by PATCH, defaulted by create.
 * {@code salesPerson} is the owner's user id.
 */
public record ProspectCommand(Patch<String> name, Patch<String> companyName, Patch<String> email, Patch<String> phone,
        Patch<String> address, Patch<BigDecimal> potentialRevenue, Patch<String> contactPerson, Patch<String> source,
        Patch<LocalDate> followUpDate, Patch<String> notes, Patch<String> status, Patch<Long> salesPerson) {
}
