package io.kamdesk.application.billing.port.in;

import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A bill as the screens show it, with the short form of its customer and the derived totals. */
public record BillView(long id, String billNumber, CustomerSummary customer, String nttnCap, String nttnCom,
        LocalDate activeDate, LocalDate billingDate, LocalDate terminationDate, Map<BandwidthComponent, Line> lines,
        Money discount, Money totalReceived, Money totalBill, Money totalDue, String status, String remarks,
        Instant createdAt, Instant updatedAt) {

    public BillView {
        lines = Map.copyOf(lines);
    }

    public record Line(Quantity quantity, Money unitPrice) {
    }

    /** What a bill shows of its customer; {@code kam} is the customer's KAM's username, or null. */
    public record CustomerSummary(long id, String name, String companyName, String email, String phone,
            String address, String kam) {
    }
}
