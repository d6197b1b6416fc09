package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.InvalidRequestException;
import io.kamdesk.domain.billing.BillingMonth;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A month as the API writes it, {@code YYYY-MM}; anything else answers 400 naming the field. */
final class Months {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}");

    private Months() {
    }

    /** Null when absent or blank (the use case reports a required month). */
    static BillingMonth parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String month = value.strip();
        try {
            if (SHAPE.matcher(month).matches() && YearMonth.parse(month).getYear() >= 1900) {
                return new BillingMonth(YearMonth.parse(month));
            }
        } catch (DateTimeException e) {
            // reported below as any other malformed month
        }
        throw InvalidRequestException.of(field, "Month has wrong format. Use YYYY-MM.");
    }
}
