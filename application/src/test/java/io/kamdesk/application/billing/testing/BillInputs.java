package io.kamdesk.application.billing.testing;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.billing.BandwidthComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A builder for bill inputs: every field absent unless set, as in a PATCH that sends nothing. */
public final class BillInputs {

    private BillInputs() {
    }

    public static Builder bill() {
        return new Builder();
    }

    private static Patch<BigDecimal> amount(String value) {
        return Patch.of(value == null ? null : new BigDecimal(value));
    }

    /** A bill input. Amounts are given as text and sent as exact decimals ({@code null}: sent as null). */
    public static final class Builder {
        private Patch<Long> customer = Patch.absent();
        private Patch<String> nttnCap = Patch.absent();
        private Patch<String> nttnCom = Patch.absent();
        private Patch<LocalDate> activeDate = Patch.absent();
        private Patch<LocalDate> billingDate = Patch.absent();
        private Patch<LocalDate> terminationDate = Patch.absent();
        private final Map<BandwidthComponent, Patch<BigDecimal>> quantities = new EnumMap<>(BandwidthComponent.class);
        private final Map<BandwidthComponent, Patch<BigDecimal>> unitPrices = new EnumMap<>(BandwidthComponent.class);
        private Patch<BigDecimal> discount = Patch.absent();
        private Patch<BigDecimal> totalReceived = Patch.absent();
        private Patch<String> status = Patch.absent();
        private Patch<String> remarks = Patch.absent();

        public Builder customer(Long value) {
            customer = Patch.of(value);
            return this;
        }

        public Builder nttnCap(String value) {
            nttnCap = Patch.of(value);
            return this;
        }

        public Builder nttnCom(String value) {
            nttnCom = Patch.of(value);
            return this;
        }

        public Builder activeDate(LocalDate value) {
            activeDate = Patch.of(value);
            return this;
        }

        public Builder billingDate(LocalDate value) {
            billingDate = Patch.of(value);
            return this;
        }

        public Builder terminationDate(LocalDate value) {
            terminationDate = Patch.of(value);
            return this;
        }

        /** The quantity and unit price of one component. */
        public Builder line(BandwidthComponent component, String quantity, String unitPrice) {
            return quantity(component, quantity).unitPrice(component, unitPrice);
        }

        public Builder quantity(BandwidthComponent component, String value) {
            quantities.put(component, amount(value));
            return this;
        }

        public Builder unitPrice(BandwidthComponent component, String value) {
            unitPrices.put(component, amount(value));
            return this;
        }

        public Builder discount(String value) {
            discount = amount(value);
            return this;
        }

        public Builder totalReceived(String value) {
            totalReceived = amount(value);
            return this;
        }

        public Builder status(String value) {
            status = Patch.of(value);
            return this;
        }

        public Builder remarks(String value) {
            remarks = Patch.of(value);
            return this;
        }

        public BillCommand build() {
            return new BillCommand(customer, nttnCap, nttnCom, activeDate, billingDate, terminationDate, quantities,
                    unitPrices, discount, totalReceived, status, remarks);
        }
    }
}
