package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A VAT rate in percent, 0 to 100 with at most two decimals (15 %, 7.5 %). */
public record VatRate(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final VatRate NONE = new VatRate(BigDecimal.ZERO);

    public VatRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException(Reason.OUT_OF_RANGE, 0, 100);
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(Reason.TOO_MANY_DECIMALS, 2);
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static VatRate of(String percent) {
        return new VatRate(new BigDecimal(percent));
    }

    /** The VAT on a net amount, rounded half-up to the cent. */
    public Money on(Money net) {
        return Money.of(net.amount().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
}
