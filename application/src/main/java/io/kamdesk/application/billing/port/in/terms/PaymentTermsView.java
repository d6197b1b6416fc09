package io.kamdesk.application.billing.port.in.terms;

/**
 * A customer's payment terms: its own {@code days} (null when it has none), the days that apply
 * ({@code effectiveDays}: its own, else the setting's) and the setting's {@code defaultDays}.
 */
public record PaymentTermsView(long customerId, Integer days, int effectiveDays, int defaultDays) {
}
