package io.kamdesk.adapter.in.rest.billing;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The filters of the payment list, which its export takes as well. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "customer", in = ParameterIn.QUERY, description = "Customer id",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "bill", in = ParameterIn.QUERY, description = "Bill id",
        schema = @Schema(type = "integer", format = "int64"))
@Parameter(name = "method", in = ParameterIn.QUERY, description = "How the money came",
        schema = @Schema(type = "string", allowableValues = {"cash", "bank_transfer", "cheque", "bkash", "nagad",
            "rocket", "card", "adjustment", "other"}))
@Parameter(name = "paid_on_after", in = ParameterIn.QUERY, description = "Paid on or after, YYYY-MM-DD",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "paid_on_before", in = ParameterIn.QUERY, description = "Paid on or before, YYYY-MM-DD",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "received_by", in = ParameterIn.QUERY, description = "Id of the user who recorded the payment",
        schema = @Schema(type = "integer", format = "int64"))
public @interface PaymentFilters {
}
