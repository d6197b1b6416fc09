package io.kamdesk.application.billing.port.in;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One bill of a bulk upsert: its fields (its customer required) and, optionally, the totals its
 * sender states: when a stated total differs from what the charges give, the bill is refused.
 */
public record UpsertBillCommand(BillCommand input, Optional<BigDecimal> statedTotalBill,
        Optional<BigDecimal> statedTotalDue) {

    public UpsertBillCommand {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(statedTotalBill, "statedTotalBill");
        Objects.requireNonNull(statedTotalDue, "statedTotalDue");
    }
}
