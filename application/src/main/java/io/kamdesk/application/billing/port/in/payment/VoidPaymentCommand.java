package io.kamdesk.application.billing.port.in.payment;

import io.kamdesk.domain.identity.Viewer;
import java.util.Objects;

/** Voids a payment the viewer may see, for a stated reason. */
public record VoidPaymentCommand(Viewer viewer, long paymentId, String reason) {

    public VoidPaymentCommand {
        Objects.requireNonNull(viewer);
    }
}
