package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A monthly bill of one customer (known by id): the NTTN link it runs over, its dates, its charges
 * and its own status. Totals always come from {@link BillCharges}, never from outside.
 */
public final class Bill {

    public static final int MAX_REFERENCE = 100;
    public static final int MAX_REMARKS = 5000;

    private final long id;
    private final long customerId;
    private final String billNumber;
    private final BillTerms terms;
    private final BillCharges charges;
    private final BillStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Bill(long id, long customerId, String billNumber, BillTerms terms, BillCharges charges, BillStatus status,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.customerId = customerId;
        this.billNumber = Objects.requireNonNull(billNumber);
        this.terms = Objects.requireNonNull(terms);
        this.charges = Objects.requireNonNull(charges);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new bill with its reserved id; its number is issued now and never changes. */
    public static Bill issue(long id, long customerId, String billNumber, BillTerms terms, BillCharges charges,
            BillStatus status, Instant now) {
        return new Bill(id, customerId, billNumber, terms, charges, status == null ? BillStatus.ACTIVE : status, now,
                now);
    }

    public static Bill restore(long id, long customerId, String billNumber, BillTerms terms, BillCharges charges,
            BillStatus status, Instant createdAt, Instant updatedAt) {
        return new Bill(id, customerId, billNumber, terms, charges, status, createdAt, updatedAt);
    }

    /** New terms, charges and status; the totals follow. The customer and the number stay. */
    public Bill revise(BillTerms newTerms, BillCharges newCharges, BillStatus newStatus, Instant now) {
        return new Bill(id, customerId, billNumber, newTerms, newCharges, newStatus, createdAt, now);
    }

    /**
     * The bill with {@code change} counted into what it received (a payment's amount; the negated
     * amount of one voided): the ledger's sum, never below zero.
     */
    public Bill receive(Money change, Instant now) {
        Money received = charges.received().plus(change);
        if (received.isNegative()) {
            throw InvalidInputException.of("amount", Reason.RECEIVED_BELOW_ZERO, charges.received().amount());
        }
        return new Bill(id, customerId, billNumber, terms, charges.withReceived(received), status, createdAt, now);
    }

    /** The same bill with the same terms, charges and status, whenever either was written. */
    public boolean sameContentAs(Bill other) {
        return id == other.id && customerId == other.customerId && billNumber.equals(other.billNumber)
                && terms.equals(other.terms) && charges.equals(other.charges) && status == other.status;
    }

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String billNumber() {
        return billNumber;
    }

    public BillTerms terms() {
        return terms;
    }

    public BillCharges charges() {
        return charges;
    }

    public Money totalBill() {
        return charges.totalBill();
    }

    public Money totalDue() {
        return charges.totalDue();
    }

    public BillStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The link and dates of a bill. A termination date, when set, may not come before the active
     * date.
     */
    public record BillTerms(String nttnCap, String nttnCom, LocalDate activeDate, LocalDate billingDate,
            LocalDate terminationDate, String remarks) {

        public BillTerms {
            nttnCap = Objects.requireNonNullElse(nttnCap, "");
            nttnCom = Objects.requireNonNullElse(nttnCom, "");
            remarks = Objects.requireNonNullElse(remarks, "");
            if (activeDate != null && terminationDate != null && terminationDate.isBefore(activeDate)) {
                throw InvalidInputException.of("terminationDate", Reason.DATE_BEFORE, "activeDate");
            }
        }
    }
}
