package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.CustomerRecord;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;

/** Stored customer row to domain customer, and a customer row with its KAM and revenue to the view. */
final class CustomerRowMapper {

    /** The name under which the view query selects this month's billed revenue. */
    static final String CALCULATED_MONTHLY_REVENUE = "calculated_monthly_revenue";
    /** The KAM's columns, renamed so that they cannot be mistaken for the customer's own. */
    static final Field<String> KAM_USERNAME = APP_USER.USERNAME.as("kam_username");
    static final Field<String> KAM_EMAIL = APP_USER.EMAIL.as("kam_email");

    private CustomerRowMapper() {
    }

    /** What {@link #toView} reads: the customer's columns, its KAM's, and {@code calculatedRevenue}. */
    static List<SelectField<?>> viewFields(Field<BigDecimal> calculatedRevenue) {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(CUSTOMER.fields()));
        fields.add(KAM_USERNAME);
        fields.add(KAM_EMAIL);
        fields.add(calculatedRevenue);
        return fields;
    }

    static Customer toCustomer(CustomerRecord row) {
        return Customer.restore(row.getId(), row.getCustomerNumber(), details(row), row.getKamId(),
                CustomerStatus.fromCode(row.getStatus()), row.getJoinedOn(), row.getLeftOn(), row.getCreatedAt(),
                row.getUpdatedAt());
    }

    private static CustomerDetails details(CustomerRecord row) {
        return new CustomerDetails(row.getName(), row.getCompanyName(), EmailAddress.of(row.getEmail()),
                PhoneNumber.of(row.getPhone()), row.getAddress(), row.getLinkId(), Money.of(row.getMonthlyRevenue()),
                Money.of(row.getPotentialRevenue()));
    }

    /** A row selected with {@link #viewFields} from the customer left-joined with its KAM. */
    static CustomerView toView(Record row) {
        Long kamId = row.get(CUSTOMER.KAM_ID);
        CustomerView.Kam kam = kamId == null ? null
                : new CustomerView.Kam(kamId, row.get(KAM_USERNAME), row.get(KAM_EMAIL));
        return new CustomerView(row.get(CUSTOMER.ID), row.get(CUSTOMER.CUSTOMER_NUMBER), row.get(CUSTOMER.NAME),
                row.get(CUSTOMER.COMPANY_NAME), row.get(CUSTOMER.EMAIL), row.get(CUSTOMER.PHONE),
                row.get(CUSTOMER.ADDRESS), row.get(CUSTOMER.LINK_ID), Money.of(row.get(CUSTOMER.MONTHLY_REVENUE)),
                Money.of(row.get(CUSTOMER.POTENTIAL_REVENUE)),
                row.get(CALCULATED_MONTHLY_REVENUE, BigDecimal.class),
                CustomerStatus.fromCode(row.get(CUSTOMER.STATUS)).code(), row.get(CUSTOMER.JOINED_ON),
                row.get(CUSTOMER.LEFT_ON), kam, row.get(CUSTOMER.CREATED_AT), row.get(CUSTOMER.UPDATED_AT));
    }
}
