package io.kamdesk.adapter.in.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request record's {@code Patch} field: the API answers an explicit {@code null} with a 400 (a
 * field that cannot be empty), so the OpenAPI document does not offer {@code null} for it. Without it,
 * a {@code Patch} field's schema admits {@code null}. {@code OpenApiDocumentIT} holds the two to the wire.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface NullRefused {
}
