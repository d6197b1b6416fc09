package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.BillRecord;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(BILL.fields()));
        fields.addAll(List.of(CUSTOMER_NAME, CUSTOMER_COMPANY_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE, CUSTOMER_ADDRESS,
                KAM_USERNAME));
        return fields;
    }

    /** A row selected with {@link #viewFields} from the bill joined with its customer and the customer's KAM. */
    static BillView toView(Record row) {
        Map<BandwidthComponent, BillView.Line> lines = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            lines.put(component, new BillView.Line(Quantity.of(row.get(quantityColumn(component))),
                    Money.of(row.get(unitPriceColumn(component)))));
        }
        BillTerms terms = terms(row);
        return new BillView(row.get(BILL.ID), row.get(BILL.BILL_NUMBER),
                new BillView.CustomerSummary(row.get(BILL.CUSTOMER_ID), row.get(CUSTOMER_NAME),
                        row.get(CUSTOMER_COMPANY_NAME), row.get(CUSTOMER_EMAIL), row.get(CUSTOMER_PHONE),
                        row.get(CUSTOMER_ADDRESS), row.get(KAM_USERNAME)),
                terms.nttnCap(), terms.nttnCom(), terms.activeDate(), terms.billingDate(), terms.terminationDate(),
                lines, Money.of(row.get(BILL.DISCOUNT)), Money.of(row.get(BILL.TOTAL_RECEIVED)),
                Money.of(row.get(BILL.TOTAL_BILL)), Money.of(row.get(BILL.TOTAL_DUE)),
                BillStatus.fromCode(row.get(BILL.STATUS)).code(), terms.remarks(), row.get(BILL.CREATED_AT),
                row.get(BILL.UPDATED_AT));
    }
}
