package io.kamdesk.adapter.in.rest.billing;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The filters of the invoice list, which its export takes as well. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "customer", in = ParameterIn.QUERY, description = "Customer id",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "month", in = ParameterIn.QUERY, description = "The month invoiced, YYYY-MM",
        schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$"))
@Parameter(name = "status", in = ParameterIn.QUERY, description = "paid: issued and covered by its bills' payments; "
        + "issued: issued and not yet covered", schema = @Schema(type = "string",
            allowableValues = {"draft", "issued", "paid", "void"}))
public @interface InvoiceFilters {
}
