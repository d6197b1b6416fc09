package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed bill input to domain values: each field is the value sent or, when absent, the stored one
 * (zero or empty for a new bill). Field errors name a line's fields as {@link BillCommand} does
 * ({@code iigQuantity}, {@code iigUnitPrice}, …); the adapters rename them.
 */
final class BillForm {

    private BillForm() {
    }

    static BillTerms terms(BillCommand in, BillTerms stored, FieldErrors errors) {
        String cap = errors.capture("nttnCap", () -> Text.line(in.nttnCap().orElse(
                stored == null ? "" : stored.nttnCap()), Bill.MAX_REFERENCE));
        String com = errors.capture("nttnCom", () -> Text.line(in.nttnCom().orElse(
                stored == null ? "" : stored.nttnCom()), Bill.MAX_REFERENCE));
        String remarks = errors.capture("remarks", () -> Text.bounded(in.remarks().orElse(
                stored == null ? "" : stored.remarks()), Bill.MAX_REMARKS));
        if (cap == null || com == null || remarks == null) {
            return null;
        }
        try {
            return new BillTerms(cap, com, in.activeDate().orElse(stored == null ? null : stored.activeDate()),
                    in.billingDate().orElse(stored == null ? null : stored.billingDate()),
                    in.terminationDate().orElse(stored == null ? null : stored.terminationDate()), remarks);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, messages) -> messages.forEach(message -> errors.add(field, message)));
            return null;
        }
    }

    static BillCharges charges(BillCommand in, BillCharges stored, FieldErrors errors) {
        List<BillLine> lines = new ArrayList<>();
        // problems of other fields (the customer, the dates) do not hide those of the amounts
        boolean complete = true;
        for (BandwidthComponent component : BandwidthComponent.values()) {
            BillLine current = stored == null ? BillLine.empty(component) : stored.line(component);
            Quantity quantity = value(in.quantities().get(component), current.quantity(),
                    BillCommand.quantityField(component), Quantity::of, errors);
            Money price = value(in.unitPrices().get(component), current.unitPrice(),
                    BillCommand.unitPriceField(component), Money::nonNegative, errors);
            if (quantity == null || price == null) {
                complete = false;
                continue;
            }
            try {
                lines.add(new BillLine(component, quantity, price));
            } catch (InvalidValueException e) {
                e.violations().forEach(violation -> errors.add(BillCommand.quantityField(component), violation));
                complete = false;
            }
        }
        Money discount = value(in.discount(), stored == null ? Money.ZERO : stored.discount(), "discount",
                Money::nonNegative, errors);
        Money received = value(in.totalReceived(), stored == null ? Money.ZERO : stored.received(), "totalReceived",
                Money::nonNegative, errors);
        if (!complete || discount == null || received == null) {
            return null;
        }
        try {
            return BillCharges.of(lines, discount, received);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, messages) -> messages.forEach(message -> errors.add(field, message)));
            return null;
        }
    }

    static BillStatus status(Patch<String> sent, BillStatus stored, FieldErrors errors) {
        if (!sent.isPresent()) {
            return stored == null ? BillStatus.ACTIVE : stored;
        }
        return errors.capture("status", () -> BillStatus.fromCode(sent.value()));
    }


    private static <T> T value(Patch<BigDecimal> sent, T stored, String field, Function<BigDecimal, T> parse,
            FieldErrors errors) {
        if (!sent.isPresent()) {
            return stored;
        }
        if (sent.value() == null) {
            errors.add(field, Reason.NULL);
            return null;
        }
        try {
            return parse.apply(sent.value());
        } catch (InvalidValueException e) {
            e.violations().forEach(violation -> errors.add(field, violation));
            return null;
        }
    }
}
