package io.kamdesk.application.fileio.service;

import io.kamdesk.application.fileio.service.ColumnMap.ImportColumn;
import java.util.List;
import java.util.Map;

/**
 * The customer columns: the API's field names (the export's titles) and the names the business's
 * sheets use for them.
 */
final class CustomerSheet {

    static final String NAME = "name";
    static final String COMPANY_NAME = "company_name";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String ADDRESS = "address";
    static final String LINK_ID = "link_id";
    static final String MONTHLY_REVENUE = "monthly_revenue";
    static final String POTENTIAL_REVENUE = "potential_revenue";
    static final String STATUS = "status";
    static final String JOINED_ON = "joined_on";
    static final String KAM = "kam";

    static final List<ImportColumn> COLUMNS = List.of(
            new ImportColumn(NAME, List.of("name of party", "customer name", "party name", "customer")),
            new ImportColumn(COMPANY_NAME, List.of("company", "company name", "organization", "organisation")),
            new ImportColumn(EMAIL, List.of("e-mail", "email address", "mail")),
            new ImportColumn(PHONE, List.of("phone number", "mobile", "mobile number", "contact number", "cell")),
            new ImportColumn(ADDRESS, List.of("full address")),
            new ImportColumn(LINK_ID, List.of("link id", "linkid")),
            new ImportColumn(MONTHLY_REVENUE, List.of("monthly revenue", "mrc")),
            new ImportColumn(POTENTIAL_REVENUE, List.of("potential revenue")),
            new ImportColumn(STATUS, List.of("customer status")),
            new ImportColumn(JOINED_ON, List.of("joined on", "join date", "joining date")),
            new ImportColumn(KAM, List.of("assigned sales person", "assigned_sales_person", "sales person",
                    "account manager")));

    static final List<String> REQUIRED = List.of(NAME, EMAIL, PHONE);

    /** The column of each customer field whose name differs from the column's. */
    static final Map<String, String> FIELD_KEYS = Map.of("assigned_sales_person", KAM);

    private CustomerSheet() {
    }
}
