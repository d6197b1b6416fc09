package io.kamdesk.adapter.in.rest.crm;

import io.kamdesk.adapter.in.rest.shared.JsonFields;
import io.kamdesk.application.crm.port.in.CustomerInput;
import io.kamdesk.application.crm.port.in.ProspectInput;

/**
 * JSON bodies of the CRM endpoints to inputs. Read-only fields ({@code id}, {@code customer_number},
 * {@code calculated_monthly_revenue}, {@code left_on}, timestamps, ...) and unknown ones are ignored.
 */
final class CrmRequests {

    private CrmRequests() {
    }

    static ProspectInput prospect(JsonFields fields) {
        ProspectInput input = new ProspectInput(fields.patchText("name"), fields.patchText("company_name"),
                fields.patchText("email"), fields.patchText("phone"), fields.patchText("address"),
                fields.patchDecimal("potential_revenue"), fields.patchText("contact_person"),
                fields.patchText("source"), fields.patchDate("follow_up_date"), fields.patchText("notes"),
                fields.patchText("status"), fields.patchId("sales_person"));
        fields.throwIfInvalid();
        return input;
    }

    static CustomerInput customer(JsonFields fields) {
        CustomerInput input = new CustomerInput(fields.patchText("name"), fields.patchText("company_name"),
                fields.patchText("email"), fields.patchText("phone"), fields.patchText("address"),
                fields.patchText("link_id"), fields.patchDecimal("monthly_revenue"),
                fields.patchDecimal("potential_revenue"), fields.patchId("assigned_sales_person"),
                fields.patchText("status"), fields.patchDate("joined_on"));
        fields.throwIfInvalid();
        return input;
    }
}
