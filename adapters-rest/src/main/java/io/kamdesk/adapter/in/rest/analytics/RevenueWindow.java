package io.kamdesk.adapter.in.rest.analytics;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The query parameters every dashboard figure takes: its billing-date window and the KAM filter. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "from", in = ParameterIn.QUERY,
        description = "First billing date counted, YYYY-MM-DD (business time zone)",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "to", in = ParameterIn.QUERY,
        description = "Last billing date counted, YYYY-MM-DD; at most 20 years after from",
        schema = @Schema(type = "string", format = "date"))
@Parameter(name = "kam", in = ParameterIn.QUERY,
        description = "Only this KAM's customers (a user id); never widens the caller's scope",
        schema = @Schema(type = "integer", format = "int64"))
@interface RevenueWindow {
}
