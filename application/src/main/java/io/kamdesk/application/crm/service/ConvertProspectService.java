package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.ConvertProspectUseCase;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a prospect into a customer: a new one, or the customer with the same e-mail brought up to
 * date. The prospect's owner becomes the KAM; the prospect is marked qualified and linked.
 */
public final class ConvertProspectService implements ConvertProspectUseCase {

    private final ProspectRepository prospects;
    private final CustomerRepository customers;
    private final CustomerRules rules;
    private final KamDirectory kams;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final CrmSettings settings;

    public ConvertProspectService(ProspectRepository prospects, CustomerRepository customers, KamDirectory kams,
            Transactions transactions, BusinessCalendar calendar, CrmSettings settings) {
        this.prospects = prospects;
        this.customers = customers;
        this.kams = kams;
        this.rules = new CustomerRules(customers, calendar);
        this.transactions = transactions;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public CustomerView convertProspect(Viewer actor, long prospectId) {
        return transactions.inTransaction(() -> {
            Prospect prospect = prospects.findVisibleForUpdate(actor, prospectId)
                    .orElseThrow(ProspectViews::notFound);
            if (prospect.isConverted()) {
                throw new ConflictException(Refusal.PROSPECT_ALREADY_CONVERTED);
            }
            ProspectDetails details = prospect.details();
            requireContactDetails(details);
            Instant now = calendar.now();
            // the owner stays the KAM; an owner who has left since hands the customer to whoever converts
            Long kam = prospect.ownerId().filter(owner -> kams.findActive(owner).isPresent()).orElse(actor.userId());

            Optional<Customer> existing = customers.findByEmailForUpdate(details.email());
            long customerId;
            if (existing.isPresent()) {
                Customer customer = existing.get();
                if (!actor.seesAll() && !customer.kamId().map(id -> id == actor.userId()).orElse(false)) {
                    throw new ConflictException(Refusal.CUSTOMER_OF_ANOTHER_KAM);
                }
                customers.update(customer.revise(merged(details, customer.details()), now).assignKam(kam, now));
                customerId = customer.id();
            } else {
                customerId = customers.nextId();
                customers.insert(Customer.create(customerId, settings.numberPrefix(), fresh(details), kam,
                        CustomerStatus.ACTIVE, null, calendar.today(), now));
            }

            Prospect converted = prospect.convertedInto(customerId, now);
            if (prospect.status() != ProspectStatus.QUALIFIED) {
                prospect.statusChangeTo(ProspectStatus.QUALIFIED, actor.userId(), now)
                        .ifPresent(change -> prospects.recordStatusChange(prospectId, change));
            }
            prospects.update(converted);
            return rules.view(actor, customerId);
        });
    }

    private static void requireContactDetails(ProspectDetails details) {
        FieldErrors errors = new FieldErrors();
        if (details.email() == null) {
            errors.add("email", Reason.REQUIRED_TO_CONVERT);
        }
        if (details.phone() == null) {
            errors.add("phone", Reason.REQUIRED_TO_CONVERT);
        }
        errors.throwIfAny();
    }

    private static CustomerDetails fresh(ProspectDetails prospect) {
        return new CustomerDetails(prospect.name(), prospect.companyName(), prospect.email(), prospect.phone(),
                prospect.address(), null, Money.ZERO, prospect.potentialRevenue());
    }

    /** The prospect's contact details win; the customer's link and contracted revenue stay. */
    private static CustomerDetails merged(ProspectDetails prospect, CustomerDetails customer) {
        return new CustomerDetails(prospect.name(), prospect.companyName().isEmpty()
                ? customer.companyName() : prospect.companyName(), customer.email(), prospect.phone(),
                prospect.address().isEmpty() ? customer.address() : prospect.address(), customer.linkId(),
                customer.monthlyRevenue(), prospect.potentialRevenue());
    }
}
