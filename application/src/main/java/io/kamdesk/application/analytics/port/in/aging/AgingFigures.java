package io.kamdesk.application.analytics.port.in.aging;

import java.math.BigDecimal;
import java.util.Objects;

/** An outstanding amount and the number of customers it is owed by. */
public record AgingFigures(BigDecimal amount, long customers) {

    public static final AgingFigures NONE = new AgingFigures(new BigDecimal("0.00"), 0);

    public AgingFigures {
        Objects.requireNonNull(amount);
    }
}
