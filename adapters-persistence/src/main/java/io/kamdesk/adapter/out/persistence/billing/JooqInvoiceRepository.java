package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.INVOICE;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.INVOICE_BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.INVOICE_LINE;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.InvoiceLineRecord;
import io.kamdesk.adapter.out.persistence.shared.ConstraintViolations;
import io.kamdesk.adapter.out.persistence.shared.IdentitySequence;
import io.kamdesk.adapter.out.persistence.shared.ListQueries;
import io.kamdesk.adapter.out.persistence.shared.ScopeConditions;
import io.kamdesk.application.billing.port.in.invoice.InvoiceSortField;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView.InvoiceCustomer;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.application.billing.port.in.invoice.ListInvoicesQuery;
import io.kamdesk.application.billing.port.out.InvoiceRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.BillingMonth;
import io.kamdesk.domain.billing.Invoice;
import io.kamdesk.domain.billing.InvoiceAmounts;
import io.kamdesk.domain.billing.InvoiceLine;
import io.kamdesk.domain.billing.InvoiceStatus;
import io.kamdesk.domain.billing.InvoicedBill;
import io.kamdesk.domain.billing.VatRate;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Invoices in PostgreSQL: the invoice row with its figures, its lines and its bills; read with the
 * customer block, the lines and what the bills' payments have paid, in one statement.
 */
@Repository
public class JooqInvoiceRepository implements InvoiceRepository {

    private static final List<SortOrder<InvoiceSortField>> DEFAULT_ORDERING =
            List.of(SortOrder.descending(InvoiceSortField.ID));
    private static final Map<InvoiceSortField, Field<?>> SORTABLE = sortable();
    /** What the invoice's bills have received: the payments not void (the ledger keeps each bill's sum). */
    private static final Field<BigDecimal> PAID_SUM = DSL.field(DSL.select(DSL.coalesce(DSL.sum(BILL.TOTAL_RECEIVED),
            BigDecimal.ZERO)).from(INVOICE_BILL).join(BILL).on(BILL.ID.eq(INVOICE_BILL.BILL_ID))
            .where(INVOICE_BILL.INVOICE_ID.eq(INVOICE.ID)));
    private static final Field<BigDecimal> PAID = PAID_SUM.as("paid");
    private static final Field<Result<InvoiceLineRecord>> LINES = DSL.multiset(DSL.selectFrom(INVOICE_LINE)
            .where(INVOICE_LINE.INVOICE_ID.eq(INVOICE.ID)).orderBy(INVOICE_LINE.POSITION)).as("lines");
    private static final Field<Long[]> BILL_IDS = DSL.field(DSL.select(DSL.arrayAgg(INVOICE_BILL.BILL_ID)
            .orderBy(INVOICE_BILL.BILL_ID)).from(INVOICE_BILL).where(INVOICE_BILL.INVOICE_ID.eq(INVOICE.ID)))
            .as("bill_ids");
    private static final Field<String> KAM = APP_USER.USERNAME.as("kam_username");

    private final DSLContext dsl;
    private final ListQueries lists;

    public JooqInvoiceRepository(DSLContext dsl, ListQueries lists) {
        this.dsl = dsl;
        this.lists = lists;
    }

    @Override
    public long nextId() {
        return IdentitySequence.reserve(dsl, INVOICE, INVOICE.ID, 1).getFirst();
    }

    @Override
    public void insert(Invoice invoice, long createdBy) {
        Instant now = invoice.createdAt();
        ConstraintViolations.translated(() -> dsl.insertInto(INVOICE)
                .set(INVOICE.ID, invoice.id())
                .set(INVOICE.INVOICE_NUMBER, invoice.number())
                .set(INVOICE.CUSTOMER_ID, invoice.customerId())
                .set(INVOICE.MONTH, invoice.month().firstDay())
                .set(INVOICE.CREATED_BY, createdBy)
                .set(INVOICE.CREATED_AT, now)
                .set(changeable(invoice, now))
                .execute(), Map.of("invoice_customer_month_key",
                        () -> new ConflictException(Refusal.INVOICE_EXISTS, invoice.id(), invoice.number())));
        writeParts(invoice);
    }

