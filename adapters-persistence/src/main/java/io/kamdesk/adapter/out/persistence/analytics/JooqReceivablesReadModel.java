package io.kamdesk.adapter.out.persistence.analytics;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;

import io.kamdesk.adapter.out.persistence.shared.ListQueries;
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
import java.util.Arrays;
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
 * void) paid on or before it (from the payment index alone), due its billing date plus the terms
 * (the customer's own, else the setting's),
 * bucketed by the days past that, within the viewer's scope. One statement per answer.
 */
@Repository
public class JooqReceivablesReadModel implements ReceivablesReadModel {

    /**
     * The bills still owing as of {0} with terms {1}, in scope {2} and KAM filter {3} ({4}: the
     * customer table, whose KAM column the conditions name); {5} is what a bill still owes and {6}
     * narrows to the bills that may owe (see {@link #owing}).
     */
    private static final String OWING = """
            with open_bills as (
                select {4}.kam_id, b.customer_id, b.billing_date + coalesce({4}.payment_terms_days, {1}) as due_on,
                       {5} as outstanding
                from bill b
                join {4} on {4}.id = b.customer_id
                where b.status = 'Active' and b.billing_date is not null and b.billing_date <= {0} and {2} and {3}
                      and {6}
            ), aged as (
                select kam_id, customer_id, due_on, outstanding,
                       case when {0} - due_on <= 0 then 'current'
                            when {0} - due_on <= 30 then '1_30'
                            when {0} - due_on <= 60 then '31_60'
                            when {0} - due_on <= 90 then '61_90'
                            else 'over_90' end as bucket
                from open_bills
                where outstanding > 0
            )
            """;

    private static final String SUMS = OWING + """
            select grouping(a.kam_id) = 0 as per_kam, a.kam_id, u.username as kam_name, a.bucket,
                   sum(a.outstanding) as amount, count(distinct a.customer_id) as customers
            from aged a
            left join app_user u on u.id = a.kam_id
            group by grouping sets ((a.kam_id, u.username, a.bucket), (a.kam_id, u.username), (a.bucket), ())
            """;

    private static final String COUNT = OWING + "select count(distinct customer_id) from aged";

    private static final String CUSTOMERS = OWING + """
            select a.customer_id, c.name, c.company_name, c.kam_id, u.username as kam_name,
                   sum(a.outstanding) as outstanding,
                   coalesce(sum(a.outstanding) filter (where {0} - a.due_on > 0), 0) as overdue,
                   coalesce(sum(a.outstanding) filter (where a.bucket = 'current'), 0) as "current",
                   coalesce(sum(a.outstanding) filter (where a.bucket = '1_30'), 0) as "1_30",
                   coalesce(sum(a.outstanding) filter (where a.bucket = '31_60'), 0) as "31_60",
                   coalesce(sum(a.outstanding) filter (where a.bucket = '61_90'), 0) as "61_90",
                   coalesce(sum(a.outstanding) filter (where a.bucket = 'over_90'), 0) as "over_90",
                   min(a.due_on) as oldest_due_date
            from aged a
            join customer c on c.id = a.customer_id
            left join app_user u on u.id = c.kam_id
            group by a.customer_id, c.name, c.company_name, c.kam_id, u.username
            """;

    private static final Map<AgingSortField, String> ORDER_COLUMNS = orderColumns();
    private static final Map<String, AgingBucket> BUCKETS = Arrays.stream(AgingBucket.values())
            .collect(Collectors.toMap(AgingBucket::code, bucket -> bucket));

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqReceivablesReadModel(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public List<AgingRow> aging(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays) {
        return dsl.resultQuery(SUMS, parts(viewer, kam, asOf, termsDays, DSL.noCondition())).fetch(row -> new AgingRow(
                row.get("per_kam", Boolean.class), row.get("kam_id", Long.class), row.get("kam_name", String.class),
                Optional.ofNullable(row.get("bucket", String.class)).map(BUCKETS::get).orElse(null),
                row.get("amount", BigDecimal.class), row.get("customers", Long.class)));
    }

    @Override
    public void customers(Viewer viewer, Optional<Long> kam, LocalDate asOf, int termsDays,
            ListSpec<AgingSortField> spec, ResultSink<CustomerAgingView> sink) {
        QueryPart[] parts = parts(viewer, kam, asOf, termsDays,
                ListQueries.search(spec, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME));
        lists.readOnly(() -> {
            if (sink.wantsTotal()) {
                sink.total(dsl.resultQuery(COUNT, parts).fetchOne(0, Long.class));
            }
            String page = spec.page().map(request -> " limit " + request.size() + " offset " + request.offset())
                    .orElse("");
            dsl.resultQuery(CUSTOMERS + orderBy(spec) + page, parts).fetch()
                    .forEach(row -> sink.item(toView(row)));
        });
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
                CUSTOMER.KAM_ID), kamFilter, CUSTOMER, owing[0], owing[1]};
    }

    /**
     * What a bill owes as of the day. When no payment is dated after it (as of today, always: a
     * payment is never dated in the future), the bill's own {@code total_due}, which the ledger keeps
     * equal to its total less its payments, read from the index of owing bills only; as of an earlier
     * day, the total less the payments paid by then, bill by bill.
     */
    private QueryPart[] owing(LocalDate asOf) {
        boolean paidSince = dsl.fetchExists(DSL.selectOne().from(PAYMENT)
                .where(PAYMENT.PAID_ON.gt(asOf)).and(PAYMENT.VOIDED_AT.isNull()));
        if (!paidSince) {
            return new QueryPart[] {DSL.field("b.total_due"), DSL.condition("b.total_due > 0")};
        }
        return new QueryPart[] {DSL.field("b.total_bill - coalesce((select sum(p.amount) from payment p"
                + " where p.bill_id = b.id and p.voided_at is null and p.paid_on <= {0}), 0)", DSL.val(asOf)),
                DSL.noCondition()};
    }

    /** Largest overdue first by default; the customer id breaks ties the way the last ordering goes. */
    private static String orderBy(ListSpec<AgingSortField> spec) {
        List<SortOrder<AgingSortField>> orders = spec.ordering().isEmpty()
                ? List.of(SortOrder.descending(AgingSortField.OVERDUE)) : spec.ordering();
        String columns = orders.stream().map(order -> ORDER_COLUMNS.get(order.field())
                + (order.descending() ? " desc nulls last" : " asc nulls first")).collect(Collectors.joining(", "));
        return " order by " + columns + ", a.customer_id" + (orders.getLast().descending() ? " desc" : "");
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
