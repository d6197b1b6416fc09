package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One customer's invoice for one month, grouping that month's Active bills. A draft is read again
 * from its bills whenever it changes state; issuing freezes its lines, its VAT rate and its figures
 * (a later change of the rate or of a bill never alters it) and gives it its dates. An issued invoice
 * is only ever voided, and its bills may not change meanwhile: a correction is a void and a new
 * invoice. What it was paid comes from the payment ledger of its bills, so it is not stored here.
 */
public final class Invoice {

    public static final int MAX_VOID_REASON = 500;

    private final long id;
    private final String number;
    private final long customerId;
    private final BillingMonth month;
    private final InvoiceStatus status;
    private final List<Long> billIds;
    private final List<InvoiceLine> lines;
    private final InvoiceAmounts amounts;
    private final LocalDate issueDate;
    private final LocalDate dueDate;
    private final Voiding voiding;
    private final Instant createdAt;

    private Invoice(long id, String number, long customerId, BillingMonth month, InvoiceStatus status,
            List<Long> billIds, List<InvoiceLine> lines, InvoiceAmounts amounts, LocalDate issueDate,
            LocalDate dueDate, Voiding voiding, Instant createdAt) {
        this.id = id;
        this.number = Objects.requireNonNull(number);
        this.customerId = customerId;
        this.month = Objects.requireNonNull(month);
        this.status = Objects.requireNonNull(status);
        this.billIds = List.copyOf(billIds);
        this.lines = List.copyOf(lines);
        this.amounts = Objects.requireNonNull(amounts);
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.voiding = voiding;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new draft of the month's Active bills of the customer; none is {@link Refusal#NOTHING_TO_INVOICE}. */
    public static Invoice draft(long id, String number, long customerId, BillingMonth month,
            List<InvoicedBill> bills, VatRate rate, Instant now) {
        if (bills.isEmpty()) {
            throw new ConflictException(Refusal.NOTHING_TO_INVOICE, month);
        }
        List<InvoiceLine> lines = lines(bills);
        return new Invoice(id, number, customerId, month, InvoiceStatus.DRAFT, billIds(bills), lines,
                InvoiceAmounts.of(lines, discount(bills), rate), null, null, null, now);
    }

    public static Invoice restore(long id, String number, long customerId, BillingMonth month, InvoiceStatus status,
            List<Long> billIds, List<InvoiceLine> lines, InvoiceAmounts amounts, LocalDate issueDate,
            LocalDate dueDate, Voiding voiding, Instant createdAt) {
        return new Invoice(id, number, customerId, month, status, billIds, lines, amounts, issueDate, dueDate,
                voiding, createdAt);
    }

    /**
     * Issued on {@code today}, due {@code termsDays} later, with the bills and the VAT rate as they
     * are now, frozen from here on.
     */
    public Invoice issue(List<InvoicedBill> bills, VatRate rate, LocalDate today, int termsDays) {
        requireDraft();
        Invoice current = draft(id, number, customerId, month, bills, rate, createdAt);
        return new Invoice(id, number, customerId, month, InvoiceStatus.ISSUED, current.billIds, current.lines,
                current.amounts, today, today.plusDays(termsDays), null, createdAt);
    }

    /** The draft read again from its month's bills as they are now. */
    public Invoice refreshed(List<InvoicedBill> bills, VatRate rate) {
        requireDraft();
        return draft(id, number, customerId, month, bills, rate, createdAt);
    }

    /** Voided with a reason; its bills are free to change again and may be invoiced anew. */
    public Invoice voided(String reason, long voidedBy, Instant now) {
        if (voiding != null) {
            throw new ConflictException(Refusal.INVOICE_ALREADY_VOID, voiding.at());
        }
        FieldErrors errors = new FieldErrors();
        String why = errors.capture("reason", () -> Text.required(reason, MAX_VOID_REASON));
        errors.throwIfAny();
        return new Invoice(id, number, customerId, month, InvoiceStatus.VOID, billIds, lines, amounts, issueDate,
                dueDate, new Voiding(why, voidedBy, now), createdAt);
    }

    /** Paid in full once issued and its bills' payments reach its total; void and draft stay as they are. */
    public InvoiceStatus statusGiven(Money paid) {
        return status == InvoiceStatus.ISSUED && paid.compareTo(amounts.total()) >= 0 ? InvoiceStatus.PAID : status;
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictException(Refusal.INVOICE_NOT_DRAFT, status);
        }
    }

    private static List<InvoiceLine> lines(List<InvoicedBill> bills) {
        List<InvoiceLine> lines = new ArrayList<>();
        bills.stream().sorted(Comparator.comparingLong(InvoicedBill::billId)).forEach(bill -> bill.charges().lines()
                .stream().filter(line -> line.quantity().value().signum() != 0)
                .forEach(line -> lines.add(new InvoiceLine(bill.billId(), bill.billNumber(), line.component(),
                        line.quantity().value(), line.unitPrice(), line.amount()))));
        return lines;
    }

    private static List<Long> billIds(List<InvoicedBill> bills) {
        return bills.stream().map(InvoicedBill::billId).sorted().toList();
    }

    private static Money discount(List<InvoicedBill> bills) {
        return bills.stream().map(bill -> bill.charges().discount()).reduce(Money.ZERO, Money::plus);
    }

    public long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long customerId() {
        return customerId;
    }

    public BillingMonth month() {
        return month;
    }

    /** The stored status: {@link InvoiceStatus#PAID} is only ever {@link #statusGiven derived}. */
    public InvoiceStatus status() {
        return status;
    }

    public List<Long> billIds() {
        return billIds;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceAmounts amounts() {
        return amounts;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Voiding voiding() {
        return voiding;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Why, by whom and when an invoice was voided. */
    public record Voiding(String reason, long voidedBy, Instant at) {

        public Voiding {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(at);
        }
    }
}