    @Override
    public void update(Invoice invoice, Instant now) {
        dsl.update(INVOICE).set(changeable(invoice, now)).where(INVOICE.ID.eq(invoice.id())).execute();
        if (invoice.status() == InvoiceStatus.VOID) {
            // a void keeps the lines and bills it had
            return;
        }
        dsl.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.eq(invoice.id())).execute();
        dsl.deleteFrom(INVOICE_BILL).where(INVOICE_BILL.INVOICE_ID.eq(invoice.id())).execute();
        writeParts(invoice);
    }

    @Override
    public Optional<Invoice> findVisibleForUpdate(Viewer viewer, long id) {
        return dsl.select(INVOICE.fields()).select(LINES, BILL_IDS).from(INVOICE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .where(INVOICE.ID.eq(id)).and(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID))
                .forUpdate().of(INVOICE)
                .fetchOptional(JooqInvoiceRepository::toInvoice);
    }

    @Override
    public Optional<InvoiceView> findView(Viewer viewer, long id) {
        return views(viewer).and(INVOICE.ID.eq(id)).fetchOptional(JooqInvoiceRepository::toView);
    }

    @Override
    public void list(ListInvoicesQuery query, ResultSink<InvoiceView> sink) {
        var select = views(query.viewer())
                .and(query.customer().map(INVOICE.CUSTOMER_ID::eq).orElse(DSL.noCondition()))
                .and(query.month().map(month -> INVOICE.MONTH.eq(month.firstDay())).orElse(DSL.noCondition()))
                .and(query.status().map(JooqInvoiceRepository::hasStatus).orElse(DSL.noCondition()))
                .and(ListQueries.search(query.spec(), INVOICE.INVOICE_NUMBER, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME));
        var ordering = ListQueries.ordering(query.spec(), SORTABLE, DEFAULT_ORDERING, INVOICE.ID);
        lists.stream(select, ordering, query.spec(), JooqInvoiceRepository::toView, sink);
    }

    @Override
    public Set<Long> customersInvoiced(Collection<Long> customerIds, BillingMonth month) {
        return new HashSet<>(dsl.select(INVOICE.CUSTOMER_ID).from(INVOICE).where(INVOICE.CUSTOMER_ID.in(customerIds))
                .and(INVOICE.MONTH.eq(month.firstDay())).and(INVOICE.STATUS.ne("void")).fetch(INVOICE.CUSTOMER_ID));
    }

    @Override
    public Optional<OpenInvoice> openInvoice(long customerId, BillingMonth month) {
        return dsl.select(INVOICE.ID, INVOICE.INVOICE_NUMBER).from(INVOICE)
                .where(INVOICE.CUSTOMER_ID.eq(customerId)).and(INVOICE.MONTH.eq(month.firstDay()))
                .and(INVOICE.STATUS.ne("void"))
                .fetchOptional(row -> new OpenInvoice(row.value1(), row.value2()));
    }

    @Override
    public List<InvoicedBill> monthBills(long customerId, BillingMonth month) {
        return dsl.selectFrom(BILL).where(BILL.CUSTOMER_ID.eq(customerId))
                .and(BILL.STATUS.eq(BillStatus.ACTIVE.code()))
                .and(BILL.BILLING_DATE.between(month.firstDay(), month.lastDay()))
                .orderBy(BILL.ID).forUpdate()
                .fetch(row -> InvoicedBill.of(BillRowMapper.toBill(row)));
    }

    @Override
    public Optional<String> issuedInvoiceOfBill(long billId) {
        return dsl.select(INVOICE.INVOICE_NUMBER).from(INVOICE_BILL).join(INVOICE).on(INVOICE.ID.eq(
                INVOICE_BILL.INVOICE_ID)).where(INVOICE_BILL.BILL_ID.eq(billId)).and(INVOICE.STATUS.eq("issued"))
                .limit(1).fetchOptional(INVOICE.INVOICE_NUMBER);
    }

    private void writeParts(Invoice invoice) {
        if (!invoice.lines().isEmpty()) {
            var insert = dsl.insertInto(INVOICE_LINE, INVOICE_LINE.INVOICE_ID, INVOICE_LINE.POSITION,
                    INVOICE_LINE.BILL_ID, INVOICE_LINE.BILL_NUMBER, INVOICE_LINE.COMPONENT, INVOICE_LINE.QUANTITY,
                    INVOICE_LINE.UNIT_PRICE, INVOICE_LINE.AMOUNT);
            int position = 0;
            for (InvoiceLine line : invoice.lines()) {
                insert = insert.values(invoice.id(), ++position, line.billId(), line.billNumber(),
                        line.component().name().toLowerCase(Locale.ROOT), line.quantity(), line.unitPrice().amount(),
                        line.amount().amount());
            }
            insert.execute();
        }
        var bills = dsl.insertInto(INVOICE_BILL, INVOICE_BILL.INVOICE_ID, INVOICE_BILL.BILL_ID);
        for (long billId : invoice.billIds()) {
            bills = bills.values(invoice.id(), billId);
        }
        bills.execute();
    }

    private static Map<Field<?>, Object> changeable(Invoice invoice, Instant now) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        InvoiceAmounts amounts = invoice.amounts();
        columns.put(INVOICE.STATUS, invoice.status().name().toLowerCase(Locale.ROOT));
        columns.put(INVOICE.VAT_RATE, amounts.vatRate().percent());
        columns.put(INVOICE.SUBTOTAL, amounts.subtotal().amount());
        columns.put(INVOICE.DISCOUNT, amounts.discount().amount());
        columns.put(INVOICE.VAT, amounts.vat().amount());
        columns.put(INVOICE.TOTAL, amounts.total().amount());
        columns.put(INVOICE.ISSUE_DATE, invoice.issueDate());
        columns.put(INVOICE.DUE_DATE, invoice.dueDate());
        columns.put(INVOICE.UPDATED_AT, now);
        columns.put(INVOICE.VOID_REASON, invoice.voiding() == null ? null : invoice.voiding().reason());
        columns.put(INVOICE.VOIDED_BY, invoice.voiding() == null ? null : invoice.voiding().voidedBy());
        columns.put(INVOICE.VOIDED_AT, invoice.voiding() == null ? null : invoice.voiding().at());
        return columns;
    }

    private SelectConditionStep<Record> views(Viewer viewer) {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(INVOICE.fields()));
        fields.addAll(List.of(CUSTOMER.CUSTOMER_NUMBER, CUSTOMER.NAME, CUSTOMER.COMPANY_NAME, CUSTOMER.EMAIL,
                CUSTOMER.PHONE, CUSTOMER.ADDRESS, CUSTOMER.KAM_ID, KAM, PAID, LINES, BILL_IDS));
        return dsl.select(fields).from(INVOICE)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(INVOICE.CUSTOMER_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CUSTOMER.KAM_ID))
                .where(ScopeConditions.visibleTo(viewer, CUSTOMER.KAM_ID));
    }

    /** Paid and issued are the one stored status, told apart by what the bills' payments cover. */
    private static Condition hasStatus(InvoiceStatus status) {
        return switch (status) {
            case DRAFT -> INVOICE.STATUS.eq("draft");
            case VOID -> INVOICE.STATUS.eq("void");
            case ISSUED -> INVOICE.STATUS.eq("issued").and(PAID_SUM.lt(INVOICE.TOTAL));
            case PAID -> INVOICE.STATUS.eq("issued").and(PAID_SUM.ge(INVOICE.TOTAL));
        };
    }

    private static InvoiceView toView(Record row) {
        Invoice invoice = toInvoice(row);
        InvoiceCustomer customer = new InvoiceCustomer(invoice.customerId(), row.get(CUSTOMER.CUSTOMER_NUMBER),
                row.get(CUSTOMER.NAME), row.get(CUSTOMER.COMPANY_NAME), row.get(CUSTOMER.EMAIL),
                row.get(CUSTOMER.PHONE), row.get(CUSTOMER.ADDRESS), row.get(CUSTOMER.KAM_ID), row.get(KAM));
        Money paid = Money.of(row.get(PAID));
        InvoiceAmounts amounts = invoice.amounts();
        return new InvoiceView(invoice.id(), invoice.number(), customer, invoice.month(), invoice.statusGiven(paid),
                invoice.issueDate(), invoice.dueDate(), amounts.vatRate(), amounts.subtotal(), amounts.discount(),
                amounts.vat(), amounts.total(), paid, invoice.billIds(), invoice.lines(),
                invoice.voiding() == null ? null : invoice.voiding().reason(),
                invoice.voiding() == null ? null : invoice.voiding().at(), row.get(INVOICE.CREATED_BY),
                invoice.createdAt(), row.get(INVOICE.UPDATED_AT));
    }

    private static Invoice toInvoice(Record row) {
        List<InvoiceLine> lines = row.get(LINES).map(line -> new InvoiceLine(line.getBillId(), line.getBillNumber(),
                BandwidthComponent.valueOf(line.getComponent().toUpperCase(Locale.ROOT)), line.getQuantity(),
                Money.of(line.getUnitPrice()), Money.of(line.getAmount())));
        Long[] billIds = row.get(BILL_IDS);
        InvoiceAmounts amounts = new InvoiceAmounts(Money.of(row.get(INVOICE.SUBTOTAL)),
                Money.of(row.get(INVOICE.DISCOUNT)), new VatRate(row.get(INVOICE.VAT_RATE)),
                Money.of(row.get(INVOICE.VAT)), Money.of(row.get(INVOICE.TOTAL)));
        Invoice.Voiding voiding = row.get(INVOICE.VOIDED_AT) == null ? null : new Invoice.Voiding(
                row.get(INVOICE.VOID_REASON), row.get(INVOICE.VOIDED_BY) == null ? 0 : row.get(INVOICE.VOIDED_BY),
                row.get(INVOICE.VOIDED_AT));
        return Invoice.restore(row.get(INVOICE.ID), row.get(INVOICE.INVOICE_NUMBER), row.get(INVOICE.CUSTOMER_ID),
                new BillingMonth(YearMonth.from(row.get(INVOICE.MONTH))),
                InvoiceStatus.valueOf(row.get(INVOICE.STATUS).toUpperCase(Locale.ROOT)),
                billIds == null ? List.of() : Arrays.asList(billIds), lines, amounts, row.get(INVOICE.ISSUE_DATE),
                row.get(INVOICE.DUE_DATE), voiding, row.get(INVOICE.CREATED_AT));
    }

    private static Map<InvoiceSortField, Field<?>> sortable() {
        Map<InvoiceSortField, Field<?>> columns = new EnumMap<>(InvoiceSortField.class);
        columns.put(InvoiceSortField.ID, INVOICE.ID);
        columns.put(InvoiceSortField.INVOICE_NUMBER, INVOICE.INVOICE_NUMBER);
        columns.put(InvoiceSortField.MONTH, INVOICE.MONTH);
        columns.put(InvoiceSortField.ISSUE_DATE, INVOICE.ISSUE_DATE);
        columns.put(InvoiceSortField.DUE_DATE, INVOICE.DUE_DATE);
        columns.put(InvoiceSortField.TOTAL, INVOICE.TOTAL);
        columns.put(InvoiceSortField.CREATED_AT, INVOICE.CREATED_AT);
        return Map.copyOf(columns);
    }
}
