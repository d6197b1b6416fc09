package io.kamdesk.application.billing.port.in;

import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A bill as the screens show it, with the short form of its customer and the derived totals. */
public record BillView(long id, String billNumber, CustomerSummary customer, String nttnCap, String nttnCom,
        LocalDate activeDate, LocalDate billingDate, LocalDate terminationDate, Map<BandwidthComponent, Line> lines,
        Money discount, Money totalReceived, Money totalBill, Money totalDue, String status, String remarks,
        Instant createdAt, Instant updatedAt) {

    public BillView {
        lines = Collections.unmodifiableMap(linesByComponent(lines));
    }

    /** An enum map: exports read every line of a million bills, and a lookup in it is an array index. */
    private static Map<BandwidthComponent, Line> linesByComponent(Map<BandwidthComponent, Line> lines) {
        Map<BandwidthComponent, Line> copy = new EnumMap<>(BandwidthComponent.class);
        lines.forEach((component, line) -> copy.put(component, Objects.requireNonNull(line, "line")));
        return copy;
    }

    public record Line(Quantity quantity, Money unitPrice) {
    }

    /** What a bill shows of its customer; {@code kam} is the customer's KAM's username, or null. */
    public record CustomerSummary(long id, String name, String companyName, String email, String phone,
            String address, String kam) {
    }
}
