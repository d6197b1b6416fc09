package io.kamdesk.adapter.in.rest.crm;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The filters of the customer list, which its export takes as well. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "assigned_sales_person", in = ParameterIn.QUERY, description = "The KAM's user id",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "status", in = ParameterIn.QUERY, description = "Active, Inactive or Lost",
        schema = @Schema(type = "string", allowableValues = {"Active", "Inactive", "Lost"}))
public @interface CustomerFilters {
}
