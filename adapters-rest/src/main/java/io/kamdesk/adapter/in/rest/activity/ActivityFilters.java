package io.kamdesk.adapter.in.rest.activity;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The filters of the activity log's list. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "user_id", in = ParameterIn.QUERY, description = "entries of this user",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "action", in = ParameterIn.QUERY, description = "one action of the closed list",
        schema = @Schema(type = "string", allowableValues = {"create_customer", "update_customer", "delete_customer",
            "create_bill", "update_bill", "delete_bill", "create_prospect", "update_prospect", "delete_prospect",
            "convert_prospect", "create_user", "update_user", "delete_user", "assign_role", "change_password",
            "create_role", "update_role", "delete_role", "update_role_permissions", "login", "login_failed",
            "login_throttled", "logout", "revoke_session", "import_customers", "import_bills", "export_customers",
            "export_bills", "clean_activity_logs"}))
@Parameter(name = "resource", in = ParameterIn.QUERY, schema = @Schema(type = "string", allowableValues = {
    "customer", "bill", "prospect", "user", "role", "session", "import_job", "activity_log"}))
@Parameter(name = "resource_id", in = ParameterIn.QUERY, schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "start_date", in = ParameterIn.QUERY, description = "from this day (the business's time zone)",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "end_date", in = ParameterIn.QUERY, description = "up to this day, included",
        schema = @Schema(type = "string", format = "date"))
@interface ActivityFilters {
}
