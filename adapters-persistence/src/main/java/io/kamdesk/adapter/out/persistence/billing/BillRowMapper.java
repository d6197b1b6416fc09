package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.BillRecord;
import io.kamdesk.adapter.out.persistence.shared.SelectedColumn;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Domain bill to the columns of its row and back, and a bill row joined with its customer to the
 * view. Each bandwidth component has a quantity and a unit-price column, named as the API names the
 * fields ({@code iig_qt} / {@code iig_qt_price}, {@code fna} / {@code fna_price}, ...).
 */
final class BillRowMapper {

    /** The customer's columns, renamed so that they cannot be mistaken for the bill's own. */
    static final Field<String> CUSTOMER_NAME = CUSTOMER.NAME.as("customer_name");
    static final Field<String> CUSTOMER_EMAIL = CUSTOMER.EMAIL.as("customer_email");
    static final Field<String> CUSTOMER_PHONE = CUSTOMER.PHONE.as("customer_phone");
    static final Field<String> CUSTOMER_COMPANY_NAME = CUSTOMER.COMPANY_NAME.as("customer_company_name");
    static final Field<String> CUSTOMER_ADDRESS = CUSTOMER.ADDRESS.as("customer_address");
    static final Field<String> KAM_USERNAME = APP_USER.USERNAME.as("kam_username");

    /** Room for every column of a bill without rehashing. */
    private static final int COLUMNS_CAPACITY = 64;

    private BillRowMapper() {
    }

    /** Exhaustive: a new component does not compile until it has its columns. */
    static Field<BigDecimal> quantityColumn(BandwidthComponent component) {
        return switch (component) {
            case IIG -> BILL.IIG_QT;
            case FNA -> BILL.FNA;
            case GGC -> BILL.GGC;
            case CDN -> BILL.CDN;
            case BDIX -> BILL.BDIX;
            case BAISHAN -> BILL.BAISHAN;
        };
    }

    static Field<BigDecimal> unitPriceColumn(BandwidthComponent component) {
        return switch (component) {
            case IIG -> BILL.IIG_QT_PRICE;
            case FNA -> BILL.FNA_PRICE;
            case GGC -> BILL.GGC_PRICE;
            case CDN -> BILL.CDN_PRICE;
            case BDIX -> BILL.BDIX_PRICE;
            case BAISHAN -> BILL.BAISHAN_PRICE;
        };
    }

