package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;

import io.kamdesk.adapter.out.persistence.shared.BulkInsert;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.PaymentSortField;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The payment ledger. A payment has no owner of its own: reads that take a viewer are scoped by the
 * KAM of its bill's customer, joined in the same statement. The names of who received and who voided
 * are kept beside their ids, read from the users when the payment is written.
 */
@Repository
public class JooqPaymentRepository implements PaymentRepository {

    private static final List<SortOrder<PaymentSortField>> DEFAULT_ORDERING =
            List.of(SortOrder.descending(PaymentSortField.PAID_ON));
    private static final Map<PaymentSortField, Field<?>> SORTABLE = sortable();
    private static final Field<String> CUSTOMER_NAME = CUSTOMER.NAME.as("customer_name");

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqPaymentRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public long insert(Payment payment) {
        return dsl.insertInto(PAYMENT)
                .set(columns(payment, nameOf(payment.receivedBy())))
                .returning(PAYMENT.ID)
                .fetchOne(PAYMENT.ID);
    }

    /** One COPY, the receivers' names read once for the whole list. */
    @Override
    public void insertAll(List<Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Set<Long> receivers = payments.stream().map(Payment::receivedBy).collect(Collectors.toSet());
        Map<Long, String> names = dsl.select(APP_USER.ID, APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ID.in(receivers)).fetchMap(APP_USER.ID, APP_USER.USERNAME);
        BulkInsert.copy(dsl, PAYMENT, payments, payment -> columns(payment,
                names.getOrDefault(payment.receivedBy(), "")));
    }

    @Override
    public void markVoid(Payment voided) {
        Payment.Voiding voiding = voided.voiding().orElseThrow();
        dsl.update(PAYMENT)
                .set(PAYMENT.VOIDED_AT, voiding.at())
                .set(PAYMENT.VOIDED_BY, voiding.by())
                .set(PAYMENT.VOIDED_BY_NAME, nameOf(voiding.by()))
                .set(PAYMENT.VOID_REASON, voiding.reason())
                .where(PAYMENT.ID.eq(voided.id()))
                .and(PAYMENT.VOIDED_AT.isNull())
                .execute();
    }

    @Override
    public Optional<Payment> findVisibleForUpdate(Viewer viewer, long id) {
        return dsl.select(PAYMENT.fields())
                .from(PAYMENT)
                .join(BILL).on(BILL.ID.eq(PAYMENT.BILL_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILL.CUSTOMER_ID))
                .where(PAYMENT.ID.eq(id))
                .and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .forUpdate().of(PAYMENT)
                .fetchOptional(row -> toPayment(row));
    }

    @Override
    public Optional<PaymentView> findView(Viewer viewer, long id) {
        return views(viewer).and(PAYMENT.ID.eq(id)).fetchOptional(JooqPaymentRepository::toView);
    }

