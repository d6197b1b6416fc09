package io.kamdesk.adapter.in.rest.shared;

/** An answer that is only a sentence, as {@code {"detail": "Role assigned"}}. */
public record DetailResponse(String detail) {
}
