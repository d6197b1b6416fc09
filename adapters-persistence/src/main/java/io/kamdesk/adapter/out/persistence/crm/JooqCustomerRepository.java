package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.shared.BulkInsert;
import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.adapter.out.persistence.shared.CustomPlans;
import io.kamdesk.adapter.out.persistence.shared.IdentitySequence;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.RenderedSelect;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.crm.port.in.CustomerSortField;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.ListCustomersQuery;
import io.kamdesk.application.crm.port.out.CustomerRepository.CustomerKey;
import io.kamdesk.application.crm.port.out.CustomerRepository.Located;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Customers. Every read that takes a viewer is scoped by the customer's KAM; the views carry the KAM
 * and the month's billed revenue, read in the same statement as the customer.
 */
@Repository
public class JooqCustomerRepository implements CustomerRepository {

    /** No key of its own: the id tie-breaker alone, so the default is by id, oldest first. */
    /** The columns a customer's changes are written to, the same for insert and update. */
    private static Map<Field<?>, Object> changeableColumns(Customer customer) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(CUSTOMER.NAME, customer.details().name());
        columns.put(CUSTOMER.COMPANY_NAME, customer.details().companyName());
        columns.put(CUSTOMER.EMAIL, customer.details().email().value());
        columns.put(CUSTOMER.PHONE, customer.details().phone().value());
        columns.put(CUSTOMER.ADDRESS, customer.details().address());
        columns.put(CUSTOMER.LINK_ID, customer.details().linkId());
        columns.put(CUSTOMER.MONTHLY_REVENUE, customer.details().monthlyRevenue().amount());
        columns.put(CUSTOMER.POTENTIAL_REVENUE, customer.details().potentialRevenue().amount());
        columns.put(CUSTOMER.KAM_ID, customer.kamId().orElse(null));
        columns.put(CUSTOMER.STATUS, customer.status().code());
        columns.put(CUSTOMER.JOINED_ON, customer.joinedOn());
        columns.put(CUSTOMER.LEFT_ON, customer.leftOn().orElse(null));
        columns.put(CUSTOMER.UPDATED_AT, customer.updatedAt());
        return columns;
    }

    private static final List<SortOrder<CustomerSortField>> DEFAULT_ORDERING = List.of();
    /**
     * The stored status of a bill that counts as revenue. Spelled out rather than taken from the
     * billing domain, which the CRM area does not use; the bill table's check allows only it and
     * {@code Inactive}.
     */
    private static final String ACTIVE_BILL = "Active";

    private static final String ID = "id";
    private static final String MONTH_START = "monthStart";
    private static final String MONTH_END = "monthEnd";

    private final DSLContext dsl;
    private final ListQueries lists;
    /** A customer's detail, read on every GET, so rendered once for each kind of viewer. */
    private final RenderedSelect.Scoped view;

    public JooqCustomerRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
        this.view = new RenderedSelect.Scoped(dsl, scope -> views(calculatedMonthlyRevenue(
                        DSL.param(MONTH_START, LocalDate.class), DSL.param(MONTH_END, LocalDate.class)))
                .where(CUSTOMER.ID.eq(DSL.param(ID, Long.class)))
                .and(scope.visible(CUSTOMER.KAM_ID)));
    }

    /** The identity column's own sequence: the id is known before the row (and its number) exists. */
    @Override
    public long nextId() {
        return nextIds(1).getFirst();
    }

    @Override
    public List<Long> nextIds(int count) {
        return IdentitySequence.reserve(dsl, CUSTOMER, CUSTOMER.ID, count);
    }

    @Override
    public void insert(Customer customer) {
        ConstraintViolations.translated(() -> dsl.insertInto(CUSTOMER)
                .set(insertedColumns(customer))
                .execute(), clashesOf(customer));
    }

    /** One COPY; a clash is answered as for the first customer (an import then goes row by row). */
    @Override
    public void insertAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        ConstraintViolations.translated(() -> {
            BulkInsert.copy(dsl, CUSTOMER, customers, JooqCustomerRepository::insertedColumns);
            return customers.size();
        }, clashesOf(customers.getFirst()));
    }

    @Override
    public void updateAll(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        List<Query> updates = customers.stream().<Query>map(customer -> dsl.update(CUSTOMER)
                .set(changeableColumns(customer))
                .where(CUSTOMER.ID.eq(customer.id()))).toList();
        ConstraintViolations.translated(() -> dsl.batch(updates).execute(), clashesOf(customers.getFirst()));
    }

    private static Map<Field<?>, Object> insertedColumns(Customer customer) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(CUSTOMER.ID, customer.id());
        columns.put(CUSTOMER.CUSTOMER_NUMBER, customer.customerNumber());
        columns.put(CUSTOMER.CREATED_AT, customer.createdAt());
        columns.putAll(changeableColumns(customer));
        return columns;
    }

    /** Everything but the id, the number (derived from the id once) and the creation time. */
    @Override
    public void update(Customer customer) {
        int updated = ConstraintViolations.translated(() -> dsl.update(CUSTOMER)
                .set(changeableColumns(customer))
                .where(CUSTOMER.ID.eq(customer.id()))
                .execute(), clashesOf(customer));
        if (updated == 0) {
            throw new NotFoundException(Subject.CUSTOMER);
        }
    }

    /**
     * What the services answer for a duplicate or a vanished KAM, for when a concurrent request wins
     * the race between their check and this write. The customer number is derived from the unique id,
     * so a clash on it is a fault, not an input error, and is left to fail as one.
     */
    private static Map<String, Supplier<? extends DomainException>> clashesOf(Customer customer) {
        return Map.of(
                "customer_email_key", () -> InvalidInputException.of("email", Reason.TAKEN, Subject.CUSTOMER),
                "customer_link_id_key", () -> InvalidInputException.of("linkId", Reason.TAKEN, Subject.CUSTOMER),
                "customer_kam_id_fkey", () -> InvalidInputException.of("assignedSalesPerson",
                        Reason.NO_ACTIVE_USER, customer.kamId().orElse(null)));
    }

    /**
     * Prospects converted into the customer stay, unlinked (the foreign key sets them null). Bills
     * keep their customer: the service refuses a customer with bills, and should a bill be issued
     * between its check and this delete, the restricting foreign key refuses it with the same answer.
     */
    @Override
    public void delete(long id) {
        ConstraintViolations.translated(() -> dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).execute(),
                Map.of("bill_customer_id_fkey", () -> new ConflictException(Refusal.CUSTOMER_HAS_BILLS)));
    }

    @Override
    public Optional<Customer> findVisibleForUpdate(Viewer viewer, long id) {
        return dsl.selectFrom(CUSTOMER)
                .where(CUSTOMER.ID.eq(id))
                .and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .forUpdate()
                .fetchOptional()
                .map(CustomerRowMapper::toCustomer);
    }

    /** E-mails are stored lower-cased, as {@link EmailAddress} holds them: the unique index answers. */
    @Override
    public Map<EmailAddress, Located> findByEmailsForUpdate(Viewer viewer, Collection<EmailAddress> emails) {
        Field<Boolean> visible = ScopeConditions.visibilityTo(viewer, CUSTOMER.KAM_ID).as("visible");
        Map<EmailAddress, Located> found = new HashMap<>();
        CustomPlans.of(dsl).select(CUSTOMER.fields()).select(visible)
                .from(CUSTOMER)
                .where(CUSTOMER.EMAIL.in(emails.stream().map(EmailAddress::value).toList()))
                .forUpdate().of(CUSTOMER)
                .forEach(row -> {
                    Customer customer = CustomerRowMapper.toCustomer(row.into(CUSTOMER));
                    found.put(customer.details().email(),
                            new Located(customer, Boolean.TRUE.equals(row.get(visible))));
                });
        return found;
    }

    @Override
    public Map<EmailAddress, CustomerKey> findKeysByEmails(Viewer viewer, Collection<EmailAddress> emails) {
        Map<EmailAddress, CustomerKey> found = new HashMap<>();
        CustomPlans.of(dsl).select(CUSTOMER.EMAIL, CUSTOMER.ID, ScopeConditions.visibilityTo(viewer, CUSTOMER.KAM_ID))
                .from(CUSTOMER)
                .where(CUSTOMER.EMAIL.in(emails.stream().map(EmailAddress::value).toList()))
                .forEach(row -> found.put(EmailAddress.of(row.value1()), new CustomerKey(row.value2(), row.value3())));
        return found;
    }

    @Override
    public Map<String, Long> linkIdOwners(Collection<String> linkIds) {
        return CustomPlans.of(dsl).select(CUSTOMER.LINK_ID, CUSTOMER.ID)
                .from(CUSTOMER)
                .where(CUSTOMER.LINK_ID.in(linkIds))
                .fetchMap(CUSTOMER.LINK_ID, CUSTOMER.ID);
    }

    @Override
    public Optional<Customer> findByEmailForUpdate(EmailAddress email) {
        return dsl.selectFrom(CUSTOMER)
                .where(CUSTOMER.EMAIL.eq(email.value()))
                .forUpdate()
                .fetchOptional()
                .map(CustomerRowMapper::toCustomer);
    }

    @Override
    public boolean linkIdTaken(String linkId, Long exceptId) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.LINK_ID.eq(linkId)
                .and(exceptId == null ? DSL.noCondition() : CUSTOMER.ID.ne(exceptId)));
    }

    /** Any bill, whatever its status or date: billing history is never lost by a delete. */
    @Override
    public boolean hasBills(long customerId) {
        return dsl.fetchExists(BILL, BILL.CUSTOMER_ID.eq(customerId));
    }

    @Override
    public Optional<CustomerView> findView(Viewer viewer, long id, YearMonth month) {
        return view.fetchOptional(dsl, viewer, Map.of(ID, id, MONTH_START, month.atDay(1),
                        MONTH_END, month.atEndOfMonth()))
                .map(CustomerRowMapper::toView);
    }

    @Override
    public void list(ListCustomersQuery query, YearMonth month, ResultSink<CustomerView> sink) {
        Field<BigDecimal> calculated = calculatedMonthlyRevenue(month);
        Condition kamFilter = query.assignedSalesPerson().map(CUSTOMER.KAM_ID::eq).orElse(DSL.noCondition());
        Condition statusFilter = query.status().map(status -> CUSTOMER.STATUS.eq(status.code()))
                .orElse(DSL.noCondition());
        Condition listed = ScopeConditions.visibleTo(query.viewer(), CUSTOMER.KAM_ID)
                .and(kamFilter)
                .and(statusFilter)
                .and(ListQueries.search(query.spec(), CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.EMAIL,
                        CUSTOMER.PHONE, CUSTOMER.CUSTOMER_NUMBER, CUSTOMER.LINK_ID));
        var ordering = ListQueries.ordering(query.spec(), sortable(calculated), DEFAULT_ORDERING, CUSTOMER.ID);
        // counted on the customers alone: the KAM's left join on its key neither adds nor removes a row
        lists.stream(views(calculated).where(listed), dsl.selectCount().from(CUSTOMER).where(listed), ordering,
                query.spec(), CustomerRowMapper::toView, sink);
    }

    private SelectJoinStep<Record> views(Field<BigDecimal> calculated) {
        return dsl.select(CustomerRowMapper.viewFields(calculated))
                .from(CUSTOMER)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID));
    }

    /**
     * The sum of {@code total_bill} of the customer's Active bills whose billing date falls in
     * {@code month} (first to last day, both included), zero without any: a correlated subquery in the
     * customer's own row, never a query per customer, which the {@code (customer_id, billing_date)}
     * index of the bill table answers. Bills without a billing date count in no month.
     */
    static Field<BigDecimal> calculatedMonthlyRevenue(YearMonth month) {
        return calculatedMonthlyRevenue(DSL.val(month.atDay(1)), DSL.val(month.atEndOfMonth()));
    }

    private static Field<BigDecimal> calculatedMonthlyRevenue(Field<LocalDate> monthStart, Field<LocalDate> monthEnd) {
        return DSL.field(DSL.select(DSL.coalesce(DSL.sum(BILL.TOTAL_BILL), DSL.inline(BigDecimal.ZERO)))
                        .from(BILL)
                        .where(BILL.CUSTOMER_ID.eq(CUSTOMER.ID))
                        .and(BILL.STATUS.eq(ACTIVE_BILL))
                        .and(BILL.BILLING_DATE.between(monthStart, monthEnd)))
                .as(CustomerRowMapper.CALCULATED_MONTHLY_REVENUE);
    }

    /**
     * The allow-list of orderings. Names sort ignoring case, as people read them (and as the
     * {@code lower(name)} index serves).
     */
    private static Map<CustomerSortField, Field<?>> sortable(Field<BigDecimal> calculated) {
        Map<CustomerSortField, Field<?>> columns = new EnumMap<>(CustomerSortField.class);
        columns.put(CustomerSortField.CREATED_AT, CUSTOMER.CREATED_AT);
        columns.put(CustomerSortField.UPDATED_AT, CUSTOMER.UPDATED_AT);
        columns.put(CustomerSortField.NAME, DSL.lower(CUSTOMER.NAME));
        columns.put(CustomerSortField.COMPANY_NAME, DSL.lower(CUSTOMER.COMPANY_NAME));
        columns.put(CustomerSortField.CUSTOMER_NUMBER, CUSTOMER.CUSTOMER_NUMBER);
        columns.put(CustomerSortField.MONTHLY_REVENUE, CUSTOMER.MONTHLY_REVENUE);
        columns.put(CustomerSortField.POTENTIAL_REVENUE, CUSTOMER.POTENTIAL_REVENUE);
        columns.put(CustomerSortField.CALCULATED_MONTHLY_REVENUE, calculated);
        columns.put(CustomerSortField.JOINED_ON, CUSTOMER.JOINED_ON);
        columns.put(CustomerSortField.STATUS, CUSTOMER.STATUS);
        return columns;
    }
}