    @Override
    public void list(ListPaymentsQuery query, ResultSink<PaymentView> sink) {
        var select = views(query.viewer())
                .and(query.customer().map(BILL.CUSTOMER_ID::eq).orElse(DSL.noCondition()))
                .and(query.bill().map(PAYMENT.BILL_ID::eq).orElse(DSL.noCondition()))
                .and(query.method().map(method -> PAYMENT.METHOD.eq(method.code())).orElse(DSL.noCondition()))
                .and(query.paidOnAfter().map(PAYMENT.PAID_ON::ge).orElse(DSL.noCondition()))
                .and(query.paidOnBefore().map(PAYMENT.PAID_ON::le).orElse(DSL.noCondition()))
                .and(query.receivedBy().map(PAYMENT.RECEIVED_BY::eq).orElse(DSL.noCondition()))
                .and(ListQueries.search(query.spec(), PAYMENT.REFERENCE, PAYMENT.REMARKS, PAYMENT.RECEIVED_BY_NAME,
                        BILL.BILL_NUMBER, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE, DEFAULT_ORDERING, PAYMENT.ID);
        lists.stream(select, ordering, query.spec(), JooqPaymentRepository::toView, sink);
    }

    private SelectConditionStep<Record> views(Viewer viewer) {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(PAYMENT.fields()));
        fields.addAll(List.of(BILL.BILL_NUMBER, BILL.CUSTOMER_ID, CUSTOMER_NAME));
        return dsl.select(fields)
                .from(PAYMENT)
                .join(BILL).on(BILL.ID.eq(PAYMENT.BILL_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILL.CUSTOMER_ID))
                .where(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID));
    }

    private String nameOf(long userId) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.USERNAME).orElse("");
    }

    private static Map<Field<?>, Object> columns(Payment payment, String receivedByName) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(PAYMENT.BILL_ID, payment.billId());
        columns.put(PAYMENT.AMOUNT, payment.amount().amount());
        columns.put(PAYMENT.PAID_ON, payment.paidOn());
        columns.put(PAYMENT.METHOD, payment.method().code());
        columns.put(PAYMENT.REFERENCE, payment.reference());
        columns.put(PAYMENT.REMARKS, payment.remarks());
        columns.put(PAYMENT.RECEIVED_BY, payment.receivedBy());
        columns.put(PAYMENT.RECEIVED_BY_NAME, receivedByName);
        columns.put(PAYMENT.RECORDED_AT, payment.recordedAt());
        return columns;
    }

    private static Payment toPayment(Record row) {
        Payment.Voiding voiding = row.get(PAYMENT.VOIDED_AT) == null ? null : new Payment.Voiding(
                row.get(PAYMENT.VOIDED_BY) == null ? 0 : row.get(PAYMENT.VOIDED_BY), row.get(PAYMENT.VOIDED_AT),
                row.get(PAYMENT.VOID_REASON));
        return Payment.restore(row.get(PAYMENT.ID), row.get(PAYMENT.BILL_ID), Money.of(row.get(PAYMENT.AMOUNT)),
                row.get(PAYMENT.PAID_ON), PaymentMethod.fromCode(row.get(PAYMENT.METHOD)), row.get(PAYMENT.REFERENCE),
                row.get(PAYMENT.REMARKS), row.get(PAYMENT.RECEIVED_BY) == null ? 0 : row.get(PAYMENT.RECEIVED_BY),
                row.get(PAYMENT.RECORDED_AT), voiding);
    }

    private static PaymentView toView(Record row) {
        PaymentView.Voided voided = row.get(PAYMENT.VOIDED_AT) == null ? null : new PaymentView.Voided(
                row.get(PAYMENT.VOIDED_BY), row.get(PAYMENT.VOIDED_BY_NAME), row.get(PAYMENT.VOIDED_AT),
                row.get(PAYMENT.VOID_REASON));
        return new PaymentView(row.get(PAYMENT.ID), row.get(PAYMENT.BILL_ID), row.get(BILL.BILL_NUMBER),
                row.get(BILL.CUSTOMER_ID), row.get(CUSTOMER_NAME), Money.of(row.get(PAYMENT.AMOUNT)),
                row.get(PAYMENT.PAID_ON), PaymentMethod.fromCode(row.get(PAYMENT.METHOD)), row.get(PAYMENT.REFERENCE),
                row.get(PAYMENT.REMARKS), row.get(PAYMENT.RECEIVED_BY), row.get(PAYMENT.RECEIVED_BY_NAME),
                row.get(PAYMENT.RECORDED_AT), voided);
    }

    private static Map<PaymentSortField, Field<?>> sortable() {
        Map<PaymentSortField, Field<?>> columns = new EnumMap<>(PaymentSortField.class);
        columns.put(PaymentSortField.ID, PAYMENT.ID);
        columns.put(PaymentSortField.PAID_ON, PAYMENT.PAID_ON);
        columns.put(PaymentSortField.AMOUNT, PAYMENT.AMOUNT);
        columns.put(PaymentSortField.RECORDED_AT, PAYMENT.RECORDED_AT);
        return Map.copyOf(columns);
    }
}
