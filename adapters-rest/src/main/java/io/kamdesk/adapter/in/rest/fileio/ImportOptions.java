package io.kamdesk.adapter.in.rest.fileio;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The query parameters both imports take. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "dry_run", in = ParameterIn.QUERY, description = "true: validate and report only",
        schema = @Schema(type = "boolean"))
@Parameter(name = "mode", in = ParameterIn.QUERY, description = "atomic: all rows or none",
        schema = @Schema(type = "string", allowableValues = {"atomic"}))
@interface ImportOptions {
}
