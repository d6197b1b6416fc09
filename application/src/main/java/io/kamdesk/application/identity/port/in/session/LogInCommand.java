package io.kamdesk.application.identity.port.in.session;

import java.util.Objects;

/** Credentials as typed, plus where they came from (for throttling and the session list). */
public record LogInCommand(String email, String password, String clientAddress, String userAgent) {

    public LogInCommand {
        email = Objects.requireNonNullElse(email, "");
        password = Objects.requireNonNullElse(password, "");
        clientAddress = Objects.requireNonNullElse(clientAddress, "unknown");
        userAgent = Objects.requireNonNullElse(userAgent, "");
    }

    @Override
    public String toString() {
        return "LogInCommand[email=" + email + ", clientAddress=" + clientAddress + "]";
    }
}
