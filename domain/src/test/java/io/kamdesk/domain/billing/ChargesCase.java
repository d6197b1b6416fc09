package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The raw figures of one bill as plain BigDecimals, and the billing rule worked out on them with
 * nothing but BigDecimal arithmetic: the oracle the domain's {@link BillCharges} is checked against.
 * A component absent from {@code lines} is not sent at all (the domain treats it as zero).
 */
record ChargesCase(Map<BandwidthComponent, Line> lines, BigDecimal discount, BigDecimal received) {

    record Line(BigDecimal quantity, BigDecimal unitPrice) {

        /** The exact product, unrounded. */
        BigDecimal exact() {
            return quantity.multiply(unitPrice);
        }

        /** The line as the rule bills it: rounded half-up to the cent on its own. */
        BigDecimal rounded() {
            return exact().setScale(2, RoundingMode.HALF_UP);
        }
    }

    ChargesCase {
        lines = Map.copyOf(lines);
    }

    /** Σ round(quantity × unit price, 2, HALF_UP). */
    BigDecimal expectedGross() {
        BigDecimal gross = BigDecimal.ZERO;
        for (Line line : lines.values()) {
            gross = gross.add(line.rounded());
        }
        return gross;
    }

    /** total_bill = Σ round(quantity × unit price) − discount. */
    BigDecimal expectedTotalBill() {
        return expectedGross().subtract(discount);
    }

    /** total_due = total_bill − received. */
    BigDecimal expectedTotalDue() {
        return expectedTotalBill().subtract(received);
    }

    /** The wrong rule: add the exact products, round once at the end. */
    BigDecimal grossRoundedOnceAtTheEnd() {
        BigDecimal exact = BigDecimal.ZERO;
        for (Line line : lines.values()) {
            exact = exact.add(line.exact());
        }
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    ChargesCase withLine(BandwidthComponent component, Line line) {
        Map<BandwidthComponent, Line> changed = new EnumMap<>(BandwidthComponent.class);
        changed.putAll(lines);
        changed.put(component, line);
        return new ChargesCase(changed, discount, received);
    }

    ChargesCase withDiscount(BigDecimal newDiscount) {
        return new ChargesCase(lines, newDiscount, received);
    }

    ChargesCase withReceived(BigDecimal newReceived) {
        return new ChargesCase(lines, discount, newReceived);
    }

    Line line(BandwidthComponent component) {
        return lines.getOrDefault(component, new Line(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** The same figures as domain values. */
    BillCharges build() {
        List<BillLine> domainLines = new ArrayList<>();
        lines.forEach((component, line) -> domainLines.add(
                new BillLine(component, Quantity.of(line.quantity()), Money.of(line.unitPrice()))));
        return BillCharges.of(domainLines, Money.of(discount), Money.of(received));
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        for (BandwidthComponent component : BandwidthComponent.values()) {
            Line line = lines.get(component);
            if (line != null) {
                text.add(component + " " + line.quantity().toPlainString() + " x " + line.unitPrice().toPlainString());
            }
        }
        text.add("discount " + discount.toPlainString());
        text.add("received " + received.toPlainString());
        return text.toString();
    }
}
