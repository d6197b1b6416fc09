package io.kamdesk.adapter.in.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads {@link ListParameters}: the OpenAPI document then lists its common
 * parameters ({@code search}, {@code ordering} with the allowed fields, {@code page}, {@code page_size}
 * and {@code pageSize}; {@code format} for a download) with their schemas, from the same sort enum the
 * endpoint parses, so the document cannot drift from what is accepted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ListQuery {

    /** The resource's sort fields, as {@link ListParameters#spec} takes them. */
    Class<? extends Enum<?>> ordering();

    /** What {@code search} matches, in words. */
    String search();

    /** A file download ({@code format}: csv, excel or xlsx) rather than a JSON list. */
    boolean download() default false;
}
