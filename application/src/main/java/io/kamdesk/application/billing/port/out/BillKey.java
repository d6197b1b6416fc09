package io.kamdesk.application.billing.port.out;

import java.time.LocalDate;
import java.util.Objects;

/** The natural key of a bill: imports update the bill of this customer, date and NTTN link. */
public record BillKey(long customerId, LocalDate billingDate, String nttnCap, String nttnCom) {

    public BillKey {
        Objects.requireNonNull(nttnCap, "nttnCap");
        Objects.requireNonNull(nttnCom, "nttnCom");
    }
}
