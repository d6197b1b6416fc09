package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bill charges and what was paid: one line per bandwidth component, a discount and the amount
 * received. The totals are derived here and nowhere else:
 * {@code total_bill = Σ round(quantity × unit price) − discount}, {@code total_due = total_bill −
 * received}. The discount may not exceed the gross amount; an overpayment is a credit (negative due).
 */
public final class BillCharges {

    private final Map<BandwidthComponent, BillLine> lines;
    private final Money discount;
    private final Money received;

    private BillCharges(Map<BandwidthComponent, BillLine> lines, Money discount, Money received) {
        this.lines = lines;
        this.discount = discount;
        this.received = received;
    }

    public static BillCharges of(Collection<BillLine> givenLines, Money discount, Money received) {
        Objects.requireNonNull(discount);
        Objects.requireNonNull(received);
        Map<BandwidthComponent, BillLine> lines = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            lines.put(component, BillLine.empty(component));
        }
        givenLines.forEach(line -> lines.put(line.component(), line));
        if (discount.isNegative()) {
            throw InvalidInputException.of("discount", Reason.NEGATIVE);
        }
        if (received.isNegative()) {
            throw InvalidInputException.of("totalReceived", Reason.NEGATIVE);
        }
        BillCharges charges = new BillCharges(lines, discount, received);
        Money gross;
        try {
            gross = charges.gross();
        } catch (InvalidValueException e) {
            // every line fits a money column, their sum may not
            throw InvalidInputException.of(InvalidInputException.WHOLE_INPUT, Reason.GROSS_TOO_LARGE, Money.LARGEST);
        }
        if (discount.compareTo(gross) > 0) {
            throw InvalidInputException.of("discount", Reason.EXCEEDS_GROSS, discount.amount(), gross.amount());
        }
        return charges;
    }

    /** The same charges with another amount received (the ledger's sum). */
    BillCharges withReceived(Money newReceived) {
        return of(lines.values(), discount, newReceived);
    }

    public BillLine line(BandwidthComponent component) {
        return lines.get(component);
    }

    public List<BillLine> lines() {
        return List.copyOf(lines.values());
    }

    public Money gross() {
        return lines.values().stream().map(BillLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money discount() {
        return discount;
    }

    public Money received() {
        return received;
    }

    public Money totalBill() {
        return gross().minus(discount);
    }

    /** Negative when the customer paid more than billed: a credit. */
    public Money totalDue() {
        return totalBill().minus(received);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BillCharges charges && lines.equals(charges.lines) && discount.equals(charges.discount)
                && received.equals(charges.received);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, discount, received);
    }
}
