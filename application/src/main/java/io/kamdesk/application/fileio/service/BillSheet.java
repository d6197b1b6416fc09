package io.kamdesk.application.fileio.service;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.fileio.service.ColumnMap.ImportColumn;
import io.kamdesk.domain.billing.BandwidthComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bill columns: the API's field names (the export's titles), the receivables sheet's names
 * ("Name Of Party", "E-mail", "Link ID", "NTTN Cap", "IIG-QT", "Price", ...), and the customer
 * columns a row may carry to create its customer.
 */
final class BillSheet {

    static final String CUSTOMER_EMAIL = "customer_email";
    static final String CUSTOMER_NAME = "customer_name";
    static final String CUSTOMER_PHONE = "customer_phone";
    static final String CUSTOMER_COMPANY = "customer_company_name";
    static final String CUSTOMER_ADDRESS = "customer_address";
    static final String LINK_ID = "link_id";
    static final String KAM = "kam";
    static final String BILL_NUMBER = "bill_number";
    static final String NTTN_CAP = "nttn_cap";
    static final String NTTN_COM = "nttn_com";
    static final String ACTIVE_DATE = "active_date";
    static final String BILLING_DATE = "billing_date";
    static final String TERMINATION_DATE = "termination_date";
    static final String DISCOUNT = "discount";
    static final String TOTAL_RECEIVED = "total_received";
    static final String TOTAL_BILL = "total_bill";
    static final String TOTAL_DUE = "total_due";
    static final String STATUS = "status";
    static final String REMARKS = "remarks";

    static final List<ImportColumn> COLUMNS = columns();
    static final List<String> REQUIRED = List.of(CUSTOMER_EMAIL, BILLING_DATE);

    /**
     * The column of each field whose name differs from the column's: a row creating its customer
     * hears of the customer's {@code name}, {@code phone}, ... which this sheet calls
     * {@code customer_name}, {@code customer_phone}, ...
     */
    static final Map<String, String> FIELD_KEYS = fieldKeys();

    private BillSheet() {
    }

    /** {@code iig_qt} for IIG, otherwise the component's name: the API's and the export's title. */
    static String quantity(BandwidthComponent component) {
        return component == BandwidthComponent.IIG ? "iig_qt" : component.name().toLowerCase(Locale.ROOT);
    }

    static String price(BandwidthComponent component) {
        return quantity(component) + "_price";
    }

    /** The customer's fields by their sheet's names, and a bill line's ({@code iigQuantity}: {@code iig_qt}). */
    private static Map<String, String> fieldKeys() {
        Map<String, String> keys = new HashMap<>(Map.of("name", CUSTOMER_NAME, "company_name", CUSTOMER_COMPANY,
                "email", CUSTOMER_EMAIL, "phone", CUSTOMER_PHONE, "address", CUSTOMER_ADDRESS, "assigned_sales_person",
                KAM));
        for (BandwidthComponent component : BandwidthComponent.values()) {
            keys.put(RowReader.snakeCase(BillCommand.quantityField(component)), quantity(component));
            keys.put(RowReader.snakeCase(BillCommand.unitPriceField(component)), price(component));
        }
        return Map.copyOf(keys);
    }

    private static List<ImportColumn> columns() {
        List<ImportColumn> columns = new ArrayList<>(List.of(
                new ImportColumn(CUSTOMER_EMAIL, List.of("email", "e-mail", "customer e-mail", "email address")),
                new ImportColumn(CUSTOMER_NAME, List.of("name of party", "name", "customer", "party name")),
                new ImportColumn(CUSTOMER_PHONE, List.of("phone", "phone number", "mobile", "contact number")),
                new ImportColumn(CUSTOMER_COMPANY, List.of("company", "company name", "customer company")),
                new ImportColumn(CUSTOMER_ADDRESS, List.of("address")),
                new ImportColumn(LINK_ID, List.of("link id", "linkid")),
                new ImportColumn(KAM, List.of("assigned sales person", "sales person", "account manager")),
                new ImportColumn(BILL_NUMBER, List.of("bill number", "bill no")),
                new ImportColumn(NTTN_CAP, List.of("nttn cap", "nttn capacity")),
                new ImportColumn(NTTN_COM, List.of("nttn com", "nttn company")),
                new ImportColumn(ACTIVE_DATE, List.of("active date", "activation date")),
                new ImportColumn(BILLING_DATE, List.of("billing date", "bill date")),
                new ImportColumn(TERMINATION_DATE, List.of("termination date")),
                new ImportColumn(DISCOUNT, List.of()),
                new ImportColumn(TOTAL_RECEIVED, List.of("total received", "received", "paid")),
                new ImportColumn(TOTAL_BILL, List.of("total bill")),
                new ImportColumn(TOTAL_DUE, List.of("total due", "due")),
                new ImportColumn(STATUS, List.of("bill status")),
                new ImportColumn(REMARKS, List.of("remark", "notes"))));
        for (BandwidthComponent component : BandwidthComponent.values()) {
            String quantity = quantity(component);
            String name = component.name().toLowerCase(Locale.ROOT);
            columns.add(new ImportColumn(quantity, List.of(name, name + " qt", name + "-qt", name + " quantity"),
                    price(component)));
            columns.add(new ImportColumn(price(component), List.of(name + " price", quantity + " price")));
        }
        return List.copyOf(columns);
    }
}
