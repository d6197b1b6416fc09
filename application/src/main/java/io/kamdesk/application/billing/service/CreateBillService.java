package io.kamdesk.application.billing.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.port.out.BillableCustomers;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillNumber;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;

/**
 * Issues a bill for a customer the caller may see. Its number comes from an id reserved in the
 * database, so concurrent creates can never share one; totals come from the charges.
 */
public final class CreateBillService implements CreateBillUseCase {

    private final BillRepository bills;
    private final BillableCustomers customers;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final BillingSettings settings;
    private final PaymentRepository payments;

    public CreateBillService(BillRepository bills, BillableCustomers customers, Transactions transactions,
            BusinessCalendar calendar, BillingSettings settings, PaymentRepository payments) {
        this.payments = payments;
        this.bills = bills;
        this.customers = customers;
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public BillView createBill(Viewer actor, BillCommand input) {
        return transactions.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            BilledCustomer customer = customerOf(actor, input, errors);
            BillTerms terms = BillForm.terms(input, null, errors);
            BillCharges charges = BillForm.charges(input, null, errors);
            BillStatus status = BillForm.status(input.status(), null, errors);
            errors.throwIfAny();

            long id = bills.nextId();
            String number = BillNumber.of(settings.numberPrefix(), customer.companyName(), customer.name(), id,
                    terms.billingDate(), calendar.today());
            Bill bill = Bill.issue(id, customer.id(), number, terms, charges, status, calendar.now());
            bills.insert(bill);
            // a total received sent with the bill enters the ledger as an adjustment dated today
            Payment.adjusting(id, Money.ZERO, charges.received(), calendar.today(), actor.userId(), calendar.now())
                    .ifPresent(payments::insert);
            return BillViews.view(bills, actor, id);
        });
    }

    /** The bill's customer; one the caller may not see is reported as not existing. */
    private BilledCustomer customerOf(Viewer actor, BillCommand input, FieldErrors errors) {
        if (!input.customer().isPresent() || input.customer().value() == null) {
            errors.add("customer", Reason.REQUIRED);
            return null;
        }
        long id = input.customer().value();
        return customers.findVisible(actor, id).orElseGet(() -> {
            errors.add("customer", Reason.UNKNOWN_REFERENCE, id);
            return null;
        });
    }
}
