package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.UpsertBillCommand;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.billing.port.out.BillKey;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records bills in bulk with the rules of {@link CreateBillService} and {@link UpdateBillService}:
 * three reads for the whole list (the visible customers, the bills already stored under the drafts'
 * keys, a block of reserved ids), then one bulk insert and one bulk update.
 */
public final class UpsertBillsService implements UpsertBillsUseCase {

    private final BillRepository bills;
    private final BillableCustomers customers;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final BillingSettings settings;
    private final PaymentRepository payments;

    public UpsertBillsService(BillRepository bills, BillableCustomers customers, Transactions transactions,
            BusinessCalendar calendar, BillingSettings settings, PaymentRepository payments) {
        this.payments = payments;
        this.bills = bills;
        this.customers = customers;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public List<Upserted> upsertBills(Viewer actor, List<UpsertBillCommand> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction(() -> new Batch(actor, drafts).write());
    }

    /** One call's drafts and what they lead to, key by key. */
    private final class Batch {

        private final Viewer actor;
        private final List<UpsertBillCommand> drafts;
        private final Instant now = calendar.now();
        private final Map<Long, BilledCustomer> visible;
        private final Map<BillKey, Bill> current;
        private final Iterator<Long> reservedIds;
        private final Map<BillKey, Bill> created = new LinkedHashMap<>();
        private final Map<BillKey, Bill> revised = new LinkedHashMap<>();
        /** What each bill of the batch recorded as received before it: zero for a new one. */
        private final Map<Long, Money> receivedBefore = new HashMap<>();

        Batch(Viewer actor, List<UpsertBillCommand> drafts) {
            this.actor = actor;
            this.drafts = drafts;
            Set<Long> customerIds = drafts.stream().map(draft -> draft.input().customer())
                    .filter(customer -> customer.isPresent() && customer.value() != null)
                    .map(customer -> customer.value()).collect(Collectors.toSet());
            this.visible = customerIds.isEmpty() ? Map.of() : customers.findVisible(actor, customerIds);
            Set<BillKey> keys = drafts.stream().map(draft -> keyOf(draft.input()))
                    .filter(key -> key != null && visible.containsKey(key.customerId()))
                    .collect(Collectors.toSet());
            this.current = new HashMap<>(keys.isEmpty() ? Map.of() : bills.findForUpdateByKeys(keys));
            keys.removeAll(current.keySet());
            this.reservedIds = keys.isEmpty() ? List.<Long>of().iterator() : bills.nextIds(keys.size()).iterator();
        }

        List<Upserted> write() {
            List<Upserted> results = new ArrayList<>(drafts.size());
            for (UpsertBillCommand draft : drafts) {
                try {
                    results.add(upsert(draft));
                } catch (InvalidInputException refusal) {
                    results.add(new Upserted.Refused(refusal));
                }
            }
            bills.insertAll(List.copyOf(created.values()));
            bills.updateAll(List.copyOf(revised.values()));
            payments.insertAll(adjustments());
            return results;
        }

        /**
         * A stated total received enters the ledger as an adjustment of the difference, dated the
         * bill's billing date (today for an undated bill), so that importing the same sheet again adds
         * nothing.
         */
        private List<Payment> adjustments() {
            List<Payment> adjustments = new ArrayList<>();
            for (Bill bill : concat(created.values(), revised.values())) {
                LocalDate paidOn = Optional.ofNullable(bill.terms().billingDate()).orElseGet(calendar::today);
                Payment.adjusting(bill.id(), receivedBefore.getOrDefault(bill.id(), Money.ZERO),
                        bill.charges().received(), paidOn, actor.userId(), now).ifPresent(adjustments::add);
            }
            return adjustments;
        }

        private Upserted upsert(UpsertBillCommand draft) {
            BillCommand input = draft.input();
            FieldErrors errors = new FieldErrors();
            BilledCustomer customer = customerOf(input, errors);
            BillKey key = customer == null ? null : keyOf(input);
            Bill stored = key == null ? null : current.get(key);
            BillTerms terms = BillForm.terms(input, stored == null ? null : stored.terms(), errors);
            BillCharges charges = BillForm.charges(input, stored == null ? null : stored.charges(), errors);
            BillStatus status = BillForm.status(input.status(), stored == null ? null : stored.status(), errors);
            if (charges != null) {
                requireStatedTotals(draft, charges, errors);
            }
            errors.throwIfAny();
            if (stored == null) {
                Bill bill = issue(customer, terms, charges, status);
                current.put(key, bill);
                created.put(key, bill);
                return new Upserted.Created(bill.id());
            }
            receivedBefore.putIfAbsent(stored.id(),
                    created.containsKey(key) ? Money.ZERO : stored.charges().received());
            Bill bill = stored.revise(terms, charges, status, now);
            if (bill.sameContentAs(stored)) {
                return new Upserted.Unchanged(stored.id());
            }
            current.put(key, bill);
            (created.containsKey(key) ? created : revised).put(key, bill);
            return new Upserted.Updated(bill.id());
        }

        private Bill issue(BilledCustomer customer, BillTerms terms, BillCharges charges, BillStatus status) {
            long id = reservedIds.next();
            String number = BillNumber.of(settings.numberPrefix(), customer.companyName(), customer.name(), id,
                    terms.billingDate(), calendar.today());
            return Bill.issue(id, customer.id(), number, terms, charges, status, now);
        }

        /** The answers of {@link CreateBillService} for a missing or invisible customer. */
        private BilledCustomer customerOf(BillCommand input, FieldErrors errors) {
            if (!input.customer().isPresent() || input.customer().value() == null) {
                errors.add("customer", Reason.REQUIRED);
                return null;
            }
            long id = input.customer().value();
            BilledCustomer customer = visible.get(id);
            if (customer == null) {
                errors.add("customer", Reason.UNKNOWN_REFERENCE, id);
            }
            return customer;
        }
    }

    /** The key a draft is filed under; none without a customer. */
    private static BillKey keyOf(BillCommand input) {
        if (!input.customer().isPresent() || input.customer().value() == null) {
            return null;
        }
        return new BillKey(input.customer().value(), input.billingDate().orElse(null),
                orEmpty(input.nttnCap().orElse("")), orEmpty(input.nttnCom().orElse("")));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** Totals stated by the sender must be the ones the rule gives. */
    private static void requireStatedTotals(UpsertBillCommand draft, BillCharges charges, FieldErrors errors) {
        statedDiffers(draft.statedTotalBill(), charges.totalBill()).ifPresent(stated -> errors.add("totalBill",
                Reason.STATED_TOTAL_MISMATCH, stated, charges.totalBill().amount()));
        statedDiffers(draft.statedTotalDue(), charges.totalDue()).ifPresent(stated -> errors.add("totalDue",
                Reason.STATED_TOTAL_MISMATCH, stated, charges.totalDue().amount()));
    }

    private static Optional<BigDecimal> statedDiffers(Optional<BigDecimal> stated, Money computed) {
        return stated.filter(given -> given.compareTo(computed.amount()) != 0);
    }

    private static List<Bill> concat(Collection<Bill> first, Collection<Bill> second) {
        List<Bill> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
