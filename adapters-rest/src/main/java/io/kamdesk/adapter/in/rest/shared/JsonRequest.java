package io.kamdesk.adapter.in.rest.shared;

/**
 * A request body record of the API. Its {@code Patch} fields are read leniently, as Django REST
 * Framework reads them ({@link PatchModule}), and every type problem of the body is reported
 * together in one 400, under the JSON names of the fields.
 */
public interface JsonRequest {
}
