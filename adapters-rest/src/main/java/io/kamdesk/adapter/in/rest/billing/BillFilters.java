package io.kamdesk.adapter.in.rest.billing;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The filters of the bill list, which its export takes as well. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "status", in = ParameterIn.QUERY, description = "Active or Inactive",
        schema = @Schema(type = "string", allowableValues = {"Active", "Inactive"}))
@Parameter(name = "customer", in = ParameterIn.QUERY, description = "Customer id",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "billing_date", in = ParameterIn.QUERY, description = "Exact billing date, YYYY-MM-DD",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "billing_date_after", in = ParameterIn.QUERY, description = "Billing date on or after, YYYY-MM-DD",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "billing_date_before", in = ParameterIn.QUERY,
        description = "Billing date on or before, YYYY-MM-DD", schema = @Schema(type = "string", format = "date"))
public @interface BillFilters {
}
