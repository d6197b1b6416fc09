package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person types about a prospect. E-mail, phone and follow-up date are optional; the
 * potential revenue is an expected monthly amount, never negative.
 */
public record ProspectDetails(String name, String companyName, EmailAddress email, PhoneNumber phone, String address,
        Money potentialRevenue, String contactPerson, String source, LocalDate followUpDate, String notes) {

    public static final int MAX_NAME = 255;
    public static final int MAX_ADDRESS = 1000;
    public static final int MAX_SOURCE = 100;
    public static final int MAX_NOTES = 10_000;

    public ProspectDetails {
        Objects.requireNonNull(name, "name");
        companyName = Objects.requireNonNullElse(companyName, "");
        address = Objects.requireNonNullElse(address, "");
        contactPerson = Objects.requireNonNullElse(contactPerson, "");
        source = Objects.requireNonNullElse(source, "");
        notes = Objects.requireNonNullElse(notes, "");
        potentialRevenue = Objects.requireNonNullElse(potentialRevenue, Money.ZERO);
        if (potentialRevenue.isNegative()) {
            throw new InvalidValueException(Reason.NEGATIVE);
        }
    }
}
