package io.kamdesk.adapter.out.persistence.analytics;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;

import io.kamdesk.adapter.out.persistence.shared.DataSnapshots;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.ReadOnlyTransactions;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import io.kamdesk.application.analytics.port.in.aging.AgingSortField;
import io.kamdesk.application.analytics.port.in.aging.CustomerAgingView;
import io.kamdesk.application.analytics.port.out.ReceivablesReadModel;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.identity.Viewer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Receivables aging in SQL: each Active bill billed on or before the day, less its payments (not
 * void) paid on or before it, due its billing date plus the terms (the customer's own, else the
 * setting's), bucketed by the days past that, within the viewer's scope. Each customer's bills are
 * added into its buckets first (in the order of the index of owing bills, with no sort), and only
 * those 20,000 rows at most are summed per KAM. One statement per answer.
 */
@Repository
public class JooqReceivablesReadModel implements ReceivablesReadModel {

    /**
     * What each customer still owes as of {0} with terms {1}, in scope {2} and KAM filter {3} ({4}:
     * the customer table, whose KAM column the conditions name): {5} is what a bill still owes, {6}
     * narrows to the bills that owe and {7} joins what they need for it (see {@link #owing}).
     */
    private static final String PER_CUSTOMER = """
            with per_customer as (
                select {4}.id as customer_id, {4}.kam_id, sum(o.owed) as outstanding,
                       sum(o.owed) filter (where o.days_late <= 0) as "current",
                       sum(o.owed) filter (where o.days_late between 1 and 30) as "1_30",
                       sum(o.owed) filter (where o.days_late between 31 and 60) as "31_60",
                       sum(o.owed) filter (where o.days_late between 61 and 90) as "61_90",
                       sum(o.owed) filter (where o.days_late > 90) as "over_90",
                       {0} - max(o.days_late) as oldest_due_date
                from {4}
                join bill b on b.customer_id = {4}.id
                {7}
                cross join lateral (select {5} as owed,
                                           {0} - b.billing_date - coalesce({4}.payment_terms_days, {1}) as days_late) o
                where b.status = 'Active' and b.billing_date is not null and b.billing_date <= {0} and {2} and {3}
                      and {6}
                group by {4}.id
            )
            """;

    private static final String SUMS = PER_CUSTOMER + """
            select s.*, u.username as kam_name
            from (
                select grouping(p.kam_id) = 0 as per_kam, p.kam_id, sum(p.outstanding) as outstanding,
                       count(*) as customers,
                       sum(p."current") as "current", count(p."current") as "current_customers",
                       sum(p."1_30") as "1_30", count(p."1_30") as "1_30_customers",
                       sum(p."31_60") as "31_60", count(p."31_60") as "31_60_customers",
                       sum(p."61_90") as "61_90", count(p."61_90") as "61_90_customers",
                       sum(p."over_90") as "over_90", count(p."over_90") as "over_90_customers"
                from per_customer p
                group by rollup (p.kam_id)
            ) s
            left join app_user u on u.id = s.kam_id
            """;

    private static final String COUNT = PER_CUSTOMER + "select count(*) from per_customer";

    private static final String CUSTOMERS = PER_CUSTOMER + """
            select p.customer_id, c.name, c.company_name, p.kam_id, u.username as kam_name, p.outstanding,
                   p.outstanding - coalesce(p."current", 0) as overdue, coalesce(p."current", 0) as "current",
                   coalesce(p."1_30", 0) as "1_30", coalesce(p."31_60", 0) as "31_60",
                   coalesce(p."61_90", 0) as "61_90", coalesce(p."over_90", 0) as "over_90", p.oldest_due_date,
                   count(*) over () as customers_in_all
            from per_customer p
            join customer c on c.id = p.customer_id
            left join app_user u on u.id = p.kam_id
            """;

    private static final Map<AgingSortField, String> ORDER_COLUMNS = orderColumns();

    private final DSLContext dsl;
    private final ReadOnlyTransactions readOnly;

    public JooqReceivablesReadModel(DSLContext dsl, ReadOnlyTransactions readOnly) {
        this.dsl = dsl;
        this.readOnly = readOnly;
    }

    /** PostgreSQL's current snapshot, in one round trip with whatever the connection had to send first. */
    @Override
    public String dataVersion() {
        return DataSnapshots.current(dsl);
    }

    @Override
    public List<AgingRow> aging(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays) {
        List<AgingRow> rows = new ArrayList<>();
        dsl.resultQuery(SUMS, parts(viewer, kam, asOf, termsDays, DSL.noCondition())).forEach(row -> {
            boolean perKam = row.get("per_kam", Boolean.class);
            Long kamId = row.get("kam_id", Long.class);
            String kamName = row.get("kam_name", String.class);
            rows.add(new AgingRow(perKam, kamId, kamName, null, row.get("outstanding", BigDecimal.class),
                    row.get("customers", Long.class)));
            for (AgingBucket bucket : AgingBucket.values()) {
                long customers = row.get(bucket.code() + "_customers", Long.class);
                if (customers > 0) {
                    rows.add(new AgingRow(perKam, kamId, kamName, bucket, row.get(bucket.code(), BigDecimal.class),
                            customers));
                }
            }
        });
        return rows;
    }

    @Override
    public void customers(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays,
            ListSpec<AgingSortField> spec, ResultSink<CustomerAgingView> sink) {
        QueryPart[] parts = parts(viewer, kam, asOf, termsDays,
                ListQueries.search(spec, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME));
        readOnly.run(() -> {
            String page = spec.page().map(request -> " limit " + request.size() + " offset " + request.offset())
                    .orElse("");
            List<Record> rows = dsl.resultQuery(CUSTOMERS + orderBy(spec) + page, parts).fetch();
            if (sink.wantsTotal()) {
                sink.total(total(rows, spec, parts));
            }
            rows.forEach(row -> sink.item(toView(row)));
        });
    }

    /**
     * How many customers owe: counted along with the page by the page's own statement, so that a
     * page costs one pass over the bills; only a page past the last is counted apart.
     */
    private long total(List<Record> rows, ListSpec<AgingSortField> spec, QueryPart[] parts) {
        if (!rows.isEmpty()) {
            return rows.getFirst().get("customers_in_all", Long.class);
        }
        return spec.page().isPresent() ? dsl.resultQuery(COUNT, parts).fetchOne(0, Long.class) : 0;
    }

    /**
     * The template's parts: the day, the terms, the scope, the customers asked for (a KAM's, a
     * search's), the customer table, and what a bill owes.
     */
    private QueryPart[] parts(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays,
            Condition narrowing) {
        Condition kamFilter = kam.map(CUSTOMER.KAM_ID::eq).orElse(DSL.noCondition()).and(narrowing);
        QueryPart[] owing = owing(asOf);
        return new QueryPart[] {DSL.val(asOf), DSL.val(termsDays), ScopeConditions.visibleTo(viewer,
                CUSTOMER.KAM_ID), kamFilter, CUSTOMER, owing[0], owing[1], owing[2]};
    }

    /**
     * What a bill owes as of the day. When no payment is dated after it (as of today, always: a
     * payment is never dated in the future; asked as the latest date of all, which the index answers
     * at once whatever the plan), the bill's own {@code total_due}, which the ledger keeps
     * equal to its total less its payments, read from the index of owing bills only; as of an earlier
     * day, that plus the payments dated after the day, summed once per bill that has any.
     */
    private QueryPart[] owing(LocalDate asOf) {
        LocalDate lastPaidOn = dsl.select(DSL.max(PAYMENT.PAID_ON)).from(PAYMENT).fetchOne(0, LocalDate.class);
        if (lastPaidOn == null || !lastPaidOn.isAfter(asOf)) {
            return new QueryPart[] {DSL.field("b.total_due"), DSL.condition("b.total_due > 0"), DSL.sql("")};
        }
        return new QueryPart[] {DSL.field("b.total_due + coalesce(l.late, 0)"),
                DSL.condition("b.total_due + coalesce(l.late, 0) > 0"),
                DSL.sql("left join (select p.bill_id, sum(p.amount) as late from payment p"
                        + " where p.paid_on > {0} and p.voided_at is null group by p.bill_id) l on l.bill_id = b.id",
                        DSL.val(asOf))};
    }

    /** Largest overdue first by default; the customer id breaks ties the way the last ordering goes. */
    private static String orderBy(ListSpec<AgingSortField> spec) {
        List<SortOrder<AgingSortField>> orders = spec.ordering().isEmpty()
                ? List.of(SortOrder.descending(AgingSortField.OVERDUE)) : spec.ordering();
        String columns = orders.stream().map(order -> ORDER_COLUMNS.get(order.field())
                + (order.descending() ? " desc nulls last" : " asc nulls first")).collect(Collectors.joining(", "));
        return " order by " + columns + ", p.customer_id" + (orders.getLast().descending() ? " desc" : "");
    }

    private static CustomerAgingView toView(Record row) {
        Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            buckets.put(bucket, money(row.get(bucket.code(), BigDecimal.class)));
        }
        return new CustomerAgingView(row.get("customer_id", Long.class), row.get("name", String.class),
                row.get("company_name", String.class), row.get("kam_id", Long.class), row.get("kam_name", String.class),
                money(row.get("outstanding", BigDecimal.class)), money(row.get("overdue", BigDecimal.class)), buckets,
                row.get("oldest_due_date", LocalDate.class));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Map<AgingSortField, String> orderColumns() {
        Map<AgingSortField, String> columns = new EnumMap<>(AgingSortField.class);
        columns.put(AgingSortField.OVERDUE, "overdue");
        columns.put(AgingSortField.OUTSTANDING, "outstanding");
        columns.put(AgingSortField.OLDEST_DUE_DATE, "oldest_due_date");
        columns.put(AgingSortField.NAME, "c.name");
        return Map.copyOf(columns);
    }
}
