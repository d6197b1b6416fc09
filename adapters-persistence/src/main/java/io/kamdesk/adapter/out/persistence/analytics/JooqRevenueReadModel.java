package io.kamdesk.adapter.out.persistence.analytics;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.REVENUE_CHANGE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.REVENUE_CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.REVENUE_DAY;

import io.kamdesk.adapter.out.persistence.shared.DataSnapshots;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.analytics.port.in.CustomerRevenueSortField;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.RevenueFilter;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.application.analytics.port.out.RevenueReadModel;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's sums and counts, each one SQL statement. Revenue-bearing bills are
 * {@link #revenueBills selected in one place}; the scope is applied by the customer's KAM through
 * {@link ScopeConditions#visibleTo}. Periods are cut from the billing date itself, a {@code date},
 * cast to a {@code timestamp} without time zone before {@code date_trunc}: the session's time zone
 * never moves a bill into another week, month or year.
 *
 * <p>Two kinds of figure are read from the maintained rollup (006-analytics.sql) instead of the
 * bills: sums and series of all customers (from {@code revenue_day}, one row per billing date), and
 * all-time figures per customer (from {@code revenue_customer}). Either way the pending changes
 * ({@code revenue_change}) are added in the same statement, so the figures equal the bills' to the
 * cent, compacted or not; {@code RevenueReadModelIT} checks it on generated data.
 */
@Repository
public class JooqRevenueReadModel implements RevenueReadModel {

    private static final String ACTIVE = BillStatus.ACTIVE.code();
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static final List<SortOrder<CustomerRevenueSortField>> DEFAULT_CUSTOMER_ORDERING = List.of(
            new SortOrder<>(CustomerRevenueSortField.TOTAL_REVENUE, true),
            new SortOrder<>(CustomerRevenueSortField.CUSTOMER_NAME, false));

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqRevenueReadModel(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    /** PostgreSQL's current snapshot, in one round trip with whatever the connection had to send first. */
    @Override
    public String dataVersion() {
        return DataSnapshots.current(dsl);
    }

    @Override
    public Totals totals(RevenueFilter filter) {
        if (isUnrestricted(filter.viewer(), filter.kam())) {
            Table<?> days = daily(filter.from(), filter.to());
            Record record = dsl.select(orZero(DSL.sum(days.field(REVENUE_DAY.REVENUE))),
                            orZero(DSL.sum(days.field(REVENUE_DAY.COLLECTED))))
                    .from(days)
                    .fetchSingle();
            return new Totals(record.get(0, BigDecimal.class), record.get(1, BigDecimal.class));
        }
        Record record = dsl.select(orZero(DSL.sum(BILL.TOTAL_BILL)), orZero(DSL.sum(BILL.TOTAL_RECEIVED)))
                .from(BILL)
                .where(revenueBills(filter))
                .and(billsInScope(filter.viewer(), filter.kam()))
                .fetchSingle();
        return new Totals(record.get(0, BigDecimal.class), record.get(1, BigDecimal.class));
    }

    @Override
    public CustomerCounts customerCounts(Viewer viewer, Optional<Long> kam, LocalDate end) {
        Record record = dsl.select(DSL.count().filterWhere(joinedBy(end)),
                        DSL.count().filterWhere(activeAt(end)))
                .from(CUSTOMER)
                .where(customersInScope(viewer, kam))
                .fetchSingle();
        return new CustomerCounts(record.get(0, Long.class), record.get(1, Long.class));
    }

    @Override
    public List<RevenuePoint> revenueByPeriod(RevenueFilter filter, Granularity granularity) {
        if (isUnrestricted(filter.viewer(), filter.kam())) {
            Table<?> days = daily(filter.from(), filter.to());
            Field<LocalDate> period = periodOf(granularity, days.field(REVENUE_DAY.DAY));
            return dsl.select(period, DSL.sum(days.field(REVENUE_DAY.REVENUE)))
                    .from(days)
                    .groupBy(period)
                    .orderBy(period)
                    .fetch(row -> new RevenuePoint(row.value1(), row.value2()));
        }
        Field<LocalDate> period = periodOf(granularity, BILL.BILLING_DATE);
        return dsl.select(period, DSL.sum(BILL.TOTAL_BILL))
                .from(BILL)
                .where(revenueBills(filter))
                .and(billsInScope(filter.viewer(), filter.kam()))
                .groupBy(period)
                .orderBy(period)
                .fetch(row -> new RevenuePoint(row.value1(), row.value2()));
    }

    @Override
    public BigDecimal cashCollected(RevenueFilter filter) {
        return dsl.select(orZero(DSL.sum(PAYMENT.AMOUNT))).from(PAYMENT).where(payments(filter)).fetchSingle()
                .value1();
    }

    @Override
    public List<RevenuePoint> collectedByPeriod(RevenueFilter filter, Granularity granularity) {
        Field<LocalDate> period = periodOf(granularity, PAYMENT.PAID_ON);
        return dsl.select(period, DSL.sum(PAYMENT.AMOUNT))
                .from(PAYMENT)
                .where(payments(filter))
                .groupBy(period)
                .orderBy(period)
                .fetch(row -> new RevenuePoint(row.value1(), row.value2()));
    }

    /** The payments the filter selects: not void, paid within its range, of bills in scope. */
    private static Condition payments(RevenueFilter filter) {
        Condition paid = PAYMENT.VOIDED_AT.isNull()
                .and(filter.from().map(PAYMENT.PAID_ON::ge).orElse(DSL.noCondition()))
                .and(filter.to().map(PAYMENT.PAID_ON::le).orElse(DSL.noCondition()));
        Condition bills = billsInScope(filter.viewer(), filter.kam());
        return DSL.noCondition().equals(bills) ? paid
                : paid.and(PAYMENT.BILL_ID.in(DSL.select(BILL.ID).from(BILL).where(bills)));
    }

    /**
     * All customers' revenue, collected and due per billing date within the range, consolidated and
     * pending, as derived table {@code days} (a date may appear twice; sum over it).
     */
    private static Table<?> daily(Optional<LocalDate> from, Optional<LocalDate> to) {
        Condition consolidated = from.map(REVENUE_DAY.DAY::ge).orElse(DSL.noCondition())
                .and(to.map(REVENUE_DAY.DAY::le).orElse(DSL.noCondition()));
        Condition pending = from.map(REVENUE_CHANGE.DAY::ge).orElse(DSL.noCondition())
                .and(to.map(REVENUE_CHANGE.DAY::le).orElse(DSL.noCondition()));
        return DSL.select(REVENUE_DAY.DAY, REVENUE_DAY.REVENUE, REVENUE_DAY.COLLECTED)
                .from(REVENUE_DAY)
                .where(consolidated)
                .unionAll(DSL.select(REVENUE_CHANGE.DAY, REVENUE_CHANGE.REVENUE, REVENUE_CHANGE.COLLECTED)
                        .from(REVENUE_CHANGE)
                        .where(pending))
                .asTable("days");
    }

    @Override
    public void customerRevenue(RevenueFilter filter, ListSpec<CustomerRevenueSortField> spec,
            ResultSink<CustomerRevenueRow> sink) {
        if (isTopByRevenuePage(filter, spec)) {
            topByRevenuePage(filter, spec, sink);
            return;
        }
        Condition scope = customersInScope(filter.viewer(), filter.kam());
        CustomerFigures figures = CustomerFigures.of(filter, scope);
        Condition listed = scope.and(ListQueries.search(spec, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.EMAIL));
        var query = dsl.with(figures.source).select(figures.columns())
                .from(figures.joinedTo(CUSTOMER.leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))))
                .where(listed);
        lists.stream(query, DSL.selectCount().from(CUSTOMER).where(listed), figures.ordering(spec), spec,
                figures::row, sink);
    }

    /**
     * A page of all-time figures ordered by revenue, highest first (the dashboard's default), without
     * a search: answered from the rollup's index by revenue instead of ordering every customer.
     */
    private static boolean isTopByRevenuePage(RevenueFilter filter, ListSpec<CustomerRevenueSortField> spec) {
        List<SortOrder<CustomerRevenueSortField>> ordering = spec.ordering().isEmpty() ? DEFAULT_CUSTOMER_ORDERING
                : spec.ordering();
        SortOrder<CustomerRevenueSortField> first = ordering.getFirst();
        return filter.from().isEmpty() && filter.to().isEmpty() && spec.search().isEmpty() && spec.page().isPresent()
                && first.field() == CustomerRevenueSortField.TOTAL_REVENUE && first.descending();
    }

    /**
     * The page's rows can only be among these candidates: every customer with changes not yet
     * compacted (their figures are summed anew), and the consolidated customers whose revenue reaches
     * the cut-off, the revenue of the (offset + size)-th consolidated customer without pending
     * changes, read from the index (any customer ranked by a lower revenue has at least that many
     * customers before it). When fewer customers have a positive cut-off, every customer is a
     * candidate (customers without bills have no rollup row and a revenue of zero). The candidates
     * are then ordered as any page is, so ties and the tie-breakers stay those of the full list.
     */
    private void topByRevenuePage(RevenueFilter filter, ListSpec<CustomerRevenueSortField> spec,
            ResultSink<CustomerRevenueRow> sink) {
        Condition scope = customersInScope(filter.viewer(), filter.kam());
        boolean unrestricted = DSL.noCondition().equals(scope);
        CustomerFigures figures = CustomerFigures.allTime(scope);
        PageRequest page = spec.page().orElseThrow();
        long depth = page.offset() + page.size();
        var consolidatedInScope = unrestricted ? DSL.select(REVENUE_CUSTOMER.REVENUE).from(REVENUE_CUSTOMER)
                : DSL.select(REVENUE_CUSTOMER.REVENUE).from(REVENUE_CUSTOMER)
                        .join(CUSTOMER).on(CUSTOMER.ID.eq(REVENUE_CUSTOMER.CUSTOMER_ID).and(scope));
        var cutoff = DSL.name("cutoff").fields("revenue").as(consolidatedInScope
                .whereNotExists(DSL.selectOne().from(figures.source)
                        .where(figures.sourceCustomer.eq(REVENUE_CUSTOMER.CUSTOMER_ID)))
                .orderBy(REVENUE_CUSTOMER.REVENUE.desc())
                .offset(DSL.inline(depth - 1))
                .limit(DSL.inline(1)));
        Field<BigDecimal> cutoffRevenue = DSL.field(DSL.select(cutoff.field("revenue", BigDecimal.class))
                .from(cutoff));
        var candidates = DSL.select(REVENUE_CUSTOMER.CUSTOMER_ID).from(REVENUE_CUSTOMER)
                .where(REVENUE_CUSTOMER.REVENUE.ge(cutoffRevenue))
                .union(DSL.select(figures.sourceCustomer).from(figures.source))
                .union(DSL.select(CUSTOMER.ID).from(CUSTOMER).where(orZero(cutoffRevenue).le(DSL.inline(ZERO))));
        var query = dsl.with(figures.source).with(cutoff).select(figures.columns())
                .from(figures.joinedTo(CUSTOMER.leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))))
                // as an array, which the planner takes for a few ids, read one by one from the key
                .where(CUSTOMER.ID.eq(DSL.any(DSL.array(candidates))))
                .and(scope);
        lists.stream(query, DSL.selectCount().from(CUSTOMER).where(scope), figures.ordering(spec), spec,
                figures::row, sink);
    }

    /**
     * Each customer's revenue, due and collected, joined to the customer by its key, one row at most:
     * all time, its row of the rollup plus its changes not yet compacted ({@code source}: the pending
     * changes summed per customer in scope), so a page by name reads 25 customers from the name's
     * index and then their figures; over a range, its bills in the range summed ({@code source}).
     */
    private static final class CustomerFigures {

        final CommonTableExpression<?> source;
        final Field<Long> sourceCustomer;
        private final UnaryOperator<Table<?>> join;
        private final Field<BigDecimal> revenue;
        private final Field<BigDecimal> due;
        private final Field<BigDecimal> collected;

        private CustomerFigures(CommonTableExpression<?> source, UnaryOperator<Table<?>> join,
                Field<BigDecimal> revenue, Field<BigDecimal> due, Field<BigDecimal> collected) {
            this.source = source;
            this.sourceCustomer = source.field("customer_id", Long.class);
            this.join = join;
            this.revenue = revenue;
            this.due = due;
            this.collected = collected;
        }

        static CustomerFigures of(RevenueFilter filter, Condition scope) {
            return filter.from().isEmpty() && filter.to().isEmpty() ? allTime(scope) : within(filter);
        }

        static CustomerFigures allTime(Condition scope) {
            var pending = DSL.name("pending").as(pendingPerCustomer(scope));
            Field<Long> pendingCustomer = pending.field("customer_id", Long.class);
            return new CustomerFigures(pending,
                    customers -> customers.leftJoin(REVENUE_CUSTOMER).on(REVENUE_CUSTOMER.CUSTOMER_ID.eq(CUSTOMER.ID))
                            .leftJoin(pending).on(pendingCustomer.eq(CUSTOMER.ID)),
                    plus(REVENUE_CUSTOMER.REVENUE, pending.field("revenue", BigDecimal.class)),
                    plus(REVENUE_CUSTOMER.DUE, pending.field("due", BigDecimal.class)),
                    plus(REVENUE_CUSTOMER.COLLECTED, pending.field("collected", BigDecimal.class)));
        }

        static CustomerFigures within(RevenueFilter filter) {
            var sums = DSL.name("r").as(DSL.select(BILL.CUSTOMER_ID.as("customer_id"),
                            DSL.sum(BILL.TOTAL_BILL).as("revenue"), DSL.sum(BILL.TOTAL_DUE).as("due"),
                            DSL.sum(BILL.TOTAL_RECEIVED).as("collected"))
                    .from(BILL)
                    .where(revenueBills(filter))
                    .and(billsInScope(filter.viewer(), filter.kam()))
                    .groupBy(BILL.CUSTOMER_ID));
            Field<Long> sumsCustomer = sums.field("customer_id", Long.class);
            return new CustomerFigures(sums, customers -> customers.leftJoin(sums).on(sumsCustomer.eq(CUSTOMER.ID)),
                    orZero(sums.field("revenue", BigDecimal.class)), orZero(sums.field("due", BigDecimal.class)),
                    orZero(sums.field("collected", BigDecimal.class)));
        }

        /** {@code customers} (the customer table, and whatever is joined to it) with each one's figures. */
        Table<?> joinedTo(Table<?> customers) {
            return join.apply(customers);
        }

        Field<BigDecimal> revenue() {
            return revenue;
        }

        List<Field<?>> columns() {
            return customerColumns(revenue.as("revenue"), due.as("due"), collected.as("collected"));
        }

        List<SortField<?>> ordering(ListSpec<CustomerRevenueSortField> spec) {
            return ListQueries.ordering(spec, customerSortable(revenue, due), DEFAULT_CUSTOMER_ORDERING, CUSTOMER.ID);
        }

        CustomerRevenueRow row(Record row) {
            return customerRow(row, revenue.as("revenue"), due.as("due"), collected.as("collected"));
        }
    }

    private static List<Field<?>> customerColumns(Field<BigDecimal> revenue, Field<BigDecimal> due,
            Field<BigDecimal> collected) {
        return List.of(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.EMAIL, CUSTOMER.STATUS, CUSTOMER.JOINED_ON,
                CUSTOMER.LEFT_ON, APP_USER.USERNAME, revenue, due, collected);
    }

    private static Map<CustomerRevenueSortField, Field<?>> customerSortable(Field<BigDecimal> revenue,
            Field<BigDecimal> due) {
        Map<CustomerRevenueSortField, Field<?>> sortable = new EnumMap<>(CustomerRevenueSortField.class);
        sortable.put(CustomerRevenueSortField.TOTAL_REVENUE, revenue);
        sortable.put(CustomerRevenueSortField.TOTAL_DUE, due);
        sortable.put(CustomerRevenueSortField.CUSTOMER_NAME, DSL.lower(CUSTOMER.NAME));
        sortable.put(CustomerRevenueSortField.JOIN_DATE, CUSTOMER.JOINED_ON);
        return sortable;
    }

    private static CustomerRevenueRow customerRow(Record row, Field<BigDecimal> revenue, Field<BigDecimal> due,
            Field<BigDecimal> collected) {
        return new CustomerRevenueRow(row.get(CUSTOMER.ID), row.get(CUSTOMER.NAME), row.get(CUSTOMER.EMAIL),
                row.get(CUSTOMER.STATUS), row.get(CUSTOMER.JOINED_ON), row.get(CUSTOMER.LEFT_ON),
                row.get(APP_USER.USERNAME), row.get(revenue), row.get(due), row.get(collected));
    }

    @Override
    public List<KamRevenueRow> kamRevenue(RevenueFilter filter, LocalDate end) {
        Condition scope = customersInScope(filter.viewer(), filter.kam());
        CustomerFigures figures = CustomerFigures.of(filter, scope);
        Field<BigDecimal> revenue = orZero(DSL.sum(figures.revenue()));
        return dsl.with(figures.source).select(APP_USER.ID, APP_USER.USERNAME,
                        // one row per customer: the figures have one row per customer, each customer one KAM
                        DSL.count().filterWhere(joinedBy(end)),
                        DSL.count().filterWhere(activeAt(end)),
                        revenue)
                .from(figures.joinedTo(CUSTOMER.join(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))))
                .where(scope)
                .groupBy(APP_USER.ID, APP_USER.USERNAME)
                .orderBy(revenue.desc(), APP_USER.USERNAME.asc(), APP_USER.ID.asc())
                .fetch(row -> new KamRevenueRow(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5()));
    }

    /**
     * The one definition of the bills that count: Active, with a billing date, within the filter's
     * range. Bills without a billing date are excluded everywhere, all-time figures included.
     */
    private static Condition revenueBills(Optional<LocalDate> from, Optional<LocalDate> to) {
        return BILL.STATUS.eq(ACTIVE)
                .and(BILL.BILLING_DATE.isNotNull())
                .and(from.map(BILL.BILLING_DATE::ge).orElse(DSL.noCondition()))
                .and(to.map(BILL.BILLING_DATE::le).orElse(DSL.noCondition()));
    }

    private static Condition revenueBills(RevenueFilter filter) {
        return revenueBills(filter.from(), filter.to());
    }

    /** The viewer's customers, and only the given KAM's when one is asked for. */
    private static Condition customersInScope(Viewer viewer, Optional<Long> kam) {
        return ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID)
                .and(kam.map(CUSTOMER.KAM_ID::eq).orElse(DSL.noCondition()));
    }

    /**
     * Bills of the customers in scope. When the scope selects every customer, no condition at all:
     * every bill has a customer (a non-null foreign key), and not joining the customers halves the
     * time of a sum over all bills.
     */
    private static Condition billsInScope(Viewer viewer, Optional<Long> kam) {
        Condition customers = customersInScope(viewer, kam);
        if (DSL.noCondition().equals(customers)) {
            return customers;
        }
        return BILL.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER).where(customers));
    }

    /** Whether the scope (and KAM filter) selects every customer: the rollup of all customers applies. */
    private static boolean isUnrestricted(Viewer viewer, Optional<Long> kam) {
        return DSL.noCondition().equals(customersInScope(viewer, kam));
    }

    private static Condition joinedBy(LocalDate end) {
        return CUSTOMER.JOINED_ON.le(end);
    }

    private static Condition activeAt(LocalDate end) {
        return CUSTOMER.JOINED_ON.le(end).and(CUSTOMER.LEFT_ON.isNull().or(CUSTOMER.LEFT_ON.gt(end)));
    }

    /** The changes not yet compacted into the rollup, summed per customer in scope. */
    private static Select<Record4<Long, BigDecimal, BigDecimal, BigDecimal>> pendingPerCustomer(Condition scope) {
        return DSL.select(REVENUE_CHANGE.CUSTOMER_ID, DSL.sum(REVENUE_CHANGE.REVENUE).as("revenue"),
                        DSL.sum(REVENUE_CHANGE.DUE).as("due"), DSL.sum(REVENUE_CHANGE.COLLECTED).as("collected"))
                .from(REVENUE_CHANGE)
                .where(DSL.noCondition().equals(scope) ? DSL.noCondition() : REVENUE_CHANGE.CUSTOMER_ID.in(
                        DSL.select(CUSTOMER.ID).from(CUSTOMER).where(scope)))
                .groupBy(REVENUE_CHANGE.CUSTOMER_ID);
    }

    /** The first day of the date's week (Monday), month or year. */
    private static Field<LocalDate> periodOf(Granularity granularity, Field<LocalDate> date) {
        String unit = switch (granularity) {
            case WEEK -> "week";
            case MONTH -> "month";
            case YEAR -> "year";
        };
        return DSL.field("cast(date_trunc({0}, cast({1} as timestamp)) as date)", LocalDate.class,
                DSL.inline(unit), date);
    }

    private static Field<BigDecimal> plus(Field<BigDecimal> consolidated, Field<BigDecimal> pending) {
        return orZero(consolidated).plus(orZero(pending));
    }

    private static Field<BigDecimal> orZero(Field<BigDecimal> sum) {
        return DSL.coalesce(sum, DSL.inline(ZERO));
    }
}
