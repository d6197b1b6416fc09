package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import java.util.Objects;

/**
 * What a person types about a customer. E-mail and phone are required; {@code linkId} (the NTTN
 * link) is optional and unique; revenues are contracted and expected monthly amounts, never negative.
 */
public record CustomerDetails(String name, String companyName, EmailAddress email, PhoneNumber phone, String address,
        String linkId, Money monthlyRevenue, Money potentialRevenue) {

    public static final int MAX_NAME = 255;
    public static final int MAX_ADDRESS = 1000;
    public static final int MAX_LINK_ID = 100;

    public CustomerDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        companyName = Objects.requireNonNullElse(companyName, "");
        address = Objects.requireNonNullElse(address, "");
        linkId = linkId == null || linkId.isBlank() ? null : linkId.strip();
        monthlyRevenue = Objects.requireNonNullElse(monthlyRevenue, Money.ZERO);
        potentialRevenue = Objects.requireNonNullElse(potentialRevenue, Money.ZERO);
        if (monthlyRevenue.isNegative() || potentialRevenue.isNegative()) {
            throw new InvalidValueException(Reason.NEGATIVE);
        }
    }
}
