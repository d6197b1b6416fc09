package io.kamdesk.application.identity.port.in.user;

import java.util.Optional;

/** The super_admin created at first start; the password is present only when it was generated. */
public record FirstSuperAdmin(String email, String username, Optional<String> generatedPassword) {

    @Override
    public String toString() {
        return "FirstSuperAdmin[email=" + email + ", username=" + username + "]";
    }
}
