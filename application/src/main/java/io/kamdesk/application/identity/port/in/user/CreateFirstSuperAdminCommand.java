package io.kamdesk.application.identity.port.in.user;

import java.util.Optional;

/** The configured e-mail and password of the first super_admin; either may be absent. */
public record CreateFirstSuperAdminCommand(Optional<String> email, Optional<String> password) {

    public CreateFirstSuperAdminCommand {
        email = email.map(String::strip).filter(text -> !text.isEmpty());
        password = password.filter(text -> !text.isEmpty());
    }

    @Override
    public String toString() {
        return "CreateFirstSuperAdminCommand[email=" + email + "]";
    }
}
