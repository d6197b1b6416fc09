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
@Parameter(name = "async", in = ParameterIn.QUERY, description = "true: store the file, queue the import as a "
        + "job and answer 202 at once (as does the header Prefer: respond-async)", schema = @Schema(type = "boolean"))
@Parameter(name = "Prefer", in = ParameterIn.HEADER, description = "respond-async: as async=true (RFC 7240)",
        schema = @Schema(type = "string"))
@interface ImportOptions {
}
