package io.kamdesk.domain.billing;

import io.kamdesk.domain.billing.ChargesCase.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Random bill figures from a seeded {@link Random}, leaning on the values where billing goes wrong:
 * zero, products that land exactly on half a cent, quantities with four decimals, quantities and
 * prices at the limits of their columns. Every line generated fits {@link #LINE_CAP}, so six of them
 * always fit a money column.
 */
final class RandomCharges {

    /** The largest amount a money column ({@code numeric(15,2)}) holds. */
    static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");
    /** The largest quantity a quantity column ({@code numeric(15,4)}) holds. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999.9999");
    /** Six lines of at most this much add up to less than {@link #MAX_MONEY}. */
    static final BigDecimal LINE_CAP = new BigDecimal("1600000000000.00");

    private final Random random;

    RandomCharges(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A bill whose discount is at most its gross amount; received anything from 0 to far too much. */
    ChargesCase validCase() {
        Map<BandwidthComponent, Line> lines = lines();
        ChargesCase withoutMoney = new ChargesCase(lines, BigDecimal.ZERO, BigDecimal.ZERO);
        BigDecimal gross = withoutMoney.expectedGross();
        BigDecimal discount = discountUpTo(gross);
        BigDecimal totalBill = gross.subtract(discount);
        return new ChargesCase(lines, discount, received(totalBill));
    }

    /** Each component absent, zero, or a random line; at least one line is usually present. */
    Map<BandwidthComponent, Line> lines() {
        Map<BandwidthComponent, Line> lines = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            int pick = random.nextInt(8);
            if (pick == 0) {
                continue;
            }
            if (pick == 1) {
                lines.put(component, new Line(BigDecimal.ZERO, BigDecimal.ZERO));
                continue;
            }
            lines.put(component, line());
        }
        return lines;
    }

    /** A quantity and a unit price whose product fits {@link #LINE_CAP}. */
    Line line() {
        if (random.nextInt(6) == 0) {
            // exactly half a cent before rounding: k.5 × an odd number of cents
            BigDecimal quantity = BigDecimal.valueOf(2L * random.nextInt(2000) + 1, 1);
            BigDecimal price = BigDecimal.valueOf(2L * random.nextInt(50_000) + 1, 2);
            return new Line(quantity, price);
        }
        BigDecimal quantity = quantity();
        return new Line(quantity, priceFor(quantity));
    }

    BigDecimal quantity() {
        return switch (random.nextInt(8)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(random.nextInt(1001));
            // four decimals, up to 9999.9999
            case 2 -> BigDecimal.valueOf(random.nextLong(100_000_000L), 4);
            // one to three decimals
            case 3 -> BigDecimal.valueOf(random.nextInt(100_000), 1 + random.nextInt(3));
            // at the upper limit of the column
            case 4 -> MAX_QUANTITY.subtract(BigDecimal.valueOf(random.nextInt(10_000), 4));
            // tiny: 0.0001 to 0.0099
            case 5 -> BigDecimal.valueOf(1 + random.nextInt(99), 4);
            // k + 0.0005: half-cent products with prices in whole units of ten
            case 6 -> BigDecimal.valueOf(random.nextInt(1000) * 10_000L + 5, 4);
            // anywhere in the column's range
            default -> BigDecimal.valueOf(random.nextLong(1_000_000_000_000_000L), 4);
        };
    }

    /** A unit price that keeps {@code quantity × price} within {@link #LINE_CAP}. */
    BigDecimal priceFor(BigDecimal quantity) {
        BigDecimal max = quantity.signum() == 0 ? MAX_MONEY
                : LINE_CAP.divide(quantity, 2, RoundingMode.DOWN).min(MAX_MONEY);
        BigDecimal price = switch (random.nextInt(7)) {
            case 0 -> BigDecimal.ZERO;
            // an odd number of cents, up to 999.99
            case 1 -> BigDecimal.valueOf(2L * random.nextInt(50_000) + 1, 2);
            case 2 -> BigDecimal.valueOf(random.nextLong(10_000_000L), 2);
            case 3 -> BigDecimal.valueOf(random.nextInt(100_001));
            case 4 -> BigDecimal.valueOf(random.nextInt(1000) * 10L);
            // the largest price this quantity allows (9999999999999.99 for a zero quantity)
            case 5 -> max;
            default -> centsUpTo(max);
        };
        return price.compareTo(max) > 0 ? centsUpTo(max) : price;
    }

    /** A discount from 0 to {@code gross}, often one of the two ends. */
    BigDecimal discountUpTo(BigDecimal gross) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> BigDecimal.ZERO.setScale(2);
            case 2 -> gross;
            case 3 -> gross.min(new BigDecimal("0.01"));
            default -> centsUpTo(gross);
        };
    }

    /** An amount received: nothing, part, exactly the bill, more than it, or the most a column holds. */
    BigDecimal received(BigDecimal totalBill) {
        return switch (random.nextInt(6)) {
            case 0 -> BigDecimal.ZERO.setScale(2);
            case 1 -> totalBill;
            case 2 -> centsUpTo(totalBill);
            case 3 -> overpayment(totalBill);
            case 4 -> MAX_MONEY;
            default -> centsUpTo(MAX_MONEY);
        };
    }

    /** More than {@code totalBill}, by at least a cent, still within a money column. */
    BigDecimal overpayment(BigDecimal totalBill) {
        BigDecimal room = MAX_MONEY.subtract(totalBill);
        BigDecimal extra = new BigDecimal("0.01").add(centsUpTo(room.subtract(new BigDecimal("0.01"))
                .min(random.nextBoolean() ? new BigDecimal("1000000.00") : room)));
        return totalBill.add(extra);
    }

    /** A whole number of cents from 0 to {@code max} inclusive. */
    BigDecimal centsUpTo(BigDecimal max) {
        long cents = max.setScale(2, RoundingMode.DOWN).movePointRight(2).longValueExact();
        return BigDecimal.valueOf(cents == 0 ? 0 : random.nextLong(cents + 1), 2);
    }
}
