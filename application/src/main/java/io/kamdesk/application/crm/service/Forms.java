package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.ProspectCommand;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Typed input to domain details: each field is the value sent or, when absent, the stored one (the
 * default for a new record), checked by its domain type with every problem collected.
 */
final class Forms {

    private Forms() {
    }

    static ProspectDetails prospect(ProspectCommand in, ProspectDetails stored, FieldErrors errors) {
        boolean isNew = stored == null;
        String name = requiredText(in.name(), isNew ? null : stored.name(), "name", ProspectDetails.MAX_NAME, errors);
        String company = line(in.companyName(), isNew ? "" : stored.companyName(), "companyName",
                ProspectDetails.MAX_NAME, errors);
        EmailAddress email = optional(in.email(), isNew ? null : stored.email(), "email", EmailAddress::of, errors);
        PhoneNumber phone = optional(in.phone(), isNew ? null : stored.phone(), "phone", PhoneNumber::of, errors);
        String address = text(in.address(), isNew ? "" : stored.address(), "address", ProspectDetails.MAX_ADDRESS,
                errors);
        Money potential = money(in.potentialRevenue(), isNew ? Money.ZERO : stored.potentialRevenue(),
                "potentialRevenue", errors);
        String contact = line(in.contactPerson(), isNew ? "" : stored.contactPerson(), "contactPerson",
                ProspectDetails.MAX_NAME, errors);
        String source = line(in.source(), isNew ? "" : stored.source(), "source", ProspectDetails.MAX_SOURCE, errors);
        String notes = text(in.notes(), isNew ? "" : stored.notes(), "notes", ProspectDetails.MAX_NOTES, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new ProspectDetails(name, company, email, phone, address, potential, contact, source,
                in.followUpDate().orElse(isNew ? null : stored.followUpDate()), notes);
    }

    static CustomerDetails customer(CustomerCommand in, CustomerDetails stored, FieldErrors errors) {
        boolean isNew = stored == null;
        String name = requiredText(in.name(), isNew ? null : stored.name(), "name", CustomerDetails.MAX_NAME, errors);
        String company = line(in.companyName(), isNew ? "" : stored.companyName(), "companyName",
                CustomerDetails.MAX_NAME, errors);
        EmailAddress email = required(in.email(), isNew ? null : stored.email(), "email", EmailAddress::of, errors);
        PhoneNumber phone = required(in.phone(), isNew ? null : stored.phone(), "phone", PhoneNumber::of, errors);
        String address = text(in.address(), isNew ? "" : stored.address(), "address", CustomerDetails.MAX_ADDRESS,
                errors);
        String linkId = line(in.linkId(), isNew || stored.linkId() == null ? "" : stored.linkId(), "linkId",
                CustomerDetails.MAX_LINK_ID, errors);
        Money monthly = money(in.monthlyRevenue(), isNew ? Money.ZERO : stored.monthlyRevenue(), "monthlyRevenue",
                errors);
        Money potential = money(in.potentialRevenue(), isNew ? Money.ZERO : stored.potentialRevenue(),
                "potentialRevenue", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new CustomerDetails(name, company, email, phone, address, linkId, monthly, potential);
    }

    /** A customer's status as sent, else {@code current} (Active for a new customer). */
    static CustomerStatus customerStatus(Patch<String> sent, CustomerStatus current, FieldErrors errors) {
        return sent.isPresent() ? errors.capture("status", () -> CustomerStatus.fromCode(sent.value())) : current;
    }

    /** A joining date may be changed but not cleared. */
    static void requireJoinedOnNotCleared(Patch<LocalDate> sent, FieldErrors errors) {
        if (sent.isPresent() && sent.value() == null) {
            errors.add("joinedOn", Reason.NULL);
        }
    }

    private static String requiredText(Patch<String> sent, String stored, String field, int max, FieldErrors errors) {
        if (!sent.isPresent() && stored == null) {
            errors.add(field, Reason.REQUIRED);
            return null;
        }
        return errors.capture(field, () -> Text.required(sent.orElse(stored), max));
    }

    private static String text(Patch<String> sent, String stored, String field, int max, FieldErrors errors) {
        return errors.capture(field, () -> Text.bounded(sent.orElse(stored), max));
    }

    private static String line(Patch<String> sent, String stored, String field, int max, FieldErrors errors) {
        return errors.capture(field, () -> Text.line(sent.orElse(stored), max));
    }

    private static <T> T optional(Patch<String> sent, T stored, String field, Function<String, T> parse,
            FieldErrors errors) {
        if (!sent.isPresent()) {
            return stored;
        }
        String raw = sent.value();
        return raw == null || raw.isBlank() ? null : errors.capture(field, () -> parse.apply(raw));
    }

    private static <T> T required(Patch<String> sent, T stored, String field, Function<String, T> parse,
            FieldErrors errors) {
        if (!sent.isPresent()) {
            if (stored == null) {
                errors.add(field, Reason.REQUIRED);
            }
            return stored;
        }
        String raw = sent.value();
        if (raw == null || raw.isBlank()) {
            errors.add(field, Reason.BLANK);
            return null;
        }
        return errors.capture(field, () -> parse.apply(raw));
    }

    private static Money money(Patch<BigDecimal> sent, Money stored, String field, FieldErrors errors) {
        if (!sent.isPresent()) {
            return stored;
        }
        if (sent.value() == null) {
            errors.add(field, Reason.NULL);
            return null;
        }
        return errors.capture(field, () -> Money.nonNegative(sent.value()));
    }
}