    /** The columns a bill sets when it is first stored: all of them. */
    static Map<Field<?>, Object> insertedColumns(Bill bill) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>(COLUMNS_CAPACITY);
        put(columns, BILL.ID, bill.id());
        put(columns, BILL.BILL_NUMBER, bill.billNumber());
        put(columns, BILL.CUSTOMER_ID, bill.customerId());
        put(columns, BILL.CREATED_AT, bill.createdAt());
        return changeableColumns(bill, columns);
    }

    /**
     * Everything a revision may change: not the id, the number, the customer or the creation time.
     * The totals are the domain's, stored as it computed them.
     */
    static Map<Field<?>, Object> changeableColumns(Bill bill) {
        return changeableColumns(bill, new LinkedHashMap<>(COLUMNS_CAPACITY));
    }

    /** {@link #changeableColumns(Bill)} added to {@code columns} (a bulk insert maps every row: one map each). */
    private static Map<Field<?>, Object> changeableColumns(Bill bill, Map<Field<?>, Object> columns) {
        BillTerms terms = bill.terms();
        BillCharges charges = bill.charges();
        put(columns, BILL.NTTN_CAP, terms.nttnCap());
        put(columns, BILL.NTTN_COM, terms.nttnCom());
        put(columns, BILL.ACTIVE_DATE, terms.activeDate());
        put(columns, BILL.BILLING_DATE, terms.billingDate());
        put(columns, BILL.TERMINATION_DATE, terms.terminationDate());
        for (BandwidthComponent component : BandwidthComponent.values()) {
            BillLine line = charges.line(component);
            put(columns, quantityColumn(component), line.quantity().value());
            put(columns, unitPriceColumn(component), line.unitPrice().amount());
        }
        put(columns, BILL.DISCOUNT, charges.discount().amount());
        put(columns, BILL.TOTAL_RECEIVED, charges.received().amount());
        put(columns, BILL.TOTAL_BILL, bill.totalBill().amount());
        put(columns, BILL.TOTAL_DUE, bill.totalDue().amount());
        put(columns, BILL.STATUS, bill.status().code());
        put(columns, BILL.REMARKS, terms.remarks());
        put(columns, BILL.UPDATED_AT, bill.updatedAt());
        return columns;
    }

    /** Keeps the column and its value of the same type, which a plain {@code Map.put} would not check. */
    private static <T> void put(Map<Field<?>, Object> columns, Field<T> column, T value) {
        columns.put(column, value);
    }

    static Bill toBill(BillRecord row) {
        return Bill.restore(row.getId(), row.getCustomerId(), row.getBillNumber(), terms(row), charges(row),
                BillStatus.fromCode(row.getStatus()), row.getCreatedAt(), row.getUpdatedAt());
    }

    private static BillTerms terms(Record row) {
        return new BillTerms(row.get(BILL.NTTN_CAP), row.get(BILL.NTTN_COM), row.get(BILL.ACTIVE_DATE),
                row.get(BILL.BILLING_DATE), row.get(BILL.TERMINATION_DATE), row.get(BILL.REMARKS));
    }

    private static BillCharges charges(Record row) {
        List<BillLine> lines = new ArrayList<>();
        for (BandwidthComponent component : BandwidthComponent.values()) {
            lines.add(new BillLine(component, Quantity.of(row.get(quantityColumn(component))),
                    Money.of(row.get(unitPriceColumn(component)))));
        }
        return BillCharges.of(lines, Money.of(row.get(BILL.DISCOUNT)), Money.of(row.get(BILL.TOTAL_RECEIVED)));
    }

    /**
     * What {@link #toView} reads: the bill's columns, its customer's name, company, e-mail, phone and
     * address, and the username of the customer's KAM.
     */
    static List<SelectField<?>> viewFields() {
        return View.FIELDS;
    }

    /** A row selected with {@link #viewFields} from the bill joined with its customer and the customer's KAM. */
    static BillView toView(Record row) {
        Map<BandwidthComponent, BillView.Line> lines = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            lines.put(component, new BillView.Line(Quantity.of(View.QUANTITIES.get(component).of(row)),
                    Money.of(View.UNIT_PRICES.get(component).of(row))));
        }
        return new BillView(View.ID.of(row), View.BILL_NUMBER.of(row),
                new BillView.CustomerSummary(View.CUSTOMER_ID.of(row), View.CUSTOMER_NAME.of(row),
                        View.CUSTOMER_COMPANY_NAME.of(row), View.CUSTOMER_EMAIL.of(row), View.CUSTOMER_PHONE.of(row),
                        View.CUSTOMER_ADDRESS.of(row), View.KAM_USERNAME.of(row)),
                View.NTTN_CAP.of(row), View.NTTN_COM.of(row), View.ACTIVE_DATE.of(row), View.BILLING_DATE.of(row),
                View.TERMINATION_DATE.of(row), lines, Money.of(View.DISCOUNT.of(row)),
                Money.of(View.TOTAL_RECEIVED.of(row)), Money.of(View.TOTAL_BILL.of(row)),
                Money.of(View.TOTAL_DUE.of(row)), BillStatus.fromCode(View.STATUS.of(row)).code(),
                View.REMARKS.of(row), View.CREATED_AT.of(row), View.UPDATED_AT.of(row));
    }

    /** The view's fields and where each column is among them: exports map a million rows. */
    private static final class View {
        static final List<SelectField<?>> FIELDS = fields();
        static final SelectedColumn<Long> ID = column(BILL.ID);
        static final SelectedColumn<String> BILL_NUMBER = column(BILL.BILL_NUMBER);
        static final SelectedColumn<Long> CUSTOMER_ID = column(BILL.CUSTOMER_ID);
        static final SelectedColumn<String> CUSTOMER_NAME = column(BillRowMapper.CUSTOMER_NAME);
        static final SelectedColumn<String> CUSTOMER_COMPANY_NAME = column(BillRowMapper.CUSTOMER_COMPANY_NAME);
        static final SelectedColumn<String> CUSTOMER_EMAIL = column(BillRowMapper.CUSTOMER_EMAIL);
        static final SelectedColumn<String> CUSTOMER_PHONE = column(BillRowMapper.CUSTOMER_PHONE);
        static final SelectedColumn<String> CUSTOMER_ADDRESS = column(BillRowMapper.CUSTOMER_ADDRESS);
        static final SelectedColumn<String> KAM_USERNAME = column(BillRowMapper.KAM_USERNAME);
        static final SelectedColumn<String> NTTN_CAP = column(BILL.NTTN_CAP);
        static final SelectedColumn<String> NTTN_COM = column(BILL.NTTN_COM);
        static final SelectedColumn<LocalDate> ACTIVE_DATE = column(BILL.ACTIVE_DATE);
        static final SelectedColumn<LocalDate> BILLING_DATE = column(BILL.BILLING_DATE);
        static final SelectedColumn<LocalDate> TERMINATION_DATE = column(BILL.TERMINATION_DATE);
        static final Map<BandwidthComponent, SelectedColumn<BigDecimal>> QUANTITIES =
                columns(BillRowMapper::quantityColumn);
        static final Map<BandwidthComponent, SelectedColumn<BigDecimal>> UNIT_PRICES =
                columns(BillRowMapper::unitPriceColumn);
        static final SelectedColumn<BigDecimal> DISCOUNT = column(BILL.DISCOUNT);
        static final SelectedColumn<BigDecimal> TOTAL_RECEIVED = column(BILL.TOTAL_RECEIVED);
        static final SelectedColumn<BigDecimal> TOTAL_BILL = column(BILL.TOTAL_BILL);
        static final SelectedColumn<BigDecimal> TOTAL_DUE = column(BILL.TOTAL_DUE);
        static final SelectedColumn<String> STATUS = column(BILL.STATUS);
        static final SelectedColumn<String> REMARKS = column(BILL.REMARKS);
        static final SelectedColumn<Instant> CREATED_AT = column(BILL.CREATED_AT);
        static final SelectedColumn<Instant> UPDATED_AT = column(BILL.UPDATED_AT);

        private View() {
        }

        private static List<SelectField<?>> fields() {
            List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(BILL.fields()));
            fields.addAll(List.of(BillRowMapper.CUSTOMER_NAME, BillRowMapper.CUSTOMER_COMPANY_NAME,
                    BillRowMapper.CUSTOMER_EMAIL, BillRowMapper.CUSTOMER_PHONE, BillRowMapper.CUSTOMER_ADDRESS,
                    BillRowMapper.KAM_USERNAME));
            return List.copyOf(fields);
        }

        private static <T> SelectedColumn<T> column(Field<T> field) {
            return SelectedColumn.of(FIELDS, field);
        }

        private static Map<BandwidthComponent, SelectedColumn<BigDecimal>> columns(
                Function<BandwidthComponent, Field<BigDecimal>> field) {
            Map<BandwidthComponent, SelectedColumn<BigDecimal>> columns = new EnumMap<>(BandwidthComponent.class);
            for (BandwidthComponent component : BandwidthComponent.values()) {
                columns.put(component, column(field.apply(component)));
            }
            return columns;
        }
    }
}
