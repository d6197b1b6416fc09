package io.kamdesk.domain.billing;

import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the monthly billing run does for one customer: each Active bill of the month before becomes a
 * bill of this month on the same link, with the same components, quantities, unit prices and
 * discount, dated on the billing day, nothing received. A link already billed this month (its NTTN
 * capacity and company, whatever that bill's status) is left alone, so that running a month twice
 * creates nothing; a link billed twice last month is billed twice, less what this month already has.
 * A terminated link (terminated before the month) and a customer who is not Active are skipped.
 */
public final class MonthlyCopy {

    private MonthlyCopy() {
    }

    /** Why a link, or a whole customer, is not billed by a run. */
    public enum SkipReason {
        CUSTOMER_NOT_ACTIVE,
        NO_BILLS_LAST_MONTH,
        LINK_TERMINATED
    }

    /** A link (or customer, with the link empty) the run leaves out, and why; {@code since}: the termination. */
    public record Skipped(String nttnCap, String nttnCom, SkipReason reason, LocalDate since) {
    }

    /** A bill to issue: its terms and charges; the id and number are given when it is stored. */
    public record NewBill(BillTerms terms, BillCharges charges) {
    }

    /** The run's plan for one customer. */
    public record Plan(List<NewBill> toCreate, int existing, List<Skipped> skipped) {

        public Plan {
            toCreate = List.copyOf(toCreate);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The plan for a customer whose status is {@code active}, from its bills dated in the month
     * before and those already dated in {@code month}.
     */
    public static Plan plan(boolean active, List<Bill> lastMonth, List<Bill> thisMonth, BillingMonth month,
            int billingDay) {
        if (!active) {
            return new Plan(List.of(), 0, List.of(new Skipped("", "", SkipReason.CUSTOMER_NOT_ACTIVE, null)));
        }
        List<Bill> sources = lastMonth.stream()
                .filter(bill -> bill.status() == BillStatus.ACTIVE
                        && month.previous().contains(bill.terms().billingDate()))
                .toList();
        if (sources.isEmpty()) {
            return new Plan(List.of(), 0, List.of(new Skipped("", "", SkipReason.NO_BILLS_LAST_MONTH, null)));
        }
        Map<Link, Integer> alreadyBilled = new HashMap<>();
        thisMonth.stream().filter(bill -> month.contains(bill.terms().billingDate()))
                .forEach(bill -> alreadyBilled.merge(Link.of(bill), 1, Integer::sum));
        List<NewBill> toCreate = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int existing = 0;
        for (Bill source : sources) {
            BillTerms terms = source.terms();
            if (terms.terminationDate() != null && terms.terminationDate().isBefore(month.firstDay())) {
                skipped.add(new Skipped(terms.nttnCap(), terms.nttnCom(), SkipReason.LINK_TERMINATED,
                        terms.terminationDate()));
            } else if (alreadyBilled.merge(Link.of(source), -1, Integer::sum) >= 0) {
                existing++;
            } else {
                toCreate.add(copy(source, month.billingDate(billingDay)));
            }
        }
        return new Plan(toCreate, existing, skipped);
    }

    private static NewBill copy(Bill source, LocalDate billingDate) {
        BillTerms terms = source.terms();
        BillTerms copied = new BillTerms(terms.nttnCap(), terms.nttnCom(), terms.activeDate(), billingDate,
                terms.terminationDate(), "");
        BillCharges charges = source.charges();
        return new NewBill(copied, BillCharges.of(charges.lines(), charges.discount(), Money.ZERO));
    }

    /** A bill's link: the key a month's bills are matched by. */
    private record Link(String nttnCap, String nttnCom) {

        static Link of(Bill bill) {
            return new Link(bill.terms().nttnCap(), bill.terms().nttnCom());
        }
    }
}
