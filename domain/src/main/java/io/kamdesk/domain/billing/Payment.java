package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received against one bill: how much, on which day, how, with which reference, and who took
 * it. A payment is never changed; a mistaken one is voided (kept, marked, no longer counted). A bill's
 * {@code total_received} is the sum of its payments that are not void ({@link Bill#receive}).
 */
public final class Payment {

    public static final int MAX_REFERENCE = 100;
    public static final int MAX_REMARKS = 5000;
    public static final int MAX_VOID_REASON = 500;

    private final long id;
    private final long billId;
    private final Money amount;
    private final LocalDate paidOn;
    private final PaymentMethod method;
    private final String reference;
    private final String remarks;
    private final long receivedBy;
    private final Instant recordedAt;
    private final Voiding voiding;

    private Payment(long id, long billId, Money amount, LocalDate paidOn, PaymentMethod method, String reference,
            String remarks, long receivedBy, Instant recordedAt, Voiding voiding) {
        this.id = id;
        this.billId = billId;
        this.amount = Objects.requireNonNull(amount);
        this.paidOn = Objects.requireNonNull(paidOn);
        this.method = Objects.requireNonNull(method);
        this.reference = Objects.requireNonNull(reference);
        this.remarks = Objects.requireNonNull(remarks);
        this.receivedBy = receivedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.voiding = voiding;
    }

    /**
     * Money received today or earlier. The amount is positive, except for an adjustment, which
     * corrects what was recorded either way and only may not be zero.
     */
    public static Payment receive(long id, long billId, Receipt receipt, long receivedBy, LocalDate today,
            Instant now) {
        FieldErrors errors = new FieldErrors();
        if (receipt.method() == PaymentMethod.ADJUSTMENT ? receipt.amount().isZero()
                : receipt.amount().isNegative() || receipt.amount().isZero()) {
            errors.add("amount", receipt.method() == PaymentMethod.ADJUSTMENT ? Reason.ZERO_ADJUSTMENT
                    : Reason.NOT_POSITIVE);
        }
        if (receipt.paidOn().isAfter(today)) {
            errors.add("paidOn", Reason.DATE_IN_FUTURE, today);
        }
        String reference = errors.capture("reference", () -> Text.line(receipt.reference(), MAX_REFERENCE));
        String remarks = errors.capture("remarks", () -> Text.bounded(receipt.remarks(), MAX_REMARKS));
        errors.throwIfAny();
        return new Payment(id, billId, receipt.amount(), receipt.paidOn(), receipt.method(), reference, remarks,
                receivedBy, now, null);
    }

    /**
     * The adjustment that brings what a bill records as received from {@code recorded} to
     * {@code stated}, when they differ: how a {@code total_received} written directly (the older
     * contract, an imported sheet) enters the ledger.
     */
    public static Optional<Payment> adjusting(long billId, Money recorded, Money stated, LocalDate paidOn,
            long receivedBy, Instant now) {
        Money difference = stated.minus(recorded);
        if (difference.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Payment(0, billId, difference, paidOn, PaymentMethod.ADJUSTMENT, "", "",
                receivedBy, now, null));
    }

    public static Payment restore(long id, long billId, Money amount, LocalDate paidOn, PaymentMethod method,
            String reference, String remarks, long receivedBy, Instant recordedAt, Voiding voiding) {
        return new Payment(id, billId, amount, paidOn, method, reference, remarks, receivedBy, recordedAt, voiding);
    }

    /** What {@code payments} add to their bill's total received. */
    public static Money total(Collection<Payment> payments) {
        return payments.stream().map(Payment::counted).reduce(Money.ZERO, Money::plus);
    }

    /** The payment voided: kept, marked, no longer counted. Voiding twice is refused. */
    public Payment voidedBy(long userId, String reason, Instant now) {
        if (voiding != null) {
            throw new ConflictException(Refusal.PAYMENT_ALREADY_VOID, voiding.at());
        }
        FieldErrors errors = new FieldErrors();
        String why = errors.capture("reason", () -> Text.required(reason, MAX_VOID_REASON));
        errors.throwIfAny();
        return new Payment(id, billId, amount, paidOn, method, reference, remarks, receivedBy, recordedAt,
                new Voiding(userId, now, why));
    }

    /** What the payment adds to its bill's total received: its amount, or nothing once void. */
    public Money counted() {
        return voiding == null ? amount : Money.ZERO;
    }

    public boolean isVoid() {
        return voiding != null;
    }

    public long id() {
        return id;
    }

    public long billId() {
        return billId;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public String remarks() {
        return remarks;
    }

    public long receivedBy() {
        return receivedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Voiding> voiding() {
        return Optional.ofNullable(voiding);
    }

    /** What a payment says when it is recorded. */
    public record Receipt(Money amount, LocalDate paidOn, PaymentMethod method, String reference, String remarks) {

        public Receipt {
            Objects.requireNonNull(amount);
            Objects.requireNonNull(paidOn);
            Objects.requireNonNull(method);
            reference = Objects.requireNonNullElse(reference, "");
            remarks = Objects.requireNonNullElse(remarks, "");
        }
    }

    /** Who voided a payment, when, and why. */
    public record Voiding(long by, Instant at, String reason) {

        public Voiding {
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
        }
    }
}
