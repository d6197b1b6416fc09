package io.kamdesk.domain.billing;

import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A customer's account over a period: what they owed at its start (the opening balance), each bill
 * (a debit) and payment (a credit) in date order with the balance after it, and what they owe at its
 * end. On one day bills come before payments, each in the order they were made. A negative balance
 * is a credit in the customer's favour.
 */
public final class Statement {

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::kind).thenComparingLong(Entry::id);

    private final Money opening;
    private final List<Line> lines;
    private final Money totalDebit;
    private final Money totalCredit;

    private Statement(Money opening, List<Line> lines, Money totalDebit, Money totalCredit) {
        this.opening = opening;
        this.lines = List.copyOf(lines);
        this.totalDebit = totalDebit;
        this.totalCredit = totalCredit;
    }

    public static Statement of(Money opening, List<Entry> entries) {
        Objects.requireNonNull(opening);
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(ORDER);
        List<Line> lines = new ArrayList<>(ordered.size());
        Money balance = opening;
        Money debit = Money.ZERO;
        Money credit = Money.ZERO;
        for (Entry entry : ordered) {
            balance = balance.plus(entry.debit()).minus(entry.credit());
            debit = debit.plus(entry.debit());
            credit = credit.plus(entry.credit());
            lines.add(new Line(entry, balance));
        }
        return new Statement(opening, lines, debit, credit);
    }

    public Money opening() {
        return opening;
    }

    public List<Line> lines() {
        return lines;
    }

    public Money totalDebit() {
        return totalDebit;
    }

    public Money totalCredit() {
        return totalCredit;
    }

    public Money closing() {
        return opening.plus(totalDebit).minus(totalCredit);
    }

    /** What an entry is; bills sort before payments on the same day. */
    public enum Kind {
        BILL,
        PAYMENT
    }

    /**
     * A bill (debit: its total) or a payment (credit: its amount; an adjustment lowering what was
     * received is a negative credit), with the reference a reader recognises it by.
     */
    public record Entry(LocalDate date, Kind kind, long id, String reference, String description, Money debit,
            Money credit) {

        public Entry {
            Objects.requireNonNull(date);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(debit);
            Objects.requireNonNull(credit);
            reference = Objects.requireNonNullElse(reference, "");
            description = Objects.requireNonNullElse(description, "");
        }

        public static Entry bill(LocalDate date, long id, String billNumber, Money total) {
            return new Entry(date, Kind.BILL, id, billNumber, "Bill", total, Money.ZERO);
        }

        public static Entry payment(LocalDate date, long id, String reference, String description, Money amount) {
            return new Entry(date, Kind.PAYMENT, id, reference, description, Money.ZERO, amount);
        }
    }

    /** An entry and the balance after it. */
    public record Line(Entry entry, Money balance) {
    }
}
