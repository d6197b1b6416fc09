package io.kamdesk.application.billing.port.in.terms;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** Gives a customer its own payment terms ({@code days}, 0 to 365) or, with null, the setting's again. */
public record SetPaymentTermsCommand(Viewer viewer, long customerId, Integer days) {

    public static final int MAX_DAYS = 365;

    public SetPaymentTermsCommand {
        Objects.requireNonNull(viewer);
    }
}
