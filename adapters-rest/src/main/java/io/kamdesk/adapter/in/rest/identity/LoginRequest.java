package io.kamdesk.adapter.in.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(example = "{\"email\": \"user@example.com\", \"password\": \"Password123!\"}")
record LoginRequest(String email, String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
