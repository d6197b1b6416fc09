package io.kamdesk.adapter.out.persistence.billing;

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
import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.out.BillKey;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Bills. A bill has no owner of its own: every read that takes a viewer is scoped by the KAM of the
 * bill's customer, joined in the same statement. Views carry the customer's id, name and e-mail.
 */
@Repository
public class JooqBillRepository implements BillRepository {

    /** No key of its own: the id tie-breaker alone, so the default is by id, oldest first. */
    private static final List<SortOrder<BillSortField>> DEFAULT_ORDERING = List.of();

    /** The allow-list of orderings. */
    private static final Map<BillSortField, Field<?>> SORTABLE = sortable();

    /** The database's guard of bills on issued invoices (changeset 014), answered as the service would. */
    private static final Map<String, Supplier<? extends DomainException>> ON_ISSUED_INVOICE =
            Map.of("bill_invoiced_check", () -> new ConflictException(Refusal.BILL_INVOICED));

    private static final String ID = "id";

    private final DSLContext dsl;
    private final ListQueries lists;
    /** A bill's detail, read on every GET, so rendered once for each kind of viewer. */
    private final RenderedSelect.Scoped view;

    public JooqBillRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
        this.view = new RenderedSelect.Scoped(dsl, scope -> views(scope.visible(CUSTOMER.KAM_ID))
                .and(BILL.ID.eq(DSL.param(ID, Long.class))));
    }

    /** The identity column's own sequence: the id is known before the row (and its number) exists. */
    @Override
    public long nextId() {
        return nextIds(1).getFirst();
    }

    @Override
    public List<Long> nextIds(int count) {
        return IdentitySequence.reserve(dsl, BILL, BILL.ID, count);
    }

    @Override
    public void insert(Bill bill) {
        ConstraintViolations.translated(() -> dsl.insertInto(BILL)
                .set(BillRowMapper.insertedColumns(bill))
                .execute(), clashesOf(bill));
    }

    /** One COPY; a clash is answered as for the first bill (an import then goes row by row). */
    @Override
    public void insertAll(List<Bill> bills) {
        if (bills.isEmpty()) {
            return;
        }
        ConstraintViolations.translated(() -> {
            BulkInsert.copy(dsl, BILL, bills, BillRowMapper::insertedColumns);
            return bills.size();
        }, clashesOf(bills.getFirst()));
    }

    /** Everything but the id, the number, the customer and the creation time, in one JDBC batch. */
    @Override
    public void updateAll(List<Bill> bills) {
        if (bills.isEmpty()) {
            return;
        }
        ConstraintViolations.translated(() -> dsl.batch(bills.stream().<Query>map(bill -> dsl.update(BILL)
                .set(BillRowMapper.changeableColumns(bill))
                .where(BILL.ID.eq(bill.id()))).toList()).execute(), ON_ISSUED_INVOICE);
    }

    /** Everything but the id, the number, the customer and the creation time; the totals follow. */
    @Override
    public void update(Bill bill) {
        int updated = ConstraintViolations.translated(() -> dsl.update(BILL)
                .set(BillRowMapper.changeableColumns(bill))
                .where(BILL.ID.eq(bill.id()))
                .execute(), ON_ISSUED_INVOICE);
        if (updated == 0) {
            throw new NotFoundException(Subject.BILL);
        }
    }

    /**
     * What the service answers for a customer that does not exist, for when a concurrent delete of the
     * customer wins the race between its check and this insert. The bill number contains the unique
     * id, so a clash on it is a fault and is left to fail as one; so is a violated totals check.
     */
    private static Map<String, Supplier<? extends DomainException>> clashesOf(Bill bill) {
        return Map.of("bill_customer_id_fkey", () -> InvalidInputException.of("customer",
                Reason.UNKNOWN_REFERENCE, bill.customerId()));
    }

    @Override
    public void delete(long id) {
        ConstraintViolations.translated(() -> dsl.deleteFrom(BILL).where(BILL.ID.eq(id)).execute(),
                ON_ISSUED_INVOICE);
    }

    /** Locks the bill only: its customer may be changed meanwhile, but not deleted (the foreign key). */
    @Override
    public Optional<Bill> findVisibleForUpdate(Viewer viewer, long id) {
        return dsl.select(BILL.fields())
                .from(BILL)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILL.CUSTOMER_ID))
                .where(BILL.ID.eq(id))
                .and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .forUpdate().of(BILL)
                .fetchOptional(row -> BillRowMapper.toBill(row.into(BILL)));
    }

    @Override
    public Optional<BillView> findView(Viewer viewer, long id) {
        return view.fetchOptional(dsl, viewer, Map.of(ID, id)).map(BillRowMapper::toView);
    }

    /**
     * Dated keys as arrays unnested into a table joined on the customer and date index (four binds
     * whatever the number of keys); undated keys, which imports never have, by row comparison.
     */
    @Override
    public Map<BillKey, Bill> findForUpdateByKeys(Collection<BillKey> keys) {
        List<BillKey> dated = keys.stream().filter(key -> key.billingDate() != null).toList();
        List<Row3<Long, String, String>> undated = keys.stream().filter(key -> key.billingDate() == null)
                .map(key -> DSL.row(key.customerId(), key.nttnCap(), key.nttnCom())).toList();
        Map<BillKey, Bill> found = new HashMap<>();
        if (!dated.isEmpty()) {
            Table<?> wanted = DSL.table("unnest({0}, {1}, {2}, {3})",
                    DSL.val(dated.stream().map(BillKey::customerId).toArray(Long[]::new)),
                    DSL.val(dated.stream().map(BillKey::billingDate).toArray(LocalDate[]::new)),
                    DSL.val(dated.stream().map(BillKey::nttnCap).toArray(String[]::new)),
                    DSL.val(dated.stream().map(BillKey::nttnCom).toArray(String[]::new)))
                    .as("wanted", "customer_id", "billing_date", "nttn_cap", "nttn_com");
            keepOldestPerKey(CustomPlans.of(dsl).select(BILL.fields())
                    .from(BILL)
                    .join(wanted).on(BILL.CUSTOMER_ID.eq(DSL.field(DSL.name("wanted", "customer_id"), Long.class)))
                    .and(BILL.BILLING_DATE.eq(DSL.field(DSL.name("wanted", "billing_date"), LocalDate.class)))
                    .and(BILL.NTTN_CAP.eq(DSL.field(DSL.name("wanted", "nttn_cap"), String.class)))
                    .and(BILL.NTTN_COM.eq(DSL.field(DSL.name("wanted", "nttn_com"), String.class)))
                    .orderBy(BILL.ID)
                    .forUpdate().of(BILL)
                    .fetch(row -> BillRowMapper.toBill(row.into(BILL))), found);
        }
        if (!undated.isEmpty()) {
            keepOldestPerKey(CustomPlans.of(dsl).selectFrom(BILL)
                    .where(BILL.BILLING_DATE.isNull())
                    .and(DSL.row(BILL.CUSTOMER_ID, BILL.NTTN_CAP, BILL.NTTN_COM).in(undated))
                    .orderBy(BILL.ID)
                    .forUpdate()
                    .fetch(BillRowMapper::toBill), found);
        }
        return found;
    }

    private static void keepOldestPerKey(List<Bill> byId, Map<BillKey, Bill> found) {
        byId.forEach(bill -> found.putIfAbsent(new BillKey(bill.customerId(), bill.terms().billingDate(),
                bill.terms().nttnCap(), bill.terms().nttnCom()), bill));
    }

    @Override
    public void list(ListBillsQuery query, ResultSink<BillView> sink) {
        Condition where = ScopeConditions.visibleThrough(query.viewer(), BILL.CUSTOMER_ID, CUSTOMER, CUSTOMER.ID,
                        CUSTOMER.KAM_ID)
                .and(query.status().map(status -> BILL.STATUS.eq(status.code())).orElse(DSL.noCondition()))
                .and(query.customer().map(BILL.CUSTOMER_ID::eq).orElse(DSL.noCondition()))
                .and(query.billingDate().map(BILL.BILLING_DATE::eq).orElse(DSL.noCondition()))
                .and(query.billingDateAfter().map(BILL.BILLING_DATE::ge).orElse(DSL.noCondition()))
                .and(query.billingDateBefore().map(BILL.BILLING_DATE::le).orElse(DSL.noCondition()))
                .and(search(query.spec()));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE, DEFAULT_ORDERING, BILL.ID);
        Condition visible = ScopeConditions.visibleTo(query.viewer(), CUSTOMER.KAM_ID);
        lists.stream(BILL, BILL.ID, where, condition -> views(visible).and(condition), ordering, query.spec(),
                BillRowMapper::toView, sink);
    }

    /** The search over the bill's own text and its customer's names, as conditions on the bill alone. */
    private Condition search(ListSpec<?> spec) {
        if (spec.search().isEmpty()) {
            return DSL.noCondition();
        }
        return ListQueries.search(spec, BILL.REMARKS, BILL.NTTN_CAP, BILL.NTTN_COM, BILL.BILL_NUMBER)
                .or(BILL.CUSTOMER_ID.in(dsl.select(CUSTOMER.ID).from(CUSTOMER)
                        .where(ListQueries.search(spec, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME))));
    }

    /** The bills a viewer may see ({@code visible}), each with its customer and the customer's KAM. */
    private SelectConditionStep<Record> views(Condition visible) {
        return dsl.select(BillRowMapper.viewFields())
                .from(BILL)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILL.CUSTOMER_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))
                .where(visible);
    }

    private static Map<BillSortField, Field<?>> sortable() {
        Map<BillSortField, Field<?>> columns = new EnumMap<>(BillSortField.class);
        columns.put(BillSortField.BILLING_DATE, BILL.BILLING_DATE);
        columns.put(BillSortField.TOTAL_BILL, BILL.TOTAL_BILL);
        columns.put(BillSortField.TOTAL_DUE, BILL.TOTAL_DUE);
        columns.put(BillSortField.TOTAL_RECEIVED, BILL.TOTAL_RECEIVED);
        columns.put(BillSortField.CREATED_AT, BILL.CREATED_AT);
        columns.put(BillSortField.UPDATED_AT, BILL.UPDATED_AT);
        return Map.copyOf(columns);
    }
}
